"""Where the per-document pipeline runs on one machine: in watched worker processes, or in this one.

Articles are read lazily and sent to the workers in batches that start small and grow
(`batch_sizes`); results come back one by one, in input order. At most `IN_FLIGHT` batches per
worker are read ahead, so memory stays flat whatever the corpus size. Each worker loads its
resources (saidwhat.resources) once, as it starts. The watchdog (saidwhat.run.watchdog) enforces
the per-document limits (saidwhat.run.limits) and replaces workers that die.
"""

from __future__ import annotations

import gc
import itertools
import logging
import math
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TypeVar

from saidwhat.records import Article, DocumentInfo, Result
from saidwhat.resources import ResourceError, Settings
from saidwhat.run.limits import Limits

log = logging.getLogger(__name__)

BATCH = 32  # the most articles sent to a worker at once
IN_FLIGHT = 2  # batches per worker read ahead of the one being written
# Below this many articles per worker, a second worker costs more (its model load, on a core
# that the first one's load also wants) than it saves: a handful of articles runs in one.
ARTICLES_PER_WORKER = 16
# "fork" and "forkserver" start workers equally fast here (bench/RESULTS.md: the model load
# dominates); "forkserver" also re-imports the caller's __main__, which breaks unguarded scripts.
START_METHOD = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"

T = TypeVar("T")
R = TypeVar("R")


def cores() -> int:
    """The number of cores this process may use."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def default_workers(total: int | None = None) -> int:
    """What is fastest for `total` articles (unknown: all the cores): one worker per
    ARTICLES_PER_WORKER articles, at most one per core."""
    if total is None:
        return cores()
    return max(1, min(cores(), math.ceil(total / ARTICLES_PER_WORKER)))


def batch_sizes(total: int | None, workers: int) -> Iterator[int]:
    """1, 2, 4, ... articles per batch, up to BATCH: every worker starts on its first articles at
    once and the first results come at once; later batches are large, so that handing them out
    costs nothing beside the work. With a known total no batch is over a third of a worker's
    share, so that the workers also finish together (an eighth made batches so small that
    extract ran at 0.79 of bare spaCy on the 77 VOA stories, a third at 0.90: bench/throughput.py)."""
    most = BATCH if total is None else max(1, min(BATCH, math.ceil(total / (workers * 3))))
    size = 1
    while True:
        yield min(size, most)
        size *= 2


def run_local(articles: Iterable[Article], workers: int | None = None,
              on_result: Callable[[Result], None] | None = None,
              settings: Settings | None = None, limits: Limits | None = None,
              total: int | None = None) -> Iterator[Result]:
    """Results for the articles, lazily and in input order.

    `workers` processes (default: the settings', else what suits `total` articles, see
    `default_workers`) run the pipeline under `limits` (default: `Limits()`), watched
    (saidwhat.run.watchdog): a document past a limit, or whose worker dies, gets a skipped
    result with the reason. Only with one worker and no time or memory limit does everything run
    in this process. `on_result` is called with each result just before it is yielded. A
    resource that is missing or corrupt raises ResourceError (from a worker too) before the
    first result.
    """
    from saidwhat.run.watchdog import Supervisor

    limits = limits or Limits()
    workers = workers or (settings.workers if settings is not None else None) or default_workers(total)
    batches = batched_by(articles, batch_sizes(total, workers))
    if workers == 1 and not limits.watched:
        results: Iterator[Result] = (r for batch in batches for r in process_batch(batch, settings))
    else:
        results = Supervisor(workers, settings, limits, IN_FLIGHT).run(batches)
    for result in results:
        if on_result is not None:
            on_result(result)
        yield result


def process_batch(batch: list[Article], settings: Settings | None = None) -> Iterator[Result]:
    """Run the pipeline over one batch, lazily; after a failure the articles left are retried
    one at a time."""
    from saidwhat.pipeline import process_articles

    done = 0
    try:
        for result in process_articles(batch, settings):
            done += 1
            yield result
    except ResourceError:  # not this batch's fault: the run cannot go on
        raise
    except Exception as exc:  # process_articles guards extraction; this is cleaning or parsing
        if len(batch) > 1:
            for article in batch[done:]:
                yield from process_batch([article], settings)
            return
        log.exception("failed on %s", batch[0].doc)
        yield Result(DocumentInfo(doc=batch[0].doc, status="skipped",
                                  reason=f"internal error while cleaning or parsing: {exc!r}"))


_groups = itertools.count(1)  # parse groups run by this process


def run_batch(batch: list[Article], settings: Settings | None = None) -> Iterator[tuple[str, object]]:
    """A worker's messages for one batch: ("group", n) as each parse group starts (so that the
    watchdog knows which documents it is on), then ("result", result) for each of its articles."""
    from saidwhat.pipeline import TRIM_EVERY, parse_batches, release_free_memory
    from saidwhat.resources import current

    knobs = settings or current().settings
    for group in parse_batches(batch, knobs.batch_size, knobs.batch_chars):
        yield ("group", len(group))
        for result in process_batch(group, settings):
            yield ("result", result)
        if next(_groups) % TRIM_EVERY == 0:
            release_free_memory()


def init_worker(settings: Settings | None = None) -> None:
    """Load the resources once per worker; Ctrl-C is the parent's to handle."""
    from saidwhat.resources import current

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        current(settings)
    except ResourceError:
        return  # the first batch loads them again and raises, with the message, in the parent
    # The model's objects live as long as the worker: out of the cycle collector's sight, its full
    # passes no longer walk them (they took ~1% of a worker's time).
    gc.freeze()


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    yield from batched_by(items, itertools.repeat(size))


def batched_by(items: Iterable[T], sizes: Iterable[int]) -> Iterator[list[T]]:
    """`items` in lists of the given sizes, in turn (the last one may be shorter)."""
    it = iter(items)
    for size in sizes:
        batch = list(islice(it, size))
        if not batch:
            return
        yield batch


def ordered_map(fn: Callable[[T], R], tasks: Iterable[T], workers: int,
                initializer: Callable[[], None] | None = None,
                in_flight: int = IN_FLIGHT) -> Iterator[R]:
    """`map(fn, tasks)` in `workers` processes, in order, reading at most `workers * in_flight`
    tasks ahead. One worker, or a single task, runs in this process (no pool to start).
    """
    it = iter(tasks)
    first = list(islice(it, 2))
    if workers <= 1 or len(first) < 2:
        for task in first:
            yield fn(task)
        for task in it:
            yield fn(task)
        return
    ctx = multiprocessing.get_context(START_METHOD)
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=initializer) as pool:
        window: deque[Future[R]] = deque(pool.submit(fn, t) for t in first)
        try:
            for task in it:
                if len(window) >= workers * in_flight:
                    yield window.popleft().result()
                window.append(pool.submit(fn, task))
            while window:
                yield window.popleft().result()
        finally:  # stopped early (an error, or the consumer gave up): drop the queued work
            for f in window:
                f.cancel()

