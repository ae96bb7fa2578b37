"""Per-document limits and the watchdog: a document that crashes its worker, hangs, or eats
memory is recorded as skipped with the reason, its worker is replaced, and the run goes on.

The first tests put a stand-in pipeline into the workers (they are forked, so they inherit it)
whose documents really segfault, sleep or allocate; the `slow` ones run the real command.
"""

from __future__ import annotations

import ctypes
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import saidwhat.pipeline
import saidwhat.resources
from saidwhat.cli import main
from saidwhat.records import Article, DocumentInfo, Result
from saidwhat.resources import ResourceError, Settings
from saidwhat.run import jobs
from saidwhat.run.limits import Limits, crashed
from saidwhat.run.local import batch_sizes, default_workers, run_local
from saidwhat.run.watchdog import resident_mb
from saidwhat.store import open_db
from tests.conftest import count_documents

REPO = Path(__file__).resolve().parents[1]
ARTICLE = ('Moscow, Jan. 28, 2022\n\nRussia will not start a war, Foreign Minister Sergei Lavrov '
           'said on Friday.\n\n"We don\'t want a war," Lavrov told reporters.\n')
HOG_BYTES = 400_000_000


def stand_in(articles: Iterable[Article], settings: object = None, nlp: object = None) -> Iterator[Result]:
    """The pipeline, as far as the watchdog can tell: `segv` crashes, `hang` never ends, `slow`
    takes two seconds, `hog` holds 400 MB, `stall` hangs its whole group before any result (as a
    parse does); each result's reason is the pid of the worker that made it."""
    articles = list(articles)
    if any(a.doc == "stall" for a in articles):
        time.sleep(100)
    for a in articles:
        if a.doc == "segv":
            ctypes.string_at(0)
        elif a.doc == "hang":
            time.sleep(100)
        elif a.doc == "slow":
            time.sleep(2)
        elif a.doc == "hog":
            held = b"x" * HOG_BYTES  # noqa: F841 - resident until the worker is stopped
            time.sleep(100)
        else:
            time.sleep(0.02)
        yield Result(DocumentInfo(doc=a.doc, reason=str(os.getpid())))


@pytest.fixture
def pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(saidwhat.pipeline, "process_articles", stand_in)
    monkeypatch.setattr(saidwhat.resources, "current", lambda settings=None: None)


def run(docs: list[str], workers: int, limits: Limits, total: int | None = None) -> list[Result]:
    return list(run_local([Article(doc=d, text="x") for d in docs], workers=workers, settings=Settings(),
                          limits=limits, total=total))


@pytest.mark.parametrize("workers", [1, 2])
def test_a_crash_and_a_hang_are_skipped_and_the_run_goes_on(pipeline: None, workers: int) -> None:
    docs = ["a", "segv", "b", "hang", "c", "d", "e"]
    results = run(docs, workers, Limits(max_seconds=1, max_memory_mb=0))
    assert [r.document.doc for r in results] == docs
    status = {r.document.doc: (r.document.status, r.document.reason or "") for r in results}
    assert status["segv"] == ("skipped", crashed(-signal.SIGSEGV))
    assert "killed by SIGSEGV" in status["segv"][1]
    assert status["hang"] == ("skipped", Limits(max_seconds=1).too_slow())
    assert "(--max-seconds 1)" in status["hang"][1]
    assert all(status[d][0] == "ok" for d in "abcde")


def test_a_document_that_eats_memory_is_skipped(pipeline: None) -> None:
    cap = int((resident_mb(os.getpid()) or 0) + HOG_BYTES / 2e6)  # a worker starts as a copy of us
    results = run(["a", "hog", "b"], 1, Limits(max_seconds=60, max_memory_mb=cap))
    hog = results[1].document
    assert hog.status == "skipped" and hog.reason is not None
    assert hog.reason.startswith("too much memory:") and f"(--max-memory {cap})" in hog.reason
    assert [r.document.status for r in results] == ["ok", "skipped", "ok"]


def test_a_group_that_hangs_before_any_result_is_rerun_one_by_one(pipeline: None) -> None:
    # batches of 1, 2, 4 articles: the third is [stall, d, e, f], parsed as one group
    docs = ["a", "b", "c", "stall", "d", "e", "f"]
    results = run(docs, 1, Limits(max_seconds=1, max_memory_mb=0))
    assert [r.document.doc for r in results] == docs
    assert [r.document.status for r in results] == ["ok"] * 3 + ["skipped"] + ["ok"] * 3


def test_workers_that_die_before_any_document_end_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(saidwhat.resources, "current", lambda settings=None: ctypes.string_at(0))
    with pytest.raises(ResourceError, match="keep dying before their first document"):
        run(["a", "b"], 1, Limits())


def test_both_workers_start_at_once_and_share_a_small_run(pipeline: None) -> None:
    results = run([f"d{i}" for i in range(40)], 2, Limits(), total=40)
    pids = [r.document.reason for r in results]
    assert len(set(pids[:3])) == 2  # the first batches (1 and 2 articles) went to both
    assert min(pids.count(p) for p in set(pids)) >= 10  # neither did (almost) everything


def test_batches_grow_and_fit_the_input() -> None:
    sizes = batch_sizes(None, 2)
    assert [next(sizes) for _ in range(8)] == [1, 2, 4, 8, 16, 32, 32, 32]
    sizes = batch_sizes(40, 2)
    assert [next(sizes) for _ in range(5)] == [1, 2, 4, 7, 7]
    assert default_workers(3) == 1
    assert default_workers(None) >= 1


def test_a_raised_limit_lets_a_document_through_on_the_next_ingest(pipeline: None, tmp_path: Path) -> None:
    con = open_db(tmp_path / "t.db", write=True)
    articles = [Article(doc=d, text=f"text of {d}") for d in ("a", "slow", "b")]

    def ingest(seconds: float) -> tuple[int, int, int]:
        stats = jobs.ingest(con, articles, Settings(workers=1), limits=Limits(max_seconds=seconds))
        return stats.new, stats.changed, stats.unchanged

    assert ingest(1) == (3, 0, 0)
    assert con.execute("SELECT status FROM documents WHERE id = 'slow'").fetchone()[0] == "skipped"
    assert ingest(1) == (0, 0, 3)  # the same limit: nothing to do
    assert ingest(10) == (0, 1, 2)  # a higher one: tried again, and it passes
    assert con.execute("SELECT status FROM documents WHERE id = 'slow'").fetchone()[0] == "ok"
    con.close()


def test_limits_say_which_option_raises_them() -> None:
    limits = Limits(max_seconds=2.5, max_memory_mb=300)
    assert limits.lets_through(Limits(max_seconds=1).too_slow())
    assert not limits.lets_through(Limits(max_seconds=2.5).too_slow())
    assert not limits.lets_through(Limits(max_memory_mb=300).too_big(400))
    assert Limits(max_memory_mb=0).lets_through(Limits(max_memory_mb=300).too_big(400))
    assert not limits.lets_through("internal error: x (--max-seconds 1)")
    assert not limits.lets_through(None)


def test_max_bytes_skips_a_large_document_and_names_the_option(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(ARTICLE * 100, encoding="utf-8")
    got = CliRunner().invoke(main, ["extract", str(tmp_path / "big.txt"), "--max-bytes", "2k"])
    assert got.exit_code == 0, got.output
    doc = json.loads(got.stdout.splitlines()[0])
    assert doc["status"] == "skipped" and "the limit is 0.0 MB" not in doc["reason"]
    assert doc["reason"].startswith("too large:") and "--max-bytes" in doc["reason"]
    bad = CliRunner().invoke(main, ["extract", str(tmp_path), "--max-bytes", "lots"])
    assert bad.exit_code == 2 and "not a size in bytes" in bad.output


# --- the real command ----------------------------------------------------------------------

def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "saidwhat.cli", *args]


@pytest.fixture
def slow_corpus(tmp_path: Path) -> Path:
    """Two short articles around one that takes the parser a minute or more (800 KB of prose)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b_long.txt").write_text(
        "Foreign Minister Sergei Lavrov said on Friday that Russia would not start a war. " * 10000,
        encoding="utf-8")
    (folder / "c.txt").write_text(ARTICLE.replace("Friday", "Monday"), encoding="utf-8")
    return folder


@pytest.mark.slow
def test_max_seconds_holds_with_one_worker(slow_corpus: Path) -> None:
    got = subprocess.run(command("extract", str(slow_corpus), "--workers", "1", "--max-seconds", "5"),
                         cwd=REPO, capture_output=True, text=True, timeout=600)
    assert got.returncode == 0, got.stderr
    assert "Traceback" not in got.stderr
    records = [json.loads(line) for line in got.stdout.splitlines()]
    docs = {r["doc"]: r for r in records if r["kind"] == "document"}
    assert [r["doc"] for r in records if r["kind"] == "document"] == ["a", "b_long", "c"]  # once each
    assert docs["b_long"]["status"] == "skipped"
    assert docs["b_long"]["reason"] == Limits(max_seconds=5).too_slow()
    assert (docs["a"]["status"], docs["c"]["status"]) == ("ok", "ok"), got.stderr
    assert "skipped b_long: too slow" in got.stderr


def _children(pid: int) -> list[int]:
    import psutil

    try:
        return [c.pid for c in psutil.Process(pid).children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


def _alive(pids: list[int]) -> list[int]:
    import psutil

    alive = []
    for pid in pids:
        try:
            if psutil.Process(pid).status() != psutil.STATUS_ZOMBIE:
                alive.append(pid)
        except psutil.NoSuchProcess:
            pass
    return alive


@pytest.mark.slow
def test_a_worker_killed_mid_document_is_recorded_and_replaced(slow_corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    cmd = command("ingest", str(slow_corpus), "--db", str(db), "--workers", "1", "--max-seconds", "0")
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 300
        while count_documents(db) < 1 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(1)  # the worker is on the long article now
        workers = _children(proc.pid)
        assert len(workers) == 1, "expected one worker"
        os.kill(workers[0], signal.SIGKILL)
        _, stderr = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, stderr
    con = sqlite3.connect(db)
    rows = dict(con.execute("SELECT id, coalesce(reason, status) FROM documents").fetchall())
    con.close()
    assert rows["b_long"] == crashed(-signal.SIGKILL) and rows["a"] == rows["c"] == "ok"
    again = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and "0 new, 0 changed, 3 unchanged" in again.stderr  # not run again



@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="psutil's view of a killed parent's children")
def test_workers_die_with_their_parent(slow_corpus: Path) -> None:
    for n in range(4):  # enough articles for two workers
        (slow_corpus / f"more{n}.txt").write_text(ARTICLE * 3, encoding="utf-8")
    proc = subprocess.Popen(command("extract", str(slow_corpus), "--workers", "2", "--max-seconds", "0"),
                            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 120
        while len(workers) < 2 and time.monotonic() < deadline:
            workers = _children(proc.pid)
            time.sleep(0.05)
        assert len(workers) == 2, "the run did not start two workers"
        time.sleep(1)  # past start-up: loading the model, or on the long article
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 10
        while _alive(workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _alive(workers) == [], "workers outlived their parent"
    finally:
        for pid in _alive(workers):
            os.kill(pid, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_results_stream_out_while_one_worker_is_still_on_its_batch(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """With one worker, the first result reaches the writer before the worker is done with the
    articles read with it (it once came only after a whole batch of 32)."""
    marker = tmp_path / "first-result-written"

    def waits_for_the_writer(articles: Iterable[Article], settings: object = None,
                             nlp: object = None) -> Iterator[Result]:
        for a in articles:
            reason = None
            if a.doc == "d9":  # give the writer up to 20 s to show it has the first result
                for _ in range(200):
                    if marker.exists():
                        break
                    time.sleep(0.1)
                reason = None if marker.exists() else "the first result was not written yet"
            yield Result(DocumentInfo(doc=a.doc, status="skipped" if reason else "ok", reason=reason))

    monkeypatch.setattr(saidwhat.pipeline, "process_articles", waits_for_the_writer)
    monkeypatch.setattr(saidwhat.resources, "current", lambda settings=None: None)
    results = list(run_local([Article(doc=f"d{i}", text="x") for i in range(12)], workers=1,
                             settings=Settings(), on_result=lambda r: marker.touch()))
    assert [r.document.reason for r in results] == [None] * 12
