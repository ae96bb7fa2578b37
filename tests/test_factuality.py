"""Factuality before typing (`event.factuality_v1`) and one event per happening
(`event.same_happening_v1`), on sentences written for these tests."""

from __future__ import annotations

import pytest

from saidwhat import Result


def _types(result: Result) -> list[str]:
    return [e.type for e in result.events]


@pytest.mark.parametrize(("text", "absent"), [
    # demanded: what someone asks for is the statement's REQUEST, not an event
    ("The opposition called for sanctions against the regime.", "SANCTION"),
    ("Lawmakers urged the army to withdraw its troops from the border.", "RETREAT"),
    # threatened: the statement is the THREATEN
    ("The minister threatened sanctions against the neighbours.", "SANCTION"),
    # hypothetical: a noun of possibility
    ("Farmers avoid the fields for fear of attack.", "ASSAULT"),
    # negated by a determiner
    ("Officials said no ransom was paid and no arrests were made.", "COERCE"),
    # negated by a subject quantified by `no`
    ("The spokesperson said no passengers were killed.", "ASSAULT"),
    ("No one was arrested after the protest, police said.", "COERCE"),
    # negated by an object quantified by `no`
    ("Offering no evidence, the minister said the laboratories were a threat.", "AGREE"),
    # conditional
    ("Sanctions could follow if the government activated the system.", "SANCTION"),
    # asked
    ("Why did the army arrest the reporters?", "COERCE"),
    # a to-infinitive under a head that does not imply it: a goal, not a happening
    ("Officials said they need to destroy the missile system.", "ASSAULT"),
    ("The minister said the army is ready to attack the rebel camps.", "ASSAULT"),
    # said to be possible (event.modal_noun_v1): by an adjective, or as the predicate
    ("The envoy listed the border as an area of possible negotiations with the rebels.", "CONSULT"),
    ("The envoy named the areas where negotiations with the rebels are possible.", "CONSULT"),
    ("Officials warned of potential sanctions against the bank.", "SANCTION"),
    # a gerund under a noun of possibility, and a pretext for an act
    ("The minister warned of the risk of rebels attacking the capital.", "ASSAULT"),
    ("NATO said the rebels are trying to stage a pretext for an armed attack on the capital.", "ASSAULT"),
    # the topic of talks or of a rule (event.topic_v1)
    ("The allies offered talks with Russia on limiting missile deployments in Europe.", "MOBILIZE"),
    ("The allies proposed new restrictions on military exercises near the border.", "MOBILIZE"),
    # an `if` clause under a noun is a condition too
    ("It is the equivalent of if the two armies were holding talks.", "CONSULT"),
])
def test_acts_that_did_not_happen_are_not_events(run, text: str, absent: str) -> None:
    assert absent not in _types(run(text))


@pytest.mark.parametrize(("text", "type_"), [
    ("Nine people died in the attack on the market.", "ASSAULT"),
    ("The rebels never reached the city, as their convoy was attacked near the river.", "ASSAULT"),
    # a definite act is presupposed: negating the verb above it leaves the act standing
    ("China has never condemned Russia's invasion of Ukraine.", "ASSAULT"),
    # an implicative head states that its infinitive took place
    ("The rebels managed to attack the convoy near the border.", "ASSAULT"),
    ("Sweden was the first to recognize the new government.", "SUPPORT"),
    # `called` is no noun of demand ("calls to ..."): what it governs keeps its own status
    ("A militia called the Front fought back, with both sides being accused of killing civilians.", "ACCUSE"),
    # a definite act talked about is presupposed
    ("The two sides held talks on the invasion of the province.", "ASSAULT"),
    # an adjective that is not one of possibility leaves the act standing
    ("The envoy said the failed negotiations with the rebels ended on Monday.", "CONSULT"),
])
def test_acts_the_sentence_says_happened_are_events(run, text: str, type_: str) -> None:
    ev = next(e for e in run(text).events if e.type == type_)
    assert ev.factuality in ("asserted", "claimed") and ev.factuality_rule == "event.factuality_v1"


def test_planned_noun_is_typed_as_the_manual_says(run) -> None:
    ev = next(e for e in run("The talks between Japan and Korea will take place on Tuesday.").events)
    assert (ev.type, ev.factuality, ev.type_rule) == ("AGREE", "planned", "type.planned_v1")


def test_claimed_event_points_at_its_statement(run) -> None:
    r = run("The weather was cold. The army said its forces had arrested 20 rebels in the north.")
    ev = next(e for e in r.events if e.type == "COERCE")
    assert not ev.asserted and ev.factuality == "claimed"
    assert ev.claimed_by is not None and r.statements[ev.claimed_by].cue.text == "said"
    rec = ev.to_dict("d")
    assert rec["claimed_by"] == ev.claimed_by and rec["asserted"] is False


def test_repeated_mentions_are_one_event(run) -> None:
    text = ("Russian troops shelled Kharkiv on Monday, killing four people. "
            "The mayor of Kharkiv gave a speech in the evening. "
            "Russian troops shelled Kharkiv from the north, officials said.")
    r = run(text)
    assaults = [e for e in r.events if e.type == "ASSAULT"]
    assert len(assaults) == 1, [(e.trigger.text, e.actor) for e in assaults]
    ev = assaults[0]
    assert ev.trigger.text == "shelled" and ev.asserted  # stated once by the outlet: asserted
    assert len(ev.mentions) == 1 and ev.mentions[0][1].text.startswith("Russian troops shelled Kharkiv from")
    for trig, sent in ev.mentions:
        assert text[trig.start:trig.end] == trig.text and text[sent.start:sent.end] == sent.text
    assert ev.to_dict("d")["mentions"][0]["trigger"]["text"] == ev.mentions[0][0].text


def test_different_actors_stay_different_events(run) -> None:
    r = run("Police arrested ten protesters in Paris. In Berlin, German police arrested five activists.")
    assert len([e for e in r.events if e.type == "COERCE"]) == 2


@pytest.mark.parametrize(("text", "absent"), [
    # a habit, not a happening
    ("The militia mainly targets police patrols in the north.", "ASSAULT"),
    ("I would like to thank everyone who supports me.", "SUPPORT"),
    # what someone is accused of is the accusation's, not an event of the accuser
    ("The government accuses the rebel group of killing civilians in the villages.", "ASSAULT"),
    # an indefinite act noun after a copula classifies its subject
    ("The governor said their return is a big relief to the families.", "AID"),
    # a verbal act in the present inside a quote is the speaker's statement or a habit
    ('"We urge the authorities to release him," the group said.', "REQUEST"),
    ('"The party allows these people to go only where it wants," the researcher said.', "CONCEDE"),
])
def test_habits_and_allegations_are_not_events(run, text: str, absent: str) -> None:
    assert absent not in _types(run(text))


def test_speech_act_in_the_present_is_still_typed(run) -> None:
    assert "REJECT" in [*_types(run("China rejects the claims of the United States.")),
                        *(s.type for s in run("China rejects the claims of the United States.").statements)]


def test_plan_inside_a_statement_is_the_statements_promise(run) -> None:
    r = run("The army said its forces will attack the rebel camps in the north.")
    assert not [e for e in r.events if e.type in ("ASSAULT", "THREATEN")]
    st = r.statements[0]
    assert st.type == "THREATEN" and st.type_rule in ("type.planned_statement_v1", "type.content_v1")


def test_plan_in_the_outlets_voice_stays_an_event(run) -> None:
    ev = next(e for e in run("Japan will send aid to the flooded provinces of Pakistan next week.").events)
    assert (ev.type, ev.factuality, ev.claimed_by) == ("AGREE", "planned", None)


def test_scheduled_act_is_a_plan(run) -> None:
    ev = next(e for e in run("The president is scheduled to meet the Turkish leader in Ankara.").events)
    assert (ev.type, ev.factuality) == ("AGREE", "planned")


def test_coordinated_acts_of_one_type_are_two_events(run) -> None:
    r = run("Police arrested the editor and later detained his deputy.")
    assert [(e.type, e.trigger.text) for e in r.events] == [("COERCE", "arrested"), ("COERCE", "detained")]


def test_result_of_an_act_is_the_same_event(run) -> None:
    assert [e.trigger.text for e in run("Rebels attacked the village, killing twelve civilians.").events] == ["attacked"]


@pytest.mark.parametrize(("text", "absent"), [
    ('"We protect the herders from regular attacks by the militias," the rebels said.', None),
    ("The minister said there has been a lot of discussion about the budget.", "CONSULT"),
    ("The envoy said they will use every instrument, including sanctions, as needed.", "SANCTION"),
])
def test_an_indefinite_act_noun_inside_a_claim_is_no_happening(run, text: str, absent: str | None) -> None:
    """`event.claimed_indefinite_noun_v1`: such nouns speak of acts in general."""
    events = run(text).events
    if absent is None:  # with its own doer ("attacks by the militias") it stays
        assert any(e.trigger.text == "attacks" for e in events), [(e.type, e.trigger.text) for e in events]
    else:
        assert absent not in _types(run(text)), [(e.type, e.trigger.text) for e in events]


def test_a_definite_act_noun_inside_a_claim_stays(run) -> None:
    result = run("The minister said Tuesday's attack was planned abroad.")
    assert any(e.trigger.text == "attack" and e.type == "ASSAULT" for e in result.events), _types(result)


def test_every_act_an_accusation_lists_is_alleged(run) -> None:
    """`event.accused_of_v1`: coordinated acts after `accuses X of` are all the accusation's."""
    result = run("The government accuses the rebels of killing, looting and displacing civilians.")
    assert not [e for e in result.events if e.type == "ASSAULT"], [(e.type, e.trigger.text) for e in result.events]


def test_a_definite_act_someone_is_blamed_for_happened(run) -> None:
    result = run("Officials blamed the rebels for the attack on the school.")
    assert any(e.type == "ASSAULT" and e.trigger.text == "attack" for e in result.events), _types(result)
