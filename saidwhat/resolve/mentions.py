"""Actors and places of the mentions the event finder and the statement typer read: a token's
noun phrase -> `Actor`, with country and sector filled from the words around it. The coder
(`code/`) calls these as it builds its records, so the actor context is asked in the order it
always was (it learns people as it resolves them)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from saidwhat.extract.event_syntax import np_span, wide_span
from saidwhat.records import Actor, DocumentInfo, Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from saidwhat.resolve.actors import ActorContext
    from saidwhat.resolve.kb import KnowledgeBase


def resolve_actor(kb: KnowledgeBase, ctx: ActorContext | None, tok: Token, date: str | None) -> Actor | None:
    """The actor a token's noun phrase names, with country and sector filled from the words around
    (without `ctx`, from the codes alone: no person of the article is looked up or learned)."""
    from saidwhat.resolve.codes import actor_codes

    if tok.tag_ in ("PRP$", "WP$", "WDT", "WP") or tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
        return None  # "its demands", "whose sanctions", "last month's meeting": no named party
    span = np_span(tok)
    actor = ctx.actor_for(span) if ctx is not None else None
    if actor is not None and actor.country and actor.sector:
        return actor
    country, sector = actor_codes(kb, span.text, date)
    if not country:
        country = _country_in_words(kb, span.text)
    if not country:
        wide = wide_span(tok)
        if wide != span:
            country, wide_sector = actor_codes(kb, wide.text, date)
            country = country or _country_in_words(kb, wide.text)
            sector = sector or wide_sector
    if actor is None:
        if not country and not sector:
            return None
        name = span.text.removeprefix("the ").removeprefix("The ")
        return Actor(name=name, country=country, sector=sector)
    # a copy: the context caches one Actor per mention and other records share it
    return replace(actor, country=actor.country or country, sector=actor.sector or sector)


def _country_in_words(kb: KnowledgeBase, text: str) -> str | None:
    """A country named by one word of a phrase ("168 Liberians", "Ethnic Albanians")."""
    from saidwhat.resolve.codes import country_of

    words = text.replace("-", " ").split()
    for i, word in enumerate(words):
        if len(word) < 3 or not word[:1].isupper() or (i > 0 and words[i - 1].lower() == "pro"):
            continue
        if i + 1 < len(words) and words[i + 1].lower() in ("backed", "allied", "sponsored"):
            continue  # "Russian-backed separatists" are not Russia's
        code = country_of(kb, word)
        if code:
            return code
    return None


def known_place(kb: KnowledgeBase, candidates: list[Token]) -> Token | None:
    """The first of `place_candidates` that names a known country or place: the recipient of
    force used there."""
    from saidwhat.resolve.codes import country_of

    for child in candidates:
        if country_of(kb, np_span(child).text) or country_of(kb, child.text):
            return child
    return None


def with_speaker_codes(st: Statement, doc: Doc, info: DocumentInfo, kb: KnowledgeBase) -> Actor | None:
    """Fill a typed statement's missing country from the speaker's noun phrase and apposition."""
    assert st.speaker is not None and st.actor is not None
    span = doc.char_span(st.speaker.start, st.speaker.end, alignment_mode="expand")
    if span is None:
        return st.actor
    coded = resolve_actor(kb, None, span.root, info.published)
    if coded is None:
        return st.actor
    country = coded.country
    if (st.actor.id or "").startswith("person:") and len(st.actor.name.split()) >= 2:
        # the article's own person: `Manning` read alone is the dictionary's Patrick Manning, not
        # the article's Robert Manning; their country comes from their full name, if at all
        from saidwhat.resolve.codes import actor_codes

        country = actor_codes(kb, st.actor.name, info.published)[0]
    return replace(st.actor, country=st.actor.country or country, sector=st.actor.sector or coded.sector)
