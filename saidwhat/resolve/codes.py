"""Country and sector codes (CAMEO/PLOVER style) for mentions and noun phrases, backed by the KB.

    country_of(kb, "Russian") -> "RUS"; country_of(kb, "the Kremlin") -> "RUS"
    country_of(kb, "NATO") -> "NATO"
    sector_of(kb, "defense ministry") -> "GOV"; sector_of(kb, "separatist authorities") -> "REB"
    actor_codes(kb, "Russian Foreign Minister") -> ("RUS", "GOV")

The knowledge base is passed in by the caller (the resolve stage keeps it on its ActorContext).
"""

from __future__ import annotations

import functools
import re

from saidwhat.lexicons import table, words
from saidwhat.resolve.kb import KBActor, KnowledgeBase, normalise, singular

__all__ = ["actor_codes", "actor_for_title", "country_of", "sector_of"]

# Seats of several bodies: the city alone does not say whose (EU, NATO or Belgium).
AMBIGUOUS = words("ambiguous_places")

# Role words the news uses that Phoenix.agents.txt lacks or codes differently (it has
# spokesman -> MED; a government's spokesman speaks for the government).
HAND_SECTORS = {r["phrase"]: r["sector"] for r in table("hand_sectors")}
# Qualifiers that change who is speaking: "separatist authorities", "opposition leader".
DOMINANT = ("REB", "OPP")
# Codes of international bodies (the KB build's tables lexicons/kb/igos.csv, bodies.csv); "IGO" = one not named
IGO_CODES = (frozenset(r["code"] for r in table("kb/igos"))
             | {r["code"] for r in table("kb/bodies") if r["prefix"] == "IGO"} | {"IGO"})
NON_STATE_SECTORS = ("IGO", "NGO")
# Words before a bare surname that still leave it naming the person ("President Bush", "Mr. Bush")
_HONORIFIC = words("honorifics")
_DETERMINERS = words("group_determiners")  # capitalised only where they open a sentence (`Some say`)
# A place named after these is where the actor is, not who it is ("Red Cross operating in Iraq")
_LOCATIVE = words("locative_words")
_POSSESSIVE = re.compile(r"['’]s\b|(?<=s)['’](?=\s|$)")  # "Russia's" -> Russia; "Workers' Party" keeps its s
_MAX_NGRAM = 5
# The same phrases come back in every article, and the answers depend only on the phrase (and
# date) and the read-only KB: the public functions remember their last answers (the KB is part
# of the key, hashed by identity).
CACHED = 1 << 15


def _clean(text: str) -> str:
    norm = normalise(_POSSESSIVE.sub("", text))
    return re.sub(r"^the ", "", norm)


@functools.lru_cache(maxsize=CACHED)
def country_of(kb: KnowledgeBase, text: str) -> str | None:
    """ISO3 (or NATO/UN/EU/OSCE) for a country, demonym, capital, metonym or body; None if unknown."""
    norm = _clean(text)
    if not norm or norm in AMBIGUOUS:
        return None
    a = kb.lookup(norm, fuzzy=False)
    if a is None and norm.endswith("s"):  # "Americans", "Russians"
        a = kb.lookup(norm[:-1], fuzzy=False)
    if a is None or a.kind == "person":  # people are resolved by kb.lookup, not here
        return None
    return a.country


def _ngrams(tokens: list[str]) -> list[tuple[int, int, str]]:
    out = []
    for i in range(len(tokens)):
        for j in range(min(len(tokens), i + _MAX_NGRAM), i, -1):
            out.append((i, j, " ".join(tokens[i:j])))
    return out


@functools.lru_cache(maxsize=CACHED)
def sector_of(kb: KnowledgeBase, text: str) -> str | None:
    """Sector (GOV, MIL, REB, OPP, COP, MED, BUS, CVL, LEG, IGO, ...) from the role words in a phrase."""
    raw = _clean(text).split()
    if not raw:
        return None
    tokens = [singular(t) for t in raw]
    agents = kb.agents
    hits: list[tuple[int, int, str]] = []  # (start, end, sector)
    for i, j, gram in _ngrams(tokens):
        raw_gram = " ".join(raw[i:j])
        sector = (HAND_SECTORS.get(gram) or HAND_SECTORS.get(raw_gram) or agents.get(gram))
        if sector:
            hits.append((i, j, sector))
    if not hits:
        return None
    for dom in DOMINANT:
        if any(s == dom for _, _, s in hits):
            return dom
    # the head of an English noun phrase is on the right: "defense ministry" -> ministry;
    # the longest phrase ending there wins ("military police" over "police")
    _, _, sector = max(hits, key=lambda h: (h[1], h[1] - h[0]))
    return sector


@functools.lru_cache(maxsize=CACHED)
def actor_codes(kb: KnowledgeBase, text: str, date: str | None = None) -> tuple[str | None, str | None]:
    """(country, sector) for a noun phrase: "Ukraine's military command" -> ("UKR", "MIL")."""
    norm = _clean(text)
    if not norm:
        return None, None
    if not any(c.isupper() for w in text.split() if w.lower() not in _DETERMINERS for c in w):
        # no name in it: places, bodies and people are written with capitals, and a common noun's
        # dictionary aliases (`youth`, `organization`) belong to bodies abroad
        return None, sector_of(kb, text)
    whole = kb.lookup(norm, date, fuzzy=False) if norm not in AMBIGUOUS else None
    if whole is None and len(norm) > 4 and norm.endswith("s") and norm not in AMBIGUOUS:  # "Liberians"
        whole = kb.lookup(norm[:-1], date, fuzzy=False)
        whole = whole if whole is not None and whole.kind != "person" else None
    if whole is not None and whole.kind == "person" and not _names_this_person(kb, norm.split(), whole.name):
        whole = None  # `Hong Kong prosecutor Anthony Chau` is not the dictionary's `Nguyen Thanh Chau`
    if whole is not None:  # a known person, body or country as a whole
        return whole.country, whole.sector if whole.kind != "country" else sector_of(kb, text)
    country: str | None = None
    org_sector: str | None = None
    tokens = norm.split()
    for i, j, gram in _ngrams(tokens):  # leftmost, longest place or body named in the phrase
        if gram in AMBIGUOUS or (i > 0 and tokens[i - 1] == "pro") or (j < len(tokens) and tokens[j] == "backed"):
            continue  # "pro-Russian rebels", "Russian-backed separatists" are not Russia's
        if country is not None and any(t in _LOCATIVE for t in tokens[:i]):
            break  # "Red Cross operating in Iraq": the body, not where it works
        a = _lookup_place(kb, gram, date)
        if a is not None and a.kind == "country" and (_surname(kb, tokens, i, j, a) or _opens_a_name(kb, tokens, j, gram)):
            continue
        if a is not None and a.kind != "person" and (a.country or a.sector in NON_STATE_SECTORS):
            if a.country:
                country, org_sector = a.country, a.sector
                break
            org_sector = org_sector or a.sector  # "Amnesty International researchers in Syria"
    if country is None:
        country = _surname_country(kb, tokens)
    sector = sector_of(kb, text) or org_sector
    if org_sector in NON_STATE_SECTORS and sector not in DOMINANT:
        sector = org_sector  # "Red Cross officials", "Amnesty researchers" speak for the body
    if country in IGO_CODES and sector not in DOMINANT:
        sector = "IGO"  # "NATO officials", "UN staff" speak for the body
    return country, sector


def _lookup_place(kb: KnowledgeBase, gram: str, date: str | None) -> KBActor | None:
    """A body or place for an n-gram; a plural ("Palestinians", "Liberians") as its singular."""
    a = kb.lookup(gram, date, fuzzy=False)
    if a is None and len(gram) > 4 and gram.endswith("s"):
        a = kb.lookup(gram[:-1], date, fuzzy=False)
        if a is not None and a.kind == "person":
            return None
    return a


# words that may stand before a country's name in a phrase that names the country
_BEFORE_COUNTRY = frozenset({"of", "in", "from", "for", "and", "to", "at", "with", "by", "on"})


def _surname(kb: KnowledgeBase, tokens: list[str], i: int, j: int, country: KBActor) -> bool:
    """A country's own name closing a phrase right after a word no dictionary knows as a title,
    role, place or body is a surname ("Michael Jordan", "Kanye West"), not the country."""
    if j != len(tokens) or i == 0 or " ".join(tokens[i:j]) != _clean(country.name):
        return False
    before = tokens[i - 1]
    return before not in _BEFORE_COUNTRY and not _title_only(kb, [before]) and \
        _lookup_place(kb, before, None) is None


def _opens_a_name(kb: KnowledgeBase, tokens: list[str], j: int, gram: str) -> bool:
    """A compass word followed by more of a name is part of that name ("West Africa", "West
    Midlands police"), not the bloc it names alone ("the West")."""
    return gram in _COMPASS and j < len(tokens) and not sector_of(kb, tokens[j])


_COMPASS = frozenset({"west", "east", "north", "south"})


def _surname_country(kb: KnowledgeBase, tokens: list[str]) -> str | None:
    """"President Bush", "Mr. Bush": the country all people of that surname share (two Bushes, one USA)."""
    if not tokens:
        return None
    if not _title_only(kb, tokens[:-1]):
        return None
    return kb.surname_country(tokens[-1])


def _title_only(kb: KnowledgeBase, prefix: list[str]) -> bool:
    """Only honorifics and title words before a surname (`President`, `Mr.`, `Defense Minister`):
    no given name, which would make it someone else's full name."""
    return all(t in _HONORIFIC or sector_of(kb, t) or t in ("the", "of", "former", "acting", "deputy")
               for t in prefix)


def _names_this_person(kb: KnowledgeBase, tokens: list[str], kb_name: str) -> bool:
    """A phrase names a dictionary person when it holds their first name, or a title and their
    surname (`President Bush`), or the bare surname."""
    first = _clean(kb_name).split()[:1]
    return bool(first) and first[0] in tokens or _title_only(kb, tokens[:-1])


@functools.lru_cache(maxsize=CACHED)
def actor_for_title(kb: KnowledgeBase, text: str, date: str | None) -> KBActor | None:
    """The office holder a title names: "the Russian president", "Britain's defence secretary",
    "U.S. Secretary of State" -> KB actor at `date`; None without a country or a known office."""
    if not date:
        return None
    tokens = _clean(text).split()
    for i, j, gram in _ngrams(tokens):
        if gram in AMBIGUOUS:
            continue
        a = kb.lookup(gram, date, fuzzy=False)
        if a is None or a.kind == "person" or not a.country:
            continue
        rest = " ".join(tokens[:i] + tokens[j:])
        rest = re.sub(r"^(the|a|an)\s+|\s+(of|for)$", "", rest).strip()
        return kb.lookup_role(a.country, rest, date) if rest else None
    return None
