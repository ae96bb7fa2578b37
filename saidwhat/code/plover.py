"""PLOVER 2.0 types and recipients for statements.

A statement's type comes from what it does, read in this order:
1. the cue, when it names the speech act (`accused` ACCUSE, `rejected` REJECT, `demanded` /
   `urged` / `called on` REQUEST, `threatened` THREATEN, `agreed` / `promised` AGREE, `welcomed`
   SUPPORT); a promise or vow of force is a THREATEN ("vowed to fight");
2. else the content: a condition with retaliation, force or consequences ("if ... fail, we'll
   take retaliatory measures") is THREATEN, as is a warning that names consequences; the
   speaker's own planned hostile act is THREATEN, a cooperative one AGREE; an outright refusal
   ("out of the question", "will not accept") REJECT; someone else who "must" act, a REQUEST;
3. else STATEMENT.
Each statement carries the name of the type rule that chose its type (`type.cue_verb_v1`,
`type.speech_noun_v1`, `type.content_v1`, or `type.statement_v1` for a plain STATEMENT).
The recipient is whom the act aims at: the cue's object (`accused NATO of`), its `on`/`to`
phrase (`called on NATO to`), the subject of a demanded clause (`demands that NATO promise`),
the owner of what is rejected (`rejected Russia's demands`), or the party named in a threat's
condition or object (`recipient_span` is that mention). Confidence falls with how deep in
the sentence the cue sits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from saidwhat.code.plover_lexicon import (
    ASK_LEMMAS,
    CALL_PREPS,
    CONDITION_MARKERS,
    COOPERATIVE_LEMMAS,
    CUE_TYPES,
    DEMAND_MODALS,
    FORCE_CUES,
    HOSTILE_LEMMAS,
    NEUTRAL_CUES,
    NOUN_TYPES,
    PROMISE_LEMMAS,
    REFUSAL_PHRASES,
    REQUEST_HEADS,
    THREAT_WORDS,
    WARN_LEMMAS,
)
from saidwhat.extract.event_lexicon import FUTURE_TYPE, TypeMode
from saidwhat.extract.event_syntax import (
    clause_depth,
    condition_target,
    is_actor_like,
    is_future,
    is_negated,
    np_span,
    other_party,
    prep_target,
    target_in,
)
from saidwhat.extract.events import act_of
from saidwhat.lexicons import words
from saidwhat.parse import token_table
from saidwhat.records import DocumentInfo, Statement
from saidwhat.resolve.codes import country_of
from saidwhat.resolve.mentions import resolve_actor, with_speaker_codes
from saidwhat.rules import type_rules

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from saidwhat.parse import ParsedDoc
    from saidwhat.resolve.actors import ActorContext
    from saidwhat.resolve.kb import KnowledgeBase

CUE_BASE, CONTENT_BASE = 0.9, 0.78
DEPTH_PENALTY = 0.08
SELF_PRONOUNS = words("self_pronouns")
# The type rules: each typed statement carries the name of the one that chose its type.
CUE_RULE, SPEECH_NOUN_RULE, CONTENT_RULE = "type.cue_verb_v1", "type.speech_noun_v1", "type.content_v1"
PLAIN_RULE = "type.statement_v1"


def type_statements(statements: list[Statement], parsed: ParsedDoc, info: DocumentInfo,
                    context: ActorContext) -> None:
    """Set `type`, `recipient` and a type-aware `confidence` on each statement (in place: the
    pipeline passes the records stage to stage)."""
    doc = parsed.doc
    kb = context.kb
    for st in statements:
        cue = _cue_token(doc, st)
        content = _content_tokens(doc, st)
        if st.actor is not None and not (st.actor.country and st.actor.sector) and st.speaker is not None:
            st.actor = with_speaker_codes(st, doc, info, kb)
        typed = _type_of(cue, content, st, kb)
        if typed is None:
            st.type_rule = PLAIN_RULE
            continue
        (type_, _mode), recipient_tok, from_cue, st.type_rule = typed
        st.type = type_
        if recipient_tok is None:  # "rejected a call for its forces to be deployed in East Timor"
            speaker = _speaker_ids(doc, st)
            recipient_tok = other_party(content, speaker)
        if recipient_tok is not None and st.recipient is None:
            recipient = resolve_actor(kb, context, recipient_tok, info.published)
            if recipient is not None and not (st.actor is not None and recipient.name == st.actor.name):
                st.recipient, st.recipient_span = recipient, np_span(recipient_tok)
        depth = clause_depth(cue) if cue is not None else 0
        base = CUE_BASE if from_cue else CONTENT_BASE
        st.confidence = max(0.1, min(st.confidence, base) - DEPTH_PENALTY * depth
                            + 0.02 * (st.recipient is not None))


# --- the type ------------------------------------------------------------------------------


Typed = tuple[TypeMode, "Token | None", bool, str]  # type, recipient token, from the cue?, rule


@type_rules.register(PLAIN_RULE)
def plain_statement() -> TypeMode:
    """No speech act named, by the cue or the content: a plain STATEMENT."""
    return "STATEMENT", None


@type_rules.register(CUE_RULE)
def _type_of(cue: Token | None, content: list[Token], st: Statement, kb: KnowledgeBase) -> Typed | None:
    """The cue names the speech act (`accused`, `called on`, `asked X to`, a warning of
    consequences, a vow of force); a neutral cue leaves it to the speech noun or the content."""
    lemma = cue.lemma_.lower() if cue is not None else ""
    if cue is not None and (is_negated(cue) or _demanded(cue)):
        return None  # "did not accuse", "demands that NATO promise": no act of this speaker
    if lemma in FORCE_CUES and st.actor is not None and st.actor.sector in ("MIL", "REB"):
        return None  # "Russian forces were attacking military targets" is an event, not speech
    root = _content_root(content)
    if cue is not None and lemma in NEUTRAL_CUES | {""}:
        spoken = _speech_noun(content)
        if spoken is not None:
            return spoken
    if lemma in PROMISE_LEMMAS and root is not None and _hostile(root):
        return ("THREATEN", None), _threat_target(root, content), True, CUE_RULE
    if lemma in CUE_TYPES:
        if lemma in ("defend", "back", "support") and root is None:
            return None
        return CUE_TYPES[lemma], _cue_recipient(cue, content, CUE_TYPES[lemma][0]), True, CUE_RULE  # type: ignore[arg-type]
    if lemma == "call" and any(c.dep_ == "prep" and c.lower_ in CALL_PREPS for c in cue.children):  # type: ignore[union-attr]
        return ("REQUEST", None), _cue_recipient(cue, content, "REQUEST"), True, CUE_RULE  # type: ignore[arg-type]
    if lemma in ASK_LEMMAS and cue is not None and any(c.dep_ == "xcomp" for c in cue.children):
        return ("REQUEST", None), _cue_recipient(cue, content, "REQUEST"), True, CUE_RULE
    if lemma in WARN_LEMMAS:
        if _threat_words(content):
            return ("THREATEN", None), _threat_target(root, content), True, CUE_RULE
        return None
    if not content or (lemma and lemma not in NEUTRAL_CUES):
        return None
    return _content_type(root, content, st, kb)


@type_rules.register(CONTENT_RULE)
def _content_type(root: Token | None, content: list[Token], st: Statement, kb: KnowledgeBase) -> Typed | None:
    """What a neutral report (`said`, `announced`, a quote) does, from its words."""
    if root is None:
        return None
    lo = content[0].i
    if content[-1].i - lo + 1 == len(content):  # a span's tokens: their words from the token table
        lowers = token_table(root.doc).lower[lo:lo + len(content)]
    else:
        lowers = [t.lower_ for t in content]
    words = set(lowers)
    text = " ".join(lowers)
    if words & CONDITION_MARKERS and _threat_words(content) and is_future(root) and _by_speaker(root, st, kb):
        return ("THREATEN", None), _threat_target(root, content), False, CONTENT_RULE
    if any(p in text for p in REFUSAL_PHRASES) or (
            is_negated(root) and is_future(root) and _by_speaker(root, st, kb)):
        return ("REJECT", None), _object_target(root), False, CONTENT_RULE
    subj = _subject(root)
    modal = any(c.dep_ == "aux" and c.lemma_.lower() in DEMAND_MODALS for c in root.children)
    if modal and subj is not None and not _by_speaker(root, st, kb) and is_actor_like(subj):
        return ("REQUEST", None), subj, False, CONTENT_RULE
    if is_future(root) and _by_speaker(root, st, kb) and not is_negated(root):
        planned = _planned(root)
        if planned == "THREATEN":
            return ("THREATEN", None), _threat_target(root, content), False, CONTENT_RULE
        if planned in ("AGREE", "CONCEDE"):
            return (planned, None), _object_target(root), False, CONTENT_RULE
    return None


def _planned(root: Token) -> str | None:
    """What the speaker's own planned act amounts to (manual: a promised cooperative act is
    AGREE, a promised hostile one THREATEN, a promised retreat CONCEDE), from the event lexicon."""
    tm = act_of(root)
    if tm is not None:
        return FUTURE_TYPE.get(tm[0], tm[0])
    lemma = root.lemma_.lower()
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    if lemma in HOSTILE_LEMMAS or (obj is not None and obj.lemma_.lower() in THREAT_WORDS):
        return "THREATEN"
    return "AGREE" if lemma in COOPERATIVE_LEMMAS else None


def _demanded(cue: Token) -> bool:
    """Is the cue inside what someone else demands or asks for?"""
    node = cue
    for _ in range(3):
        if node.dep_ not in ("ccomp", "xcomp", "conj") or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in REQUEST_HEADS:
            return True
    return False


@type_rules.register(SPEECH_NOUN_RULE)
def _speech_noun(content: list[Token]) -> Typed | None:
    """A reported speech act named by a noun: "reiterated its demand that Israel ease ..."."""
    ids = {t.i for t in content}
    for tok in content:
        if tok.head.i in ids or tok.pos_ != "NOUN" or tok.lemma_.lower() not in NOUN_TYPES:
            continue
        clause = next((t for t in content if t.dep_ in ("acl", "ccomp", "relcl") and
                       (t.head.i == tok.i or t.head.i not in ids)), None)
        target = _subject(clause) if clause is not None else None
        if target is None or not is_actor_like(target):
            target = _object_target(tok)
        return NOUN_TYPES[tok.lemma_.lower()], target, False, SPEECH_NOUN_RULE
    return None


def _speaker_ids(doc: Doc, st: Statement) -> set[int]:
    if st.speaker is None:
        return set()
    span = doc.char_span(st.speaker.start, st.speaker.end, alignment_mode="expand")
    return {t.i for t in span} if span is not None else set()


def _hostile(root: Token) -> bool:
    return _planned(root) == "THREATEN"


def _threat_words(content: list[Token]) -> bool:
    return any(t.lemma_.lower() in THREAT_WORDS or t.lower_ in THREAT_WORDS for t in content)


def _by_speaker(root: Token, st: Statement, kb: KnowledgeBase) -> bool:
    """Is the content's subject the speaker's own side (`we`, `it`, the speaker's country)?"""
    subj = _subject(root)
    if subj is None:
        return root.dep_ == "xcomp"  # "vowed to fight": the speaker's own act
    if subj.lower_ in SELF_PRONOUNS:
        return True
    if st.speaker is not None and subj.idx >= st.speaker.start and subj.idx < st.speaker.end:
        return True
    if st.actor is not None and st.actor.country:
        return country_of(kb, subj.text) == st.actor.country
    return False


# --- the recipient -------------------------------------------------------------------------


def _cue_recipient(cue: Token, content: list[Token], type_: str) -> Token | None:
    """Whom a typed cue aims at: its object, a `to`/`on`/`against` phrase, the subject of the
    demanded clause, or the owner of what it rejects."""
    obj = next((c for c in cue.children if c.dep_ in ("dobj", "dative")), None)
    if obj is not None:
        found = target_in(obj)
        if found is not None:
            return found
    preps = ("on", "upon", "to", "against", "with", "from", "for") if type_ != "ACCUSE" else (
        "against", "on", "to", "of", "with")
    found = prep_target(cue, preps)
    if found is not None:
        return found
    for child in cue.children:  # "demands that NATO promise", "urged NATO to", "agreed to US mediation"
        if child.dep_ in ("ccomp", "xcomp", "advcl"):
            subj = _subject(child)
            if subj is not None and is_actor_like(subj) and subj.lower_ not in SELF_PRONOUNS:
                return target_in(subj) or subj
            found = _object_target(child)
            if found is not None:
                return found
    passive = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    if passive is not None:  # "X has been accused of ... by Y": X is the one accused
        return target_in(passive)
    return None


def _object_target(root: Token) -> Token | None:
    obj = next((c for c in root.children if c.dep_ in ("dobj", "dative")), None)
    found = target_in(obj) if obj is not None else None
    return found or prep_target(root)


def _threat_target(root: Token | None, content: list[Token]) -> Token | None:
    """The party a threat aims at: the subject of its condition ("if the United States goes
    ahead", "unless the Kremlin closed"), else the object of the threatened act."""
    found = condition_target(content)
    if found is not None:
        return found
    if root is None:
        return None
    found = _object_target(root)
    if found is None:
        for child in root.children:
            if child.dep_ in ("xcomp", "conj", "ccomp"):
                found = _object_target(child)
                if found is not None:
                    break
    return found


# --- tokens --------------------------------------------------------------------------------


def _cue_token(doc: Doc, st: Statement) -> Token | None:
    if st.cue is None or st.cue.text in (":", "—"):
        return None
    span = doc.char_span(st.cue.start, st.cue.end, alignment_mode="expand")
    if span is None:
        return None
    verbs = [t for t in span if t.pos_ in ("VERB", "NOUN") or t.tag_.startswith("VB")]
    return verbs[0] if verbs else span.root


def _content_tokens(doc: Doc, st: Statement) -> list[Token]:
    span = doc.char_span(st.content.start, st.content.end, alignment_mode="expand")
    return list(span) if span is not None else []


def _content_root(content: list[Token]) -> Token | None:
    """The token of the content whose head lies outside it (its main verb)."""
    if not content:
        return None
    lo, hi = content[0].i, content[-1].i + 1
    if hi - lo == len(content):  # a span's tokens (always, from `_content_tokens`): read the token table
        tab = token_table(content[0].doc)
        head, pos = tab.head, tab.pos
        roots = [i for i in range(lo, hi) if not lo <= head[i] < hi or head[i] == i]
        verbs = [i for i in roots if pos[i] in ("VERB", "AUX")]
        found = (verbs or roots or [None])[0]
        return content[found - lo] if found is not None else None
    ids = {t.i for t in content}
    roots = [t for t in content if t.head.i not in ids or t.head.i == t.i]
    verbs = [t for t in roots if t.pos_ in ("VERB", "AUX")]
    return (verbs or roots or [None])[0]


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
