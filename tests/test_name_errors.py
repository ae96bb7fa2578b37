"""`saidwhat eval` counts wrong speaker names by kind (issue 16)."""

from __future__ import annotations

import pytest

from saidwhat.eval import name_error_kind, name_errors

TEXT = "Lamu County Commissioner Irungu Macharia said the road was safe. The report said so."


@pytest.mark.parametrize("gold, got, actor_id, kind", [
    ("Irungu Macharia", None, None, "no speaker"),
    ("Irungu Macharia", "Commissioner Irungu Macharia", None, "title left in"),
    ("Oh Ei Sun", "Oh", None, "partial name"),
    ("Baloch Liberation Army", "BLA", None, "abbreviation"),
    ("Central African Republic officials", "C.A.R.", None, "abbreviation"),
    ("Global Terrorism Index", "report", None, "document as speaker"),
    ("Moroccan authorities", "Authorities", None, "group named wrongly"),
    ("Irungu Macharia", "Joe Biden", "kb:joe-biden", "KB override"),
    ("Taliban", "group", None, "generic noun as name"),
    ("Irungu Macharia", "Lamu County", None, "wrong person"),
    (None, "Lamu County", None, "mention (no name)"),
])
def test_name_error_kind(gold, got, actor_id, kind) -> None:
    pred = {"actor": {"name": got, "id": actor_id} if got else None}
    assert name_error_kind(gold, pred, TEXT) == kind


def test_name_errors_counts_only_wrong_names() -> None:
    span = {"start": 40, "end": 63, "text": TEXT[40:63]}
    gold = [{"id": "d", "text": TEXT, "attributions": [
        {"content": span, "source": {"start": 0, "end": 39, "text": TEXT[:39]}, "speaker_name": "Irungu Macharia"}]}]
    right = [{"kind": "statement", "doc": "d", "content": span, "actor": {"name": "Irungu Macharia"}}]
    wrong = [{"kind": "statement", "doc": "d", "content": span, "actor": {"name": "Commissioner Irungu Macharia"}}]
    assert name_errors(gold, right)["name_errors"] == {}
    assert name_errors(gold, wrong)["name_errors"]["title left in"]["count"] == 1
