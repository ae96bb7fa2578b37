"""Every attribution in the two VOA attribution gold files carries a statement type
(docs/annotation/STATEMENT_TYPES.md): `plover_type` is a PLOVER 2.0 category or STATEMENT, and
`alt_plover_types`, where present, lists other valid types. Reads the repository's files; the check
of the type list against the PLOVER manual reads ../shared and skips without it."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden"
GOLD_FILES = (GOLDEN / "voa_gold.jsonl", GOLDEN / "voa_names_gold.jsonl")
README = GOLDEN / "README.md"
MANUAL = Path(__file__).resolve().parents[1].parent / "shared" / "docs" / "plover" / "PLOVER_MANUAL.tex"

# The 16 event categories of the PLOVER manual, chapter "Event Categories".
PLOVER_CATEGORIES = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
})
# A statement that does no typed act; the scorer reads a prediction with no type as this.
STATEMENT_TYPES = PLOVER_CATEGORIES | {"STATEMENT"}


def _attributions(path: Path) -> list[tuple[str, int, dict]]:
    if not path.exists():
        pytest.skip(f"not present: {path}")
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            doc = json.loads(line)
            rows += [(doc["id"], i, att) for i, att in enumerate(doc["attributions"])]
    return rows


def _all_attributions() -> list[tuple[str, int, dict]]:
    return [row for path in GOLD_FILES for row in _attributions(path)]


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_every_attribution_has_a_plover_type(path: Path):
    rows = _attributions(path)
    assert rows
    missing = [(doc, i) for doc, i, att in rows if "plover_type" not in att]
    bad = [(doc, i, att["plover_type"]) for doc, i, att in rows
           if "plover_type" in att and att["plover_type"] not in STATEMENT_TYPES]
    assert not missing, f"attributions without plover_type: {missing[:10]}"
    assert not bad, f"plover_type not a PLOVER category or STATEMENT: {bad[:10]}"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_alternative_types_are_other_valid_types(path: Path):
    bad = []
    for doc, i, att in _attributions(path):
        if "alt_plover_types" not in att:
            continue
        alts = att["alt_plover_types"]
        if (not isinstance(alts, list) or not alts or len(set(alts)) != len(alts)
                or att["plover_type"] in alts or not set(alts) <= STATEMENT_TYPES):
            bad.append((doc, i, att["plover_type"], alts))
    assert not bad, f"bad alt_plover_types: {bad[:10]}"


def test_readme_counts_match_the_gold():
    """The 'Statement types' table in tests/golden/README.md is the count of the files."""
    counts = Counter(att["plover_type"] for _, _, att in _all_attributions())
    text = README.read_text(encoding="utf-8")
    section = text.split("## Statement types", 1)
    assert len(section) == 2, "README has no 'Statement types' section"
    table = dict(re.findall(r"^\| `([A-Z]+)` \| (\d+) \|", section[1], flags=re.M))
    assert {k: int(v) for k, v in table.items()} == dict(counts)


def test_type_list_is_the_manuals():
    if not MANUAL.exists():
        pytest.skip(f"PLOVER manual not present: {MANUAL}")
    tex = MANUAL.read_text(encoding="utf-8")
    chapter = tex.split(r"\chapter{Event Categories}", 1)[1].split(r"\chapter{", 1)[0]
    assert set(re.findall(r"^\\section\{([A-Z]+)\}", chapter, flags=re.M)) == PLOVER_CATEGORIES
