"""Worker processes under a watchdog: a document that hangs, eats memory or kills its worker is
recorded as skipped with the reason, its worker replaced, and the run goes on.

The parent hands each worker one batch at a time over a pipe; the worker sends a message when it
starts a parse group and one result per document, so the parent knows at every moment which
documents a worker holds and which one it is on. A worker that sends nothing for `max_seconds`,
or grows past `max_memory_mb`, is killed; one that dies is noticed by its process sentinel. The
document it was on is recorded as skipped and the rest of its batch handed out again. While a
group is being parsed (before its first result) the culprit is not known: a group of several
documents is then re-run one document at a time, so that only the document at fault is skipped.

Workers die with the parent, even on `kill -9`: on Linux the kernel sends them SIGKILL
(PR_SET_PDEATHSIG); elsewhere a thread in each worker watches the parent's pid.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from saidwhat.records import Article, DocumentInfo, Result
from saidwhat.resources import ResourceError, Settings
from saidwhat.run.limits import Limits, crashed

log = logging.getLogger(__name__)

TICK = 0.2  # seconds between the watchdog's looks at the workers' clocks and memory
MAX_FRUITLESS_STARTS = 3  # workers in a row that die before any result: the run cannot go on
_PR_SET_PDEATHSIG = 1  # linux/prctl.h


# --- in the worker ---------------------------------------------------------------------------

def die_with_parent(parent: int) -> None:
    """End this process when `parent` ends, however it ends (kill -9 included)."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            _watch_parent(parent)
    else:
        _watch_parent(parent)
    if os.getppid() != parent:  # the parent died before the kernel was told: too late for it
        os._exit(1)


def _watch_parent(parent: int) -> None:
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="saidwhat-parent-watch", daemon=True).start()


def worker_main(settings: Settings | None, tasks: Connection, results: Connection, parent: int) -> None:
    """A worker's life: load the resources, then run each batch it is sent until told to stop."""
    from saidwhat.run.local import run_batch

    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    from saidwhat.resources import current

    try:
        current(settings)
    except ResourceError as e:
        results.send(("error", str(e)))
        return
    gc.freeze()  # the model lives as long as the worker: out of the cycle collector's sight
    while True:
        try:
            batch = tasks.recv()
        except EOFError:  # the parent is gone
            return
        if batch is None:
            return
        for message in run_batch(batch, settings):
            results.send(message)
        results.send(("done",))


# --- in the parent ---------------------------------------------------------------------------

@dataclass(eq=False)
class Slot:
    """One batch as read, in input order; its results fill in as workers send them."""

    articles: list[Article]
    results: list[Result | None] = field(default_factory=list)
    given: int = 0  # results yielded so far

    def __post_init__(self) -> None:
        self.results = [None] * len(self.articles)


@dataclass(eq=False)
class Task:
    """Some of a slot's articles (indices, in order), handed to one worker at a time."""

    slot: Slot
    indices: list[int]

    def articles(self) -> list[Article]:
        return [self.slot.articles[i] for i in self.indices]


@dataclass(eq=False)
class Worker:
    process: Any  # multiprocessing.Process
    tasks: Connection  # parent -> worker
    results: Connection  # worker -> parent
    task: Task | None = None
    done: int = 0  # results of `task` received
    group: int = 0  # size of the parse group being processed (0: none started yet)
    group_done: int = 0  # its results received
    deadline: float | None = None  # when the current document is over its time
    heard: bool = False  # whether it has sent anything yet

    def give(self, task: Task) -> None:
        self.task, self.done, self.group, self.group_done, self.deadline = task, 0, 0, 0, None
        try:
            self.tasks.send(task.articles())
        except OSError:  # it died: the watchdog sees it, and hands the task out again
            pass


class Supervisor:
    """Runs batches of articles through `workers` watched processes; results in input order."""

    def __init__(self, workers: int, settings: Settings | None, limits: Limits, in_flight: int) -> None:
        self.size, self.settings, self.limits, self.in_flight = workers, settings, limits, in_flight
        self.ctx = multiprocessing.get_context(_start_method())
        self.pool: list[Worker] = []
        self.queue: deque[Task] = deque()  # waiting for a worker; work handed back goes first
        self.slots: deque[Slot] = deque()  # read and not yet yielded, in input order
        self.fruitless = 0  # workers in a row that died before sending anything
        self.weighed = 0.0  # when the workers' memory was last looked at

    def run(self, batches: Iterable[list[Article]]) -> Iterator[Result]:
        source = iter(batches)
        exhausted = False
        try:
            while True:
                while not exhausted and len(self.slots) < self.size * self.in_flight:
                    batch = next(source, None)
                    if batch is None:
                        exhausted = True
                        break
                    slot = Slot(batch)
                    self.slots.append(slot)
                    self.queue.append(Task(slot, list(range(len(batch)))))
                self._hand_out()
                while self.slots and self.slots[0].given == len(self.slots[0].articles):
                    self.slots.popleft()
                if self.slots and self.slots[0].results[self.slots[0].given] is not None:
                    slot = self.slots[0]
                    result, slot.results[slot.given] = slot.results[slot.given], None
                    slot.given += 1
                    yield result
                    self._watch(0)  # between results too: a worker that is done gets more at once
                elif exhausted and not self.slots:
                    return
                else:
                    self._watch(TICK)
        finally:
            self._stop()

    def _hand_out(self) -> None:
        for w in self.pool:
            if w.task is None and self.queue:
                w.give(self.queue.popleft())
        while self.queue and len(self.pool) < self.size:  # started only once there is work for it
            w = self._start()
            self.pool.append(w)
            w.give(self.queue.popleft())

    def _start(self) -> Worker:
        tasks_out, tasks_in = self.ctx.Pipe(duplex=False)
        results_out, results_in = self.ctx.Pipe(duplex=False)
        process = self.ctx.Process(target=worker_main, name="saidwhat-worker", daemon=True,
                                   args=(self.settings, tasks_out, results_in, os.getpid()))
        for stream in (sys.stdout, sys.stderr):  # a forked worker flushes its copy as it ends:
            stream.flush()  # records still in the buffer would be written twice
        process.start()
        tasks_out.close()  # the worker's ends: with them closed here, either side sees EOF
        results_in.close()  # when the other one dies
        return Worker(process, tasks_in, results_out)

    def _watch(self, timeout: float) -> None:
        """Wait for a message or a death (at most `timeout`), then act on what happened; look at
        the workers' memory at most once a tick."""
        busy = [w for w in self.pool if w.task is not None]
        wait([w.results for w in busy] + [w.process.sentinel for w in self.pool], timeout=timeout)
        now = time.monotonic()
        weigh = self.limits.max_memory_mb > 0 and now - self.weighed >= TICK
        if weigh:
            self.weighed = now
        for w in list(self.pool):
            alive = self._drain(w, now)
            if not alive:
                # its pipe can close before the process is reaped: wait for the exit status, so
                # the record names the signal (not "status None")
                w.process.join(timeout=5)
                self._replace(w, crashed(w.process.exitcode), kill=w.process.is_alive())
            elif w.task is not None and w.deadline is not None and now > w.deadline:
                self._replace(w, self.limits.too_slow(), kill=True)
            elif w.task is not None and weigh:
                mb = resident_mb(w.process.pid)
                if mb is not None and mb > self.limits.max_memory_mb:
                    self._replace(w, self.limits.too_big(mb), kill=True)

    def _drain(self, w: Worker, now: float) -> bool:
        """Take every message `w` has sent; False when it has died."""
        while True:
            try:
                if not w.results.poll():
                    if w.process.is_alive():
                        return True
                    if not w.results.poll():  # what it sent just before dying is still read
                        return False
                message = w.results.recv()
            except (EOFError, OSError):
                return False
            self._receive(w, message, now)

    def _receive(self, w: Worker, message: tuple[Any, ...], now: float) -> None:
        kind = message[0]
        if kind == "error":
            raise ResourceError(message[1])
        assert w.task is not None, f"a message from an idle worker: {kind}"
        w.heard, self.fruitless = True, 0
        if kind == "group":
            w.group, w.group_done = message[1], 0
        elif kind == "result":
            w.task.slot.results[w.task.indices[w.done]] = message[1]
            w.done += 1
            w.group_done += 1
        elif kind == "done":
            w.task, w.deadline = None, None
            return
        if self.limits.max_seconds > 0:  # a clock per document, started as the worker moves on
            w.deadline = now + self.limits.max_seconds

    def _replace(self, w: Worker, reason: str, kill: bool = False) -> None:
        """Stop `w`, record the document it was on, hand the rest of its batch out again."""
        if kill:
            _kill(w)
        w.process.join()
        w.tasks.close()
        w.results.close()
        self.pool.remove(w)
        if not w.heard:
            self.fruitless += 1
            if self.fruitless >= MAX_FRUITLESS_STARTS:
                raise ResourceError(f"the worker processes keep dying before their first document "
                                    f"({reason}); the run cannot go on")
        task = w.task
        if task is None:
            return  # it held no document (it died between batches)
        rest = task.indices[w.done:]
        log.info("worker %s stopped: %s", w.process.pid, reason)
        if w.group > 1 and w.group_done == 0:
            # the group was being parsed: any of its documents may be at fault; re-run each alone
            alone = [Task(task.slot, [i]) for i in rest[:w.group]]
            again = alone + ([Task(task.slot, rest[w.group:])] if rest[w.group:] else [])
        elif w.group == 0:  # it had not started: nobody's fault
            again = [Task(task.slot, rest)]
        else:
            culprit = rest[0]
            article = task.slot.articles[culprit]
            log.warning("%s: skipped: %s", article.source or article.doc, reason)
            task.slot.results[culprit] = Result(DocumentInfo(doc=article.doc, status="skipped", reason=reason))
            again = [Task(task.slot, rest[1:])] if rest[1:] else []
        self.queue.extendleft(reversed(again))

    def _stop(self) -> None:
        """Let idle workers finish on their own; kill those still busy (the run was abandoned)."""
        for w in self.pool:
            if w.task is None:
                try:
                    w.tasks.send(None)
                except OSError:
                    pass
            else:
                _kill(w)
        for w in self.pool:
            w.process.join(timeout=5)
            if w.process.is_alive():
                _kill(w)
                w.process.join()
            w.tasks.close()
            w.results.close()
        self.pool.clear()


def _kill(w: Worker) -> None:
    try:
        os.kill(w.process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _start_method() -> str:
    from saidwhat.run.local import START_METHOD

    return START_METHOD


def resident_mb(pid: int) -> float | None:
    """A process's resident memory in MB (Linux /proc); None where it cannot be read."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError, IndexError):
        return None
