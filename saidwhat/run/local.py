"""Where the per-document pipeline runs on one machine: in this process, or in a local process pool.

Articles are read lazily and sent to the workers in batches; results come back in input order.
At most `IN_FLIGHT` batches per worker are read ahead, so memory stays flat whatever the corpus size.
Each worker loads its resources (saidwhat.resources) once, in its initializer.
"""

from __future__ import annotations

import functools
import gc
import logging
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

log = logging.getLogger(__name__)

BATCH = 32  # articles sent to a worker at once
IN_FLIGHT = 2  # batches per worker submitted ahead of the one being written
# "fork" and "forkserver" start workers equally fast here (bench/RESULTS.md: the model load
# dominates); "forkserver" also re-imports the caller's __main__, which breaks unguarded scripts.
START_METHOD = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"

T = TypeVar("T")
R = TypeVar("R")


def default_workers() -> int:
    """The number of cores this process may use."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def run_local(articles: Iterable[Article], workers: int | None = None,
              on_result: Callable[[Result], None] | None = None,
              settings: Settings | None = None) -> Iterator[Result]:
    """Results for the articles, lazily and in input order; `workers` processes (default: the
    settings', else all cores).

    `on_result` is called with each result just before it is yielded. With `workers=1`, or when
    all the articles fit in one batch, everything runs in this process. A resource that is
    missing or corrupt raises ResourceError (from a worker too) before the first result.
    """
    workers = workers or (settings.workers if settings is not None else None) or default_workers()
    batches = ordered_map(functools.partial(process_batch, settings=settings), batched(articles, BATCH),
                          workers, initializer=functools.partial(init_worker, settings))
    for batch in batches:
        for result in batch:
            if on_result is not None:
                on_result(result)
            yield result


def process_batch(batch: list[Article], settings: Settings | None = None) -> list[Result]:
    """Run the pipeline over one batch; a batch that fails is retried one article at a time."""
    from saidwhat.pipeline import process_articles

    try:
        return list(process_articles(batch, settings))
    except ResourceError:  # not this batch's fault: the run cannot go on
        raise
    except Exception as exc:  # process_articles guards extraction; this is cleaning or parsing
        if len(batch) > 1:
            return [r for a in batch for r in process_batch([a], settings)]
        log.exception("failed on %s", batch[0].doc)
        return [Result(DocumentInfo(doc=batch[0].doc, status="skipped",
                                    reason=f"internal error while cleaning or parsing: {exc!r}"))]


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
    it = iter(items)
    while batch := list(islice(it, size)):
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

