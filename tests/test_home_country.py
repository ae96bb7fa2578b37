"""A country's own bodies and people, written without the country, take the country the story is
in (saidwhat/resolve/home_country.py): tiny texts of our own."""

from __future__ import annotations

from saidwhat import extract_text

DATE = "2025-03-01"


def _statement(text: str, needle: str):
    return next(s for s in extract_text(text, published=DATE).statements if needle in s.content.text)


def _event_actor(text: str, trigger: str):
    ev = next(e for e in extract_text(text, published=DATE).events if e.trigger.text == trigger)
    return ev.actor


def test_unnamed_state_body_takes_the_article_country() -> None:
    text = ("Guatemalan journalist Jose Ruben Zamora returned to prison on Monday. In 2022, authorities "
            "arrested Zamora and froze the newspaper's assets.")
    actor = _event_actor(text, "arrested")
    assert (actor.name, actor.country, actor.sector) == ("authorities", "GTM", "GOV")


def test_the_sentence_country_wins_over_the_article_country() -> None:
    text = ("Kenya's president met donors in Nairobi. Kenya wants more aid, and Kenyan officials say the "
            "talks went well. In Somalia, police arrested five protesters on Tuesday.")
    assert _event_actor(text, "arrested").country == "SOM"


def test_a_local_named_without_nationality_takes_the_article_country() -> None:
    text = ("Pakistan's army said the siege was over. In Quetta, Pakistani officials counted the dead. "
            "Shahid Rind condemned the attack on the train.")
    st = _statement(text, "the attack")
    assert (st.actor.name, st.actor.country) == ("Shahid Rind", "PAK")


def test_unnamed_groups_that_are_not_state_bodies_keep_no_country() -> None:
    text = "Kenya's president met donors in Nairobi. Analysts said the talks went well."
    st = _statement(text, "talks")
    assert (st.actor.name, st.actor.country) == ("analysts", None)


def test_the_people_an_act_is_done_to_take_the_story_country_as_recipients_only() -> None:
    text = "Pakistan's army said the siege was over. Gunmen killed five civilians on Tuesday."
    ev = next(e for e in extract_text(text, published=DATE).events if e.trigger.text == "killed")
    assert (ev.recipient.name, ev.recipient.country) == ("civilians", "PAK")
    # the gunmen act: as actors, unnamed irregulars are as often foreign as local
    assert (ev.actor.name, ev.actor.country) == ("gunmen", None)


def test_a_known_foreign_person_keeps_their_own_country() -> None:
    text = "Pakistani officials met in Islamabad. Antony Blinken condemned the attack on the train."
    st = _statement(text, "the attack")
    assert st.actor.country == "USA"


def test_a_full_name_is_not_a_dictionary_person_by_surname() -> None:
    # the dictionary's only `Chau` is Vietnamese: a full name with another first name is someone else
    text = "Hong Kong prosecutor Anthony Chau accused Lai of colluding with foreign forces."
    st = _statement(text, "colluding")
    assert (st.actor.name, st.actor.country) == ("Anthony Chau", "HKG")


def test_a_country_in_what_was_said_is_not_the_speaker_s() -> None:
    text = ("Japan hosted a summit in Tokyo. Japan wants closer ties with India. The leaders agreed to "
            "face the challenges China brings to the region.")
    st = _statement(text, "challenges")
    assert (st.actor.name, st.actor.country) == ("leaders", "JPN")


def test_quantified_unnamed_people_take_no_dictionary_alias() -> None:
    # `some` and `youth` are aliases of bodies abroad in the dictionary: common words here
    text = "China plans new limits on gaming. Some youth complain about the rules. Some say the rules are fair."
    actors = {s.content.text: s.actor for s in extract_text(text, published=DATE).statements}
    assert [(a.name, a.id, a.country) for c, a in actors.items() if "rules" in c] == [
        ("youth", None, None), ("some", None, None)]



def test_a_name_that_is_a_country_keeps_that_country() -> None:
    # `Mauritius` read off a longer mention with an id of the article's own: the country it names,
    # not the story's country
    from collections import Counter

    from saidwhat.records import Actor
    from saidwhat.resolve.home_country import _with_country
    from saidwhat.resources import current

    actor = Actor(name="Mauritius", id="person:mauritius")
    assert _with_country(actor, current(None).kb, [], Counter({"IND": 3}), "IND").country == "MUS"
