"""The lexicon loader: comments, blank lines, CSV tables, and loud errors for broken files."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from saidwhat.lexicons import DIR, LexiconError, entries, table, words


def test_words_skip_comments_and_blank_lines(tmp_path: Path) -> None:
    (tmp_path / "greetings.txt").write_text("# what this list is for\n\nhello\n  good day  # inline note\n\nhi\n",
                                            encoding="utf-8")
    assert entries("greetings", tmp_path) == ("hello", "good day", "hi")
    assert words("greetings", tmp_path) == frozenset({"hello", "good day", "hi"})


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="nowhere.txt"):
        words("nowhere", tmp_path)
    with pytest.raises(LexiconError, match="nowhere.csv"):
        table("nowhere", tmp_path)


def test_a_list_is_never_silently_empty(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("# only a comment\n\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="empty.txt: no entries"):
        words("empty", tmp_path)


def test_a_repeated_entry_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "twice.txt").write_text("a\nb\na\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="twice.txt: 'a' is listed twice"):
        entries("twice", tmp_path)


def test_table_rows_in_order_after_comments(tmp_path: Path) -> None:
    (tmp_path / "codes.csv").write_text("# header comment\n# more\ncode,name\nRUS,Russia\nUKR,\"Ukraine, the\"\n\n",
                                        encoding="utf-8")
    assert table("codes", tmp_path) == [{"code": "RUS", "name": "Russia"}, {"code": "UKR", "name": "Ukraine, the"}]
    table("codes", tmp_path)[0]["code"] = "changed"  # each call gets its own rows
    assert table("codes", tmp_path)[0]["code"] == "RUS"


def test_table_row_of_the_wrong_width_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "bad.csv").write_text("# c\ncode,name\nRUS,Russia\nUKR\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"bad.csv, line 4: 1 fields, the header has 2"):
        table("bad", tmp_path)


def test_every_shipped_lexicon_loads_and_says_what_it_is() -> None:
    files = sorted(DIR.rglob("*.txt")) + sorted(DIR.rglob("*.csv"))
    assert files
    for path in files:
        name = path.relative_to(DIR).with_suffix("").as_posix()
        assert path.read_text(encoding="utf-8").startswith("#"), f"{path}: no header comment"
        assert (words(name) if path.suffix == ".txt" else table(name)), path


def test_kb_tables_say_where_facts_came_from_and_when_they_held() -> None:
    actors = {r["name"] for r in table("kb/curated_actors")}
    for r in table("kb/curated_roles"):
        assert r["name"] in actors, r
        for when in (r["start"], r["end"]):
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}|unknown|open|undated", when), r
    for name in ("countries", "igos", "bodies", "places", "curated_actors", "curated_roles"):
        assert all(r["source"] for r in table("kb/" + name)), name


# Module constants that are read from a lexicon file: (module, constant) -> lexicon name.
SWITCHED = {
    ("saidwhat.extract.cues", "SPEECH_VERBS"): "speech_verbs",
    ("saidwhat.extract.cues", "SPEECH_NOUNS"): "speech_nouns",
    ("saidwhat.extract.cues", "AGENT_NOUNS"): "agent_nouns",
    ("saidwhat.extract.event_syntax", "REPORTING"): "framing_verbs",
    ("saidwhat.extract.event_syntax", "PRONOUNS"): "subject_pronouns",
    ("saidwhat.extract.events", "DIPLOMAT_NOUNS"): "diplomat_nouns",
    ("saidwhat.extract.event_lexicon", "GROUP_NOUNS"): "acting_group_nouns",
    ("saidwhat.extract.event_lexicon", "CROWD_NOUNS"): "crowd_nouns",
    ("saidwhat.code.plover", "SELF_PRONOUNS"): "self_pronouns",
    ("saidwhat.code.plover_lexicon", "NEUTRAL_CUES"): "neutral_speech_verbs",
}


@pytest.mark.parametrize(("module", "name"), list(SWITCHED))
def test_module_constants_are_loaded_from_their_lexicon(module: str, name: str) -> None:
    value = getattr(importlib.import_module(module), name)
    assert value and value is words(SWITCHED[module, name])


PLOVER_TYPES = frozenset("""
AGREE SUPPORT CONSULT COOPERATE AID RETREAT CONCEDE REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION
MOBILIZE COERCE ASSAULT
""".split())


@pytest.mark.parametrize("name", ["VERBS", "PHRASAL", "VERB_PREPS", "NOUNS", "NOUN_COMPOUNDS", "LIGHT_PAIRS",
                                  "CUE_TYPES", "NOUN_TYPES"])
def test_type_tables_load_with_plover_types(name: str) -> None:
    from saidwhat.code import plover_lexicon
    from saidwhat.extract import event_lexicon

    found = getattr(event_lexicon, name, None) or getattr(plover_lexicon, name)
    assert found
    for key, (type_, mode) in found.items():
        assert type_ in PLOVER_TYPES or (name == "LIGHT_PAIRS" and type_ == ""), key  # "" = no act
        assert mode is None or mode, key
