"""A tiny smoke run of the throughput benchmark: it runs and prints sane figures (not a timed test)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow  # loads the spaCy model in a few subprocesses (~30 s)

ARTICLE = ('Russia will not start a war, Foreign Minister Sergei Lavrov said on Friday.\n\n'
           '"We don\'t want a war," Lavrov told reporters in Moscow.\n')


def test_benchmark_smoke_run(tmp_path: Path) -> None:
    corpus = tmp_path / "tiny.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"a{i}", "text": ARTICLE}) + "\n" for i in range(5)),
                      encoding="utf-8")
    proc = subprocess.run([sys.executable, str(REPO / "bench" / "throughput.py"), str(corpus),
                           "--workers", "1", "--large", "0"], capture_output=True, text=True, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "5 articles, 115 words" in out
    for name in ("bare spaCy", "extract"):
        row = re.search(rf"^{name} +([\d.]+) +([\d.]+) +(\d+) +([\d.]+) +(\d+) +([\d.]+)$", out, re.M)
        assert row, out
        seconds, per_s, words_s, ratio, rss_mb, _ = map(float, row.groups())
        assert 0 < seconds < 120 and per_s > 0 and words_s > 0 and 0 < ratio <= 5
        assert 50 < rss_mb < 3000  # a Python process with the model, not a whole machine
    assert re.search(r"^ingest +(\S+)", out, re.M)  # measured, or skipped with a note
    assert re.search(r"cold start, .*: [\d.]+ s", out)
    assert "heavy modules loaded by `import saidwhat.cli`: []" in out
