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
from pathlib import Path

import pytest
from test_store import dump

from saidwhat.read import read_paths
from saidwhat.resources import Settings
from saidwhat.run import jobs
from saidwhat.store import open_db

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


def count_documents(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:  # not created yet, or the schema not committed yet
        return 0


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
