"""Acts reported in the passive or with no named doer: freeing people
(`event.released_people_v1`), a passive verb's state phrase read as PETRARCH's object
(`event.petrarch_phrase_object_v1`), and a passive verb's borrowed subject as its patient
(`extract.event_syntax.subject_of`), on sentences written for these tests."""

from __future__ import annotations

import pytest

from saidwhat import Result


def _acts(result: Result) -> list[tuple[str, str, str]]:
    return [(e.type, e.trigger.text, e.rule) for e in result.events]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Nearly 40 passengers had been freed by Tuesday evening.", "freed"),
    ("The 12 students were released on Friday.", "released"),
    ("The reporter thanked her family after being freed from jail.", "freed"),
])
def test_freeing_people_is_an_act_without_a_named_freer(run, text: str, trigger: str) -> None:
    acts = _acts(run(text))
    assert ("RETREAT", trigger, "event.released_people_v1") in acts, acts


@pytest.mark.parametrize("text", [
    "The ministry released a report on Monday.",
    "Five million dollars were released to the agency.",
    "The film was released in 2020.",
])
def test_releasing_things_is_no_act(run, text: str) -> None:
    assert not [a for a in _acts(run(text)) if a[1].startswith("releas")], _acts(run(text))


def test_a_passive_verb_borrows_its_patient_not_its_doer(run) -> None:
    ev = next(e for e in run("Maria Lopez thanked her family after being freed from jail.").events
              if e.trigger.text == "freed")
    assert ev.actor is None or "Lopez" not in ev.actor.name
    assert ev.recipient is not None and "Lopez" in ev.recipient.name


def test_a_passive_state_phrase_is_petrarchs_object(run) -> None:
    acts = _acts(run("The activist has been held in solitary confinement since 2021."))
    assert ("COERCE", "held", "event.petrarch_phrase_object_v1") in acts, acts


@pytest.mark.parametrize("text", [
    "The talks were held in Paris last week.",  # a place is where, not the object
    "He was held in high regard by his colleagues.",
    "Troops got into a truck.",  # not passive
])
def test_a_place_or_an_active_verb_is_no_phrase_object(run, text: str) -> None:
    assert not [a for a in _acts(run(text)) if a[2] == "event.petrarch_phrase_object_v1"], _acts(run(text))


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    # a lawsuit or a signing is a formal act (docs/annotation/EVENTS.md, section 2)
    ("The lawyers filed 30 court cases against the ouster.", "ACCUSE", "filed 30 court cases"),
    ("The president signed a measure extending his term.", "SUPPORT", "signed"),
])
def test_formal_acts_by_their_object(run, text: str, type_: str, trigger: str) -> None:
    acts = _acts(run(text))
    assert any(a[0] == type_ and a[1] == trigger for a in acts), acts


def test_a_participle_after_a_verb_of_state_is_passive() -> None:
    from saidwhat.extract.event_syntax import subject_of
    from saidwhat.parse import load_nlp

    doc = load_nlp()("Maria Lopez stands accused of fraud.")
    accused = next(t for t in doc if t.lower_ == "accused")
    actor, patient = subject_of(accused)
    assert actor is None and patient is not None and patient.text == "Lopez"


def test_a_reduced_passive_keeps_its_by_agent_as_the_doer() -> None:
    from saidwhat.extract.event_syntax import subject_of
    from saidwhat.parse import load_nlp

    doc = load_nlp()("The rebels cross the border when attacked by government troops.")
    attacked = next(t for t in doc if t.lower_ == "attacked")
    actor, patient = subject_of(attacked)
    assert actor is not None and actor.text == "troops"
    assert patient is not None and patient.text == "rebels"


def test_neutralized_is_a_killing(run) -> None:
    acts = _acts(run("Several rebels were neutralized by the army on Monday."))
    assert any(a[0] == "ASSAULT" and a[1] == "neutralized" for a in acts), acts
