"""The speaker-name gold set (tests/golden/voa_names_gold.jsonl) and the tune/check split of the 45 VOA
gold stories (tests/golden/voa_split.json) are well formed. Reads only files in the repository."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden"
NAMES = GOLDEN / "voa_names_gold.jsonl"
OLD = GOLDEN / "voa_gold.jsonl"
SPLIT = GOLDEN / "voa_split.json"


def _load(path: Path):
    if not path.exists():
        pytest.skip(f"not present: {path}")
    if path.suffix == ".json":
        return json.loads(path.read_text(encoding="utf-8"))
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _spans(att: dict):
    for key in ("source", "cue", "content"):
        if att.get(key):
            yield key, att[key]
    for piece in att.get("extra", {}).get("pieces", []):
        yield "piece", piece


def test_every_span_matches_the_text():
    docs = _load(NAMES)
    assert len(docs) == 30
    bad = []
    for doc in docs:
        text = doc["text"]
        assert doc["attributions"], doc["id"]
        for k, att in enumerate(doc["attributions"]):
            assert att["content"], (doc["id"], k)
            for key, sp in _spans(att):
                if text[sp["start"]:sp["end"]] != sp["text"]:
                    bad.append((doc["id"], k, key, sp["text"][:40]))
            name = att["speaker_name"]
            assert name is None or (isinstance(name, str) and name == name.strip() and name), (doc["id"], k)
    assert not bad, bad


def test_new_stories_are_not_in_the_old_set():
    new = {d["id"] for d in _load(NAMES)}
    old = {d["id"] for d in _load(OLD)}
    assert len(new) == 30 and len(old) == 15
    assert not new & old


def test_split_covers_all_45_ids_once_each():
    split = _load(SPLIT)
    tune, check = split["tune"], split["check"]
    assert len(tune) == len(set(tune)) and len(check) == len(set(check))
    assert not set(tune) & set(check)
    ids = {d["id"] for d in _load(NAMES)} | {d["id"] for d in _load(OLD)}
    assert len(ids) == 45
    assert set(tune) | set(check) == ids


def test_split_follows_its_rule():
    split = _load(SPLIT)
    for half in ("tune", "check"):
        for doc_id in split[half]:
            last = int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[-1], 16)
            assert ("tune" if last < 8 else "check") == half, doc_id
