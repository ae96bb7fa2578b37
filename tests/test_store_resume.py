"""Real interruptions of `saidwhat ingest`: SIGKILL mid-run, and a file size limit (a full disk).

Both run the command in a subprocess, then check that the database holds whole documents only,
and that running the same command again gives the same database as one clean run.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from test_store import dump

from saidwhat.read import read_paths
from saidwhat.resources import Settings
from saidwhat.run import jobs
from saidwhat.store import open_db
from tests.conftest import count_documents

pytestmark = pytest.mark.slow  # loads the spaCy model, runs ~80 short articles

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "examples" / "seeds"
VOA = REPO.parent / "shared" / "data" / "voa" / "voa_all.jsonl"


def saidwhat(*args: str, **kw: object) -> list[str]:
    return [sys.executable, "-m", "saidwhat.cli", *args]


def clean_run(paths: list[str], db: Path) -> dict[str, list[tuple]]:
    con = open_db(db, write=True)
    jobs.ingest(con, read_paths(paths), Settings(workers=1))
    con.close()
    return dump(db)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """~80 short real articles: several runner batches, so a kill lands between batches' writes.

    The first ~600 characters of each VOA story when the development data is here, else the
    seed articles' paragraphs under new ids.
    """
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    items = []
    if VOA.exists():
        for line in VOA.read_text(encoding="utf-8").splitlines():
            story = json.loads(line)
            text = story["text"][:600].rsplit(". ", 1)[0] + "."
            items.append({"id": story["id"], "text": text, "title": story.get("title"),
                          "date": story.get("date"), "outlet": story.get("outlet")})
    else:
        paras = [p for f in sorted(SEEDS.glob("*.txt"))
                 for p in f.read_text(encoding="utf-8").split("\n\n") if len(p) > 200]
        items = [{"id": f"seed-{i}", "text": paras[i % len(paras)]} for i in range(80)]
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    return path


def test_kill_9_mid_run_then_resume(corpus: Path, tmp_path: Path) -> None:
    total = len(corpus.read_text().splitlines())
    expected = clean_run([str(corpus)], tmp_path / "clean.db")
    assert len(expected["documents"]) == total

    db = tmp_path / "killed.db"
    proc = subprocess.Popen(saidwhat("ingest", str(corpus), "--db", str(db), "-w", "1", "-q"),
                            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while count_documents(db) == 0 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        os.killpg(proc.pid, signal.SIGKILL)  # its whole group: workers too, if it started any
    finally:
        proc.wait()
        if proc.stderr:
            proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    stored = count_documents(db)
    assert 0 < stored < total, f"killed with {stored} of {total} documents stored: not mid-run"

    # whatever the kill interrupted, each stored document is whole: exactly its clean-run rows
    killed = dump(db)
    docs = {r[0] for r in killed["documents"]}
    assert [r for r in expected["statements"] if r[1] in docs] == killed["statements"]
    assert [r for r in expected["events"] if r[1] in docs] == killed["events"]

    again = subprocess.run(saidwhat("ingest", str(corpus), "--db", str(db), "-w", "1"), cwd=REPO,
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert f"{total - stored} new, 0 changed, {stored} unchanged" in again.stderr
    assert dump(db) == expected


def _limit_file_size(limit: int) -> None:
    """In the child: files may not grow past `limit` bytes; writes then fail instead of killing it."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_full_disk_is_a_clean_error_and_a_rerun_completes(tmp_path: Path) -> None:
    db = tmp_path / "small.db"
    empty = tmp_path / "empty.db"
    open_db(empty, write=True).close()
    limit = empty.stat().st_size + 23_000  # the schema, and room for part of the seeds
    proc = subprocess.run(saidwhat("ingest", str(SEEDS), "--db", str(db), "-w", "1"), cwd=REPO,
                          capture_output=True, text=True, timeout=300,
                          preexec_fn=lambda: _limit_file_size(limit))
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "Error: could not store" in proc.stderr
    assert "run the same command again" in proc.stderr
    stored = dump(db)  # integrity_check inside
    assert 0 < len(stored["documents"]) < 5

    expected = clean_run([str(SEEDS)], tmp_path / "clean.db")
    docs = {r[0] for r in stored["documents"]}
    assert [r for r in expected["statements"] if r[1] in docs] == stored["statements"]

    again = subprocess.run(saidwhat("ingest", str(SEEDS), "--db", str(db), "-w", "1"), cwd=REPO,
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert dump(db) == expected


# --- the kill loop: --workers 2, the --force replace path, the final journal switch -----------

# One BLAS thread: the same floating-point sums in every run, so runs compare row for row.
ENV = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
# Runs `saidwhat` with SIGKILL sent to itself as `_journal_mode` is called with DELETE (the switch
# back from WAL at the end of an ingest): argv[1] is "before" or "after" the PRAGMA.
KILL_AT_SWITCH = """
import os, signal, sys
import saidwhat.store.writer as writer
from saidwhat.cli import main
when, switch = sys.argv.pop(1), writer._journal_mode
def killed(con, mode):
    if mode == "DELETE" and when == "before":
        os.kill(os.getpid(), signal.SIGKILL)
    switch(con, mode)
    if mode == "DELETE":
        os.kill(os.getpid(), signal.SIGKILL)
writer._journal_mode = killed
main()
"""


def canonical(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows without the row ids a replaced document is given anew (statements and
    events in document order), checked with `PRAGMA integrity_check` and FTS5's integrity-check."""
    rows = dump(db)
    con = sqlite3.connect(db)
    try:
        for table, link in (("statements", "claim_id"), ("events", "happening_id")):
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] != "id"]
            # a claim or happening id is given anew too: its first report (doc, seq) stands for it
            first = {k: (d, q) for k, d, q in con.execute(
                f"SELECT {link}, doc, min(seq) FROM {table} t WHERE doc = (SELECT min(doc) FROM {table}"
                f" WHERE {link} = t.{link}) AND {link} IS NOT NULL GROUP BY {link}")}
            out = []
            for r in con.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY doc, seq"):
                r = list(r)
                if link in cols and r[cols.index(link)] is not None:
                    r[cols.index(link)] = first[r[cols.index(link)]]
                out.append(tuple(r))
            rows[table] = out
    finally:
        con.close()
    return rows


@pytest.fixture(scope="module")
def clean(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple]]:
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    got = subprocess.run(saidwhat("ingest", str(corpus), "--db", str(db), "-w", "1", "-q"), cwd=REPO,
                         capture_output=True, text=True, timeout=600, env=ENV)
    assert got.returncode == 0, got.stderr
    return canonical(db)


def _run_and_kill(cmd: list[str], ready: Callable[[], bool]) -> bool:
    """Run `cmd`; kill -9 its process group once `ready()`. True if it was killed, False if it
    finished first."""
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True, env=ENV)
    try:
        deadline = time.monotonic() + 300
        while proc.poll() is None and not ready() and time.monotonic() < deadline:
            time.sleep(0.005)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    return proc.returncode == -signal.SIGKILL


def _resume(args: list[str]) -> str:
    got = subprocess.run(saidwhat(*args), cwd=REPO, capture_output=True, text=True, timeout=600, env=ENV)
    assert got.returncode == 0, got.stderr
    return got.stderr


def test_kill_loop_with_two_workers_then_force_then_the_journal_switch(
        corpus: Path, clean: dict[str, list[tuple]], tmp_path: Path) -> None:
    from saidwhat.store.writer import _delete_document

    total = len(clean["documents"])
    db = tmp_path / "loop.db"
    args = ["ingest", str(corpus), "--db", str(db), "-w", "2", "-q"]
    kills = 0
    while (target := count_documents(db) + total // 3) < total:  # killed a third of the way further
        assert _run_and_kill(saidwhat(*args), lambda t=target: count_documents(db) >= t), "ended too soon"
        kills += 1
        stored = canonical(db)
        docs = {r[0] for r in stored["documents"]}
        assert total >= len(docs) >= target
        assert stored["documents"] == [r for r in clean["documents"] if r[0] in docs]
        assert stored["statements"] == [r for r in clean["statements"] if r[0] in docs]
        if len(docs) == total:  # on a fast machine the last commit can land before the kill does
            break
    assert kills >= 1
    assert f"{total - count_documents(db)} new, 0 changed" in _resume(args)
    assert canonical(db) == clean

    # --force replaces every document: killed part way, a plain rerun leaves the clean database
    wal = db.with_name(db.name + "-wal")
    started = time.monotonic()
    assert _run_and_kill(saidwhat(*args, "--force"), lambda: (wal.exists() and wal.stat().st_size > 200_000)
                         or time.monotonic() - started > 120)
    kills += 1
    assert "0 new, 0 changed" in _resume(args)
    assert canonical(db) == clean

    # killed just before and just after the journal switch that ends a run storing a few documents
    last = [r[0] for r in clean["documents"]][-5:]
    for when in ("before", "after"):
        con = sqlite3.connect(db)
        with con:
            for doc in last:
                _delete_document(con, doc)
        con.close()
        proc = subprocess.run([sys.executable, "-c", KILL_AT_SWITCH, when, *args], cwd=REPO,
                              capture_output=True, text=True, timeout=600, env=ENV)
        assert proc.returncode == -signal.SIGKILL, proc.stderr
        kills += 1
        assert canonical(db) == clean  # opening it recovers whatever the WAL held
        assert f"0 new, 0 changed, {total} unchanged" in _resume(args)
        assert canonical(db) == clean
    print(f"kill loop: {kills} kills, every resumed database identical to the clean run")
