"""Speakers resolved inside the article, then against the actor knowledge base.

What the resolver covers (no coreference library works offline, so this is a focused one):
- full names: PERSON mentions are grouped by surname (fuzzy, for transliterations and typos:
  Sergey/Sergei Lavrov, Lens/Jens Stoltenberg); the group's longest form is its name, and the
  knowledge base, when it knows the person, gives the canonical spelling, id, country and sector;
- titles and appositions around a name give the role and country (`Russian Foreign Minister
  Sergey Lavrov`, `Jens Stoltenberg, NATO secretary general`, `the head of ..., Nikolai Patrushev`);
- short names (`Lavrov`) -> the group with that surname;
- pronouns (`he`, `she`) -> the closest person mentioned before, preferring subjects;
  `they`/`it` -> the closest organisation or country subject;
- descriptions (`Russia's foreign minister`, `the veteran diplomat`, `the country's top
  diplomat`) -> the person of the article whose role fits (country first, then recency), else
  the knowledge base's holder of that role at the article's date;
- organisations and places (`the Kremlin`, `NATO`, `Ukraine's military command`) keep their
  name, with country and sector codes; a name the mention or the model cut short takes the
  article's full form (`Reporters` -> `Reporters Without Borders`, `Journal` -> `Wall Street
  Journal`); a KB alias with no word in common keeps the article's name (`Central Command`);
  capitals and `the Chinese side` give the country; `the Pakistan military`, `parliament's lower
  house` keep the institution's own name;
- definite descriptions of organisations (`the party`, `the trade body`) -> the nearest
  organisation before them holding the noun or a modifier; an unnamed `the spokesperson` -> the
  organisation of the last `X spokesperson`; `the statement` -> who issued it;
- relatives sharing a surname (`Sebastien Lai` next to `Jimmy Lai`, `the younger Lai`) are kept apart.
Article first (issue 16, docs/annotation/SPEAKER_NAMES.md):
- job, rank and religious titles come off names (`Commissioner Irungu Macharia`, `Mawlawi ...`);
  particles and hyphen parts stay in (`Ursula Von der Leyen`, `Ryo Hinata-Yamaguchi`); a first
  name, a family name written first or a hyphen part alone, and a later misspelling of one or
  two letters, join the article's full name; a KB person found by surname alone needs the
  article's corroboration (first name, role or country);
- abbreviations take the article's own spelling-out (`BLA` -> `Baloch Liberation Army`);
- unnamed groups are named by their noun phrase as written (`some analysts` -> `analysts`,
  `U.S. defense officials`), a bare `officials` / `the military` by the owner written before it,
  and `they` right after a group spoke by that group; `the insurgent group` / `the group` ->
  the armed group or non-state body named just before;
- a bare `the report` is the source of the statement just before it, else no name; a document
  with a possessor or an untagged abbreviation (`a U.N. report`) is theirs;
- `he`/`she` opening a sentence with no person before it is the last speaker of the sentence
  before; a definite description fitting no one's role, the main subject of that sentence.
Anything else keeps the mention's text as its name and a stable id derived from it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from saidwhat.extract.statements.spans import np_span
from saidwhat.lexicons import table, words
from saidwhat.parse import (
    doc_ents,
    doc_sents,
    doc_text,
    english_noun,
    parsed_of,
    sent_of,
    subtree,
    token_table,
)
from saidwhat.parse.quotes import Quote, inside
from saidwhat.records import Actor, DocumentInfo, Span, Statement
from saidwhat.resolve.codes import actor_codes, country_of, sector_of
from saidwhat.resolve.kb import KnowledgeBase

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from saidwhat.parse import ParsedDoc

PRONOUNS_PERSON = words("person_pronouns")
# what the article calls a person that says whether `he` or `she` can point to them
FEMALE_WORDS, MALE_WORDS = words("female_person_words"), words("male_person_words")
PRONOUN_GENDER = {"she": "f", "her": "f", "hers": "f", "herself": "f",
                  "he": "m", "him": "m", "his": "m", "himself": "m"}
PRONOUNS_GROUP = words("group_pronouns")
HONORIFICS = words("titles_before_names")
ROLE_NOUNS = words("role_nouns")
# Description words that point to a foreign minister / top diplomat.
DIPLOMAT_WORDS = words("diplomat_words")
TITLE_WORDS = ROLE_NOUNS | words("title_words")
# Job, rank and religious titles before a name (`Coach`, `Commissioner`, `Mawlawi`).
JOB_TITLES = words("job_titles_before_names")
# Lower-case particles inside a name (`Ursula von der Leyen`, `Omar al Bashir`).
NAME_PARTICLES = words("name_particles")


# Patterns used for every mention, compiled once (the `re` module's own cache is shared and small).
_WORD = re.compile(r"[\w’'.-]+")
_HYPHEN_WORD = re.compile(r"[\w-]+")
_LATIN_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_ARTICLE = re.compile(r"^(the|a|an)\s+", re.I)
_ARTICLE_OR_END = re.compile(r"^(the|a|an)(\s+|$)", re.I)
_SENTENCE_END = re.compile(r"(?<=[a-z])\.\s+")
_SPOKES_AFTER_CAPS = re.compile(r"((?:[A-Z][\w’'&.-]*\s+)+)spokes(?:person|man|woman)\b")
_WORD_POSSESSIVE = re.compile(r"(?<=\w)[’']s?$")
_POSSESSIVE_END = re.compile(r"[’']s?$")
_S_END = re.compile(r"[’']s$")
_CAPS_RIGHT = re.compile(r"(?: (?:of|on|for|and)(?: the)?)? ([A-Z][\w’'&.-]*)")
_CAPS_LEFT = re.compile(r"(?:^|[\s(])([A-Z][\w’'&.-]*)(?: (?:of|for|on|and)(?: the)?)? $")
_NON_WORD = re.compile(r"[^\w]+")


@functools.lru_cache(maxsize=4096)  # names recur across mentions and articles
def _whole_word(name: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(name) + r"\b(?![’'])")


@functools.lru_cache(maxsize=4096)
def _after_space(word: str) -> re.Pattern[str]:
    """The word as a whole word, for `finditer`; the caller checks for a space before each match.
    Without a look-behind for that space, a pattern starting with a literal is found by a fast
    scan; matches of a word without spaces cannot overlap one preceded by a space, so the same
    ones are found."""
    if any(c.isspace() for c in word):
        return re.compile(r"(?<=\s)" + re.escape(word) + r"\b")
    return re.compile(re.escape(word) + r"\b")


@dataclass(slots=True)
class Person:
    key: str  # normalised surname
    names: list[str] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)  # character offsets
    role: str | None = None
    country: str | None = None
    actor: Actor | None = None
    titles: set[str] = field(default_factory=set)  # honorifics met before the name (`Rep.`, `Gen.`)

    @property
    def full_name(self) -> str:
        return max(self.names, key=lambda n: (len(n.split()) >= 2, self.names.count(n), len(n)))


@dataclass(slots=True)
class ActorContext:
    """The actors of one article, for statements and for the event coder."""

    doc: Doc
    info: DocumentInfo
    kb: KnowledgeBase  # the run's actor knowledge base, for every look-up of this article
    people: dict[str, Person]
    by_span: dict[tuple[int, int], Actor | None] = field(default_factory=dict)
    # `_organisation` answers by mention: every `they`/`it` reads the organisations of the
    # sentences before it again
    orgs: dict[tuple[int, int, str], Actor | None] = field(default_factory=dict)
    # pronoun antecedent candidates by (sentence start, person?, number of people); see `_candidates`
    antecedents: dict[tuple[int, bool, int], list[tuple[int, int, int, Actor]]] = field(default_factory=dict)

    def quotes(self) -> list[Quote]:
        """The article's quotes, in order of start."""
        return parsed_of(self.doc).quotes

    def actor_for(self, span: Span) -> Actor | None:
        """The actor a mention (speaker, event actor, recipient) refers to."""
        key = (span.start, span.end)
        if key not in self.by_span:
            self.by_span[key] = _resolve_mention(self, span)
        return self.by_span[key]


def resolve_actors(statements: list[Statement], parsed: ParsedDoc, info: DocumentInfo,
                   kb: KnowledgeBase) -> ActorContext:
    doc = parsed.doc
    ctx = ActorContext(doc, info, kb, _collect_people(doc, info, kb))
    for st in sorted(statements, key=lambda o: o.speaker.start if o.speaker is not None else -1):
        if st.speaker is not None and st.actor is None:
            st.actor = ctx.actor_for(st.speaker)
            if st.speaker.text.strip().lower() in ("he", "she"):
                st.actor = _last_speaker(ctx, statements, st) or st.actor
            elif st.speaker.text.strip().lower() == "they":
                st.actor = _last_speaker(ctx, statements, st, group=True) or st.actor
            if st.actor is not None and _is_pronoun(st.speaker.text):
                st.confidence *= 0.95
            if _bare_document(st.speaker.text) and (st.actor is None or _norm(st.actor.name) in DOCUMENT_NOUNS):
                st.actor = _previous_source(statements, st)  # `CMGM reported ... according to the report`
    return ctx


def _last_speaker(ctx: ActorContext, statements: list[Statement], st: Statement, group: bool = False) -> Actor | None:
    """`X told VOA ... He called for ...`: a `he`/`she` opening its clause, with no person named
    before it in its sentence, is the person who spoke in the sentence just before. With
    `group`, a `they` is the group of people (`Analysts say ... They add`) that spoke there."""
    doc = ctx.doc
    assert st.speaker is not None
    here = doc.char_span(st.speaker.start, st.speaker.end, alignment_mode="expand")
    if here is None:
        return None
    own = sent_of(here[0])
    if own.start == 0 or any(i < here[0].i for i, *_ in _candidates(ctx, own, not group)):
        return None
    before = sent_of(doc[own.start - 1])
    people = {id(p.actor) for p in ctx.people.values() if p.actor is not None}
    prev = [o for o in statements if o is not st and o.speaker is not None and o.actor is not None
            and before.start_char <= o.speaker.start < own.start_char]
    if not prev:
        # `He added: "... ." He said that ...`: the pronoun after a quote that runs up to its
        # sentence is the one whose words those were (the speaker who opened the run)
        prev = [o for o in statements if o is not st and o.speaker is not None and o.actor is not None
                and o.direct and o.speaker.start < own.start_char
                and before.start_char < o.content.end <= own.start_char]
    if not prev:
        return None
    last = max(prev, key=lambda o: o.speaker.start)
    if group:
        assert last.speaker is not None
        return replace(last.actor) if _group_name(ctx, last.speaker) is not None else None
    person = next((p for p in ctx.people.values() if p.actor is not None and p.actor.name == last.actor.name), None)
    if person is None and id(last.actor) not in people and not any(
            e.start_char < last.speaker.end and e.end_char > last.speaker.start for e in _labelled(doc, "PERSON")) \
            and not _looks_like_person_name(ctx, last.actor):
        return None  # an organisation or a group spoke last
    return replace(last.actor)


def _looks_like_person_name(ctx: ActorContext, actor: Actor) -> bool:
    """Two to four capitalised words that no knowledge base or code list knows as a body or
    place (`Nop Vy`, which the model tags as an organisation)."""
    words = actor.name.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words) and \
        actor.sector is None and actor.country is None and \
        _norm(words[-1]) not in ORG_TYPE_NOUNS | INSTITUTION_NOUNS | GENERIC_ORG_NOUNS


def _bare_document(text: str) -> bool:
    """`the report`, `this statement`: a document named by its noun alone."""
    words = text.split()
    return len(words) == 2 and words[0].lower() in ("the", "this", "that") and _norm(words[1]) in DOCUMENT_NOUNS


def _previous_source(statements: list[Statement], st: Statement, reach: int = 600) -> Actor | None:
    """Who `the report` is: the source of the nearest statement before it (within a few
    sentences), whose words that document carries (`CMGM reported that ...`, `According to the
    Global Terrorism Index ...`). None where there is none: a bare document is no speaker's name."""
    assert st.speaker is not None
    before = [o for o in statements if o is not st and o.speaker is not None and o.actor is not None
              and o.speaker.end <= st.speaker.start and st.speaker.start - o.speaker.end <= reach
              and not _is_pronoun(o.speaker.text) and not _bare_document(o.speaker.text)
              and _norm(o.actor.name) not in DOCUMENT_NOUNS]
    if not before:
        return None
    return replace(max(before, key=lambda o: o.speaker.start).actor)


# --- people of the article ------------------------------------------------------------------


def _collect_people(doc: Doc, info: DocumentInfo, kb: KnowledgeBase) -> dict[str, Person]:
    people: dict[str, Person] = {}
    for ent in doc_ents(doc):
        if ent.label_ == "ORG":
            ent = _person_in_title(kb, ent)  # `Defense Lloyd Austin`: a title swallowed into a name
        if ent is None or ent.label_ != "PERSON":
            continue
        ent = _with_particles(_extend_name(kb, ent))
        name = _clean_name(ent.text)
        if not name or not any(c.isupper() for c in name) or _is_place(kb, name) or \
                _norm(name.split()[-1]) in ORG_TYPE_NOUNS:  # `Economic Council`
            continue
        key = _surname_key(name)
        person = people.get(key) or _fuzzy_person(people, key)
        if person is not None and not _same_given_name(person, name):
            # `Sebastien Lai` is not `Jimmy Lai`: relatives get their own entry
            key = _full_key(name)
            person = people.get(key)
        if person is None:
            person = people[key] = Person(key)
        person.names.append(name)
        person.mentions.append(ent.start_char)
        for t in (ent.doc[ent.start - 1] if ent.start > 0 else None, ent[0]):
            if t is not None and _norm(t.text) in HONORIFICS:
                person.titles.add(_norm(t.text))
        role, country = _role_around(kb, ent)
        if role and (person.role is None or len(role) > len(person.role)):
            person.role = role
        if country and person.country is None:
            person.country = country
    _add_relatives(doc, people)
    for key, person in list(people.items()):  # `Oh` after `Oh Ei Sun`: one person
        if len(person.names) and all(len(n.split()) == 1 for n in person.names):
            whole = _by_name_part(ActorContext(doc, info, kb, {k: p for k, p in people.items() if p is not person}),
                                  person.names[0])
            if whole is not None:
                whole.names.extend(person.names)
                whole.mentions.extend(person.mentions)
                people[key] = whole
    for person in people.values():
        if len(person.full_name.split()) == 1:  # `Gachagua`: the article's full form elsewhere
            full = _full_name(kb, doc, person.full_name)
            if full is not None:
                person.names.append(full)
    for person in people.values():
        person.actor = _person_actor(kb, person, info, doc)
    return people


def _add_relatives(doc: Doc, people: dict[str, Person]) -> None:
    """`Sebastien Lai` tagged as an organisation next to the person `Jimmy Lai`: a relative
    sharing the surname, with a person entry of its own."""
    for ent in doc_ents(doc):
        if ent.label_ != "ORG":
            continue
        words = ent.text.split()
        if len(words) not in (2, 3) or not all(w[:1].isupper() and w.isalpha() for w in words):
            continue
        person = people.get(_surname_key(ent.text))
        if person is None or _same_given_name(person, ent.text) or _norm(words[0]) in TITLE_WORDS or \
                any(n.lower().endswith(ent.text.lower()) for n in person.names):  # `De Blasio`
            continue
        key = _full_key(ent.text)
        other = people.setdefault(key, Person(key))
        other.names.append(ent.text)
        other.mentions.append(ent.start_char)


def _person_in_title(kb: KnowledgeBase, ent: SpacySpan) -> SpacySpan | None:
    """The person at the end of an organisation-tagged span whose first words are a title,
    when the knowledge base knows that person by that full name."""
    words = list(ent)
    start = 0
    while start < len(words) and words[start].lower_.strip(".") in TITLE_WORDS:
        start += 1
    if start == 0 or len(words) - start < 2:
        return ent
    rest = ent.doc[ent.start + start:ent.end]
    hit = kb.lookup(rest.text, fuzzy=False)
    if hit is None or getattr(hit, "kind", "") != "person":
        return ent
    from spacy.tokens import Span as SpacySpanType

    return SpacySpanType(ent.doc, rest.start, rest.end, label="PERSON")


def _extend_name(kb: KnowledgeBase, ent: SpacySpan) -> SpacySpan:
    """`Lloyd Austin` when the model only tagged `Austin`: take capitalised words before it."""
    doc, start = ent.doc, ent.start
    while start > sent_of(ent[0]).start:
        t = doc[start - 1]
        if not (t.pos_ == "PROPN" and t.is_title) or t.lower_.strip(".") in TITLE_WORDS \
                or t.ent_type_ in ("GPE", "NORP", "ORG") or country_of(kb, t.text):
            break
        start -= 1
    return doc[start:ent.end] if start < ent.start and ent.start - start <= 2 else ent


def _is_place(kb: KnowledgeBase, name: str) -> bool:
    """Places and countries the model sometimes tags as people (`Washington`, `Kherson`)."""
    if not _capitalised(name):  # a common noun, though a dictionary lists it (`organization`)
        return False
    if country_of(kb, name):
        return True
    hit = kb.lookup(name, fuzzy=False)
    return hit is not None and getattr(hit, "kind", "person") != "person"


_PARTICLE_PREFIX = re.compile(r"^([a-z]+)-(?=[A-Z])")


def _proper(name: str) -> bool:
    """A name written as a proper name: a capital first letter, or a lower-case particle joined
    by a hyphen to a capitalised word (`al-Shabab`, `el-Sisi`), as Arabic names are written."""
    if name[:1].isupper():
        return True
    m = _PARTICLE_PREFIX.match(name)
    return m is not None and m.group(1) in NAME_PARTICLES


def _capitalised(name: str) -> bool:
    """A capital letter past any leading article or quantifier: a name or an acronym, not a
    common noun (`The organization`, `Some youth`)."""
    return any(c.isupper() for w in name.split() if w.lower() not in GROUP_DETERMINERS for c in w)


def _fuzzy_person(people: dict[str, Person], key: str) -> Person | None:
    """Transliterations and typos of a surname already seen (Zelensky/Zelenskiy)."""
    if len(key) < 5:
        return None
    from rapidfuzz import fuzz

    for other, person in people.items():
        if len(other) >= 5 and fuzz.ratio(key, other) >= 88:
            return person
    for other, person in people.items():  # `Pederson`, `Equiluz`, `Chaundry`: a slip of one or two letters
        if len(other) >= 6 and len(key) >= 6 and other[0] == key[0] and "#" not in other and \
                fuzz.ratio(key, other) >= 85:
            return person
    return None


def _corroborated(kb: KnowledgeBase, doc: Doc, person: Person, hit) -> bool:
    """Does the article back a knowledge-base person found by surname alone: their first name
    written in it, their role given to the person, or their country named in it?"""
    text = doc_text(doc)
    if _whole_word(hit.name.split()[0]).search(text):
        return True
    if person.role and hit.role and _role_set(person.role) & _role_set(hit.role) & ROLE_NOUNS:
        return True
    if hit.country:
        cache = parsed_of(doc).cache
        countries = cache.get("actors.countries")
        if countries is None:
            countries = cache["actors.countries"] = {country_of(kb, e.text) for e in doc_ents(doc)
                                                     if e.label_ in ("GPE", "NORP")} - {None}
        return hit.country in countries
    return False


def _person_actor(kb: KnowledgeBase, person: Person, info: DocumentInfo, doc: Doc | None = None) -> Actor:
    name = person.full_name
    hit = kb.lookup(name, info.published)
    if hit is not None and not _same_first_name(name, hit.name):
        hit = None  # "John Sullivan" is not "Jake Sullivan", whatever the fuzzy score says
    if hit is not None and doc is not None and len(name.split()) == 1 and len(hit.name.split()) > 1 and \
            not _corroborated(kb, doc, person, hit):
        hit = None  # a surname alone: another person with that surname, unless the article agrees
    if hit is not None and getattr(hit, "kind", "person") == "person":
        if _same_words_but_middle(name, hit.name):
            # `William Ruto` for the knowledge base's `William Samoei Ruto`: the article's own full
            # name is the name; the knowledge base confirms and adds the id, country and role
            return Actor(name=name, id=hit.id, country=hit.country or person.country,
                         sector=hit.sector or _sector(kb, person.role), role=person.role or hit.role)
        return Actor(name=hit.name, id=hit.id, country=hit.country or person.country,
                     sector=hit.sector or _sector(kb, person.role), role=person.role or hit.role)
    return Actor(name=name, id=_stable_id(name), country=person.country, sector=_sector(kb, person.role),
                 role=person.role)


def _same_words_but_middle(ours: str, theirs: str) -> bool:
    """Two full names of one person that differ only by middle names, initials or suffixes
    (`Donald Trump` / `Donald J. Trump`): same first and last word, one's words within the other's
    (the same words differently written are one name: the knowledge base's form is kept)."""
    a, b = [_norm(w) for w in ours.split()], [_norm(w) for w in theirs.split()]
    if len(a) < 2 or len(b) < 2 or a[0] != b[0] or a[-1] != b[-1] or a == b:
        return False
    return set(a) <= set(b) or set(b) <= set(a)


def _same_first_name(ours: str, theirs: str) -> bool:
    """Same person by first name: equal, one edit apart (Lens/Jens), or a transliteration."""
    a, b = ours.split(), theirs.split()
    if len(a) < 2 or len(b) < 2:
        return True
    from rapidfuzz import fuzz
    from rapidfuzz.distance import Levenshtein

    x, y = _norm(a[0]), _norm(b[0])
    return x == y or Levenshtein.distance(x, y) <= 1 or fuzz.ratio(x, y) >= 75


def _role_around(kb: KnowledgeBase, ent: SpacySpan) -> tuple[str | None, str | None]:
    """Role and country written around a name: titles before it, or an apposition."""
    doc = ent.doc
    i = ent.start - 1
    toks = []
    while i >= sent_of(ent[0]).start:
        t = doc[i]
        word = t.lower_.strip(".")
        if t.is_space or t.text in (",", "(", "—", "–", ":", ";", '"', "“", "”"):
            break
        if t.ent_type_ in ("GPE", "NORP", "ORG") or word in TITLE_WORDS or t.lower_ in ("'s", "’s") \
                or (t.is_title and t.pos_ in ("PROPN", "NOUN", "ADJ")):
            toks.append(t)
            i -= 1
            continue
        break
    toks.reverse()
    while toks and toks[0].lower_ in ("of", "to", "the", "for"):
        toks.pop(0)
    if not any(t.lower_ in ROLE_NOUNS or t.lower_.strip(".") in ROLE_NOUNS for t in toks):
        toks = []
    head = ent.root
    if not toks:
        tab = token_table(doc)  # `head.children` walks the head's whole subtree
        appos_i = next((c for c in tab.children[head.i] if tab.dep[c] == "appos"), None)
        if appos_i is not None:
            toks = [t for t in subtree(doc[appos_i]) if not t.is_punct]
        elif head.dep_ == "appos" and head.head.lower_ in ROLE_NOUNS:
            toks = [t for t in subtree(head.head) if t.i < ent.start and not t.is_punct]
    if not toks or len(toks) > 12:
        return None, None
    country = None
    for t in toks:
        if t.ent_type_ in ("GPE", "NORP", "ORG"):
            country = country_of(kb, t.text) or country
            if country:
                break
    while toks and (toks[0].lower_ in ("'s", "’s", "the", "a", "an") or  # "Clinton, a former ..."
                    (toks[0].ent_type_ in ("GPE", "NORP", "ORG") and country_of(kb, toks[0].text))):
        toks.pop(0)
    role = " ".join(t.text for t in toks).strip() or None
    return (_title_case(role) if role else None), country


# --- one mention ----------------------------------------------------------------------------


def _apposed_person(doc: Doc, span: Span) -> list:
    """A person named in apposition right after a description: `<role>, <Name>,`."""
    text = doc_text(doc)
    comma = text.find(", ", span.end, span.end + 80)  # past `of Russia's Security Council`
    if comma < 0 or "\n" in text[span.end:comma] or _SENTENCE_END.search(text[span.end:comma + 1]):
        return []  # an apposition stays inside its sentence
    start = comma + 2
    return [e for e in _labelled(doc, "PERSON") if e.start_char == start
            and text[e.end_char:e.end_char + 1] in (",", "")][:1]


_APPOSED_NAME = re.compile(r", ((?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+),")


def _proper_name_apposed(ctx: ActorContext, span: Span) -> str | None:
    """`<description>, <Name>,` where the name is two to four capitalised proper-noun words the
    entity model may not tag as a person (`Ditta` as a place): a person noun introduces a person,
    unless the knowledge base knows the words as a place."""
    text = doc_text(ctx.doc)
    m = _APPOSED_NAME.match(text, span.end)
    if m is None:
        return None
    name = m.group(1)
    toks = ctx.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    if toks is None or any(t.pos_ != "PROPN" or t.ent_type_ in ("ORG", "NORP", "FAC") for t in toks) \
            or _is_place(ctx.kb, name):
        return None
    return name


def _resolve_mention(ctx: ActorContext, span: Span) -> Actor | None:
    doc = ctx.doc
    text = span.text.strip()
    low = text.lower()
    if _is_pronoun(text):
        return _antecedent(ctx, span, low)
    related = _RELATED_PERSON.match(text)
    if related and _norm(related.group(2)) in RELATION_NOUNS:  # `Gee's mother`, `Khalil's lawyer`: not Gee
        owner = _person_for(ctx, _clean_name(related.group(1))) if _norm(related.group(1)) else None
        lead = len(span.text) - len(span.text.lstrip())
        after = doc.char_span(span.start + lead + related.end(1), span.end, alignment_mode="contract")
        relation = " ".join(t.lower_ for t in after if t.pos_ in ("NOUN", "PROPN") and t.lower_ != "'s") \
            if after is not None else ""  # `campaign manager`, not `manager`; not `longtime`
        relation = relation or related.group(2).lower()
        owner_name = owner.name if owner else related.group(1)
        if relation == "campaign":  # `Trump's campaign`: the organisation, named as news names it
            return Actor(name=f"{owner_name} campaign", id=None)
        return Actor(name=f"{owner_name}'s {relation}", id=None)
    owned = _owned_by_pronoun(ctx, span, text)
    if owned is not None:  # `her advisers`, `his campaign`: someone of the person `her` stands for
        return owned
    campaign = _CANDIDATE_CAMPAIGN.match(text)
    if campaign:  # `the Trump campaign`: an organisation named by its candidate, not the candidate
        name = _clean_name(campaign.group(1))
        person = ctx.people.get(_surname_key(name)) if name else None
        if person is not None and person.actor is not None:
            return Actor(name=f"{person.actor.name} campaign", id=None)
    group = _group_name(ctx, span)
    if group is not None:  # `some analysts`, `Two U.S. defense officials`: the group as written
        return group
    named = _name_right_after(ctx, span)
    if named is not None:  # `Media watchdog | Reporters Without Borders welcomed`: the name the noun introduces
        return named
    words = _WORD.findall(text)
    if words and words[-1][:1].islower() and _norm(words[-1]) in BODY_DESCRIPTION_NOUNS | ORG_TYPE_NOUNS | {"arm", "wing"}:
        found = _body_apposed(ctx, span)  # `The U.N. refugee agency, UNHCR,`
        if found is None and low.startswith("the ") and any(w[:1].isupper() for w in words[1:-1]):
            found = _sub_body_before(ctx, span, words)  # `the OCHA ... The United Nations agency`
        if found is not None:
            return found
    people = [e for e in _labelled(doc, "PERSON") if e.start_char >= span.start
              and e.end_char <= span.end]
    if not people:
        people = _apposed_person(doc, span)  # `The head of Russia's Security Council, Nikolai Patrushev,`
    if people:
        name = _clean_name(_with_particles(people[-1]).text)
        if name and _surname_key(name) not in ctx.people and _is_place(ctx.kb, name):
            # `al-Shabab`, `Hezbollah` tagged as a person: the body the knowledge base knows,
            # as the article's people leave it out (`_collect_people`)
            return _organisation(ctx, Span.of(doc_text(doc), people[-1].start_char, people[-1].end_char))
        before = _WORD.findall(doc_text(doc)[span.start:people[-1].start_char])
        return _relative(ctx, before, _surname_key(name)) or _person_for(ctx, name)
    words = _WORD.findall(text)
    if _is_place(ctx.kb, text) and not people:  # `Ukraine`, even where the model saw a person `Beyond Ukraine`
        return _organisation(ctx, span)
    for i in range(len(words) - 1, -1, -1):
        key = _norm(words[i])
        if "." in words[i].rstrip(".") or words[i][:1].islower():
            continue  # `U.N.` is not the surname of `Kim Jong Un`, nor `report` anyone's
        if i > 0 and f"{_norm(words[i - 1])}#{key}" in ctx.people:  # `Sebastien Lai`, not `Jimmy Lai`
            return ctx.people[f"{_norm(words[i - 1])}#{key}"].actor
        if key in ctx.people:
            return _relative(ctx, words[:i], key) or ctx.people[key].actor
    if len(words) == 1 and words[0][:1].isupper():
        person = _by_name_part(ctx, words[0])
        if person is not None:  # `Oh` for `Oh Ei Sun`, `Hinata` for `Ryo Hinata-Yamaguchi`
            return person.actor
    name = _trailing_name(ctx.kb, words)
    if name is not None and not _is_place(ctx.kb, name) and not _has_org(doc, span, exact=name) and \
            _norm(name.split()[-1]) not in ORG_TYPE_NOUNS | INSTITUTION_NOUNS | GENERIC_ORG_NOUNS and \
            not any(e.end_char == span.end and len(e.text) > len(name) for e in _labelled(doc, "ORG")):
        return _new_person(ctx, name, span)  # not `The United Nations Working Group`
    if _name_cut_by_the_model(ctx, span, words):
        return _new_person(ctx, text, span)  # `Siyoka Simasiku`, the model's organisation `Simasiku`
    if len(words) == 1 and words[0][:1].isupper() and not _is_place(ctx.kb, words[0]) and \
            (full := _full_name(ctx.kb, doc, words[0])):
        return _new_person(ctx, full, span)  # `Wasuge` where the article once wrote `Mahad Wasuge`
    named = _appositive_name(doc, span)
    if named is not None:  # `His son Sebastien Lai`, `Dodik's lawyer, Anto Nobilo`
        return _person_for(ctx, named)
    if words and _norm(words[-1]) in ROLE_NOUNS:
        of_what = _role_of_phrase(doc, span)
        if of_what is not None:  # `the leader of his legal team`: not the country's leader
            holder = _holder_of_role(ctx, _norm(words[-1]), of_what, span.start)
            if holder is not None:  # `Taliban leader Hibatullah Akhundzada`, named elsewhere
                return holder
            name = _ARTICLE.sub("", doc_text(doc)[span.start:of_what.end_char])
            country, sector = actor_codes(ctx.kb, name, ctx.info.published)
            return Actor(name=name, id=None, country=country, sector=sector)
    if low.startswith("the ") and words and _norm(words[-1]) in INDIVIDUAL_NOUNS - ROLE_NOUNS and \
            not any(w[:1].isupper() for w in words[1:]):
        titled = _titled_people(ctx, {_norm(w) for w in words[1:]})
        if len(titled) == 1:  # `the lawyer` after `Imran Hayat, a lawyer for the family`
            return titled[0]
        subject = _previous_subject(ctx, span) if len(words) == 2 and not titled else None
        if subject is not None:  # `Andrew Lebovich studies ... The researcher said`: no one else to be
            return subject
    if low.startswith("the ") and len(words) >= 3 and _norm(words[-1]) in ROLE_NOUNS and \
            "spokes" not in low and _norm(words[-1]) != "official" and any(w[:1].isupper() for w in words[1:-1]):
        titled = _titled_person(ctx, {_norm(w) for w in words[1:]})
        if titled is not None:  # `The UNICEF chief` after `UNICEF chief Catherine Russell`: not UNICEF
            return titled
    if any(_norm(w) in ROLE_NOUNS for w in words) and not _has_org(doc, span, labels=("ORG",)):
        actor = _description(ctx, span)
        if actor is not None and (actor.id is not None or _article_person(ctx, actor)):
            return actor  # `the New Jersey governor` after `Christie`: the person, not the state
        return _org_behind(ctx, span) or (_spokesperson_org(ctx, span) if "spokes" in low else None) or \
            (_spokes_body(ctx, span, words) if "spokes" in low else None) or \
            (_spokesperson_org(ctx, span, official=True) if low in ("the official", "the senior official")
             else None) or actor
    last = _norm(words[-1]) if words else ""
    if len(words) == 2 and low.startswith("the ") and last in INSTITUTION_NOUNS - {"government"}:
        found = _whose_before(ctx, span.start, words[-1].lower(), group=True)  # `the military` after `the C.A.R. military`
        if found is not None:
            return found
    if low in ("the government", "the regime", "the administration"):
        found = _government_before(ctx, span, words[-1])  # `the government` after `the Somali government`
        if found is not None:
            return found
    if last in ORG_TYPE_NOUNS and low.startswith("the ") and not any(w[:1].isupper() for w in words[1:]):
        found = _org_antecedent(ctx, span, words[1:])  # `the party` -> `Zanu PF`
        if found is None and {_norm(w) for w in words[1:-1]} & ARMED_GROUP_WORDS:
            found = _armed_group_before(ctx, span)  # `the insurgent group` -> `Taliban`
        if found is None and len(words) == 2:
            found = _same_noun_before(ctx, span, last)  # `The separatist group accuses ... The group opposes`
        if found is None and len(words) == 2 and last in GENERIC_ORG_NOUNS:
            found = _body_before(ctx, span)  # `Human Rights Watch ... The group said`
        if found is None and len(words) == 2:
            found = _named_with_noun_before(ctx, span, words[-1])  # `the World Health Organization ... the organization`
        if found is not None:
            return found
    if low.startswith("the ") and last in BODY_DESCRIPTION_NOUNS | {"group"} and \
            not (last == "group" and len(words) == 2) and not any(w[:1].isupper() for w in words[1:]):
        found = _nearest_body_before(ctx, span, {_norm(w) for w in words[1:]})  # `Tesla ... The carmaker said`
        if found is not None:
            return found
    if last in DOCUMENT_NOUNS and len(words) == 2 and _norm(words[0]) in ("the", "this", "that"):
        found = _document_author(ctx, span, last)  # `X issued a statement ... The statement said`
        if found is not None:
            return found
    if last in INDIVIDUAL_NOUNS and words and _norm(words[0]) in ("a", "an", "another", "one") or \
            last in INDIVIDUAL_NOUNS and len(words) >= 2 and words[0][:1].isupper() and "-" in words[0]:
        # `a Jakarta-based social worker`, `another passenger`: an unnamed individual, not the
        # place or body named in the description; unless a name follows in apposition
        # (`Another villager, Gul Mir, said`), which is who the description introduces
        named_after = _proper_name_apposed(ctx, span)
        if named_after is not None:
            return _person_for(ctx, named_after)
        name = _ARTICLE.sub("", text)
        country, sector = actor_codes(ctx.kb, name, ctx.info.published)
        return Actor(name=name, id=None, country=country, sector=sector)
    kind_then_name = _KIND_THEN_NAME.search(text)
    if kind_then_name and _norm(kind_then_name.group(1)) in ORG_TYPE_NOUNS | GENERIC_ORG_NOUNS:
        # `Independent Cambodian media association CamboJA`: the name the kind of body introduces,
        # not the nationality before the kind
        start = span.start + (len(span.text) - len(span.text.lstrip())) + kind_then_name.start(2)
        return _organisation(ctx, Span.of(doc_text(doc), start, start + len(kind_then_name.group(2))))
    if last in DOCUMENT_NOUNS or last in COUNTRY_HEADS or _has_org(doc, span):
        # `a 2020 report by the U.S. State Department`, `the media watchdog Reporters Without Borders`
        found = _org_behind(ctx, span)
        if found is not None:
            return found
    return _organisation(ctx, span)


GROUP_DETERMINERS = words("group_determiners")
# a lower-case noun for a kind of body, then the body's name, ending the mention
_KIND_THEN_NAME = re.compile(r"\b([a-z]+)\s+((?:[A-Z][\w’'&.-]*)(?:\s+(?:of|for|and|the)?\s*[A-Z][\w’'&.-]*)*)$")


LEADING_WORDS = words("leading_role_words")
HEAD_TITLES = frozenset(w.replace("-", "") for w in words("body_head_titles"))  # as `_norm` writes them


def _holder_of_role(ctx: ActorContext, role: str, of_what: SpacySpan, at_start: int) -> Actor | None:
    """The one person of the article whose title holds the role noun and a name of the `of`
    phrase (`The leader of Afghanistan's Taliban insurgency` -> `Taliban leader Hibatullah
    Akhundzada`). A leading role may be written with another word for leading, before the name
    or just after it (`... Hibatullah Akhundzada. The Taliban chief`, `Caoilfhionn Gallagher,
    who is leading Zamora's legal team` for `the leader of his legal team`); an `of` phrase
    with no name is matched by all its nouns and adjectives. The words read beside a mention
    stop at the description itself (`at_start`), which is no title of anyone."""
    names = {_norm(t.text) for t in of_what if (t.is_title or t.is_upper and len(t.text) > 1) and t.pos_ == "PROPN"}
    content = {_norm(t.text) for t in of_what if t.pos_ in ("NOUN", "ADJ") and not t.is_title}
    text = doc_text(ctx.doc)
    roles = LEADING_WORDS | HEAD_TITLES if role in LEADING_WORDS else {role}

    def fits(around: set[str]) -> bool:
        return bool(roles & around) and (bool(names & around) if names else bool(content) and content <= around)

    def titled(person: Person) -> bool:  # the role and the phrase's words beside a mention
        for at in person.mentions:
            if fits({_norm(w) for w in _WORD.findall(text[max(0, at - 40, at_start if at_start < at else 0):at])}):
                return True
            after = text[at:at_start if at < at_start < at + 100 else at + 100]
            if roles != {role} and fits({_norm(w) for w in _WORD.findall(after)}):
                return True
        return False

    def described(person: Person) -> bool:  # the role in what describes a mention right after it
        return roles != {role} and any(fits({_norm(w) for w in _WORD.findall(_description_after(
            text[at:at_start if at < at_start < at + 120 else at + 120]))}) for at in person.mentions)

    found = [p for p in {id(p): p for p in ctx.people.values() if p.actor is not None and titled(p)}.values()]
    if len(found) > 1:  # several titled so: the one a description right after the name gives it
        found = [p for p in found if described(p)]
    return found[0].actor if len(found) == 1 else None


_NAME_THEN_DESCRIPTION = re.compile(r"^(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*?(,\s+(?:who\s+)?[^,.]*|\.\s+The\s+[^.,]*)")


def _description_after(after: str) -> str:
    """What describes a name right after it: an apposition or relative clause (`Gallagher, who is
    leading the legal team,`) or the description that opens the next sentence (`Akhundzada. The
    Taliban chief ...`); not the rest of the sentence, where other people's titles stand."""
    m = _NAME_THEN_DESCRIPTION.match(after)
    return m.group(1) if m else ""


def _role_of_phrase(doc: Doc, span: Span) -> SpacySpan | None:
    """The `of` phrase a mention ending in a role noun leaves out (`the leader` | `of his legal
    team`, `The leader` | `of Afghanistan's Taliban insurgency`), when it names something other than
    a country: the role is of that body, not of a state."""
    here = doc.char_span(span.start, span.end, alignment_mode="expand")
    if here is None or here.end >= len(doc) or doc[here.end].lower_ != "of" or doc[here.end].head.i != here.root.i:
        return None
    pobj = next((c for c in doc[here.end].children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.ent_type_ == "GPE" and not any(c.dep_ in ("poss", "compound", "amod")
                                                           for c in pobj.children):
        return None  # `the president of Kenya`: a state's office, read as before
    return doc[here.end:pobj.right_edge.i + 1]
RELATION_NOUNS = words("relation_nouns")
# `Gee's mother`, `Mahmoud Khalil's longtime lawyer`: a named owner, then a relation noun
_RELATED_PERSON = re.compile(r"^((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*)[’']s?\s+(?:\w+\s+)?(\w+)$")


_OWNED = re.compile(r"^(his|her)\s+(?:[\w-]+\s+)?([\w-]+)$", re.IGNORECASE)
_CANDIDATE_CAMPAIGN = re.compile(r"^(?:[Tt]he\s+)?((?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w’'-]*)\s+campaign$")


def _owned_by_pronoun(ctx: ActorContext, span: Span, text: str) -> Actor | None:
    """`Her advisers`, `his lawyer`, `his campaign`: a relation of the person the pronoun points
    to, named as `<full name>'s advisers` (`<full name> campaign`), as `Clinton's advisers` is."""
    m = _OWNED.match(text)
    if m is None or _norm(m.group(2)) not in RELATION_NOUNS:
        return None
    lead = len(span.text) - len(span.text.lstrip())
    pronoun = Span.of(doc_text(ctx.doc), span.start + lead, span.start + lead + len(m.group(1)))
    owner = _antecedent(ctx, pronoun, m.group(1).lower())
    if owner is None or not owner.name[:1].isupper():
        return None
    after = ctx.doc.char_span(span.start + lead + m.end(1), span.end, alignment_mode="contract")
    relation = " ".join(t.lower_ for t in after if t.pos_ in ("NOUN", "PROPN")) if after is not None else ""
    relation = relation or m.group(2).lower()
    if relation == "campaign":
        return Actor(name=f"{owner.name} campaign", id=None)
    return Actor(name=f"{owner.name}'s {relation}", id=None)


def _name_right_after(ctx: ActorContext, span: Span) -> Actor | None:
    """The organisation or person named right after a mention that ends in a lower-case noun
    for a body or a role (`media watchdog Reporters Without Borders`, when the mention stops at
    `watchdog`)."""
    words = span.text.split()
    text = doc_text(ctx.doc)
    if not words or not words[-1].islower() or _norm(words[-1]) not in ORG_TYPE_NOUNS | GENERIC_ORG_NOUNS | ROLE_NOUNS \
            or text[span.end:span.end + 1] != " ":
        return None
    ent = next((e for e in doc_ents(ctx.doc) if e.start_char == span.end + 1 and e.label_ in ("ORG", "PERSON")), None)
    if ent is not None:
        return ctx.actor_for(Span.of(text, ent.start_char, ent.end_char))
    m = _CAPS_RUN.match(text, span.end + 1)  # a name the model left untagged
    if m is None or len(m.group(0).split()) > 6 or country_of(ctx.kb, m.group(0)):
        return None
    return _organisation(ctx, Span.of(text, m.start(), m.end()))


_CAPS_RUN = re.compile(r"[A-Z][\w’'&-]*(?: (?:(?:of|for|and|on)(?: the)? )?[A-Z][\w’'&-]*)*(?= [a-z])")


def _group_name(ctx: ActorContext, span: Span) -> Actor | None:
    """An unnamed group of people named by its noun phrase as written: the head is a plural common
    noun, determiners and quantifiers dropped, relative clauses and appositions left out, and the
    first word lower-cased where only the sentence start capitalised it (`Analysts` -> analysts)."""
    doc = ctx.doc
    here = doc.char_span(span.start, span.end, alignment_mode="expand")
    if here is None:
        return None
    root = here.root
    if root.lower_ in GROUP_DETERMINERS and len(here) == 1:
        found = _share_of_owned_group(ctx, root)
        if found is not None:  # `some of its officials`
            return found
        if root.lower_ not in ("the", "a", "an"):  # `Some say ...`, `Many have said ...`: unnamed people
            return Actor(name=root.lower_, id=None)
    if root.tag_ == "NNS" and _norm(root.lemma_) in ARMED_GROUP_WORDS | MEMBER_NOUNS:
        found = _group_they_belong_to(ctx, root)
        if found is not None:  # `Separatists belonging to the banned ONLF`: the group speaks
            return found
    if _quantified_people(here, root):  # `Many Chagossians`, `some Ivorians`: a group of people
        pass
    elif root.tag_ != "NNS" or root.pos_ != "NOUN" or root.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") \
            or _norm(root.text) in DOCUMENT_NOUNS or root.is_title and not root.is_sent_start:
        return None  # `Reporters Without Borders`: a capitalised head inside a sentence names a body
    toks = [t for t in here if t.i <= root.i or t.head.i == root.i and t.dep_ == "prep"
            or t.i > root.i and any(a.i == root.i for a in t.ancestors)
            and not any(a.dep_ in ("relcl", "acl", "appos") and a.i > root.i for a in [t, *t.ancestors])]
    cut = next((t.i for t in toks if t.i > root.i and (t.is_punct or t.dep_ in ("relcl", "acl", "appos")
                                                        or t.lower_ in ("including", "led", "such"))), None)
    toks = [t for t in toks if cut is None or t.i < cut]
    counted = False  # `five countries including Russia`: a set counted anew, not the one named before
    while toks and toks[0].i < root.i and (toks[0].lower_ in GROUP_DETERMINERS or toks[0].like_num
                                           or toks[0].lower_ == "of" or toks[0].is_punct):
        counted = counted or toks[0].like_num
        toks.pop(0)
    if not toks:
        return None
    text = doc_text(doc)
    name = text[toks[0].idx:toks[-1].idx + len(toks[-1])]
    name = _POSSESSIVE_END.sub("", name) if toks[-1].i != root.i else name
    name = _spell_words(doc, name)  # `C.A.R. officials`
    if name.lower() == root.lower_ and not counted:  # `officials` after `Central African Republic officials`
        found = _whose_before(ctx, span.start, root.lower_, group=True) or \
            _nation_of_previous_subject(ctx, span.start, root.lower_)
        if found is not None:
            return found
    first = toks[0]
    if first.is_title and first.is_sent_start and (first.pos_ == "NOUN" or not first.ent_type_) and \
            not country_of(ctx.kb, first.text):
        name = name[:1].lower() + name[1:]
    country, sector = actor_codes(ctx.kb, name, ctx.info.published)
    return Actor(name=name, id=None, country=country, sector=sector)


MEMBER_NOUNS = frozenset({"member", "fighter", "militant", "separatist", "rebel", "insurgent"})


def _quantified_people(here: SpacySpan, root) -> bool:
    """A plural name of a people after a quantifier (`Many Chagossians`, `most Ivorians`): a group
    of people, not a body's name; a body's name takes no quantifier (`Reporters Without Borders`)."""
    return root.tag_ == "NNPS" and root.ent_type_ in ("NORP", "") and here[0].i < root.i and \
        here[0].lower_ in GROUP_DETERMINERS - {"the", "a", "an", "these", "those", "such"}


def _group_they_belong_to(ctx: ActorContext, root) -> Actor | None:
    """Members of a named organisation (`fighters of the ONLF`, `separatists belonging to the
    banned BLA`) speak for it: the organisation's name."""
    for child in root.children:
        prep = child if child.dep_ == "prep" and child.lower_ == "of" else None
        if child.dep_ == "acl" and child.lemma_ == "belong":
            prep = next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if pobj is None or pobj.ent_type_ != "ORG":
            continue
        ent = next((e for e in doc_ents(ctx.doc) if e.start <= pobj.i < e.end and e.label_ == "ORG"), None)
        if ent is not None:
            return _organisation(ctx, Span.of(doc_text(ctx.doc), ent.start_char, ent.end_char))
    return None


def _share_of_owned_group(ctx: ActorContext, quant) -> Actor | None:
    """`some of its officials`: the group of the body `its` points back to (`White House officials`)."""
    prep = next((c for c in quant.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if noun is None or noun.tag_ != "NNS":
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    if poss is None:
        return None
    owner = _antecedent(ctx, Span.of(doc_text(ctx.doc), poss.idx, poss.idx + len(poss.text)), poss.lower_)
    if owner is None or _norm(owner.name) in ctx.people:
        return None
    name = f"{owner.name} {noun.text}"
    return Actor(name=name, id=None, country=owner.country, sector=owner.sector)


# A person named by what they are (`a social worker`, `another passenger`).
INDIVIDUAL_NOUNS = words("person_nouns") | words("individual_nouns")

# Nouns for what an organisation issues: its statement speaks for it.
DOCUMENT_NOUNS = words("organisation_document_nouns")


# `the Chinese side`: the country itself.
COUNTRY_HEADS = words("country_heads")
# Head nouns of institutions named by a place or body before them: `the Pakistan military`,
# `parliament's lower house` keep their own name rather than the country's.
INSTITUTION_NOUNS = words("institution_nouns")
# Nouns that a definite description of an organisation ends with: `the party`, `the trade body`.
ORG_TYPE_NOUNS = words("org_type_nouns")


# Too generic to find their organisation by the noun alone (`the group` is seldom `... Group`).
GENERIC_ORG_NOUNS = words("generic_org_nouns")


def _org_behind(ctx: ActorContext, span: Span) -> Actor | None:
    """The organisation a mention names or stands for: an ORG/GPE entity touching the mention,
    or the `by`/`of`/`from` phrase of its head noun (`a report by the State Department`)."""
    doc = ctx.doc
    here = doc.char_span(span.start, span.end, alignment_mode="expand")
    if here is None:
        return None
    ents = [e for e in doc_ents(doc) if e.label_ in ("ORG", "GPE", "NORP") and e.start < here.end
            and e.end > here.start and _norm(e.text) not in ctx.people]
    root = here.root
    if ents and root.lower_ in INSTITUTION_NOUNS and root.i == here.end - 1 and \
            not any(e.start <= root.i < e.end for e in ents):
        name = _spell_words(doc, _ARTICLE.sub("", here.text.strip()))  # `the C.A.R. military`
        country, sector = actor_codes(ctx.kb, name, ctx.info.published)
        return Actor(name=name, id=_stable_id(name), country=country, sector=sector)
    if not ents:
        root = here.root
        # `a report by X`, and `a statement issued by X`: the `by` of a participle after the noun
        preps = [*root.children, *(g for c in root.children if c.dep_ == "acl" for g in c.children)]
        for prep in preps:
            if prep.dep_ in ("prep", "agent") and (prep.lower_ in ("by", "of", "from") or
                                                   prep.lower_ == "for" and "spokes" in root.lower_):
                # `a spokesperson for the Kenya Ports Authority`: the body it speaks for
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.ent_type_ in ("ORG", "GPE") and not pobj.is_lower:
                    ents = [e for e in doc_ents(doc) if e.start <= pobj.i < e.end]
                    break
                if pobj is not None and prep.lower_ == "for" and pobj.is_lower and \
                        _norm(pobj.text) in ORG_TYPE_NOUNS | INSTITUTION_NOUNS | MINISTRY_WORDS:
                    # `a spokesman for Ghana's health ministry`: the body as written there
                    toks = [t for t in subtree(pobj) if t.i <= pobj.i and not t.is_punct]
                    while toks and toks[0].lower_ in GROUP_DETERMINERS:
                        toks.pop(0)
                    if toks and toks[-1].i - toks[0].i < 8:
                        body = Span.of(doc_text(doc), toks[0].idx, toks[-1].idx + len(toks[-1]))
                        return _whose_before(ctx, body.end, pobj.lower_, group=True) or \
                            Actor(name=body.text, id=None, country=_last_country_before(ctx, body.end))
    if not ents and _norm(root.text) in DOCUMENT_NOUNS:  # `the ministry's statement`: its possessor
        poss = next((c for c in root.children if c.dep_ == "poss"), None)
        if poss is not None and poss.pos_ != "PRON":
            toks = [t for t in subtree(poss) if not t.is_punct and t.lower_ not in ("'s", "’s")]
            if toks and toks[-1].i - toks[0].i < 8:
                found = ctx.actor_for(Span.of(doc_text(doc), toks[0].idx, toks[-1].idx + len(toks[-1])))
                if found is not None and _norm(found.name) not in DOCUMENT_NOUNS:
                    return found
    if not ents:  # `a confidential U.N. report`: an abbreviation the model left untagged
        for tok in here:
            if tok.i < root.i and (tok.is_upper or "." in tok.text.rstrip(".")) and len(tok.text) > 1:
                found = _organisation(ctx, Span.of(doc_text(doc), tok.idx, tok.idx + len(tok.text)))
                if found is not None and (found.id or "").startswith("kb:"):
                    return found
        return None
    ent = max(ents, key=lambda e: (e.label_ == "ORG", len(e.text)))
    return _organisation(ctx, Span.of(doc_text(doc), ent.start_char, ent.end_char))


_CAPS_BEFORE_NOUN = r"((?:[A-Z][\w.’'-]*\s+){1,4})(?:{noun})\b"
# a group may keep what it does between its owner and its noun: `Ghanaian health officials`
_CAPS_KIND_BEFORE_NOUN = r"((?:[A-Z][\w.’'-]*\s+){1,4})((?:[a-z][a-z-]+\s+){0,2})(?:{noun})\b"


def _whose_before(ctx: ActorContext, pos: int, noun: str, group: bool = False) -> Actor | None:
    """Whose `officials`, `authorities`, `the military` these are: the nearest `<country or
    body> <noun>` written before (`Central African Republic officials`, `the C.A.R. military`),
    spelled out; with `group` the words for its field stay (`U.S. defense officials`,
    `Tanzania's foreign ministry`); None where the article wrote none (the noun then stays as
    written)."""
    text = doc_text(ctx.doc)
    lo = max(0, pos - 3000)
    pattern = (_CAPS_KIND_BEFORE_NOUN if group else _CAPS_BEFORE_NOUN).replace("{noun}", re.escape(noun))
    for m in reversed(list(re.finditer(pattern, text[lo:pos]))):
        if group and m.group(2):
            kind = m.group(2).split()
            if any(_norm(w) in GROUP_DETERMINERS or _norm(w) in STOP_WORDS for w in kind):
                continue
            noun_here = " ".join(kind + [noun])
        else:
            noun_here = noun
        caps = _SENTENCE_END.split(m.group(1).strip())[-1]
        words = caps.split()
        while words and (_norm(words[0]) in GROUP_DETERMINERS or _norm(words[0]) in _NOT_NAME or words[0].isdigit()):
            words.pop(0)
        owner = _POSSESSIVE_END.sub("", " ".join(words))
        if not owner:
            continue
        owner = _spell_words(ctx.doc, owner)
        country, sector = actor_codes(ctx.kb, f"{owner} {noun_here}", ctx.info.published)
        if country is None and not (ctx.kb.lookup(owner, ctx.info.published, fuzzy=False) or _spelled_out(ctx.doc, owner)):
            continue  # not a country or body the knowledge base or the article knows
        possessive = _POSSESSIVE_END.search(" ".join(words)) if noun_here != noun else None
        name = f"{owner}{possessive.group(0)} {noun_here}" if possessive else f"{owner} {noun_here}"  # as written
        return Actor(name=name, id=None, country=country, sector=sector)
    return None


def _nation_of_previous_subject(ctx: ActorContext, pos: int, noun: str) -> Actor | None:
    """`The Tunisian coast guard stopped three boats. Authorities said ...`: a bare group of
    officials right after a sentence whose subject is a national body belongs to that nation."""
    doc = ctx.doc
    tok = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if tok is None or sent_of(tok[0]).start == 0:
        return None
    before = sent_of(doc[sent_of(tok[0]).start - 1])
    subj = next((t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or _in_quote(ctx.quotes(), subj.idx):
        return None
    nation = next((t for t in subj.children if t.dep_ in ("amod", "compound") and t.ent_type_ == "NORP"), None)
    if nation is None:
        return None
    name = f"{nation.text} {noun}"
    country, sector = actor_codes(ctx.kb, name, ctx.info.published)
    return Actor(name=name, id=None, country=country or country_of(ctx.kb, nation.text), sector=sector)


def _government_before(ctx: ActorContext, span: Span, noun: str) -> Actor | None:
    """The `<country> government` a bare `the government` stands for: the nearest one written
    before it, else the first one after it."""
    text = doc_text(ctx.doc)
    hits = [m for m in re.finditer(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?:’s|'s)?\s+" + re.escape(noun) + r"\b",
                                   text) if country_of(ctx.kb, m.group(1))]
    before = [m for m in hits if m.end() <= span.start]
    if not hits:
        return None
    m = before[-1] if before else hits[0]
    name = f"{_ARTICLE.sub('', m.group(1))} {noun}"  # `the Somali government`: no article
    country, sector = actor_codes(ctx.kb, name, ctx.info.published)
    return Actor(name=name, id=_stable_id(name), country=country or country_of(ctx.kb, m.group(1)), sector=sector)


def _document_author(ctx: ActorContext, span: Span, noun: str) -> Actor | None:
    """Who issued the document a bare `the statement` points back to: the subject of the
    nearest earlier clause with that noun as its object (`Blinken issued a statement`)."""
    doc = ctx.doc
    here = doc.char_span(span.start, span.end, alignment_mode="expand")
    if here is None:
        return None
    lo = sent_of(here[0]).start
    lo = sent_of(doc[lo - 1]).start if lo > 0 else lo  # this sentence and the one before
    for tok in reversed(doc[lo:here.start]):
        if _norm(tok.text) != noun or tok.dep_ not in ("dobj", "pobj"):
            continue
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON":
            return None
        words = [t for t in subtree(subj) if t.dep_ not in ("relcl", "punct") and not t.is_punct]
        if not words or words[-1].i - words[0].i > 8:
            return None
        return ctx.actor_for(Span.of(doc_text(doc), words[0].idx, words[-1].idx + len(words[-1])))
    return None


ARMED_GROUP_WORDS = words("armed_group_words")


def _armed_group_before(ctx: ActorContext, span: Span) -> Actor | None:
    """The armed group (knowledge-base sector REB) the article named last before the mention."""
    text = doc_text(ctx.doc)
    for e in reversed([e for e in doc_ents(ctx.doc) if e.label_ in ("ORG", "NORP", "PERSON")  # `Boko Haram` as a person
                       and span.start - 2500 <= e.start_char and e.end_char <= span.start]):
        actor = _organisation(ctx, Span.of(text, e.start_char, e.end_char))
        if actor is not None and actor.sector == "REB":
            return actor
    return None


# Sectors of bodies that `the group` does not refer back to: governments, armed forces,
# courts, legislatures, police, and the media an article quotes (`told VOA`).
_NOT_A_GROUP = {"GOV", "MIL", "JUD", "LEG", "COP", "MED"}


def _two_sentences_before(ctx: ActorContext, span: Span) -> int | None:
    """Where the look-back of a description starts: the sentence two before the mention's own
    (or its own, at the start); None when the span is not on token edges."""
    here = ctx.doc.char_span(span.start, span.end, alignment_mode="expand")
    if here is None:
        return None
    own = sent_of(here[0])
    sents = [s for s in doc_sents(ctx.doc) if s.end <= own.start][-2:]
    return sents[0].start_char if sents else own.start_char


def _body_before(ctx: ActorContext, span: Span) -> Actor | None:
    """What a bare `the group` / `the organization` refers back to: the last non-state body the
    article named in the sentence or the two sentences before."""
    doc, text = ctx.doc, doc_text(ctx.doc)
    lo = _two_sentences_before(ctx, span)
    if lo is None:
        return None
    noun = span.text.split()[-1].lower()
    for e in reversed([e for e in doc_ents(doc) if e.label_ in ("ORG", "NORP", "PERSON")
                       and lo <= e.start_char and e.end_char <= span.start]):
        if _in_quote(ctx.quotes(), e.start_char):
            continue
        actor = _organisation(ctx, Span.of(text, e.start_char, e.end_char))
        called = noun in text[max(0, e.start_char - 30):e.start_char].lower()  # `the militant group al-Shabab`
        if actor is not None and actor.sector not in _NOT_A_GROUP and _proper(actor.name) \
                and not _is_country(ctx.kb, actor.name) and (called or (actor.id or "").startswith("kb:")
                                                             or _named_as_body(actor.name)):
            return actor
    return None


def _is_country(kb: KnowledgeBase, name: str) -> bool:
    """A country (or its capital or demonym), not a body with a home country (`Taliban`, `UNICEF`)."""
    hit = kb.lookup(name, fuzzy=False) if _capitalised(name) else None
    return hit is not None and hit.kind == "country"


BODY_DESCRIPTION_NOUNS = words("body_description_nouns")
# Heads under which a description may name the media (`the broadcaster`), a news agency included
_MEDIA_HEADS = frozenset({"agency", "broadcaster", "newspaper", "network", "outlet"})


def _nearest_body_before(ctx: ActorContext, span: Span, description: set[str]) -> Actor | None:
    """What a definite description of a body (`the charity`, `the carmaker`, `the militant
    group`) names again: the nearest organisation named before it, in its sentence or the two
    before, outside quotes. Not a country, a person of the article, nor an outlet spoken to
    (`told VOA`); a group-like noun does not name a state body or army (`the charity` is no
    ministry) unless it says the group is armed (`the paramilitary group`)."""
    doc, text = ctx.doc, doc_text(ctx.doc)
    lo = _two_sentences_before(ctx, span)
    if lo is None:
        return None
    # the model's organisations, and runs of capitalised words it left untagged (`Doctors Without
    # Borders` tagged as `Borders`, `Human Rights Watch` not at all)
    tagged = {(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ in ("ORG", "PERSON")
              and lo <= e.start_char and e.end_char <= span.start}
    found = tagged | {(lo + m.start(), lo + m.end()) for m in _BODY_CAPS.finditer(text[lo:span.start])}
    head = max(description & (BODY_DESCRIPTION_NOUNS | {"group"}), key=len, default="")
    armed = bool(description & (ARMED_GROUP_WORDS | {"paramilitary", "militia"}))
    for start, end in sorted(found, key=lambda c: (c[1], c[1] - c[0]), reverse=True):
        name = text[start:end]
        if _in_quote(ctx.quotes(), start) or _surname_key(_clean_name(name)) in ctx.people or \
                _norm(name.split()[-1]) in ctx.people or \
                re.search(r"\b(?:told|to|with)\s+(?:the\s+)?$", text[max(0, start - 12):start]):
            continue
        actor = _organisation(ctx, Span.of(text, start, end))
        if actor is None or not _proper(actor.name) or _is_country(ctx.kb, actor.name) or \
                len(actor.name.split()) == 1 and (start, end) not in tagged and \
                not (actor.id or "").startswith("kb:") and not actor.name.isupper():
            continue  # a lone capitalised word is a body only where it is known or an acronym
        if actor.sector == "MED" and head not in _MEDIA_HEADS or \
                actor.sector in _NOT_A_GROUP - {"MED"} and head in GENERIC_ORG_NOUNS | {"charity"} and not armed:
            continue
        return actor
    return None


# Two or more capitalised words (with `of`/`for`/`and`/`the` between), or an acronym: a name
_BODY_CAPS = re.compile(r"\b(?:[A-Z][\w’'&.-]*(?:\s+(?:of|for|and|on|the)(?=\s))*\s+)+[A-Z][\w’'&.-]*|\b[A-Z]{3,8}\b")


_APPOSED_BODY = re.compile(r"^,\s+(?:the\s+)?((?:[A-Z][\w’'&.-]*)(?:\s+(?:of|for|and|on|the)?\s*[A-Z][\w’'&.-]*)*)\s*[,(.]")


def _body_apposed(ctx: ActorContext, span: Span) -> Actor | None:
    """`The U.N. refugee agency, UNHCR, said`, `The EU's executive arm, the European Commission,`:
    a description of a body followed by a name in apposition is named by that name."""
    text = doc_text(ctx.doc)
    m = _APPOSED_BODY.match(text[span.end:span.end + 120])
    if m is None or _surname_key(m.group(1)) in ctx.people:
        return None
    start = span.end + m.start(1)
    actor = _organisation(ctx, Span.of(text, start, start + len(m.group(1))))
    return actor if actor is not None and not _is_country(ctx.kb, actor.name) else None


def _sub_body_before(ctx: ActorContext, span: Span, words: list[str]) -> Actor | None:
    """`The U.N. Office for the Coordination of Humanitarian Affairs said ... The United Nations
    agency said`: a description made of a body's name and a kind of body names the nearest body
    before it whose name starts with another form of that name: a part of it, not the whole."""
    caps = " ".join(w for w in words[1:-1] if w[:1].isupper())
    whole = ctx.kb.lookup(_WORD_POSSESSIVE.sub("", caps), fuzzy=False)
    if whole is None:
        return None
    text = doc_text(ctx.doc)
    lo = max(0, span.start - 1500)
    for m in reversed(list(_BODY_CAPS.finditer(text[lo:span.start]))):
        name = _ARTICLE.sub("", m.group(0))
        parts = name.split()
        own = ctx.kb.lookup(name, fuzzy=False)
        part = own is not None and (own.id != whole.id and whole.sector == "IGO" and own.country == whole.country
                                    or own.id == whole.id and _other_body(name, whole.name))  # `UNHCR`, `European Commission`
        if part or any((hit := ctx.kb.lookup(" ".join(parts[:n]), fuzzy=False)) is not None and hit.id == whole.id
                       for n in range(1, min(4, len(parts)))):
            start = lo + m.end() - len(name)
            return _organisation(ctx, Span.of(text, start, start + len(name)))
    return None


def _named_as_body(name: str) -> bool:
    """A name that says it is an organisation (`Alliance of Democracies`, `Equal Measures Group`)."""
    return any(w[:1].isupper() and _norm(w) in ORG_TYPE_NOUNS | GENERIC_ORG_NOUNS for w in name.split())


def _same_noun_before(ctx: ActorContext, span: Span, noun: str) -> Actor | None:
    """A bare `the group` after a fuller description with the same noun that named a body
    (`the banned separatist group` -> Baloch Liberation Army): the same body, when it was the
    last such description in the two sentences before or this one."""
    text = doc_text(ctx.doc)
    starts = [sent.start_char for sent in doc_sents(ctx.doc)]
    at = bisect_left(starts, span.start + 1) - 1  # the sentence the description is in
    lo = starts[max(0, at - 2)] if starts else 0
    earlier = [(start, end, actor) for (start, end), actor in ctx.by_span.items()
               if lo <= start and end <= span.start and _norm(text[start:end].split()[-1]) == noun]
    if not earlier:
        return None
    *_, actor = max(earlier)
    return replace(actor) if actor is not None and _proper(actor.name) else None


def _named_with_noun_before(ctx: ActorContext, span: Span, noun: str) -> Actor | None:
    """`the organization` after `the World Health Organization`: the nearest body before the
    description whose name holds its noun, capitalised, as a whole word."""
    name = _longest_org_form(ctx.doc, noun[:1].upper() + noun[1:].lower(), whole_word=True, before=span.start)
    if name is None:
        return None
    text = doc_text(ctx.doc)
    start = text.rfind(name, 0, span.start)
    return _organisation(ctx, Span.of(text, start, start + len(name))) if start >= 0 else None


def _org_antecedent(ctx: ActorContext, span: Span, words: list[str]) -> Actor | None:
    """The organisation a definite description points back to: the nearest one before it
    whose name holds the description's noun or one of its modifiers (`the trade body` ->
    `World Trade Organization`, `the party` -> `the Zanu PF party`)."""
    text = doc_text(ctx.doc)
    keys = {_norm(w) for w in words} - STOP_WORDS
    mods = keys - {_norm(words[-1])}
    lo = max(0, span.start - 1500)
    found: list[tuple[int, str]] = [(e.end_char, e.text) for e in doc_ents(ctx.doc)
                                    if e.label_ == "ORG" and lo <= e.start_char and e.end_char <= span.start
                                    and (mods or keys) & {_norm(w) for w in e.text.split()}
                                    and not (not mods and _norm(words[-1]) in GENERIC_ORG_NOUNS)]
    pattern = r"((?:[A-Z][\w’'&.-]*\s+){1,4})((?i:" + re.escape(words[-1]) + r"))\b"
    for m in re.finditer(pattern, text[lo:span.start]):
        caps = _SENTENCE_END.split(m.group(1).strip())[-1]  # not across a sentence end
        caps = _ARTICLE_OR_END.sub("", caps)
        if not caps or mods and not mods & {_norm(w) for w in caps.split()} or \
                not mods and _norm(words[-1]) in GENERIC_ORG_NOUNS or country_of(ctx.kb, caps):
            continue
        found.append((lo + m.end(), caps + (" " + m.group(2) if m.group(2)[:1].isupper() else "")))
    found = [(end, _ARTICLE.sub("", name)) for end, name in found]
    found = [(end, name) for end, name in found if name and _norm(name) not in ctx.people
             and name.lower() not in ("the", "a", "an")]
    if not found:
        return None
    end, name = max(found)
    start = text.rfind(name, 0, end)
    return _organisation(ctx, Span.of(text, start, start + len(name)))


_OFFICIAL_AFTER_CAPS = re.compile(r"((?:[A-Z][\w’'&.-]*\s+)+)official\b")


def _spokesperson_org(ctx: ActorContext, span: Span, official: bool = False) -> Actor | None:
    """`the spokesperson` after `a State Department spokesperson`: the organisation it speaks for
    (with `official`, `the official` after `a senior State Department official`)."""
    text = doc_text(ctx.doc)
    lo = max(0, span.start - 1500)
    hits = list((_OFFICIAL_AFTER_CAPS if official else _SPOKES_AFTER_CAPS).finditer(text[lo:span.start]))
    if not hits:
        return None
    m = hits[-1]
    name = _ARTICLE.sub("", m.group(1).strip())
    if not name or _norm(name) in ctx.people:
        return None
    end = lo + m.start(1) + len(m.group(1).rstrip())
    return _organisation(ctx, Span.of(text, end - len(name), end))


def _spokes_body(ctx: ActorContext, span: Span, words: list[str]) -> Actor | None:
    """An unnamed spokesperson speaks for a body of the article: `a ministry spokesperson` for the
    nearest ministry named before; a bare `a spokesperson` for the organisation that is the
    main subject of the sentence just before (`The Fisheries Ministry banned trawling. A
    spokesperson said ...`)."""
    kinds = [w for w in words[:-1] if _norm(w) in ORG_TYPE_NOUNS | INSTITUTION_NOUNS | MINISTRY_WORDS]
    if kinds:
        return _org_antecedent(ctx, span, kinds[-1:])
    doc = ctx.doc
    if any(w[:1].isupper() for w in words[1:]) or not words or _norm(words[0]) not in ("a", "an", "the"):
        return None
    here = doc.char_span(span.start, span.end, alignment_mode="expand")
    if here is None or sent_of(here[0]).start == 0:
        return None
    before = sent_of(doc[sent_of(here[0]).start - 1])
    subj = next((t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
    if subj is None or subj.ent_type_ != "ORG" or _in_quote(ctx.quotes(), subj.idx):
        return None
    ent = next((e for e in doc_ents(doc) if e.start <= subj.i < e.end), None)
    return _organisation(ctx, Span.of(doc_text(doc), ent.start_char, ent.end_char)) if ent is not None else None


MINISTRY_WORDS = frozenset({"ministry", "department", "police", "army", "embassy", "commission", "council"})


def _by_name_part(ctx: ActorContext, word: str) -> Person | None:
    """The one person of the article whose full name holds the word as its first name (a family
    name written first, or a first name alone) or as a part of a hyphenated surname."""
    key = _norm(word)
    if len(key) < 2 or key in _NOT_NAME or key in TITLE_WORDS or key in HONORIFICS:
        return None
    found = []
    for person in ctx.people.values():
        parts = person.full_name.split()
        if len(parts) < 2:
            continue
        hyphen = [_norm(p) for p in parts[-1].split("-")] if "-" in parts[-1] else []
        if _norm(parts[0]) == key or key in hyphen:
            found.append(person)
    return found[0] if len(found) == 1 else None


def _relative(ctx: ActorContext, before: list[str], key: str) -> Actor | None:
    """`the younger Lai` / `the elder Lai` where the article names two people with that surname:
    the younger is the one introduced later, the elder the one introduced first."""
    mods = {_norm(w) for w in before}
    if not mods & (YOUNGER | ELDER):
        return None
    kin = [p for k, p in ctx.people.items() if k == key or k.endswith("#" + key)]
    if len(kin) < 2:
        return None
    kin.sort(key=lambda p: min(p.mentions))
    return (kin[-1] if mods & YOUNGER else kin[0]).actor


YOUNGER = words("kin_younger")
ELDER = words("kin_elder")


_WORDS_BEFORE = re.compile(r"((?:[A-Z][\w’'-]+\s+){1,3})$")


def _full_name(kb: KnowledgeBase, doc: Doc, surname: str) -> str | None:
    """`_full_name_in_text` of the document, remembered per document (every mention of a bare
    surname asks again)."""
    cache = parsed_of(doc).cache
    known = cache.get("actors.full_names")
    if known is None:
        known = cache["actors.full_names"] = {}
    if surname not in known:
        known[surname] = _full_name_in_text(kb, doc_text(doc), surname)
    return known[surname]


def _full_name_in_text(kb: KnowledgeBase, text: str, surname: str) -> str | None:
    """The first `Firstname [Middle] Surname` the article writes for a bare surname."""
    if len(surname) < 2 or _norm(surname) in _NOT_NAME:
        return None
    # find the surname first, then the capitalised words just before it: one regex over the
    # whole article per capital letter was the slow way to do the same
    for at in _after_space(surname).finditer(text):
        if at.start() == 0 or not text[at.start() - 1].isspace():
            continue
        m = _WORDS_BEFORE.search(text, max(0, at.start() - 300), at.start())
        if m is None:
            continue
        first: list[str] = []
        for w in reversed(m.group(1).split()):  # the name's own words, not a title before it
            if _norm(w) in TITLE_WORDS or _norm(w) in HONORIFICS or country_of(kb, w) or w.endswith(("’s", "'s")) \
                    or (first and w.isupper() and len(w) <= 3) or _norm(w) in _NOT_NAME:  # `former DP Rigathi Gachagua`
                break
            first.insert(0, w)
        if first and len(first) <= 2:
            return " ".join([*first, surname])
    for at in _after_space(surname).finditer(text):  # a family name written first: `Oh Ei Sun`
        m = _WORDS_AFTER.match(text, at.end())
        if m is None or (at.start() > 0 and not text[at.start() - 1].isspace()):
            continue
        given = m.group(1).split()
        if all(len(w) <= 7 and w.isalpha() and _norm(w) not in TITLE_WORDS | ORG_TYPE_NOUNS | INSTITUTION_NOUNS
               | GENERIC_ORG_NOUNS | _NOT_NAME and not country_of(kb, w) for w in given):
            return " ".join([surname, *given])
    return None


_WORDS_AFTER = re.compile(r" ((?:[A-Z][a-z]+)(?: [A-Z][a-z]+)?)(?=[,.;:]| (?:said|says|told|of|from|a|an|the)\b)")


def _trailing_name(kb: KnowledgeBase, words: list[str]) -> str | None:
    """`US Secretary of Defense Lloyd Austin` when the model saw no person: the capitalised
    words after the title."""
    tail: list[str] = []
    for w in reversed(words):
        if not w[:1].isupper() or _norm(w) in TITLE_WORDS or country_of(kb, w):
            break
        tail.insert(0, w)
    return " ".join(tail) if 2 <= len(tail) <= 4 and len(tail) < len(words) else None


def _name_cut_by_the_model(ctx: ActorContext, span: Span, words: list[str]) -> bool:
    """Two or three capitalised words, none a title, place, country or kind of body, that no
    dictionary knows, of which the model tagged only the last as an organisation (`Siyoka
    Simasiku` with `Simasiku` an organisation): a person's name the model cut, as it does with
    names it has not seen."""
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    if any(_norm(w) in TITLE_WORDS | ORG_TYPE_NOUNS | INSTITUTION_NOUNS | GENERIC_ORG_NOUNS | HONORIFICS
           or country_of(ctx.kb, w) or _is_place(ctx.kb, w) for w in words):
        return False
    name = " ".join(words)
    if ctx.kb.lookup(name, fuzzy=False) is not None:
        return False
    ents = [e for e in doc_ents(ctx.doc) if e.start_char < span.end and e.end_char > span.start]
    return len(ents) == 1 and ents[0].label_ == "ORG" and ents[0].start_char > span.start and \
        ents[0].end_char == span.end and len(ents[0].text.split()) == 1


def _new_person(ctx: ActorContext, name: str, span: Span) -> Actor:
    person = Person(_surname_key(name), [name], [span.start])
    role, country = _role_words(ctx.kb, span.text[: span.text.rfind(name)], ctx.info.published)
    person.role, person.country = role, country
    person.actor = _person_actor(ctx.kb, person, ctx.info, ctx.doc)
    ctx.people.setdefault(person.key, person)
    return person.actor


def _role_words(kb: KnowledgeBase, text: str, date: str | None) -> tuple[str | None, str | None]:
    words = [w for w in _WORD.findall(text) if w.lower() not in ("the",)]
    country = None
    while words and country_of(kb, words[0].rstrip("’'s").rstrip("’'")):
        country = country or country_of(kb, words[0].rstrip("’'s").rstrip("’'"))
        words.pop(0)
    role = " ".join(words) or None
    return (_title_case(role) if role else None), country


def _same_given_name(person: Person, name: str) -> bool:
    """Could `name` be one more mention of `person`? A bare surname always could."""
    words = name.split()
    if len(words) < 2:
        return True
    firsts = {_norm(n.split()[0]) for n in person.names if len(n.split()) >= 2}
    if not firsts or any(n.lower().endswith(" " + name.lower()) for n in person.names):
        return True  # `De Blasio` for `Bill de Blasio`
    from rapidfuzz.distance import Levenshtein

    first = _norm(words[0])
    return any(f == first or Levenshtein.distance(f, first) <= 1 or f.startswith(first) or
               first.startswith(f) for f in firsts)


def _full_key(name: str) -> str:
    words = name.split()
    return _norm(words[0]) + "#" + _surname_key(name)


def _person_for(ctx: ActorContext, name: str) -> Actor | None:
    key = _surname_key(name)
    if len(name.split()) >= 2 and _full_key(name) in ctx.people:
        return ctx.people[_full_key(name)].actor
    person = ctx.people.get(key) or _fuzzy_person(ctx.people, key)
    return person.actor if person is not None else Actor(name=name, id=_stable_id(name))


def _antecedent(ctx: ActorContext, span: Span, pronoun: str) -> Actor | None:
    """The closest earlier person (he/she) or group (they/it), main-clause subjects first."""
    doc = ctx.doc
    here = doc.char_span(span.start, span.end, alignment_mode="expand")
    if here is None:
        return None
    own = sent_of(here[0])
    # the three sentences before, then this one up to the pronoun
    sents = doc_sents(doc)
    at = bisect_left(_sent_starts(doc), own.start)  # the sentences are in order: no scan of them all
    opened = _quote_just_before(ctx, span.start)
    if opened is not None:
        # `X told VOA. "A. B. C," she said`: the sentences inside the quote name no one she
        # could be; the three before the quote opened are read instead
        inside_quote = doc.char_span(opened, span.start, alignment_mode="expand")
        if inside_quote is not None and len(inside_quote):
            first = sent_of(inside_quote[0])
            at = min(at, bisect_left(_sent_starts(doc), first.start) + 1)
    window = [(s, len(doc)) for s in sents[max(0, at - 3):at]] + \
        [(s, len(doc)) for s in sents[at:bisect_left(_sent_starts(doc), own.start)]
         if opened is not None and s.end_char <= opened] + [(own, here[0].i)]
    want_person = pronoun in PRONOUNS_PERSON
    plural = pronoun in ("they", "them")
    best: tuple[tuple[int, int, int], Actor] | None = None
    # the nearest sentence with a candidate wins (recency), then its subject
    for n, (sent, stop) in enumerate(window):
        for i, subject, idx, actor in _candidates(ctx, sent, want_person):
            if i >= stop:
                break
            if want_person and _gender(ctx, actor) not in (None, PRONOUN_GENDER.get(pronoun, None)):
                continue  # "Ms. Clinton ... he said": not her
            if plural and doc[i].ent_type_ in ("GPE", "ORG", "NORP") and not _plural_name(doc[i]):
                continue  # a country, a place or a body is `it`; `they` are several (`the Houthis`)
            rank = (n, subject, idx)
            if best is None or rank > best[0]:
                best = (rank, actor)
    if best is None and want_person:
        # a description earlier on ("Russia's foreign minister ... he said")
        people = [p.actor for p in ctx.people.values()]
        for st_span, actor in sorted(ctx.by_span.items(), reverse=True):
            if st_span[1] <= span.start and actor is not None and actor in people:
                return actor
    if best is None and plural:
        return _plural_subject_before(ctx, window, here[0].i)
    if best is None:
        return None
    return best[1] if want_person else replace(best[1])  # an organisation: the caller's own copy, as before


def _gender(ctx: ActorContext, actor: Actor) -> str | None:
    """"f" or "m" when the article says so of this person: a courtesy title or a noun of one
    sex right before a mention ("Mrs. Clinton", "spokeswoman Lisa Roe") or set beside it
    ("Roe, a spokeswoman for"); None when it does not (or says both)."""
    cache = parsed_of(ctx.doc).cache.setdefault("resolve.actors.gender", {})
    key = (actor.id, actor.name)
    if key in cache:
        return cache[key]
    person = next((p for p in ctx.people.values() if p.actor is not None and (
        p.actor is actor or p.actor.id == actor.id and p.actor.name == actor.name)), None)
    seen: set[str] = set()
    for title in person.titles if person is not None else ():
        seen |= {"f"} if title in FEMALE_WORDS else {"m"} if title in MALE_WORDS else set()
    for pos in person.mentions if person is not None else []:
        here = ctx.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if here is None:
            continue
        tok = here[0]
        near = [ctx.doc[tok.i - 1]] if tok.i > 0 else []
        near += [c for c in tok.head.children if c.dep_ == "appos"] if tok.head.i != tok.i else []
        near += [c for c in tok.children if c.dep_ == "appos"]
        for word in near:
            w = _norm(word.text)
            seen |= {"f"} if w in FEMALE_WORDS else {"m"} if w in MALE_WORDS else set()
    found = cache[key] = next(iter(seen)) if len(seen) == 1 else None
    return found


def _quote_just_before(ctx: ActorContext, pos: int) -> int | None:
    """Where a quote that ends right before `pos` (its tag: `," she said`) opened."""
    quotes = ctx.quotes()
    cache = parsed_of(ctx.doc).cache
    ends = cache.get("resolve.actors.quote_ends")
    if ends is None:  # built once per document: a quote storm asks for every pronoun
        ends = cache["resolve.actors.quote_ends"] = [q.end for q in quotes]
    i = bisect_left(ends, pos + 1) - 1
    if i < 0:
        return None
    q = quotes[i]
    between = doc_text(ctx.doc)[q.end:pos]
    return q.start if len(between) <= 4 and not any(c.isalnum() for c in between) else None


def _plural_name(tok) -> bool:
    """A name plural in form (`the Houthis`, `Rapid Support Forces`), not one of a coordination
    (`Senegal and Gambia`: several named speakers have no one name)."""
    ent = _ent_starting(tok.doc, tok.i) or tok.doc[tok.i:tok.i + 1]
    return ent.root.tag_ in ("NNPS", "NNS") and not any(  # the head: not `United States Conference`
        t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children) for t in ent)


# Nouns for people, whom a `they` may stand for (`officials`, `analysts`, `residents`; not `changes`)
PEOPLE_NOUNS = INDIVIDUAL_NOUNS | ROLE_NOUNS | ARMED_GROUP_WORDS | MEMBER_NOUNS | words("agent_nouns")


def _plural_subject_before(ctx: ActorContext, window: list[tuple[SpacySpan, int]], at: int) -> Actor | None:
    """`Government ministers say ... they stress`: a `they` no body is named for is the nearest
    plural noun subject before it (a group of people), outside quotes."""
    quotes = ctx.quotes()
    for sent, stop in reversed(window):
        for tok in reversed(sent[:max(0, min(stop, at) - sent.start)]):
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ in ("NNS", "NNPS") and not _in_quote(quotes, tok.idx) \
                    and (tok.ent_type_ == "NORP" or _norm(tok.lemma_) in PEOPLE_NOUNS):
                return ctx.actor_for(np_span(tok))
    return None


def _candidates(ctx: ActorContext, sent: SpacySpan, want_person: bool) -> list[tuple[int, int, int, Actor]]:
    """Who a later pronoun could point to in a sentence: (token index, 2 for a main-clause subject,
    1 for another subject, else 0; character offset; actor), in token order. Names inside
    quotes, possessors (`Trump's threat`) and modifiers (`the Biden administration`) are not who
    a following `he said` points to. Remembered per sentence while the article's people stay
    the same (they only grow): each pronoun reads the sentences before it again."""
    key = (sent.start, want_person, len(ctx.people))
    found = ctx.antecedents.get(key)
    if found is not None:
        return found
    quotes = ctx.quotes()
    found = ctx.antecedents[key] = []
    doc, tab = ctx.doc, token_table(ctx.doc)
    for i in range(sent.start, sent.end):
        # what `_person_token` / `_group_token` first ask, from the token table
        if want_person and not (tab.pos[i] == "PROPN" or tab.ent[i] == "PERSON") or \
                not want_person and tab.ent[i] not in ("ORG", "GPE", "NORP"):
            continue
        tok = doc[i]
        actor = _person_token(ctx, tok) if want_person else _group_token(ctx, tok)
        if actor is None or _in_quote(quotes, tok.idx):
            continue
        head = tok.head if tok.dep_ == "det" else tok  # `the White House`: the name's role, not its article's
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        if not want_person and head.dep_ in ("amod", "compound") and head.head.pos_ == "NOUN" and \
                _norm(head.head.text) in INSTITUTION_NOUNS | MINISTRY_WORDS | ORG_TYPE_NOUNS:
            # `The Kenyan government ... that it said`: the body the name modifies, in its place
            head = head.head
            actor = ctx.actor_for(np_span(head)) or actor
        elif head.dep_ == "poss" or (head.dep_ == "compound" and head.head.pos_ == "NOUN"):
            continue
        if want_person and head.i != tok.i and head.ent_type_ != "PERSON" and _norm(head.text) not in ctx.people:
            continue  # a name inside another name (`John F. Kennedy International Airport`)
        is_subject = head.dep_ in ("nsubj", "nsubjpass")
        main = is_subject and head.head.dep_ == "ROOT"
        found.append((tok.i, 2 if main else 1 if is_subject else 0, tok.idx, actor))
    return found


def _in_quote(quotes: list[Quote], pos: int) -> bool:
    return inside(quotes, pos) is not None  # a bisection, not a scan of every quote


def _sent_starts(doc: Doc) -> list[int]:
    """The first token of each sentence, built once per document."""
    cache = parsed_of(doc).cache
    starts = cache.get("resolve.actors.sent_starts")
    if starts is None:
        starts = cache["resolve.actors.sent_starts"] = [s.start for s in doc_sents(doc)]
    return starts


def _person_token(ctx: ActorContext, tok) -> Actor | None:
    """A token naming a person of the article (the model's entity label is not trusted here:
    it tags `Lavrov` as an organisation in one sentence and a person in the next)."""
    whole = ctx.people.get(_norm(tok.text))
    if whole is not None and whole.actor is not None and len(whole.full_name.split()) >= 3 and \
            doc_text(tok.doc)[:tok.idx + len(tok.text)].endswith(whole.full_name):
        return whole.actor  # `Ursula von der Leyen` written out, whatever the tag of `Leyen`
    if not (tok.pos_ == "PROPN" or (tok.ent_type_ == "PERSON" and tok.is_title)) \
            or tok.ent_type_ in ("NORP", "DATE") or tok.ent_type_ == "GPE" and not _named_surname(ctx, tok):
        return None  # `Countryman sees ...`: a surname the tagger took for a common noun
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN" and \
            tok.doc[tok.i + 1].dep_ in ("compound", "flat", "nsubj", "pobj", "dobj", "appos") and \
            _norm(tok.doc[tok.i + 1].text) in ctx.people:
        return None  # not the last word of the name; its surname comes next
    person = ctx.people.get(_norm(tok.text)) or ctx.people.get(_norm(_hyphenated(tok)))  # `Dakin-Grimm`
    if tok.i > 0 and (_norm(tok.doc[tok.i - 1].text) + "#" + _norm(tok.text)) in ctx.people:
        person = ctx.people[_norm(tok.doc[tok.i - 1].text) + "#" + _norm(tok.text)]
    if person is None or not (len(person.full_name.split()) >= 2 or
                              (person.actor is not None and (person.actor.id or "").startswith("kb:"))):
        return None  # a lone capitalised word the model called a person (`Kherson`)
    return person.actor


def _named_surname(ctx: ActorContext, tok) -> bool:
    """`Berisha, who resigned, rejected ...` tagged as a place: the surname of a person the article
    names in full, and no place the knowledge base knows, is that person."""
    person = ctx.people.get(_norm(tok.text))
    return person is not None and len(person.full_name.split()) >= 2 and not _is_place(ctx.kb, tok.text)


def _hyphenated(tok) -> str:
    """The whole hyphenated word a token ends (`Dakin-Grimm` for `Grimm`, which the tokenizer
    splits off): a surname's key is the whole word."""
    doc, i, text = tok.doc, tok.i, tok.text
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        text = doc[i - 2].text + "-" + text
        i -= 2
    return text


def _group_token(ctx: ActorContext, tok) -> Actor | None:
    if tok.ent_type_ not in ("ORG", "GPE", "NORP") or tok.ent_iob_ != "B":
        return None
    ent = _ent_starting(tok.doc, tok.i)
    if ent is None or _norm(ent.text) in ctx.people:
        return None
    return _organisation(ctx, Span.of(doc_text(tok.doc), ent.start_char, ent.end_char))


def _description(ctx: ActorContext, span: Span) -> Actor | None:
    """`Russia's foreign minister`, `the veteran diplomat`: the person of the article who fits."""
    words = {_norm(w) for w in _WORD.findall(span.text)}
    country = None
    for w in _WORD.findall(span.text):
        country = country or country_of(ctx.kb, w.rstrip("’'s").rstrip("’'"))
    if "country" in words and country is None:
        country = _last_country_before(ctx, span.start)
    words -= STOP_WORDS
    best: tuple[tuple[int, int, int], Person] | None = None
    for person in ctx.people.values():
        role = _role_set(person.role) | _role_set(" ".join(person.titles))
        fits = len(words & role & ROLE_NOUNS) + len(words & role)
        if words & DIPLOMAT_WORDS and role & (DIPLOMAT_WORDS | {"secretary"}) and \
                ("foreign" in role or "diplomat" in role):
            fits += 2
        if not fits:
            continue
        same_country = int(country is not None and person.country == country)
        if country is not None and person.country is not None and person.country != country:
            continue
        score = (fits + 2 * same_country, len(person.mentions), -abs(min(person.mentions) - span.start))
        if best is None or score > best[0]:
            best = (score, person)
    if best is not None:
        return best[1].actor
    if _ARTICLE.match(span.text.strip()) and span.text.strip().lower().startswith("the "):
        subject = _previous_subject(ctx, span)  # `Michel Barnier ... says ... The French politician`
        if subject is not None:
            return subject
    if country is not None and ctx.info.published:
        role_text = " ".join(w for w in _HYPHEN_WORD.findall(span.text.lower())
                             if w not in ("the", "s", "country", "veteran", "top") and not country_of(ctx.kb, w))
        if "diplomat" in role_text:
            role_text = "foreign minister"
        hit = ctx.kb.lookup_role(country, role_text, ctx.info.published)
        if hit is not None:
            return Actor(name=hit.name, id=hit.id, country=hit.country, sector=hit.sector,
                         role=hit.role)
    name = _ARTICLE.sub("", span.text.strip())
    return Actor(name=name, id=None, country=country, sector=_sector(ctx.kb, name), role=name)


def _article_person(ctx: ActorContext, actor: Actor) -> bool:
    """Is the actor one of the people the article names?"""
    return any(p.actor is actor for p in ctx.people.values())


def _titled_person(ctx: ActorContext, words: set[str]) -> Actor | None:
    """The one person of the article whose title or apposition holds every word of a definite
    description (`the lawyer`, `the college student`): a description names again someone the
    article introduced with those words. None where no one or several fit."""
    fits = _titled_people(ctx, words)
    return fits[0] if len(fits) == 1 else None


def _titled_people(ctx: ActorContext, words: set[str]) -> list[Actor]:
    """Every person of the article whose title or apposition holds every word of `words`."""
    def same(found: set[str]) -> set[str]:  # the words for leading, and head titles, stand for them
        return found | LEADING_WORDS if found & (LEADING_WORDS | HEAD_TITLES) else found

    text = doc_text(ctx.doc)

    def title_words(person: Person) -> set[str]:  # the role, and the words just before each mention
        found = {_norm(w) for w in _WORD.findall(person.role or "")} | set(person.titles)
        for at in person.mentions:
            found |= {_norm(w).removesuffix("’s").removesuffix("'s") for w in _WORD.findall(text[max(0, at - 40):at])}
        return found

    want = words - STOP_WORDS
    fits = [p for p in ctx.people.values() if p.actor is not None and (p.role or p.titles)
            and want <= same(title_words(p))]
    return [p.actor for p in fits if p.actor is not None]


def _previous_subject(ctx: ActorContext, span: Span) -> Actor | None:
    """The person who is the main-clause subject of the sentence just before a definite
    description of a person that fits no one's role (`the French politician`)."""
    doc = ctx.doc
    here = doc.char_span(span.start, span.end, alignment_mode="expand")
    if here is None:
        return None
    own = sent_of(here[0])
    earlier = [(rank, actor) for i, rank, _, actor in _candidates(ctx, own, True) if i < here[0].i]
    if earlier:
        # `Christie unleashed attacks on Rubio, and the New Jersey governor ...`: the main-clause
        # subject before it in its own sentence, when there is one
        mains = [actor for rank, actor in earlier if rank == 2]
        return mains[0] if len({id(a) for a in mains}) == 1 else None
    if own.start == 0:
        return None
    before = sent_of(doc[own.start - 1])
    mains = [actor for _, rank, _, actor in _candidates(ctx, before, True) if rank == 2]
    return mains[0] if mains else None


STOP_WORDS = words("role_stop_words")
# Role words a description may use for a title written otherwise (`the U.S. leader` for a
# president, `the military spokesperson` for a director general of public relations).
ROLE_SYNONYMS = {r["word"]: frozenset(r["synonyms"].split()) for r in table("role_synonyms")}


def _role_set(role: str | None) -> set[str]:
    words = {_norm(w) for w in (role or "").split()} - STOP_WORDS
    for w in list(words):
        words |= ROLE_SYNONYMS.get(w, set())
    if {"public", "relations"} <= words or {"press", "secretary"} <= words:
        words |= {"spokesperson", "spokesman", "spokeswoman"}
    return words


def _organisation(ctx: ActorContext, span: Span) -> Actor | None:
    """The organisation or place a mention names (remembered per mention; each caller gets its
    own copy, as before)."""
    key = (span.start, span.end, span.text)
    if key not in ctx.orgs:
        ctx.orgs[key] = _find_organisation(ctx, span)
    found = ctx.orgs[key]
    return replace(found) if found is not None else None


def _find_organisation(ctx: ActorContext, span: Span) -> Actor | None:
    name = _clean_org(_ARTICLE.sub("", span.text.strip()).strip())
    name = _WORD_POSSESSIVE.sub("", name)  # `NATO's` claim: the actor is NATO
    if not name or not any(c.isalpha() for c in name):
        return None
    kb = ctx.kb
    name = _spelled_out(ctx.doc, name) or name  # `The BLA` after `the Baloch Liberation Army`
    # The knowledge base names bodies; a phrase with no capital letter is a common noun, whatever
    # alias a dictionary gives it (`organization`, `youth` are aliases of two parties abroad)
    hit = kb.lookup(name, ctx.info.published, fuzzy=not _coined(name)) if _capitalised(name) else None
    if hit is None and _proper(name):
        # `Reporters` / `Borders` cut out of `Reporters Without Borders`; `Journal` for
        # `The Wall Street Journal`: the article's full form of the name
        longer = _caps_around(doc_text(ctx.doc), span, name) or \
            _longest_org_form(ctx.doc, name, whole_word=True, before=span.start)
        if longer and longer != name:
            name = longer
            hit = kb.lookup(name, ctx.info.published, fuzzy=not _coined(name))
    if hit is not None and getattr(hit, "kind", "org") != "person":
        full = hit.name
        if full.isupper() and len(full) > 5:  # dictionary codes like `XINHUA`: the article's own form
            full = _longest_org_form(ctx.doc, name) or full.title()
        elif len(name.split()) >= 2 and (getattr(hit, "kind", "org") == "org" or _has_org(ctx.doc, span, labels=("ORG",))) \
                and (not {_norm(w) for w in full.split()} & {_norm(w) for w in name.split()} or
                     _other_body(name, full)):
            # an alias (`Central Command` -> `Pentagon`), a body named after a place (`The New
            # Yorker`), or another body of the same family (`European Commission`, which a
            # dictionary files under `European Union`): the body the article names, with an id of
            # its own (one name per id) and the dictionary's codes
            return Actor(name=name, id=_stable_id(name), country=hit.country, sector=hit.sector, role=hit.role)
        return Actor(name=full, id=hit.id, country=hit.country, sector=hit.sector, role=hit.role)
    country, sector = actor_codes(ctx.kb, name, ctx.info.published)
    if _common_noun_at_start(ctx.doc, span):  # `Revenue showed ...`, `Video showed ...`: no one's name
        return Actor(name=name[:1].lower() + name[1:], id=None, country=country, sector=sector)
    if not _capitalised(name):  # `Some youth`: unnamed people, the quantifier dropped
        words = name.split()
        while len(words) > 1 and words[0].lower() in GROUP_DETERMINERS:
            words.pop(0)
        return Actor(name=" ".join(words), id=None, country=country, sector=sector)
    return Actor(name=name, id=_stable_id(name) if _proper(name) else None, country=country,
                 sector=sector)


_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


def _coined(name: str) -> bool:
    """A name coined with a capital inside a word (`CamboJA`, `FilterLabs`): written as its owner
    spells it, never a misspelling of a dictionary name (`CamboJA` is no `Cambodia`)."""
    return _INNER_CAPITAL.search(name) is not None


def _other_body(name: str, full: str) -> bool:
    """Two names of bodies with different heads, neither an abbreviation nor a reordering
    (`European Commission` and `European Union`; not `U.S. State Department` and `State
    Department`, nor `Chinese Communist Party` and `Communist Party of China`)."""
    ours, theirs = name.split(), full.split()
    return len(theirs) >= 2 and _norm(ours[-1]) not in {_norm(w) for w in theirs} and \
        _norm(theirs[-1]) not in {_norm(w) for w in ours} and \
        not any("." in w or w.isupper() for w in ours + theirs) and \
        _norm(ours[-1]) in ORG_TYPE_NOUNS | INSTITUTION_NOUNS | MINISTRY_WORDS | {"union", "nations"}


def _common_noun_at_start(doc: Doc, span: Span) -> bool:
    """A one-word mention that opens its sentence, capitalised only for that: a common noun with
    no entity label, not a name."""
    here = doc.char_span(span.start, span.end, alignment_mode="expand")
    return here is not None and len(here) == 1 and here[0].is_sent_start and here[0].pos_ == "NOUN" \
        and not here[0].ent_type_ and english_noun(doc, here[0].text)


_ACRONYM = re.compile(r"(?:[A-Z]\.){2,7}[A-Z]\.?|[A-Z]{3,8}")  # three letters or more: `AP` is too open
_ACRONYM_GLUE = r"(?:\s+(?:of|for|and|the|on|in|de|del|des|du|la|le|al|el)(?=\s))*\s+"


def _spelled_out(doc: Doc, name: str) -> str | None:
    """The article's own spelling-out of an abbreviation (`BLA` -> `Baloch Liberation Army`,
    `C.A.R.` -> `Central African Republic`, `NISA` -> `National Intelligence and Security
    Agency`): the first run of capitalised words, joined by `of`, `and` and the like, whose
    initials are its letters. Remembered per document."""
    if not _ACRONYM.fullmatch(name):
        return None
    cache = parsed_of(doc).cache
    known = cache.setdefault("actors.spelled_out", {})
    if name not in known:
        letters = name.replace(".", "")
        pattern = r"\b" + _ACRONYM_GLUE.join(f"{c}[a-z][\\w’'-]*" for c in letters) + r"\b"
        m = re.search(pattern, doc_text(doc))
        known[name] = _POSSESSIVE_END.sub("", m.group(0)) if m else None
    return known[name]


def _spell_words(doc: Doc, name: str) -> str:
    """The name with each abbreviation in it spelled out as the article does."""
    return " ".join(_spelled_out(doc, w) or w for w in name.split(" "))


def _longest_org_form(doc: Doc, name: str, whole_word: bool = False, before: int | None = None) -> str | None:
    """`Xinhua News Agency` for `Xinhua`: the longest ORG entity of the article holding the name
    (with `before`, the nearest one before that position: `the Center` after `Tax Policy Center`)."""
    if whole_word:
        found = _org_forms(doc, name)
        forms = [f for _, f in found]
        if before is not None and len(name.split()) == 1:
            near = [f for end, f in found if end <= before]
            forms = near[-1:] or forms
    else:
        forms = [e.text for e in _labelled(doc, "ORG") if name.lower() in e.text.lower()]
    if not forms:
        return None
    words = _POSSESSIVE_END.sub("", _clean_org(max(forms, key=len))).split()
    while len(words) > 1 and _norm(words[0]) in _NOT_NAME:  # `The ...`, `When Patriot`
        words.pop(0)
    return " ".join(words)


def _org_forms(doc: Doc, name: str) -> list[tuple[int, str]]:
    """(end, text) of the article's ORG entities holding the name as a whole word, outside
    headlines; remembered per document (each mention of the organisation asks again)."""
    cache = parsed_of(doc).cache
    known = cache.get("actors.org_forms")
    if known is None:
        known = cache["actors.org_forms"] = {}
    if name not in known:
        ents = [e for e in _labelled(doc, "ORG") if name in e.text]  # most hold no such text at all
        if ents:
            pat = _whole_word(name)
            ents = [e for e in ents if pat.search(e.text) and len(e.text.split()) <= 10
                    and not _headline(doc_text(doc), e.start_char)]
        # a sentence's first word is no part of the name (`Unlike Patriot`)
        known[name] = [(e.end_char, e[1:].text if len(e) > 1 and e[0].is_sent_start and
                        e[0].pos_ in ("ADP", "ADV", "SCONJ", "CCONJ") else e.text) for e in ents]
    return known[name]


_CAP_WORD = re.compile(r"[A-Z][\w’'&.-]*$")
_NOT_NAME = words("weekdays") | words("not_name_words") | words("sentence_adverbs")


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \t\"“‘'")
    return not before or before[-1] in ".!?\n:"


def _headline(text: str, pos: int) -> bool:
    """Is the position in a title-case line (a headline), where capitals say nothing about names?"""
    a, b = max(0, pos - 60), pos + 60
    words = [w for w in _LATIN_WORD.findall(text[a:b])]
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= 4 and lower / len(words) < 0.25


def _caps_around(text: str, span: Span, name: str) -> str | None:
    """The run of capitalised words the name sits in (`Reporters Without Borders`), within
    its sentence, when the mention or the model's entity cut it short."""
    start = span.start + max(0, span.text.rfind(name))
    end = start + len(name)
    if text[start:end] != name or not name.split()[-1][:1].isupper() or _headline(text, start) or \
            name.isupper() and len(name) > 5 or _sentence_start(text, start):
        return None
    while True:  # to the right, also across `of`/`on`/`for` (`Working Group on Arbitrary Detention`)
        m = _CAPS_RIGHT.match(text[end:end + 40])
        if m is None or _norm(m.group(1)) in _NOT_NAME or m.group(1).endswith("."):
            break
        end += m.end()
    while True:  # to the left
        m = _CAPS_LEFT.search(text[max(0, start - 40):start])
        if m is None or _norm(m.group(1)) in _NOT_NAME or m.group(1).endswith(".") or \
                _norm(m.group(1)) in TITLE_WORDS or _norm(m.group(1)) in HONORIFICS:
            break
        new_start = max(0, start - 40) + m.start(1)
        before = text[:new_start].rstrip()
        if not before or before[-1] in ".!?\"”":  # the first word of a sentence
            break
        start = new_start
    out = _POSSESSIVE_END.sub("", text[start:end])
    return out if len(out.split()) > len(name.split()) and len(out.split()) <= 12 else None


_DESCRIPTION_OPENERS = frozenset({"his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
                                  "those", "one", "a", "an", "the"}) | GROUP_DETERMINERS


def _clean_org(name: str) -> str:
    words = name.split()
    # the lower-case words before a name go (`state-run Xinhua News Agency`); a phrase with no
    # capitalised word after them is a common-noun description, kept whole (`foreign policy
    # think tank`, `opposition party`: not `tank`, `party`)
    while len(words) > 1 and any(_proper(w) for w in words[1:]) and (
            words[0][:1].islower() and not _proper(words[0]) or
            words[0].lower().endswith(("-based", "-run", "-owned", "-funded"))):
        words.pop(0)  # `Paris-based International Energy Agency`
    if not any(_proper(w) for w in words):  # a description: its head and modifiers, not `his`, `that`
        cut = next((i for i, w in enumerate(words) if w.endswith(",")), None)
        if cut is not None:  # `the state funding system, which`: the phrase before the comma
            words = words[:cut + 1]
            words[-1] = words[-1].rstrip(",")
        while len(words) > 1 and words[0].lower() in _DESCRIPTION_OPENERS | {"of"}:
            words.pop(0)
        while len(words) > 1 and words[-1].lower() in ("that", "which", "who"):
            words.pop()
    # `Rights group Human Rights Watch`, `media association CamboJA`: a description ending in a
    # noun for a kind of body, then the body's name
    cut = max((i for i, w in enumerate(words[:-1]) if w.islower() and _norm(w) in ORG_TYPE_NOUNS | GENERIC_ORG_NOUNS
               and words[i + 1][:1].isupper()), default=-1)
    if cut >= 0:
        words = words[cut + 1:]
    return " ".join(words)


def _last_country_before(ctx: ActorContext, pos: int) -> str | None:
    for ent in reversed(doc_ents(ctx.doc)):
        if ent.end_char <= pos and ent.label_ in ("GPE", "NORP"):
            code = country_of(ctx.kb, ent.text)
            if code:
                return code
    return None


def _labelled(doc: Doc, label: str) -> list[SpacySpan]:
    """The document's entities with this label, in order; grouped once per document, as every
    mention filters them."""
    cache = parsed_of(doc).cache
    groups = cache.get("actors.ents_by_label")
    if groups is None:
        groups = cache["actors.ents_by_label"] = {}
        for e in doc_ents(doc):
            groups.setdefault(e.label_, []).append(e)
    return groups.get(label, [])


def _ent_starting(doc: Doc, i: int) -> SpacySpan | None:
    """The entity starting at token `i`, from an index built once per document."""
    cache = parsed_of(doc).cache
    starts = cache.get("actors.ents_by_start")
    if starts is None:
        starts = cache["actors.ents_by_start"] = {}
        for e in doc_ents(doc):
            starts.setdefault(e.start, e)
    return starts.get(i)


def _has_org(doc: Doc, span: Span, exact: str | None = None, labels: tuple[str, ...] = ("ORG", "GPE")) -> bool:
    return any(e.start_char >= span.start and e.end_char <= span.end and (exact is None or e.text == exact)
               for label in labels for e in _labelled(doc, label))


def _appositive_name(doc: Doc, span: Span) -> str | None:
    """A person named in apposition to the mention's head noun."""
    here = doc.char_span(span.start, span.end, alignment_mode="expand")
    if here is None:
        return None
    for child in here.root.children:
        if child.dep_ in ("appos", "compound") and child.i > here.root.i - 1 and child.ent_type_ == "PERSON":
            ent = next((e for e in doc_ents(doc) if e.start <= child.i < e.end and e.label_ == "PERSON"), None)
            if ent is not None:
                return _clean_name(ent.text)
    return None


# --- names, codes ---------------------------------------------------------------------------


NAME_STOP = words("headline_speech_verbs")
SENTENCE_ADVERBS = words("sentence_adverbs")


def _clean_name(name: str) -> str:
    name = _S_END.sub("", name.strip())
    words = [w for w in name.split() if _norm(w) not in NAME_STOP]
    while len(words) > 1 and words[0].lower().strip(",") in SENTENCE_ADVERBS:
        words.pop(0)  # `Maybe Trump`, `Sometimes Kaabu`: the sentence's opening adverb, not a given name
    while len(words) > 2 and (_norm(words[0]) in HONORIFICS or _norm(words[0]) in TITLE_WORDS
                              or _norm(words[0]) in JOB_TITLES) or \
            len(words) == 2 and (_norm(words[0]) in HONORIFICS or _norm(words[0]) in JOB_TITLES):
        words.pop(0)  # `Justice Gibson Mandaza`, `Defense Lloyd Austin`, `Commissioner Irungu Macharia`
    return " ".join(words).strip(" ,.;:")


def _with_particles(ent: SpacySpan) -> SpacySpan:
    """`Ursula von der Leyen` where the model's person ends at a particle (`Ursula von der`):
    the capitalised word after it belongs to the name."""
    doc, end = ent.doc, ent.end
    while end < len(doc):
        j = end
        while j < len(doc) and doc[j].lower_ in NAME_PARTICLES and j - end < 2:  # `Ursula Von der Leyen`
            j += 1
        if (j > end or doc[end - 1].lower_ in NAME_PARTICLES) and j < len(doc) and doc[j].is_title \
                and doc[j].lower_ not in NAME_PARTICLES and doc[j].pos_ == "PROPN":
            end = j + 1
        elif end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and \
                not doc[end].whitespace_ and doc[end + 1].is_title:  # `Ryo Hinata-Yamaguchi`
            end += 2
        else:
            break
    return doc[ent.start:end] if end > ent.end else ent


def _surname_key(name: str) -> str:
    words = name.split()
    return _norm(words[-1]) if words else ""


@functools.lru_cache(maxsize=1 << 16)  # the same words are normalised for every mention
def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return _NON_WORD.sub("", s.lower().replace("’s", "").replace("'s", ""))


def _is_pronoun(text: str) -> bool:
    low = text.strip().lower()
    return low in PRONOUNS_PERSON or low in PRONOUNS_GROUP


def _title_case(role: str) -> str:
    return " ".join(w if w.isupper() or (i and w in ("of", "to", "for", "the", "and", "on", "in")) else w[:1].upper() + w[1:]
                    for i, w in enumerate(role.split()))


def _stable_id(name: str) -> str:
    return KnowledgeBase.stable_id(name)  # a pure function of the name: no KB needed


def _sector(kb: KnowledgeBase, role: str | None) -> str | None:
    if not role:
        return None
    return sector_of(kb, role)
