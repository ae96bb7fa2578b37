"""Replays tests/fuzz_corpus/: every input that once broke saidwhat or made it hang stays a
regression test (issue 17, item 5)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

CORPUS = REPO / "tests" / "fuzz_corpus"
HANG_SECONDS = 300  # a hang bound, not a speed test: these took from 10 s to 515 s before the fix


@pytest.mark.slow
def test_every_corpus_input_gives_its_records(tmp_path: Path) -> None:
    inputs = sorted(p for p in CORPUS.iterdir() if p.name != "README.md")
    assert inputs
    proc = subprocess.run([sys.executable, "-m", "saidwhat.cli", "extract", *map(str, inputs), "--quiet"],
                          capture_output=True, text=True, cwd=REPO, timeout=HANG_SECONDS)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    docs = {r["doc"]: r for r in records if r["kind"] == "document"}
    assert sorted(docs) == sorted(p.stem for p in inputs)
    assert all(d["status"] == "ok" for d in docs.values()), docs
    texts = {p.stem: p.read_text(encoding="utf-8") for p in inputs}
    for rec in records:
        for name in ("content", "sentence", "speaker", "cue", "trigger"):
            span = rec.get(name)
            if isinstance(span, dict):
                assert texts[rec["doc"]][span["start"]:span["end"]] == span["text"]
