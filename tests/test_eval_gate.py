"""Eval gate: the pipeline on the public VOA gold set must not fall below the recorded floors.

The floors (tests/eval_floors.json) sit about 0.02 under the figures reached when they were set;
raise them when the extractor gets better, never lower them to let a change through.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from saidwhat.eval import evaluate

HERE = Path(__file__).resolve().parent
GOLD = HERE / "golden" / "voa_gold.jsonl"
FLOORS = json.loads((HERE / "eval_floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def scores() -> dict:
    return evaluate(GOLD)["scores"]


@pytest.mark.parametrize("measure", sorted(FLOORS["voa_gold"]))
def test_voa_floor(scores: dict, measure: str) -> None:
    floor = FLOORS["voa_gold"][measure]
    assert scores[measure] is not None and scores[measure] >= floor, (
        f"{measure} {scores[measure]} fell below the floor {floor}")
