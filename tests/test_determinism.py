"""The same input gives the same records in every run: nothing may depend on the order in which a
set or dict of strings is iterated, which Python changes from process to process (PYTHONHASHSEED)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# sentences naming two countries (a body's country is chosen between them) and a few other shapes
TEXTS = [
    "This week, military sources said 3R rebels attacked nearly 10 villages between the towns of "
    "Bocaranga and Bazoum in northeastern C.A.R., near the border with Cameroon.",
    "One of the Islamic State terror group's most senior leaders is dead, killed in what U.S. and "
    "Iraqi officials describe as a joint operation.",
    "Kenyan and Somali officials said police arrested five men near the border on Tuesday.",
    '"We will never accept these borders," Foreign Minister Anna Berg told reporters in Vell.',
]


@pytest.mark.slow
def test_records_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": f"t{i}", "text": t}) + "\n" for i, t in enumerate(TEXTS)),
                      encoding="utf-8")
    outputs = []
    for seed in ("1", "2", "5"):  # seeds under which the old choice of a body's country differed
        out = tmp_path / f"out{seed}.jsonl"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "saidwhat.cli", "extract", str(source), "-o", str(out),
                        "--workers", "1", "--quiet"], check=True, env=env)
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] and outputs[0] == outputs[1] == outputs[2]
