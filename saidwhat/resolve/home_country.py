"""The country of a state body the article does not name a country for.

`Authorities arrested Zamora`, `the court sentenced him`, `security forces killed 30 militants`:
news writes a country's own officials, courts, police, army and rebels without the country, because
the reader knows which country the story is in. Event data codes them with it (CAMEO and PLOVER
actor codes are country + sector: GTMGOV, PAKMIL, PAKREB), so a record whose actor or recipient is
such a body with no country takes the country the sentence names, or else the article's own: the
country it names most often. So does a person or body the article names with no nationality and
the dictionary does not know: news marks a foreigner's nationality (`U.S. envoy X`, `British
analyst Y`) and leaves the local unmarked. Unnamed groups that are not state bodies (`analysts`,
`rights groups`) are left as they are when they act: they are as often foreign as not. The people
an act is done to (`gunmen killed five civilians`, `urged residents to leave`) are the story's.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from saidwhat.parse import doc_ents
from saidwhat.records import Actor, Event, Statement
from saidwhat.resolve.codes import IGO_CODES, country_of, sector_of

if TYPE_CHECKING:
    from saidwhat.parse import ParsedDoc
    from saidwhat.resolve.kb import KnowledgeBase

# the sectors a country's own bodies are coded with (government, military, police, judiciary,
# legislature, rebels and opposition: PLOVER/CAMEO actor sectors)
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP"})
# the people an act is done to in a country's story are that country's, unless the sentence
# says otherwise: civilians, residents, passengers, journalists, students, criminals, insurgents
# (as recipients only: as actors they are as often foreign as local)
PEOPLE_SECTORS = frozenset({"CVL", "MED", "EDU", "CRM", "UAF", "INS"})


def fill_home_countries(statements: list[Statement], events: list[Event], parsed: ParsedDoc,
                        kb: KnowledgeBase) -> None:
    """Give a country to every state body and unknown named actor among the records' actors and
    recipients that has none."""
    mentions = _country_mentions(parsed, kb)
    if not mentions:
        return
    counts = Counter(code for _, code in mentions)
    home = max(counts, key=lambda code: (counts[code], -next(p for p, c in mentions if c == code)))
    for rec in [*statements, *events]:
        # the countries the sentence names for its actor: not those in what was said (`Quad
        # leaders agreed to face the challenges China brings`)
        said = rec.content if isinstance(rec, Statement) else None
        here = [(pos, code) for pos, code in mentions if rec.sentence.start <= pos < rec.sentence.end
                and not (said is not None and said.start <= pos < said.end)]
        rec.actor = _with_country(rec.actor, kb, here, counts, home)
        rec.recipient = _with_country(rec.recipient, kb, [], counts, home, STATE_SECTORS | PEOPLE_SECTORS)


def _country_mentions(parsed: ParsedDoc, kb: KnowledgeBase) -> list[tuple[int, str]]:
    """(offset, country code) of every place or people the article names that is a country."""
    out = []
    for ent in doc_ents(parsed.doc):
        if ent.label_ not in ("GPE", "NORP", "ORG"):  # the model tags some demonyms ORG (`Guatemalan`)
            continue
        code = country_of(kb, ent.text)
        if code and code not in IGO_CODES:
            out.append((ent.start_char, code))
    return out


def _named_here(actor: Actor) -> bool:
    """A person or body the article names that the dictionary does not know (an id of the
    article's own, a capitalised name)."""
    return actor.id is not None and actor.name[:1].isupper()


def _with_country(actor: Actor | None, kb: KnowledgeBase, here: list[tuple[int, str]], counts: Counter,
                  home: str, local: frozenset[str] = STATE_SECTORS) -> Actor | None:
    if actor is None or actor.country or actor.id and actor.id.startswith("kb:"):
        return actor
    own = country_of(kb, actor.name) if any(c.isupper() for c in actor.name) else None
    if own:  # `Mauritius` read off a longer mention: the country it names
        return replace(actor, country=own)
    sector = actor.sector or sector_of(kb, actor.name)
    if sector not in local and not _named_here(actor):
        return actor
    if sector not in local:  # a person or body has one nationality, whatever the sentence names
        return replace(actor, country=home)
    first = {}
    for pos, code in sorted(here):
        first.setdefault(code, pos)
    # a body's acts: the sentence's own country; of several, the one the article is most about,
    # and of those the one named first (not whichever a set yields first: runs would differ)
    country = max(first, key=lambda code: (counts[code], -first[code])) if first else home
    return replace(actor, country=country, sector=sector)

