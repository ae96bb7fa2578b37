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
  name, with country and sector codes.
Anything else keeps the mention's text as its name and a stable id derived from it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from saidwhat.records import Actor, DocumentInfo, Span, Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan

PRONOUNS_PERSON = {"he", "she", "him", "her", "his"}
PRONOUNS_GROUP = {"they", "it", "we", "them"}
HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "dame", "prof", "gen", "lt", "col", "sen", "rep", "gov"}
ROLE_NOUNS = {
    "minister", "president", "secretary", "diplomat", "ambassador", "spokesman", "spokeswoman",
    "spokesperson", "chancellor", "premier", "prime", "leader", "chief", "head", "general",
    "commander", "official", "envoy", "governor", "mayor", "senator", "lawmaker", "deputy",
    "adviser", "advisor", "director", "chairman", "chair", "king", "queen", "prince", "emir",
    "speaker", "representative", "negotiator", "ruler", "dictator", "candidate", "nominee",
    "prosecutor", "judge", "attorney", "analyst", "expert", "professor", "officer", "aide",
    "counterpart", "strongman", "veteran", "politician", "congressman", "congresswoman",
}
# Description words that point to a foreign minister / top diplomat.
DIPLOMAT_WORDS = {"diplomat", "foreign", "envoy", "ambassador"}
TITLE_WORDS = ROLE_NOUNS | {
    "foreign", "defense", "defence", "interior", "finance", "state", "affairs", "armed", "forces",
    "national", "security", "council", "of", "to", "for", "the", "deputy", "vice", "first",
    "prime", "secretary-general", "general", "u.s.", "us", "uk", "eu", "un", "nato", "white",
    "house", "press", "former", "acting", "top", "senior",
}


@dataclass(slots=True)
class Person:
    key: str  # normalised surname
    names: list[str] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)  # character offsets
    role: str | None = None
    country: str | None = None
    actor: Actor | None = None

    @property
    def full_name(self) -> str:
        return max(self.names, key=lambda n: (len(n.split()) >= 2, self.names.count(n), len(n)))


@dataclass(slots=True)
class ActorContext:
    """The actors of one article, for statements and for the event coder."""

    doc: Doc
    info: DocumentInfo
    people: dict[str, Person]
    by_span: dict[tuple[int, int], Actor | None] = field(default_factory=dict)

    def actor_for(self, span: Span) -> Actor | None:
        """The actor a mention (speaker, event actor, recipient) refers to."""
        key = (span.start, span.end)
        if key not in self.by_span:
            self.by_span[key] = _resolve_mention(self, span)
        return self.by_span[key]


def resolve_actors(statements: list[Statement], doc: Doc, info: DocumentInfo) -> ActorContext:
    ctx = ActorContext(doc, info, _collect_people(doc, info))
    for st in statements:
        if st.speaker is not None and st.actor is None:
            st.actor = ctx.actor_for(st.speaker)
            if st.actor is not None and _is_pronoun(st.speaker.text):
                st.confidence *= 0.95
    return ctx


# --- people of the article ------------------------------------------------------------------


def _collect_people(doc: Doc, info: DocumentInfo) -> dict[str, Person]:
    people: dict[str, Person] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        name = _clean_name(ent.text)
        if not name or not any(c.isupper() for c in name):
            continue
        key = _surname_key(name)
        person = people.get(key) or _fuzzy_person(people, key)
        if person is None:
            person = people[key] = Person(key)
        person.names.append(name)
        person.mentions.append(ent.start_char)
        role, country = _role_around(ent)
        if role and (person.role is None or len(role) > len(person.role)):
            person.role = role
        if country and person.country is None:
            person.country = country
    for person in people.values():
        person.actor = _person_actor(person, info)
    return people


def _fuzzy_person(people: dict[str, Person], key: str) -> Person | None:
    """Transliterations and typos of a surname already seen (Zelensky/Zelenskiy)."""
    if len(key) < 5:
        return None
    from rapidfuzz import fuzz

    for other, person in people.items():
        if len(other) >= 5 and fuzz.ratio(key, other) >= 88:
            return person
    return None


def _person_actor(person: Person, info: DocumentInfo) -> Actor:
    name = person.full_name
    kb = _kb()
    hit = kb.lookup(name, info.published) if kb is not None else None
    if hit is None and kb is not None and len(name.split()) == 1:
        hit = None  # a lone surname the article never expands: too weak for the knowledge base
    if hit is not None and getattr(hit, "kind", "person") == "person":
        return Actor(name=hit.name, id=hit.id, country=hit.country or person.country,
                     sector=hit.sector or _sector(person.role), role=person.role or hit.role)
    return Actor(name=name, id=_stable_id(name), country=person.country, sector=_sector(person.role),
                 role=person.role)


def _role_around(ent: SpacySpan) -> tuple[str | None, str | None]:
    """Role and country written around a name: titles before it, or an apposition."""
    doc = ent.doc
    i = ent.start - 1
    toks = []
    while i >= ent.sent.start:
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
        appos = next((c for c in head.children if c.dep_ == "appos"), None)
        if appos is not None:
            toks = [t for t in appos.subtree if not t.is_punct]
        elif head.dep_ == "appos" and head.head.lower_ in ROLE_NOUNS:
            toks = [t for t in head.head.subtree if t.i < ent.start and not t.is_punct]
    if not toks or len(toks) > 12:
        return None, None
    country = None
    for t in toks:
        if t.ent_type_ in ("GPE", "NORP", "ORG"):
            country = _country_of(t.text) or country
            if country:
                break
    role_words = [t.text for t in toks if not (t.ent_type_ in ("GPE", "NORP") and _country_of(t.text))
                  and t.lower_ not in ("'s", "’s", "the")]
    role = " ".join(role_words).strip() or None
    return (_title_case(role) if role else None), country


# --- one mention ----------------------------------------------------------------------------


def _resolve_mention(ctx: ActorContext, span: Span) -> Actor | None:
    doc = ctx.doc
    text = span.text.strip()
    low = text.lower()
    if _is_pronoun(text):
        return _antecedent(ctx, span, low)
    people = [e for e in doc.ents if e.label_ == "PERSON" and e.start_char >= span.start
              and e.end_char <= span.end]
    if people:
        return _person_for(ctx, _clean_name(people[-1].text))
    words = re.findall(r"[\w’'.-]+", text)
    for w in reversed(words):
        key = _norm(w)
        if key in ctx.people:
            return ctx.people[key].actor
    if any(_norm(w) in ROLE_NOUNS for w in words) and not _has_org(doc, span):
        return _description(ctx, span)
    return _organisation(ctx, span)


def _person_for(ctx: ActorContext, name: str) -> Actor | None:
    key = _surname_key(name)
    person = ctx.people.get(key) or _fuzzy_person(ctx.people, key)
    return person.actor if person is not None else Actor(name=name, id=_stable_id(name))


def _antecedent(ctx: ActorContext, span: Span, pronoun: str) -> Actor | None:
    """The closest earlier person (he/she) or group (they/it), subjects first."""
    doc = ctx.doc
    sent = doc.char_span(span.start, span.end, alignment_mode="expand")
    if sent is None:
        return None
    sent_start = sent.sent.start
    window = [s for s in doc.sents if s.end <= sent_start][-3:] + [doc[sent_start:sent[0].i]]
    want_person = pronoun in PRONOUNS_PERSON
    best: tuple[int, int, Actor] | None = None
    for s in window:
        for ent in s.ents:
            if ent.end_char > span.start:
                continue
            if want_person and ent.label_ == "PERSON":
                actor = _person_for(ctx, _clean_name(ent.text))
            elif not want_person and ent.label_ in ("ORG", "GPE", "NORP"):
                actor = _organisation(ctx, Span.of(doc.text, ent.start_char, ent.end_char))
            else:
                continue
            is_subject = ent.root.dep_ in ("nsubj", "nsubjpass") or ent.root.head.dep_ in ("nsubj",)
            rank = (ent.start_char + (10_000 if is_subject else 0))
            if best is None or rank > best[0]:
                best = (rank, ent.start_char, actor) if actor is not None else best
    if best is None and want_person:
        # a description earlier on ("Russia's foreign minister ... he said")
        for st_span, actor in sorted(ctx.by_span.items(), reverse=True):
            if st_span[1] <= span.start and actor is not None and actor.id and actor.id.startswith(
                    ("person:", "kb:")):
                return actor
    return best[2] if best else None


def _description(ctx: ActorContext, span: Span) -> Actor | None:
    """`Russia's foreign minister`, `the veteran diplomat`: the person of the article who fits."""
    words = {_norm(w) for w in re.findall(r"[\w’'.-]+", span.text)}
    country = None
    for w in re.findall(r"[\w’'.-]+", span.text):
        country = country or _country_of(w.rstrip("’'s").rstrip("’'"))
    if "country" in words and country is None:
        country = _last_country_before(ctx, span.start)
    best: tuple[tuple[int, int, int], Person] | None = None
    for person in ctx.people.values():
        role = {_norm(w) for w in (person.role or "").split()}
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
    kb = _kb()
    if kb is not None and country is not None and ctx.info.published:
        role_text = " ".join(w for w in re.findall(r"[\w-]+", span.text.lower())
                             if w not in ("the", "s", "country", "veteran", "top") and not _country_of(w))
        if "diplomat" in role_text:
            role_text = "foreign minister"
        hit = kb.lookup_role(country, role_text, ctx.info.published)
        if hit is not None:
            return Actor(name=hit.name, id=hit.id, country=hit.country, sector=hit.sector,
                         role=hit.role)
    name = re.sub(r"^(the|a|an)\s+", "", span.text.strip(), flags=re.I)
    return Actor(name=name, id=None, country=country, sector=_sector(name), role=name)


def _organisation(ctx: ActorContext, span: Span) -> Actor | None:
    name = re.sub(r"^(the|a|an)\s+", "", span.text.strip(), flags=re.I).strip()
    if not name or not any(c.isalpha() for c in name):
        return None
    kb = _kb()
    hit = kb.lookup(name, ctx.info.published) if kb is not None else None
    if hit is not None and getattr(hit, "kind", "org") != "person":
        return Actor(name=hit.name, id=hit.id, country=hit.country, sector=hit.sector, role=hit.role)
    country = _country_of(name)
    if country is None:
        for w in re.findall(r"[\w’'.-]+", name):
            country = country or _country_of(w.rstrip("’'s").rstrip("’'"))
    return Actor(name=name, id=_stable_id(name) if name[:1].isupper() else None, country=country,
                 sector=_sector(name))


def _last_country_before(ctx: ActorContext, pos: int) -> str | None:
    for ent in reversed(ctx.doc.ents):
        if ent.end_char <= pos and ent.label_ in ("GPE", "NORP"):
            code = _country_of(ent.text)
            if code:
                return code
    return None


def _has_org(doc: Doc, span: Span) -> bool:
    return any(e.label_ == "ORG" and e.start_char >= span.start and e.end_char <= span.end
               for e in doc.ents)


# --- names, codes ---------------------------------------------------------------------------


def _clean_name(name: str) -> str:
    name = re.sub(r"[’']s$", "", name.strip())
    words = [w for w in name.split() if _norm(w) not in HONORIFICS]
    return " ".join(words).strip(" ,.;:")


def _surname_key(name: str) -> str:
    words = name.split()
    return _norm(words[-1]) if words else ""


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^\w]+", "", s.lower().replace("’s", "").replace("'s", ""))


def _is_pronoun(text: str) -> bool:
    low = text.strip().lower()
    return low in PRONOUNS_PERSON or low in PRONOUNS_GROUP


def _title_case(role: str) -> str:
    return " ".join(w if w.isupper() or w in ("of", "to", "for") else w[:1].upper() + w[1:]
                    for w in role.split())


def _stable_id(name: str) -> str:
    kb = _kb()
    if kb is not None and hasattr(kb, "stable_id"):
        return kb.stable_id(name)
    slug = re.sub(r"[^a-z0-9]+", "-", _norm_words(name)).strip("-")
    return f"name:{slug}"


def _norm_words(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def _kb():
    try:
        from saidwhat.resolve.kb import get_kb
    except ImportError:
        return None
    try:
        return get_kb()
    except (OSError, FileNotFoundError):
        return None


def _country_of(text: str) -> str | None:
    try:
        from saidwhat.resolve.codes import country_of
    except ImportError:
        return None
    return country_of(text)


def _sector(role: str | None) -> str | None:
    if not role:
        return None
    try:
        from saidwhat.resolve.codes import sector_of
    except ImportError:
        return None
    return sector_of(role)
