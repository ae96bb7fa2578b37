"""Who did an act: a date possessor is no doer (`event.date_possessor_v1`), a passive
participle's or a stray `by` phrase names the doer of an act noun (`event.participle_agent_v1`),
and an infinitive complement's doer is its governing verb's object (`event.object_control_v1`),
on sentences written for these tests."""

from __future__ import annotations

import pytest

from saidwhat import Event, extract_text


@pytest.fixture(scope="module")
def run():
    from saidwhat.parse import load_nlp

    load_nlp()

    def _run(text: str, trigger: str) -> Event:
        events = extract_text(text, published="2022-02-01").events
        found = next((e for e in events if e.trigger.text.endswith(trigger)), None)
        assert found is not None, [(e.type, e.trigger.text) for e in events]
        return found

    return _run


def test_a_participle_agent_is_the_doer_of_the_act_noun(run) -> None:
    ev = run("An offensive launched by Kenyan soldiers last week pushed the rebels out of the town.", "offensive")
    assert ev.actor is not None and ev.actor.country == "KEN", ev.actor
    assert "event.participle_agent_v1" in ev.rule


def test_a_date_possessor_is_not_the_doer(run) -> None:
    ev = run("The rebels' camp was empty after Tuesday's attack by Nigerian troops.", "attack")
    assert ev.actor is not None and ev.actor.country == "NGA", ev.actor


def test_the_object_of_a_causing_verb_does_the_infinitive(run) -> None:
    ev = run("The army forced the Ugandan rebels to withdraw from the town.", "withdraw")
    assert ev.actor is not None and ev.actor.country == "UGA", ev.actor
    assert "event.object_control_v1" in ev.rule


def test_a_possessive_pronoun_stands_for_the_closest_party_before_it(run) -> None:
    ev = run("The General Assembly voted to reprimand Russia over its invasion of Ukraine.", "invasion")
    assert ev.actor is not None and ev.actor.country == "RUS", ev.actor
    assert "event.possessive_antecedent_v1" in ev.rule


def test_an_untagged_proper_name_subject_is_the_doer() -> None:
    from saidwhat.extract.events import extract_event_mentions
    from saidwhat.parse import load_nlp, parsed_of

    doc = load_nlp()("Trump blocked the Turkish sale.")
    doc[0].ent_type_ = ""  # as when the tagger misses the name
    blocked = next(m for m in extract_event_mentions(parsed_of(doc)) if m.anchor.lower_ == "blocked")
    assert blocked.actor is not None and blocked.actor.text == "Trump"


def test_the_owner_of_a_place_noun_is_where_a_meeting_happened(run) -> None:
    ev = run("Last week, Cameroonian and Nigerian officials met in Chad's capital to discuss security.", "met")
    assert ev.recipient is not None and ev.recipient.country == "TCD", ev.recipient
    assert "event.place_possessor_v1" in ev.rule


def test_a_possessor_outside_a_place_phrase_is_no_place(run) -> None:
    ev = run("Russia's troops attacked villages near the border.", "attacked")
    assert ev.recipient is None or ev.recipient.country != "RUS", ev.recipient


def test_the_victims_of_an_act_noun_are_not_its_doers(run) -> None:
    # whichever way the parser hangs "by Nigerian militants", the dead are not the hijackers
    ev = run("Officials said 31 people lost their lives in Tuesday's train hijacking by Nigerian militants.", "hijacking")
    assert ev.actor is not None and ev.actor.country == "NGA", ev.actor


def test_a_by_phrase_hung_on_the_active_verb_belongs_to_the_act_noun() -> None:
    from saidwhat.extract.events import participle_agent
    from saidwhat.parse import load_nlp

    doc = load_nlp()("Officials confirmed that 31 people, including 23 guards, lost their lives in Tuesday's "
                     "train hijacking by armed militants in the restive province.")
    hijacking = next(t for t in doc if t.lower_ == "hijacking")
    assert doc[hijacking.i + 1].head.lower_ == "lost"  # the parse this rule is for
    agent = participle_agent(hijacking)
    assert agent is not None and agent.lower_ == "militants"
