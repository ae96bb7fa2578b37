"""The fresh held-out VOA event gold is well formed (tests/golden/EVENTS.md, "Fresh held-out set"):

- tests/golden/voa_events_fresh.jsonl: article-level events of 10 VOA stories (score.py docevents);
- tests/golden/plover_sentences_voa_fresh.jsonl: sentence-level events of the same stories (score.py events).

Every span matches its text, every sentence is the sentence of make_voa_event_gold.sentences() its id
names, every type is a PLOVER 2.0 type, and no story is in the earlier event gold. Held out: no rule may be
written from its errors; these tests check the files only."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
DOC_GOLD = GOLDEN / "voa_events_fresh.jsonl"
SENT_GOLD = GOLDEN / "plover_sentences_voa_fresh.jsonl"
EARLIER = GOLDEN / "voa_events_gold.jsonl"

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
N_STORIES = 10


def _jsonl(path: Path) -> list[dict]:
    assert path.exists(), f"missing: {path}"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _sentences():
    spec = importlib.util.spec_from_file_location("make_voa_event_gold", ROOT / "scripts" / "make_voa_event_gold.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.sentences


def test_fresh_doc_gold_spans_types_fields():
    docs = _jsonl(DOC_GOLD)
    assert len(docs) == N_STORIES
    assert len({d["id"] for d in docs}) == N_STORIES
    sentences = _sentences()
    n_events = 0
    for d in docs:
        t = d["text"]
        for key in ("id", "title", "outlet", "date", "url"):
            assert d.get(key), (d["id"], key)
        assert d["url"].startswith("https://www.voanews.com/"), d["url"]
        sents = {(s, e) for s, e in sentences(t)}
        for kind in ("events", "excluded_events"):
            for e in d[kind]:
                for sk in ("trigger", "sentence"):
                    sp = e[sk]
                    assert t[sp["start"]:sp["end"]] == sp["text"], (d["id"], kind, sp)
                assert (e["sentence"]["start"], e["sentence"]["end"]) in sents, (d["id"], e["sentence"])
                assert e["sentence"]["start"] <= e["trigger"]["start"] < e["trigger"]["end"] <= e["sentence"]["end"]
                assert e["plover_type"] in PLOVER_TYPES, e["plover_type"]
                assert set(e.get("alt_plover_types") or []) <= PLOVER_TYPES, e.get("alt_plover_types")
                assert e["tier"] in ("core", "extra")
                assert isinstance(e["asserted"], bool)
                if e.get("event_date"):
                    assert DATE.match(e["event_date"]), e["event_date"]
                for ck in ("actor_country", "recipient_country"):
                    if e.get(ck):
                        assert re.fullmatch(r"[A-Z]{3}", e[ck]), e[ck]
                if kind == "excluded_events":
                    assert e.get("why"), (d["id"], e["trigger"])
                else:
                    n_events += 1
    assert n_events > 0


def test_fresh_stories_not_in_earlier_gold():
    fresh = {d["id"] for d in _jsonl(DOC_GOLD)}
    earlier = {d["id"] for d in _jsonl(EARLIER)}
    assert not fresh & earlier, sorted(fresh & earlier)


def test_fresh_sentences_spans_types_codes():
    docs = {d["id"]: d for d in _jsonl(DOC_GOLD)}
    rows = _jsonl(SENT_GOLD)
    assert rows
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    sentences = _sentences()
    for r in rows:
        story, k = r["id"].rsplit(":", 1)
        assert story in docs, r["id"]
        t = docs[story]["text"]
        s, e = sentences(t)[int(k)]
        assert t[s:e] == r["text"], r["id"]
        assert r["events"], r["id"]
        for ev in r["events"]:
            assert ev["type"] in PLOVER_TYPES, (r["id"], ev["type"])
            assert "mode" in ev
            for role in ("actor", "recipient"):
                ent = ev.get(role)
                if ent:
                    assert ent["text"] and re.fullmatch(r"[A-Z]{3}[A-Z0-9]*", ent["code"]), (r["id"], ent)
                    assert re.fullmatch(r"[A-Z]{3}", ent["country"]), ent
                    assert ent["code"].startswith(ent["country"]) or ent["country"] in ("IGO", "NGO"), ent
