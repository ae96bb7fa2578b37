"""Lexicon rows and word-sense checks of the event finder, on sentences written for these tests:
tariffs and duties are sanctions; amassing a following, meeting with opposition and a
feeling of hostility are no acts."""

from __future__ import annotations

import pytest

from saidwhat import extract_text


@pytest.fixture(scope="module")
def run():
    from saidwhat.parse import load_nlp

    load_nlp()
    return lambda text: [(e.type, e.trigger.text) for e in extract_text(text, published="2022-02-01").events]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The government imposed tariffs on imported steel last week.", "imposed tariffs"),
    ("The bloc slapped duties on electric vehicles.", "slapped duties"),
    ("The new tariffs on steel took effect on Monday.", "tariffs"),
])
def test_tariffs_and_duties_are_sanctions(run, text: str, trigger: str) -> None:
    assert ("SANCTION", trigger) in run(text), run(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("He amassed 12 million followers online.", "MOBILIZE"),
    ("The proposal met with opposition from the neighbours.", "CONSULT"),
    ("Nothing will change the minister's hostility towards the press.", "ASSAULT"),
])
def test_word_senses_that_are_no_act(run, text: str, absent: str) -> None:
    assert absent not in [t for t, _ in run(text)], run(text)


@pytest.mark.parametrize(("text", "type_"), [
    ("The army amassed troops on the border.", "MOBILIZE"),
    ("The two ministers met with the envoy in Geneva.", "CONSULT"),
    ("Rebels relaunched hostilities in the north.", "ASSAULT"),
])
def test_the_act_senses_stay(run, text: str, type_: str) -> None:
    assert type_ in [t for t, _ in run(text)], run(text)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The two presidents spoke by phone on Tuesday.", "spoke"),
    ("The chancellor had a phone call with the prime minister.", "phone call"),
    ("The two ministers held phone conversations last week.", "held phone conversations"),
    ("The foreign ministers convened in Brussels.", "convened"),
])
def test_calls_and_gatherings_are_consultations(run, text: str, trigger: str) -> None:
    assert ("CONSULT", trigger) in run(text), run(text)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The country test-fired a ballistic missile.", "fired a ballistic missile"),
    ("Reports say the army is testing a new air defense system.", "testing a new air defense system"),
])
def test_a_weapons_test_is_mobilize_weapons(run, text: str, trigger: str) -> None:
    assert ("MOBILIZE", trigger) in run(text), run(text)


@pytest.mark.parametrize("text", ["Scientists tested the vaccine.", "The army fired missiles at the city."])
def test_other_tests_and_real_launches_are_no_weapons_test(run, text: str) -> None:
    assert "MOBILIZE" not in [t for t, _ in run(text)], run(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("The minister was fired on Tuesday.", "ASSAULT"),  # dismissed, not shot at
    ("The website was blocked in China.", "PROTEST"),  # a passive's subject is no crowd
    ("The court summoned the witnesses.", "ACCUSE"),
])
def test_senses_that_turn_on_the_object(run, text: str, absent: str) -> None:
    assert absent not in [t for t, _ in run(text)], run(text)


@pytest.mark.parametrize(("text", "type_"), [
    ("Troops fired on protesters on Monday.", "ASSAULT"),
    ("Shots were fired near the embassy.", "ASSAULT"),
    ("Protesters blocked roads in the capital.", "PROTEST"),
    ("The website was blocked in China.", "COERCE"),
    ("China summoned the Japanese ambassador.", "ACCUSE"),  # the manual: summoning an envoy is ACCUSE
    ("The newspaper was shut down in 2023.", "COERCE"),
])
def test_the_act_senses_of_fire_block_summon_shut(run, text: str, type_: str) -> None:
    assert type_ in [t for t, _ in run(text)], run(text)


@pytest.mark.parametrize(("text", "trigger", "mode"), [
    ("Five soldiers died in the blast on Monday.", "blast", "explosives"),
    ("Police said the shooting left three people dead.", "shooting", "firearms"),
    ("The murder of the journalist shocked the country.", "murder", None),
])
def test_attack_nouns(text: str, trigger: str, mode: str | None) -> None:
    from saidwhat.parse import load_nlp

    load_nlp()
    found = [(e.type, e.trigger.text, e.mode) for e in extract_text(text, published="2022-02-01").events]
    assert any(t == "ASSAULT" and tr == trigger and (mode is None or m == mode) for t, tr, m in found), found
