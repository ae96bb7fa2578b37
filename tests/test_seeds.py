"""Golden test over the bundled example articles: what a user must find in them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SEEDS

EXPECTED = json.loads((Path(__file__).parent / "golden" / "seeds_expected.json").read_text("utf-8"))


def _statements(records: list[dict], doc: str) -> list[dict]:
    return [r for r in records if r["kind"] == "statement" and r["doc"] == doc]


def test_every_seed_has_one_document_record_first(seed_records):
    docs = [r["doc"] for r in seed_records if r["kind"] == "document"]
    assert sorted(docs) == sorted(p.stem for p in SEEDS.glob("*.txt"))
    seen: set[str] = set()
    for rec in seed_records:
        if rec["kind"] == "document":
            seen.add(rec["doc"])
        else:
            assert rec["doc"] in seen, "a document's records come after its document record"


@pytest.mark.parametrize("want", EXPECTED["statements"], ids=lambda w: f"{w['actor']}:{w['content'][:30]}")
def test_expected_statement_found(seed_records, want):
    found = [s for s in _statements(seed_records, want["doc"])
             if want["content"] in s["content"]["text"] or s["content"]["text"] in want["content"]
             and len(s["content"]["text"]) > 0.6 * len(want["content"])]
    assert found, f"no statement with content {want['content']!r} in {want['doc']}"
    names = {(s.get("actor") or {}).get("name") for s in found}
    assert want["actor"] in names, f"{want['content']!r} attributed to {names}, not {want['actor']}"
    right = [s for s in found if (s.get("actor") or {}).get("name") == want["actor"]]
    assert any(s["direct"] == want["direct"] for s in right)
    if "date" in want:
        assert any(s["date"] == want["date"] for s in right), [s["date"] for s in right]


@pytest.mark.parametrize("bad", EXPECTED["not_speakers"], ids=lambda b: b["actor"])
def test_wrong_speakers_absent(seed_records, bad):
    names = {(s.get("actor") or {}).get("name") for s in _statements(seed_records, bad["doc"])}
    assert bad["actor"] not in names


def test_seed_metadata(seed_records):
    docs = {r["doc"]: r for r in seed_records if r["kind"] == "document"}
    assert docs["000_8cf89970d4329c4b"]["outlet"] == "AP"
    assert docs["000_8cf89970d4329c4b"]["published"] == "2022-01-30"
    assert docs["001_da556442ba3b8b22"]["outlet"] == "The Moscow Times"
    assert docs["001_da556442ba3b8b22"]["published"] == "2022-01-28"
    assert docs["001_da556442ba3b8b22"]["url"].startswith("https://www.themoscowtimes.com/2022/01/28/")


def test_no_statement_read_from_chrome(seed_records):
    docs = {r["doc"]: r for r in seed_records if r["kind"] == "document"}
    for rec in seed_records:
        if rec["kind"] != "statement":
            continue
        body = docs[rec["doc"]]["body"]
        start, end = rec["content"]["start"], rec["content"]["end"]
        assert any(b["start"] <= start and end <= b["end"] for b in body), rec["content"]["text"]
