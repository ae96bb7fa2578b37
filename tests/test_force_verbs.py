"""Force verbs that also report speech (`attack`, `hit`, `slam`): an act when an armed force
does it or a place is hit, words when a person aims them at a party or a plan."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Rebels attacked the village on Tuesday.",
    "Separatist fighters attacked government positions near Donetsk.",
    "Government troops hit Kandahar overnight.",
    # a built thing or place named by a common noun is hit, whoever hits it
    "Residents attacked a police post on Tuesday.",
    "Protesters attacked the embassy compound overnight.",
])
def test_armed_force_or_place_is_no_speech(run, text: str) -> None:
    assert run(text).statements == []


@pytest.mark.parametrize("text", [
    "The minister attacked the opposition for its stance.",
    "The senator slammed the plan on Monday for its cost.",
    "Critics attacked the new law on Monday for its cost.",
])
def test_words_aimed_at_a_party_stay_speech(run, text: str) -> None:
    assert [st.type for st in run(text).statements] == ["ACCUSE"]


def test_a_time_phrase_is_not_what_words_aim_at() -> None:
    from saidwhat.extract.statements.verbs import _time_phrase
    from saidwhat.parse import load_nlp

    doc = load_nlp()("They attacked the plan on Tuesday.")
    prep = next(t for t in doc if t.lower_ == "on")
    assert _time_phrase(prep)
