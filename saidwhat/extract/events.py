"""Event mentions: where a sentence names an act (PLOVER 2.0), read from the dependency parse.

Rules (each record carries its rule name; all are registered in `saidwhat.rules.event_rules`):
- `event.verb_v1`: a trigger verb ("Russia invaded Ukraine", "troops withdrew", "blew up").
- `event.light_v1`: a light or transfer verb whose object names the act ("imposed sanctions",
  "launched an attack", "sent troops", "lifted the curfew", "broke off relations").
- `event.noun_v1`: a nominalisation ("Russia's invasion of Ukraine", "sanctions against Russia").
Actor = subject, `by` agent or possessor; recipient = object, `against/on/to/with X`, or the
possessor or nationality inside the object. Negated and hypothetical acts are not mentions.
This stage only finds the mentions (trigger, sentence, the actor and recipient tokens and the
act the trigger word names); `resolve.mentions` names their actors and `code.events` types them
(promised acts, modes, confidence) and builds the `Event` records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from saidwhat.extract.cues import SPEECH_VERBS
from saidwhat.extract.event_lexicon import (
    AID_OBJECTS,
    CROWD_NOUNS,
    CUTTERS,
    FUTURE_TYPE,
    HELD_OBJECTS,
    LIGHT_PAIRS,
    LIGHT_VERBS,
    MILITARY_OBJECTS,
    NOUN_COMPOUNDS,
    NOUNS,
    PEOPLE_OBJECTS,
    PETRARCH_PATTERNS,
    PETRARCH_VERBS,
    PHRASAL,
    QUANTITY_NOUNS,
    RELATION_NOUNS,
    RESTORERS,
    REVERSED,
    REVERSERS,
    THREAT_MODE,
    TRANSFER_VERBS,
    VERB_PREPS,
    VERBS,
    WEAPON_OBJECTS,
    TypeMode,
)
from saidwhat.extract.event_syntax import (
    condition_target,
    is_actor_like,
    is_future,
    is_hypothetical,
    is_negated,
    is_passive,
    other_party,
    place_candidates,
    prep_target,
    subject_of,
    target_in,
)
from saidwhat.lexicons import words
from saidwhat.parse import TokenTable, doc_sents, doc_text, sent_ents, subtree, token_table
from saidwhat.records import Span
from saidwhat.rules import event_rules

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from saidwhat.parse import ParsedDoc

# Acts a court or a force does to someone: "of X" names the victim, not the doer.
OF_IS_RECIPIENT = frozenset({"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "AID", "SUPPORT", "REJECT"})
# Types where the place of the act stands in for the recipient ("shelled targets in Jericho").
PLACE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID", "PROTEST", "SANCTION"})
VERBAL = frozenset({"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "CONCEDE"})
GIVING = frozenset("offer give send provide grant supply hand deliver donate pledge".split())
PLACE_NOUNS = frozenset("city town village territory region area province capital district port base "
                        "airport camp settlement".split())
EXERCISE_MODIFIERS = frozenset("military naval joint war combat air army nuclear missile".split())
# an agreement, or a law a leader signs into force (the guideline: "a vote or a signing")
AGREEMENT_NOUNS = frozenset("agreement treaty deal accord pact memorandum protocol convention law bill measure "
                            "decree legislation".split())
INFO_NOUNS = frozenset("intelligence information evidence data".split())
DIPLOMAT_NOUNS = words("diplomat_nouns")
# nouns for people ("workers", "passengers", "journalists"): "aid workers" names people, not aid
PEOPLE_NOUNS = words("person_nouns") | words("individual_nouns") | words("agent_nouns")
# act nouns that name the act only in the plural ("peace talks", "hostilities")
PLURAL_ONLY = frozenset({"talk", "hostility"})
# "met with opposition": the way a plan was received
RECEPTION_NOUNS = frozenset("opposition resistance criticism skepticism scepticism approval success failure "
                            "disapproval condemnation praise silence derision".split())
# people by what they are or do ("minister", "coach", "official"), for a verb whose sense turns on a person
PERSON_WORDS = (PEOPLE_NOUNS | words("job_titles_before_names") | words("titles_before_names") | words("role_nouns")
                | words("diplomat_nouns"))
# who can be held and freed: captives and people ("hostages", "passengers", "students")
RELEASED_NOUNS = HELD_OBJECTS | PEOPLE_OBJECTS | words("person_nouns") | words("individual_nouns")
WITHDRAWN_SUPPORT = frozenset("aid observer peacekeeper monitor ambassador diplomat support funding "
                              "assistance mission".split())


@dataclass(slots=True)
class EventMention:
    """One place where a sentence names an act: the trigger, the act its word names (by the
    event lexicon, before promised acts and modes are coded), and the actor and recipient tokens
    read from the parse."""

    type: str
    mode: str | None
    anchor: Token  # the verb or noun the act hangs on
    lo: int  # trigger token range, inclusive
    hi: int
    nominal: bool
    rule: str  # the event rule that found it
    sent: SpacySpan | None = None
    trigger: Span | None = None
    actor: Token | None = None  # subject, agent or possessor
    recipient: Token | None = None  # object or target phrase
    # no recipient named: the places where the act happened, for `resolve.mentions.known_place`
    places: list[Token] = field(default_factory=list)


def extract_event_mentions(parsed: ParsedDoc) -> list[EventMention]:
    """Every event mention of the document, sentence by sentence in text order."""
    doc = parsed.doc
    mentions: list[EventMention] = []
    may = _may_triggers(token_table(doc))
    text = doc_text(doc)
    for sent in doc_sents(doc):
        for i in range(sent.start, sent.end):
            if may[i] and (m := _trigger(doc[i])) is not None:
                m.sent = sent
                m.trigger = Span.of(text, doc[m.lo].idx, doc[m.hi].idx + len(doc[m.hi]))
                m.actor, m.recipient, m.places = _participants(m)
                mentions.append(m)
    return mentions


# --- what act a token names -----------------------------------------------------------------


def act_of(tok: Token) -> TypeMode | None:
    """The PLOVER (type, mode) a verb or noun names, before future/negation are considered."""
    found = _trigger(tok)
    return (found.type, found.mode) if found is not None else None


# Lemmas that can name an act at all, by the lexicons `_verb_trigger` and `_noun_type` read:
# every other word is passed over without looking at its dependents.
_VERB_LEMMAS = frozenset({*VERBS, *PETRARCH_VERBS, *REVERSERS, *CUTTERS, *RESTORERS, *LIGHT_VERBS, *TRANSFER_VERBS, "fire", "test", "test-fire",
                          *(v for v, _ in PHRASAL), *(v for v, _ in LIGHT_PAIRS), *(v for v, _ in VERB_PREPS)})
_NOUN_LEMMAS = frozenset({*NOUNS, *(w for pair in NOUN_COMPOUNDS for w in pair)})
_ANY_LEMMAS = _VERB_LEMMAS | _NOUN_LEMMAS


def _may_triggers(tab: TokenTable) -> list[bool]:
    """For each token, False when `_trigger` is sure to find nothing there (read from the token
    table, in one pass: a function call per token cost more)."""
    lemma, tag, dep, ent, children = tab.lemma, tab.tag, tab.dep, tab.ent, tab.children
    out = [False] * len(tab.pos)
    # only a lexicon word, or a noun with a lexicon compound, can pass the test below
    maybe = {i for i, word in enumerate(lemma) if word in _ANY_LEMMAS}
    maybe.update(tab.head[c] for c, word in enumerate(lemma) if word in NOUNS and dep[c] == "compound")
    for i in sorted(maybe):
        pos = tab.pos[i]
        if pos == "VERB" or pos == "AUX" or tag[i].startswith("VB"):
            out[i] = pos != "AUX" and lemma[i] in _VERB_LEMMAS
        elif (pos == "NOUN" or pos == "PROPN") and ent[i] not in ("DATE", "TIME"):
            out[i] = lemma[i] in _NOUN_LEMMAS or any(dep[c] == "compound" and lemma[c] in NOUNS
                                                     for c in children[i])
    return out


def _trigger(tok: Token) -> EventMention | None:
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        if tok.pos_ == "AUX" or tok.dep_ in ("amod", "dobj", "pobj", "nsubj", "nsubjpass", "compound") \
                or is_negated(tok) or is_hypothetical(tok):
            return None
        return _verb_trigger(tok)
    if tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in ("DATE", "TIME"):
        return _noun_trigger(tok)
    return None


def _obj(verb: Token) -> Token | None:
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:  # "opened fire", "fired at": some objects come as preps
        obj = next((c for c in verb.children if c.dep_ == "attr"), None)
    return obj


VERB_RULE, LIGHT_RULE, NOUN_RULE = "event.verb_v1", "event.light_v1", "event.noun_v1"


@event_rules.register(VERB_RULE)
def _verb_trigger(verb: Token) -> EventMention | None:
    """A trigger verb ("Russia invaded Ukraine", "troops withdrew", "blew up"); a light verb's
    object is read by `event.light_v1`."""
    lemma = verb.lemma_.lower()
    prt = next((c for c in verb.children if c.dep_ == "prt"), None)
    obj = _obj(verb)
    if obj is not None and obj.lemma_.lower() in QUANTITY_NOUNS:  # "imposed several rounds of sanctions"
        inner = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"), None)
        obj = inner or obj
    hi = max(verb.i, prt.i) if prt is not None else verb.i

    def found(tm: TypeMode, rule: str = VERB_RULE, upto: int = hi) -> EventMention | None:
        if not tm[0]:
            return None
        return EventMention(tm[0], tm[1], verb, verb.i, upto, False, rule)

    if prt is not None and (lemma, prt.lower_) in PHRASAL:
        return found(PHRASAL[(lemma, prt.lower_)])
    if weapons_test(verb, obj):
        return found(("MOBILIZE", "weapons"), WEAPONS_TEST_RULE, obj.i if obj is not None and obj.i > verb.i else hi)
    if obj is not None and obj.i > verb.i:
        light = _light_act(lemma, obj)
        if light is not None:
            return found(light, LIGHT_RULE, obj.i)
    for child in verb.children:
        if child.dep_ == "prep" and (lemma, child.lower_) in VERB_PREPS:
            return found(VERB_PREPS[(lemma, child.lower_)])
    if lemma == "fire" and (obj is not None or any(c.lower_ in ("at", "on") for c in verb.children)):
        if obj is not None and _a_person(obj) and not any(
                c.lower_ in ("at", "on") and not any(p.ent_type_ in ("DATE", "TIME") for p in c.children)
                for c in verb.children):
            return None  # "the minister was fired", "fired the coach": dismissed, not shot at
        return found(("ASSAULT", "firearms"))
    if lemma in ("release", "free") and released_people(verb, obj):
        return found(VERBS[lemma], RELEASED_RULE)
    if lemma not in VERBS:
        return _petrarch(verb, lemma, obj)
    return found(_refine_verb(lemma, verb, obj, VERBS[lemma]))


def _a_person(tok: Token) -> bool:
    """A person named or described ("the minister", "Smith", "three officials")."""
    return tok.ent_type_ == "PERSON" or tok.lemma_.lower() in PERSON_WORDS


RELEASED_RULE = "event.released_people_v1"
WEAPONS_TEST_RULE = "event.weapons_test_v1"


@event_rules.register(WEAPONS_TEST_RULE)
def weapons_test(verb: Token, obj: Token | None) -> bool:
    """Testing a weapon ("tested a new missile", "test-fired a ballistic missile", "testing an
    anti-aircraft weapon system") increases the readiness of weapons systems: the manual's
    MOBILIZE `weapons`, not an attack."""
    tested = verb.lemma_.lower() in ("test", "test-fire") or verb.lemma_.lower() == "fire" and any(
        c.lower_ == "test" and c.dep_ in ("npadvmod", "compound", "amod", "advmod") for c in verb.children)
    if not tested or obj is None:
        return False
    return obj.lemma_.lower() in WEAPON_OBJECTS or any(
        c.lemma_.lower() in WEAPON_OBJECTS and c.dep_ in ("compound", "amod") for c in obj.children)


@event_rules.register(RELEASED_RULE)
def released_people(verb: Token, obj: Token | None) -> bool:
    """Freeing or releasing people is an act whether or not the freer is named: the released are
    the object or the passive subject when it is a people noun or a counted group ("200
    passengers had been freed", "the 279 girls were released"), or, for a passive with no subject
    of its own, the subject of the clause it hangs from ("thanked his supporters after being
    freed"). Releasing a report or a film is no act."""
    if obj is None and any(c.dep_ == "auxpass" for c in verb.children):
        borrowed, patient = subject_of(verb)
        obj = patient or borrowed
    if obj is None:
        return False
    return (obj.lemma_.lower() in RELEASED_NOUNS or obj.ent_type_ in ("PERSON", "NORP")
            or obj.tag_ == "NNS" and not obj.ent_type_ and any(c.dep_ == "nummod" for c in obj.children))


PETRARCH_RULE = "event.petrarch_v1"



@event_rules.register(PETRARCH_RULE)
def _petrarch(verb: Token, lemma: str, obj: Token | None) -> EventMention | None:
    """A verb the hand lexicon lacks, typed by PETRARCH2's verb-pattern dictionary through the
    manual's CAMEO -> PLOVER table: a pattern on its preposition and that phrase's noun
    ("rushed police to the border"), else on its object with its modifier ("issued a defiant
    statement") or its head ("detonated a bomb"); a pattern with a neutral 01/02 code ("issued a
    statement") names no act and stops the search. The
    verb needs a source (a subject that is not itself an act, or a passive). The
    blocks' default codes are not used: on the tune half they coded many verbs that name no
    act ("add", "affect"), and PETRARCH itself leans on its patterns. (Using only the defaults
    that are material acts, COERCE ASSAULT SANCTION MOBILIZE RETREAT, was tried again: check-half
    recall 0.53 -> 0.57 but precision 0.67 -> 0.63 and type on found 0.84 -> 0.78; dropped.)"""
    blocks = PETRARCH_VERBS.get(lemma)
    if not blocks:
        return None
    subj, patient = subject_of(verb)
    if (subj is None or subj.lemma_.lower() in _NOUN_LEMMAS or subj.pos_ not in ("NOUN", "PROPN", "PRON")) \
            and patient is None:
        return None  # PETRARCH codes a verb only with a source: "the massing has brought warnings" is none
    keys: list[tuple[str, str]] = []
    for child in verb.children:
        if child.dep_ in ("prep", "dative", "agent"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                keys += [(pobj.lemma_.lower(), child.lower_), (pobj.lower_, child.lower_)]
    if obj is not None:  # a two-word pattern ("defiant statement") before its head alone
        keys = [(f"{m.lower_} {w}", "") for m in obj.children if m.dep_ in ("amod", "compound") and m.i == obj.i - 1
                for w in (obj.lower_, obj.lemma_.lower())] + keys
        keys += [(obj.lemma_.lower(), ""), (obj.lower_, "")]
    phrase_keys = petrarch_phrase_object(verb)
    for block, _default in blocks:
        patterns = PETRARCH_PATTERNS.get(block, {})
        type_ = next((patterns[k] for k in keys if k in patterns), None)
        rule = PETRARCH_RULE
        if type_ is None:
            type_, rule = next((patterns[k] for k in phrase_keys if k in patterns), None), PETRARCH_PHRASE_RULE
        if type_:
            return EventMention(type_, None, verb, verb.i, verb.i, False, rule)
        if type_ is not None:
            return None  # a neutral pattern ("issued a statement"): no act
    return None


PETRARCH_PHRASE_RULE = "event.petrarch_phrase_object_v1"


@event_rules.register(PETRARCH_PHRASE_RULE)
def petrarch_phrase_object(verb: Token) -> list[tuple[str, str]]:
    """A passive verb names the state its patient is put in by an `in`/`into`/`under` phrase,
    which PETRARCH (matching a pattern's words anywhere after the verb) reads as the pattern's
    object: "has been held in solitary confinement" meets `hold * &DETENTION`, "were confined in
    internment camps" `confine * &DETENTION`. A place ("dismantled in the Spanish cities") is
    where it happened, not that object. These keys come after every pattern on the phrase's own
    preposition."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    return [(p.lemma_.lower(), "") for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "into", "under")
            for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in ("GPE", "LOC", "FAC")
            and p.lemma_.lower() not in PLACE_NOUNS]


@event_rules.register(LIGHT_RULE)
def _light_act(lemma: str, obj: Token) -> TypeMode | None:
    """A light or transfer verb whose object (after the verb) names the act ("imposed
    sanctions", "launched an attack", "sent troops", "lifted the curfew", "broke off relations")."""
    olemma = obj.lemma_.lower()
    if (lemma, olemma) in LIGHT_PAIRS:
        return LIGHT_PAIRS[(lemma, olemma)]
    noun_tm = _noun_type(obj)
    if lemma in REVERSERS and (noun_tm is not None or olemma in RELATION_NOUNS):
        key = "RELATIONS" if olemma in RELATION_NOUNS else noun_tm[0]  # type: ignore[index]
        if key in REVERSED:
            return REVERSED[key]
    if lemma in CUTTERS and (olemma in RELATION_NOUNS or noun_tm is not None and noun_tm[0] in (
            "AID", "CONSULT", "COOPERATE", "SUPPORT")):
        return "SANCTION", "discontinue"
    if lemma in RESTORERS and olemma in RELATION_NOUNS:
        return "SUPPORT", None
    if lemma in LIGHT_VERBS and noun_tm is not None:
        return noun_tm
    if lemma in TRANSFER_VERBS:
        return _transfer(lemma, obj)
    return None


def _transfer(lemma: str, obj: Token) -> TypeMode | None:
    """Send troops (MOBILIZE), send arms or grant asylum (AID), evacuate the wounded (AID),
    hold prisoners (COERCE)."""
    olemma = obj.lemma_.lower()
    if lemma == "hold":
        return ("COERCE", "arrest") if olemma in HELD_OBJECTS or obj.ent_type_ == "NORP" else None
    if lemma == "evacuate":
        return ("AID", None) if olemma in PEOPLE_OBJECTS else ("RETREAT", "withdraw")
    if olemma in MILITARY_OBJECTS and lemma not in ("give", "provide", "supply", "grant", "offer", "hold",
                                                    "evacuate"):
        return "MOBILIZE", "weapons" if olemma not in ("troop", "soldier", "force", "army") else "troops"
    if olemma in AID_OBJECTS or any(c.lemma_.lower() in AID_OBJECTS for c in obj.children
                                    if c.dep_ in ("compound", "amod")):
        return "AID", None
    return None


def _refine_verb(lemma: str, verb: Token, obj: Token | None, tm: TypeMode) -> TypeMode:
    """Verbs whose type depends on who does it or to what."""
    olemma = obj.lemma_.lower() if obj is not None else ""
    subj, _ = subject_of(verb)
    slemma = subj.lemma_.lower() if subj is not None else ""
    # no subject named: a crowd acts ("blocked roads"), unless the verb is passive, whose
    # subject is what the act was done to ("the website was blocked")
    crowd = subj is None and not is_passive(verb) or subj is not None and (
        slemma in CROWD_NOUNS or subj.like_num or subj.ent_type_ == "NORP")
    if lemma == "strike":  # workers strike (PROTEST); missiles strike a town (ASSAULT)
        return ("ASSAULT", None) if obj is not None else tm
    if lemma in ("block", "blockade"):  # protesters block roads; a state blockades a port
        return tm if crowd else ("COERCE", "restrict")
    if lemma in ("mobilize", "mobilise") and obj is not None and obj.lemma_.lower() not in MILITARY_OBJECTS:
        return ("PROTEST", "demo") if olemma in CROWD_NOUNS else ("", None)
    if tm[0] == "PROTEST" and lemma in ("protest", "demonstrate", "march", "rally"):
        if verb.dep_ in ("advcl", "xcomp", "acl"):  # "began a hunger strike to protest X"
            return tm
        return tm if crowd else ("ACCUSE", "disapprove")
    if lemma in ("seize", "capture", "occupy", "take"):
        if obj is not None and (obj.ent_type_ in ("GPE", "LOC", "FAC") or olemma in PLACE_NOUNS):
            return "ASSAULT", None
        if obj is not None and obj.ent_type_ in ("PERSON", "NORP") or olemma in PEOPLE_OBJECTS:
            return "ASSAULT", "abduct"
        return ("COERCE", "seize") if lemma == "seize" else tm
    if lemma == "summon":  # the manual: summoning an ambassador to present grievances is ACCUSE
        return tm if olemma in DIPLOMAT_NOUNS else ("", None)
    if lemma in ("expel", "oust"):
        return tm if olemma in DIPLOMAT_NOUNS or obj is None or obj.ent_type_ == "ORG" else ("COERCE", "deport")
    if tm[0] == "MOBILIZE" and olemma in WEAPON_OBJECTS:
        return "MOBILIZE", "weapons"
    if lemma in ("mass", "amass") and obj is not None and olemma not in MILITARY_OBJECTS:
        return "", None  # "amassed 12 million followers", "amassed a fortune": no force moved
    if lemma == "meet" and obj is None and any(c.dep_ == "prep" and c.lower_ == "with" and any(
            p.lemma_.lower() in RECEPTION_NOUNS for p in c.children) for c in verb.children):
        return "", None  # "the plan met with opposition": how it was received, not a meeting
    if lemma == "withdraw" and olemma in WITHDRAWN_SUPPORT:
        return "SANCTION", "withdraw"
    if lemma in ("release", "free") and not (olemma in HELD_OBJECTS or obj is not None and
                                            obj.ent_type_ in ("PERSON", "NORP")):
        return "", None
    if lemma == "share" and olemma not in INFO_NOUNS:
        return "", None
    if lemma in ("sign", "ratify") and olemma not in AGREEMENT_NOUNS:
        return "", None
    if lemma in ("support", "back", "defend", "welcome", "endorse", "recognize", "recognise") and obj is None:
        return "", None
    if lemma == "welcome" and obj is not None and obj.ent_type_ == "PERSON":
        return "CONSULT", None
    if lemma == "hack" and obj is None and not any(c.lower_ == "into" for c in verb.children):
        return "", None
    if tm[0] == "AGREE" and lemma in ("vow", "swear", "pledge", "promise"):  # "vowed to fight"
        act = next((_trigger(c) for c in verb.children if c.dep_ in ("xcomp", "advcl")), None)
        if act is not None and FUTURE_TYPE.get(act.type) == "THREATEN":
            return "THREATEN", THREAT_MODE.get(act.type)
    return tm


def _noun_type(noun: Token) -> TypeMode | None:
    """The act a noun names, with compounds that change it ("hunger strike", "martial law")."""
    lemma = noun.lemma_.lower()
    for child in noun.children:
        key = (child.lemma_.lower(), lemma)
        if child.dep_ in ("compound", "amod") and key in NOUN_COMPOUNDS:
            return NOUN_COMPOUNDS[key]
        if child.dep_ == "prep" and child.lower_ == "of":  # "state of emergency"
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and (lemma, pobj.lemma_.lower()) in NOUN_COMPOUNDS:
                return NOUN_COMPOUNDS[(lemma, pobj.lemma_.lower())]
    if lemma not in NOUNS:  # "mediation efforts", "aid deliveries": the modifier names the act
        if lemma in PEOPLE_NOUNS or is_actor_like(noun):
            return None  # "aid workers", "protest leaders": people, not the act
        comp = next((c for c in noun.children if c.dep_ == "compound" and c.lemma_.lower() in NOUNS), None)
        return NOUNS[comp.lemma_.lower()] if comp is not None and noun.dep_ in ("dobj", "nsubjpass") else None
    mods = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
    if lemma in ("exercise", "drill", "maneuver", "manoeuvre"):
        if not mods & EXERCISE_MODIFIERS:
            return None
        return ("COOPERATE", None) if "joint" in mods else NOUNS[lemma]
    if lemma in PLURAL_ONLY and noun.tag_ != "NNS":
        return None  # "peace talks", "hostilities": the singular is a way of speaking or feeling
    if lemma == "release" and prep_target(noun, ("of",)) is None:
        return None
    return NOUNS[lemma]


@event_rules.register(NOUN_RULE)
def _noun_trigger(noun: Token) -> EventMention | None:
    """A nominalisation ("Russia's invasion of Ukraine", "sanctions against Russia")."""
    tm = _noun_type(noun)
    if tm is None or noun.lemma_.lower() not in NOUNS and not any(
            c.dep_ in ("compound", "amod", "prep") for c in noun.children):
        return None
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in (LIGHT_VERBS | REVERSERS | RESTORERS
                                                                     | TRANSFER_VERBS):
        return None  # the verb reads it ("imposed sanctions")
    if noun.dep_ == "compound":
        return None  # "peace talks negotiator", "protest leaders"
    if tm[0] in VERBAL and noun.dep_ != "ROOT" and not any(c.dep_ in ("ccomp", "acl", "poss")
                                                           for c in noun.children):
        return None  # a demand or threat is an act when someone's, or when it says what
    lo = min((c.i for c in noun.children if c.dep_ == "compound"), default=noun.i)
    return EventMention(tm[0], tm[1], noun, lo, noun.i, True, NOUN_RULE)


# --- who did it to whom -------------------------------------------------------------------


def first_named_before(sent: SpacySpan, f: EventMention, recipient_tok: Token | None) -> Token | None:
    """No subject, agent or possessor found (a misparse, or `the Sudanese government and the
    rebels agreed`): the first named party of the sentence before the trigger is the doer."""
    doc = sent.doc
    for ent in sent_ents(sent):
        if ent.end > f.lo:
            break
        if ent.label_ in ("GPE", "NORP", "ORG", "PERSON") and (
                recipient_tok is None or not ent.start <= recipient_tok.i < ent.end):
            return doc[ent.end - 1] if ent.root.i < ent.start else ent.root
    return None

def scope_of(f: EventMention) -> Token:
    """Where to look for the place of an act: a noun inside a verb's phrase shares the verb's."""
    tok = f.anchor
    if f.nominal and tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX"):
        return tok.head.head
    return tok

def is_pronominal(tok: Token) -> bool:
    return tok.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)

Participants = tuple["Token | None", "Token | None", list["Token"]]

def _participants(f: EventMention) -> Participants:
    """(actor, recipient, places): when no recipient is named, the places where an act that
    can hit a place happened (the first known one is picked when actors are resolved)."""
    if f.nominal:
        return _noun_participants(f)
    verb = f.anchor
    actor, patient = subject_of(verb)
    if actor is not None and not is_actor_like(actor):
        actor = actor if untagged_name(actor) else target_in(actor)
    if patient is None and (controller := object_controller(verb)) is not None:
        actor, f.rule = controller, f"{f.rule}+{OBJECT_CONTROL_RULE}"
    recipient = None
    if f.rule.startswith(WEAPONS_TEST_RULE):  # the weapon's maker is not whom the test is aimed at
        return actor, prep_target(verb, ("against", "at", "toward", "towards")), []
    if f.type in ("THREATEN", "REQUEST") or is_future(verb):  # "threatened to ... if the US ..."
        recipient = condition_target(list(subtree(verb)))
    if recipient is not None:
        return actor, recipient, []
    if patient is not None:
        recipient = target_in(patient)
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    if obj is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
        obj = None  # "withdrew its troops", "offered its troops": the actor's own, not a target
    if verb.lemma_.lower() in GIVING:  # "offered its troops to Lebanon": the receiver, not the gift
        recipient = prep_target(verb, ("to",)) or next(
            (c for c in verb.children if c.dep_ in ("dative", "iobj") and (is_actor_like(c) or c.pos_ == "PROPN")),
            None)
    if recipient is None and obj is not None:
        recipient = target_in(obj) or prep_target(obj)
    if recipient is None:
        recipient = prep_target(verb)
    if recipient is None and f.type in VERBAL:  # "offered to hand over to Britain"
        for child in verb.children:
            if child.dep_ in ("xcomp", "ccomp"):
                grand = next((c for c in child.children if c.dep_ in ("dobj", "dative")), None)
                recipient = prep_target(child) or (target_in(grand) if grand is not None else None)
                if recipient is not None:
                    break
    if recipient is None and f.type in VERBAL:
        skip = {t.i for t in subtree(actor)} if actor is not None else set()
        recipient = other_party([t for t in subtree(verb) if t.i > verb.i], skip)
    if recipient is None and f.type == "PROTEST":  # "blocked a road to show disapproval of X's policies"
        for child in verb.children:
            if child.dep_ in ("advcl", "xcomp"):
                grand = next((c for c in child.children if c.dep_ == "dobj"), None)
                recipient = (target_in(grand) if grand is not None else None) or prep_target(
                    child, ("against", "at", "of", "over", "for", "to"))
                if recipient is not None:
                    break
    if recipient is None and f.type in PLACE_TYPES:
        return actor, None, place_candidates(verb)
    return actor, recipient, []

DATE_POSSESSOR_RULE = "event.date_possessor_v1"
PARTICIPLE_AGENT_RULE = "event.participle_agent_v1"
OBJECT_CONTROL_RULE = "event.object_control_v1"
UNTAGGED_NAME_RULE = "event.untagged_name_subject_v1"

@event_rules.register(DATE_POSSESSOR_RULE)
def date_possessor(tok: Token) -> bool:
    """A possessor that is a date or a time ("Tuesday's hijacking", "last month's attack") says
    when the act happened, not who did it: the doer is looked for elsewhere ("by militants")."""
    return tok.dep_ == "poss" and tok.ent_type_ in ("DATE", "TIME")

@event_rules.register(PARTICIPLE_AGENT_RULE)
def participle_agent(noun: Token) -> Token | None:
    """An act noun modified by a passive participle with a `by` phrase ("an offensive launched by
    Puntland forces", "the attack carried out by the rebels"): the agent of the participle is
    the doer of the act the noun names; so is a `by` phrase the parser hung on the active verb
    whose phrase holds the noun (an active verb has no agent of its own)."""
    host = noun.head.head if noun.dep_ == "pobj" else None
    # an active verb has no agent: a `by` phrase naming a party after the act noun belongs to
    # that noun ("died in Tuesday's hijacking by militants")
    hosts = [host] if host is not None and host.pos_ == "VERB" and not is_passive(host) else []
    for child in [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"] + hosts:
        agent = next((c for c in child.children if c.dep_ == "agent" or child in hosts and c.dep_ == "prep"
                      and c.lower_ == "by" and c.i > noun.i), None)
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if pobj is not None and (found := target_in(pobj)) is not None:
            return found
    return None

@event_rules.register(OBJECT_CONTROL_RULE)
def object_controller(verb: Token) -> Token | None:
    """The doer of an infinitive complement whose governing verb has an object is that object
    (object control: "ordered the army to release the prisoners", "forced the rebels to
    withdraw"): the one ordered acts, not the one who orders. Coordinated infinitives share it."""
    node = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "xcomp" else verb
    if node.dep_ != "xcomp" or node.head.i == node.i or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        return None
    obj = next((c for c in node.head.children if c.dep_ == "dobj" and c.i < node.i), None)
    return target_in(obj) if obj is not None else None

@event_rules.register(UNTAGGED_NAME_RULE)
def untagged_name(subj: Token) -> bool:
    """A proper name the entity tagger missed ("Trump blocked the sale") is still someone who
    acts when it is the subject of an act: places and things are rarely the doers of acts."""
    return subj.pos_ == "PROPN" and not subj.ent_type_ and subj.dep_ == "nsubj"


def _noun_participants(f: EventMention) -> Participants:
    noun = f.anchor
    actor = next((c for c in noun.children if c.dep_ == "poss" and not date_possessor(c)), None)
    if actor is None and (agent := participle_agent(noun)) is not None:
        actor, f.rule = agent, f"{f.rule}+{PARTICIPLE_AGENT_RULE}"
    if actor is None and noun.dep_ == "ROOT":  # a verb parsed as a noun: "Russia in turn demands that"
        actor = next((c for c in noun.lefts if c.dep_ in ("nsubj", "dep") and is_actor_like(c)), None)
    if actor is None:
        actor = next((c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")
                      and c.ent_type_ in ("NORP", "GPE", "ORG")), None)
    if actor is None:
        actor = prep_target(noun, ("by",))
    head = noun.head
    if actor is None and noun.dep_ == "dobj" and head.lemma_.lower() not in SPEECH_VERBS:
        actor, _ = subject_of(head)  # "the US speeded up the withdrawal of its forces"
        if actor is not None and not is_actor_like(actor):
            actor = None
    if actor is None and f.type not in OF_IS_RECIPIENT:
        actor = prep_target(noun, ("of",))
    if actor is None and noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":
        actor, _ = subject_of(noun.head.head)  # "arrived on a visit", "killed 4 in an attack"
        if actor is not None and not is_actor_like(actor):
            actor = None
    preps = ("against", "on", "upon", "to", "with", "into", "at", "toward", "towards")
    if f.type in OF_IS_RECIPIENT:
        preps = ("against", "on", "upon", "of", "to", "with", "into", "at")
    elif f.type == "RETREAT":
        preps = ("from", "to")
    elif f.type == "PROTEST":
        preps = ("against", "at", "of", "over", "to")
    recipient = prep_target(noun, preps)
    if recipient is None and f.type == "RETREAT":  # "the withdrawal of forces from Panama"
        theme = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"), None)
        recipient = prep_target(theme, ("from",)) if theme is not None else None
    if recipient is None and f.type in VERBAL:  # "demands that NATO promise ..."
        clause = next((c for c in noun.children if c.dep_ in ("ccomp", "acl")), None)
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
        recipient = target_in(subj) if subj is not None else None
    if recipient is None and f.type in PLACE_TYPES:
        return actor, None, place_candidates(noun)  # `code.events.participants` drops the actor's own
    if recipient is not None and actor is not None and recipient.i == actor.i:
        recipient = None
    return actor, recipient, []

