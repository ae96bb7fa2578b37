"""The event gold sets are well formed (docs/annotation/EVENTS.md):

- tests/golden/voa_events_gold.jsonl: article-level events of the 45 VOA stories (score.py docevents);
- tests/golden/plover_sentences_voa.jsonl: sentence-level events from the same stories (score.py events);
- /work/shared-local/plover_sentences_polnear.jsonl: sentence-level events from PolNeAR train articles,
  kept outside the repository (not public domain); its tests skip when it is absent.

Every span matches its text, every story/sentence id is in exactly one half of its split, and every
type is a PLOVER 2.0 type name."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden"
DOC_GOLD = GOLDEN / "voa_events_gold.jsonl"
VOA_SENT = GOLDEN / "plover_sentences_voa.jsonl"
SENT_SPLIT = GOLDEN / "plover_sentences_split.json"
STORY_SPLIT = GOLDEN / "voa_split.json"
POLNEAR_SENT = Path("/work/shared-local/plover_sentences_polnear.jsonl")
POLNEAR_SPLIT = Path("/work/shared-local/plover_sentences_polnear_split.json")

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _load(path: Path):
    if not path.exists():
        pytest.skip(f"not present: {path}")
    if path.suffix == ".json":
        return json.loads(path.read_text(encoding="utf-8"))
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _one_half(split: dict, ids: list[str]):
    tune, check = set(split["tune"]), set(split["check"])
    assert not tune & check, sorted(tune & check)[:5]
    assert len(split["tune"]) == len(tune) and len(split["check"]) == len(check), "duplicate ids in a half"
    missing = [i for i in ids if (i in tune) + (i in check) != 1]
    assert not missing, missing[:5]
    extra = (tune | check) - set(ids)
    assert not extra, sorted(extra)[:5]


def test_doc_gold_spans_and_fields():
    docs = _load(DOC_GOLD)
    assert len(docs) == 45
    for d in docs:
        t = d["text"]
        for key in ("id", "title", "outlet", "date", "url"):
            assert d.get(key), (d["id"], key)
        for kind in ("events", "excluded_events"):
            for e in d[kind]:
                for sk in ("trigger", "sentence"):
                    sp = e[sk]
                    assert t[sp["start"]:sp["end"]] == sp["text"], (d["id"], kind, sp)
                assert e["sentence"]["start"] <= e["trigger"]["start"] < e["trigger"]["end"] <= e["sentence"]["end"]
                assert e["plover_type"] in PLOVER_TYPES, e["plover_type"]
                assert set(e.get("alt_plover_types") or []) <= PLOVER_TYPES
                assert e["tier"] in ("core", "extra")
                assert isinstance(e["asserted"], bool)
                if e.get("event_date"):
                    assert DATE.match(e["event_date"]), e["event_date"]
                for ck in ("actor_country", "recipient_country"):
                    if e.get(ck):
                        assert re.fullmatch(r"[A-Z]{3}", e[ck]), e[ck]
                if kind == "excluded_events":
                    assert e.get("why"), (d["id"], e["trigger"])


def test_doc_gold_matches_story_split():
    docs = _load(DOC_GOLD)
    _one_half(_load(STORY_SPLIT), [d["id"] for d in docs])


def _check_sentences(rows):
    for r in rows:
        assert r["text"], r["id"]
        assert r["events"], r["id"]
        for e in r["events"]:
            assert e["type"] in PLOVER_TYPES, (r["id"], e["type"])
            for role in ("actor", "recipient"):
                ent = e.get(role)
                if ent:
                    assert ent["code"].startswith(ent["country"]) or ent["country"] in ("IGO", "NGO"), ent
                    assert re.fullmatch(r"[A-Z]{3}", ent["country"]), ent


def test_voa_sentences():
    rows = _load(VOA_SENT)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    _check_sentences(rows)
    docs = {d["id"]: d for d in _load(DOC_GOLD)}
    for r in rows:
        story = r["id"].rsplit(":", 1)[0]
        assert r["text"] in docs[story]["text"], r["id"]


def test_voa_sentence_split_follows_story_split():
    rows = _load(VOA_SENT)
    split = _load(SENT_SPLIT)
    stories = _load(STORY_SPLIT)
    _one_half(split, [r["id"] for r in rows])
    for half in ("tune", "check"):
        for i in split[half]:
            assert i.rsplit(":", 1)[0] in stories[half], i


def test_polnear_sentences():
    rows = _load(POLNEAR_SENT)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("polnear:") for i in ids)
    _check_sentences(rows)
    split = _load(POLNEAR_SPLIT)
    _one_half(split, ids)
    for i in split["tune"]:
        assert hashlib.sha1(i.encode("utf-8")).hexdigest()[-1] in "01234567", i
    for i in split["check"]:
        assert hashlib.sha1(i.encode("utf-8")).hexdigest()[-1] in "89abcdef", i
