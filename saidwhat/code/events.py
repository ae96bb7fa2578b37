"""Non-speech events: the PLOVER 2.0 type, mode, actors and confidence of each event mention.

The mentions come from `extract.events` (the act the trigger word names, and the actor and
recipient tokens). Type rules (registered in `saidwhat.rules.type_rules`):
- `type.trigger_v1`: the act the trigger word names, by the event lexicon;
- `type.future_v1`: a promised or planned act becomes AGREE / THREATEN / CONCEDE as the manual
  says ("will impose sanctions" is a threat).
An event inside a statement's content is `asserted: false`; a verbal act in the simple present
there is the statement itself, not an event (`event.claimed_present_speech_v1`), and an act noun
there that is neither definite nor has its own doer speaks of such acts in general
(`event.claimed_indefinite_noun_v1`). Confidence falls with the clause
depth, so a sentence's main act ranks above background ones, and below the statement that
carries it when that statement is itself typed (a threat to ban is a THREATEN, not a ban).
Actors are resolved here, mention by mention, in the order the records are built: the actor
context learns people as it resolves them, so the order of its look-ups is kept.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from saidwhat.code.factuality import FACTUALITY_RULE, KEPT, SPEECH_TYPES, definite, factuality
from saidwhat.code.plover import CONDITION_THREAT_RULE, conditioned_on_failure, own_plan
from saidwhat.extract.event_lexicon import FUTURE_TYPE, THREAT_MODE, WEAPON_MODES, TypeMode
from saidwhat.extract.event_syntax import (
    PLACE_POSSESSOR_RULE,
    clause_depth,
    is_future,
    np_span,
    place_candidates,
    place_possessor,
)
from saidwhat.extract.events import (
    PLACE_TYPES,
    VERBAL,
    EventMention,
    first_named_before,
    is_pronominal,
    scope_of,
)
from saidwhat.parse import doc_text, sent_ents
from saidwhat.records import Actor, DocumentInfo, Event, Span, Statement
from saidwhat.resolve.mentions import known_place, resolve_actor
from saidwhat.rules import event_rules, type_rules

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from saidwhat.resolve.actors import ActorContext
    from saidwhat.resolve.kb import KnowledgeBase

VERB_BASE, NOUN_BASE = 0.8, 0.62
DEPTH_PENALTY = 0.1
TRIGGER_TYPE_RULE, FUTURE_TYPE_RULE = "type.trigger_v1", "type.future_v1"
PLANNED_TYPE_RULE, PLANNED_STATEMENT_RULE = "type.planned_v1", "type.planned_statement_v1"
SAME_HAPPENING_RULE = "event.same_happening_v1"
PRESENT_SPEECH_RULE = "event.claimed_present_speech_v1"
CLAIMED_INDEFINITE_RULE = "event.claimed_indefinite_noun_v1"
POSSESSIVE_ANTECEDENT_RULE = "event.possessive_antecedent_v1"


def code_events(mentions: list[EventMention], info: DocumentInfo, statements: list[Statement],
                context: ActorContext) -> list[Event]:
    """The `Event` records of a document's event mentions, sentence by sentence."""
    # a typed statement already carries the act its cue names ("accused", "threatened")
    cue_starts = {st.cue.start for st in statements if st.cue is not None and st.type != "STATEMENT"}
    events: list[Event] = []
    status = {id(m): factuality(m) for m in mentions}
    kept = [m for m in mentions if m.anchor.idx not in cue_starts and status[id(m)] in KEPT]
    for found in _by_sentence(kept):
        built = _merge([(f, _event(f, info, statements, context, status[id(f)])) for f in found])
        for f, ev in _embedded(built):
            if ev.claimed_by is not None and (speech_in_present(f) or claimed_indefinite_noun(f)):
                continue
            if ev.factuality == "planned" and ev.claimed_by is not None:
                planned_statement(statements[ev.claimed_by], ev, f.anchor, context.kb)
                continue  # a plan inside what someone said is that statement's promise or threat
            events.append(ev)
            events.extend(_co_actors(f, ev, info, context))
    return same_happening(events)


@event_rules.register(CLAIMED_INDEFINITE_RULE)
def claimed_indefinite_noun(m: EventMention) -> bool:
    """An act noun inside someone's statement names a particular happening only when it is
    definite ("the attack", "Tuesday's attack", "his detention") or has its own doer ("attacks by
    the militias"): "protect them from regular attacks", "instruments including sanctions",
    "a lot of discussion" speak of such acts in general. (In the outlet's own voice a bare noun
    is kept: tried there too, it lost happenings on the check half.)"""
    noun = m.anchor
    return m.nominal and not definite(noun) and m.actor is None and noun.dep_ not in ("dobj", "nsubjpass")


@event_rules.register(PRESENT_SPEECH_RULE)
def speech_in_present(m: EventMention) -> bool:
    """A verbal act in the simple present inside what someone said ("We urge the authorities to
    ...", "it condemns any violence", "the party allows these people to go") is the speaker's
    own statement or a habit, not a reported happening: the statement carries it. (In the
    outlet's voice the present still reports an act: "China rejects the claims".)"""
    tok = m.anchor
    return not m.nominal and m.type in SPEECH_TYPES and tok.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in tok.children)


def _same_party(a: Actor | None, b: Actor | None) -> bool:
    """Do two actor readings name the same party (the same name, or both known and of the same
    country)? Unknown on either side is no evidence."""
    if a is None or b is None:
        return False
    return a.name.lower() == b.name.lower() or bool(a.country) and a.country == b.country


def _compatible(a: Actor | None, b: Actor | None) -> bool:
    """Could two actor readings name the same party? Unknown fits anything."""
    return a is None or b is None or _same_party(a, b) or not (a.country and b.country)


def _head_word(ev: Event) -> str:
    """The trigger's last word without its plural or past ending, to tell "the attack" again."""
    word = ev.trigger.text.split()[-1].lower() if ev.trigger.text.split() else ""
    for end in ("ings", "ing", "es", "ed", "s"):
        if word.endswith(end) and len(word) > len(end) + 3:
            return word[: -len(end)]
    return word


@event_rules.register(SAME_HAPPENING_RULE)
def same_happening(events: list[Event]) -> list[Event]:
    """One event per happening in an article: a later mention of the same type, by the same
    actor (same name or country), whose recipient fits the earlier one's (unknown fits), named
    by the same word or aimed at the same recipient, and whose
    factuality is the same kind (a plan is not its execution), is another mention of it. The
    first mention keeps `trigger` and `sentence`; the others go to `mentions`; what they knew of
    actor and recipient fills the gaps; an act the outlet states once is asserted."""
    out: list[Event] = []
    for ev in events:
        same = next((e for e in out if e.type == ev.type and (e.factuality == "planned") == (ev.factuality == "planned")
                     and e.sentence.start != ev.sentence.start and "+conj" not in e.rule + ev.rule
                     and _same_party(e.actor, ev.actor) and _compatible(e.recipient, ev.recipient)
                     and (_same_party(e.recipient, ev.recipient) or _head_word(e) == _head_word(ev))), None)
        if same is None:
            out.append(ev)
            continue
        same.mentions.append((ev.trigger, ev.sentence))
        if (same.actor is None or not same.actor.country) and ev.actor is not None and ev.actor.country:
            same.actor, same.actor_span = ev.actor, ev.actor_span
        if (same.recipient is None or not same.recipient.country) and ev.recipient is not None \
                and ev.recipient.country:
            same.recipient, same.recipient_span = ev.recipient, ev.recipient_span
        if ev.asserted and not same.asserted:
            same.asserted, same.claimed_by, same.factuality = True, None, ev.factuality
        same.confidence = max(same.confidence, ev.confidence)
    return out


def _by_sentence(mentions: list[EventMention]) -> list[list[EventMention]]:
    """Mentions grouped by their sentence (they come in text order)."""
    groups: list[list[EventMention]] = []
    for m in mentions:
        if groups and groups[-1][0].sent is m.sent:
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


# --- the type ------------------------------------------------------------------------------


@type_rules.register(TRIGGER_TYPE_RULE)
def trigger_type(m: EventMention) -> TypeMode:
    """The act the trigger word names, by the event lexicon."""
    return m.type, m.mode


@type_rules.register(FUTURE_TYPE_RULE)
def future_type(m: EventMention) -> TypeMode | None:
    """A promised or planned act (`will ban`, `plans to invade`): a cooperative one is AGREE, a
    hostile one THREATEN, a retreat CONCEDE; None when the act is not one of those."""
    if m.nominal or not is_future(m.anchor) or m.type not in FUTURE_TYPE:
        return None
    mode = THREAT_MODE.get(m.type) if FUTURE_TYPE[m.type] == "THREATEN" else None
    if m.type == "COERCE" and m.mode == "arrest":
        mode = "arrest"
    return FUTURE_TYPE[m.type], mode


@type_rules.register(PLANNED_STATEMENT_RULE)
def planned_statement(st: Statement, ev: Event, act: Token, kb: KnowledgeBase) -> None:
    """A planned or promised act inside what someone said ("they will attack", "we will help")
    is that statement's promise or threat, not an event: a plain STATEMENT takes the planned
    type of an act its verb promises (AGREE / THREATEN / CONCEDE, as `type.future_v1` gives it)
    and, when it has none, the act's recipient. A planned noun ("the meeting would take place")
    only reports a plan: the statement stays as it was. A plan made to depend on another
    party's failure to act ("will buy Russian jets if the freeze is not lifted") is a THREATEN,
    whatever the act (`type.condition_threat_v1`)."""
    if st.type != "STATEMENT" or ev.type not in ("AGREE", "THREATEN", "CONCEDE") or ev.type_rule != FUTURE_TYPE_RULE:
        return  # a planned noun ("the meeting would take place") only reports a plan
    if not own_plan(act, st, kb):
        return  # another party's plan ("they want to continue to sell weapons") is a forecast
    if conditioned_on_failure(act):
        st.type, st.type_rule = "THREATEN", CONDITION_THREAT_RULE
    else:
        st.type, st.type_rule = ev.type, PLANNED_STATEMENT_RULE
    if st.recipient is None and ev.recipient is not None:
        st.recipient, st.recipient_span = ev.recipient, ev.recipient_span


@type_rules.register(PLANNED_TYPE_RULE)
def planned_type(m: EventMention) -> TypeMode | None:
    """A planned or promised act named by a noun or under a plan verb (`the talks will take place
    Tuesday`, `is due to meet`), by `event.factuality_v1`: typed as `type.future_v1` types a
    promised verb (cooperative AGREE, hostile THREATEN, retreat CONCEDE)."""
    if m.type not in FUTURE_TYPE:
        return None
    mode = THREAT_MODE.get(m.type) if FUTURE_TYPE[m.type] == "THREATEN" else None
    return FUTURE_TYPE[m.type], mode


# --- events --------------------------------------------------------------------------------


def participants(m: EventMention, kb: KnowledgeBase) -> tuple[Token | None, Token | None]:
    """The actor and recipient tokens of a mention; no recipient named, the first known place
    where the act happened (a noun's own actor excepted)."""
    actor, recipient = m.actor, m.recipient
    if recipient is None and m.places:
        recipient = known_place(kb, m.places)
        if m.nominal and recipient is not None and actor is not None and recipient.i == actor.i:
            recipient = None
    return actor, recipient


def _co_actors(f: EventMention, ev: Event, info: DocumentInfo, ctx: ActorContext) -> list[Event]:
    """"The United States and Jordan have agreed": PLOVER codes every participant as actor and
    the record holds one, so each further conjunct gets its own copy of the event."""
    actor_tok, recipient_tok = participants(f, ctx.kb)
    out = []
    for tok, current, field in ((actor_tok, ev.actor, "actor"), (recipient_tok, ev.recipient, "recipient")):
        if current is None or tok is None or tok.pos_ not in ("PROPN", "ADJ"):
            continue
        for conj in tok.conjuncts[:4]:
            other = resolve_actor(ctx.kb, ctx, conj, info.published) if conj.pos_ in ("PROPN", "ADJ") else None
            if other is not None and other.country and other.country != (current.country or ""):
                out.append(replace(ev, **{field: other, f"{field}_span": np_span(conj)},
                                   confidence=ev.confidence - 0.01, rule=ev.rule + "+conj"))
    return out


def _embedded(built: list[tuple[EventMention, Event]]) -> list[tuple[EventMention, Event]]:
    """An act inside what is demanded, threatened or promised ("demands that NATO stop the
    deployment") ranks below the demand: it has not happened."""
    for f, ev in built:
        above = {a.i for a in f.anchor.ancestors}
        for g, parent in built:
            if parent.type in VERBAL and g.anchor.i in above:
                ev.confidence = min(ev.confidence, parent.confidence - 0.1)
    return built


def _merge(built: list[tuple[EventMention, Event]]) -> list[tuple[EventMention, Event]]:
    """One act named twice in a sentence ("killed 46 civilians in an attack", "began a hunger
    strike to protest X") is one event: a trigger below another of the same type is dropped,
    and what it knew of actor and recipient fills the gaps of the one kept."""
    out = []
    for f, ev in built:
        above = {a.i for a in f.anchor.ancestors}
        if any(g is not f and e.type == ev.type and g.anchor.i in above and _one_act(g, f) for g, e in built):
            continue
        below = [e for g, e in built if e.type == ev.type and f.anchor.i in {a.i for a in g.anchor.ancestors}
                 and _one_act(f, g)]
        for other in below:
            # the mention each actor was read from goes with it
            if not (ev.actor is not None and ev.actor.country) and other.actor is not None:
                ev.actor, ev.actor_span = other.actor, other.actor_span
            if not (ev.recipient is not None and ev.recipient.country) and other.recipient is not None:
                ev.recipient, ev.recipient_span = other.recipient, other.recipient_span
        out.append((f, ev))
    return out


def _one_act(upper: EventMention, lower: EventMention) -> bool:
    """Can a trigger below another of the same type name the same act? A noun can ("killed 46
    civilians in an attack": the noun names what the verb reports), and so can a verb that gives
    the act's result or detail ("attacked the village, killing 12"); two coordinated verbs are
    two predications ("neutralized or captured", "arrested ... and detained"), two acts."""
    return lower.nominal or upper.nominal or lower.anchor.dep_ != "conj"


# In a direct quote these never stand for the one quoted ("Do not forget that they bombed ...")
THIRD_PERSON = frozenset("he she it they him her them his its their hers theirs".split())


def _third_person(tok: Token) -> bool:
    pron = tok if tok.pos_ == "PRON" else next((c for c in tok.children if c.dep_ == "poss"), tok)
    return pron.lower_ in THIRD_PERSON


def _event(f: EventMention, info: DocumentInfo, statements: list[Statement],
           ctx: ActorContext, status: str = "asserted") -> Event:
    assert f.sent is not None and f.trigger is not None
    sent = f.sent
    doc = sent.doc
    actor_tok, recipient_tok = participants(f, ctx.kb)
    type_, mode = trigger_type(f)
    type_rule = TRIGGER_TYPE_RULE
    future = not f.nominal and is_future(f.anchor)
    promised = future_type(f)
    if promised is not None:
        (type_, mode), type_rule = promised, FUTURE_TYPE_RULE
    elif status == "planned" and (planned := planned_type(f)) is not None:
        (type_, mode), type_rule = planned, PLANNED_TYPE_RULE
    if type_ == "ASSAULT" and mode is None:
        mode = _weapon_mode(sent)
    date = info.published
    if actor_tok is None:
        actor_tok = first_named_before(sent, f, recipient_tok)
    elif (antecedent := possessive_antecedent(f, actor_tok)) is not None:
        actor_tok, f.rule = antecedent, f"{f.rule}+{POSSESSIVE_ANTECEDENT_RULE}"
    actor = resolve_actor(ctx.kb, ctx, actor_tok, date) if actor_tok is not None else None
    recipient = resolve_actor(ctx.kb, ctx, recipient_tok, date) if recipient_tok is not None else None
    actor_span = np_span(actor_tok) if actor is not None and actor_tok is not None else None
    if (recipient is None or not recipient.country) and type_ in PLACE_TYPES | {"PROTEST", "CONSULT"}:
        # "killed 23 people in Tel Aviv", "arrived in Amman on a visit"
        place = known_place(ctx.kb, place_candidates(scope_of(f)))
        if place is not None:
            recipient_tok, recipient = place, resolve_actor(ctx.kb, ctx, place, date)
    start = doc[f.lo].idx
    outer = next((st for st in statements if st.content.start <= start < st.content.end), None)
    if outer is not None and outer.actor is not None and actor_tok is not None and is_pronominal(actor_tok) \
            and (actor is None or not actor.country) and not (outer.direct and _third_person(actor_tok)):
        # "Bosnian Serbs said their forces had withdrawn": the speaker's side
        actor, actor_span = outer.actor, outer.speaker
    if type_ == "PROTEST" and actor is not None and not actor.country and recipient is not None \
            and recipient_tok is not None and recipient_tok.ent_type_ in ("GPE", "LOC"):
        # "people blocked streets in Hong Kong": protesters are of the place they protest in
        actor = replace(actor, country=recipient.country)
    # the same mention cannot be both; the same country can ("Turkey imposed a curfew in Cizre")
    if recipient_tok is not None and actor_tok is not None and recipient_tok.i == actor_tok.i:
        recipient = None
    recipient_span = np_span(recipient_tok) if recipient is not None and recipient_tok is not None else None
    if recipient is not None and recipient_tok is not None and place_possessor(recipient_tok):
        f.rule = f"{f.rule}+{PLACE_POSSESSOR_RULE}"
    trigger = f.trigger
    conf = (NOUN_BASE if f.nominal else VERB_BASE) - DEPTH_PENALTY * clause_depth(f.anchor)
    conf += 0.05 * bool(actor and actor.country) + 0.03 * bool(recipient and recipient.country)
    conf -= 0.05 * future
    asserted = True
    claimed_by = None
    for n, st in enumerate(statements):
        if st.content.start <= trigger.start < st.content.end:
            if st.content.text.lower().startswith("to ") and st.cue_class != "speech":
                continue  # "voted to reprimand", "decided to impose": the source's own act, not a claim
            asserted = False
            claimed_by = n  # the innermost claim (statements come in text order, outer first)
            if st.type != "STATEMENT":  # the statement is the act: "threatened to ban" is a threat
                conf = min(conf, st.confidence - 0.1)
    sentence = Span.of(doc_text(doc), sent.start_char, sent.end_char)
    sentence = Span.of(doc_text(doc), sentence.start + len(sentence.text) - len(sentence.text.lstrip()),
                       sentence.end - len(sentence.text) + len(sentence.text.rstrip()))
    return Event(type=type_, trigger=trigger, sentence=sentence, actor=actor, recipient=recipient,
                 confidence=max(0.05, min(conf, 0.95)), mode=mode, asserted=asserted, rule=f.rule,
                 actor_span=actor_span, recipient_span=recipient_span, type_rule=type_rule,
                 claimed_by=claimed_by, factuality="planned" if status == "planned" else
                 "asserted" if asserted else "claimed", factuality_rule=FACTUALITY_RULE)


# which named parties a possessive pronoun can stand for
POSSESSIVE_REFERENTS = {"its": ("GPE", "ORG", "NORP"), "their": ("GPE", "ORG", "NORP"), "his": ("PERSON",),
                        "her": ("PERSON",)}


@event_rules.register(POSSESSIVE_ANTECEDENT_RULE)
def possessive_antecedent(f: EventMention, actor_tok: Token) -> Token | None:
    """A possessive pronoun on an act noun ("reprimand Russia over its invasion", "condemned Iran
    for its missile tests") stands for the closest named party before it in the sentence that
    it can refer to (a country, body or people for `its`/`their`, a person for `his`/`her`),
    not for the sentence's subject or speaker as such."""
    if not f.nominal or actor_tok.dep_ != "poss" or actor_tok.lower_ not in POSSESSIVE_REFERENTS:
        return None
    labels = POSSESSIVE_REFERENTS[actor_tok.lower_]
    assert f.sent is not None
    before = [e for e in sent_ents(f.sent) if e.end <= actor_tok.i and e.label_ in labels]
    return before[-1].root if before else None


def _weapon_mode(sent: SpacySpan) -> str | None:
    for tok in sent:
        mode = WEAPON_MODES.get(tok.lemma_.lower())
        if mode is not None:
            return mode
    return None
