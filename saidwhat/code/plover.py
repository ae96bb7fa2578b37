"""PLOVER 2.0 types and recipients for statements.

A statement's type comes from what it does, read in this order:
1. the cue, when it names the speech act (`accused` ACCUSE, `rejected` REJECT, `demanded` /
   `urged` / `called on` REQUEST, `threatened` THREATEN, `agreed` / `promised` AGREE, `welcomed`
   SUPPORT); a promise or vow of force is a THREATEN ("vowed to fight");
2. else the content: a condition with retaliation, force or consequences ("if ... fail, we'll
   take retaliatory measures") is THREATEN, as is a warning that names consequences; the
   speaker's own planned hostile act is THREATEN, a cooperative one AGREE; an outright refusal
   ("out of the question", "will not accept") REJECT; someone else who "must" act, a REQUEST;
   a speech-act verb in the present with the speaker's side as subject performs that act ("we
   urge", "we reject": `type.performative_v1`); a word of blame applied to another party is
   ACCUSE (`type.content_accuse_v1`), thanks or praise SUPPORT (`type.content_praise_v1`);
   a speech noun after any reporting verb names the act ("voiced concern": `type.speech_noun_v1`);
   "called X <word of blame>" is ACCUSE (`type.called_blame_v1`); a warning of the speaker's own
   possible act is THREATEN (`type.warned_act_v1`);
3. else STATEMENT.
Each statement carries the name of the type rule that chose its type (`type.cue_verb_v1`,
`type.speech_noun_v1`, `type.content_v1`, ..., or `type.statement_v1` for a plain STATEMENT).
The recipient is whom the act aims at: the cue's object (`accused NATO of`), its `on`/`to`
phrase (`called on NATO to`), the subject of a demanded clause (`demands that NATO promise`),
the owner of what is rejected (`rejected Russia's demands`), or the party named in a threat's
condition or object (`recipient_span` is that mention). Confidence falls with how deep in
the sentence the cue sits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from saidwhat.code.plover_lexicon import (
    ACCUSATION_WORDS,
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
    PRAISE_WORDS,
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
from saidwhat.parse import subtree, token_table
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
FIRST_PERSON = frozenset({"i", "we", "us", "me", "our", "my"})
# The type rules: each typed statement carries the name of the one that chose its type.
CUE_RULE, SPEECH_NOUN_RULE, CONTENT_RULE = "type.cue_verb_v1", "type.speech_noun_v1", "type.content_v1"
PLAIN_RULE = "type.statement_v1"
ACCUSE_RULE = "type.content_accuse_v1"
CONDITION_THREAT_RULE, MODAL_REQUEST_RULE = "type.condition_threat_v1", "type.modal_request_v1"
EXHORTATION_RULE = "type.exhortation_v1"
WARNED_ACT_RULE, CALLED_BLAME_RULE = "type.warned_act_v1", "type.called_blame_v1"
PERFORMATIVE_RULE, PRAISE_RULE = "type.performative_v1", "type.content_praise_v1"

PROSPECT_MODALS = frozenset({"will", "would", "could", "may", "might", "'ll", "shall"})


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
    if cue is not None and cue.pos_ == "NOUN" and lemma in NOUN_TYPES:
        # "voiced concern about X", "their demand that ...": the cue noun names the act
        return NOUN_TYPES[lemma], _object_target(cue), True, SPEECH_NOUN_RULE
    if cue is not None and (lemma in NEUTRAL_CUES | {""} or lemma not in CUE_TYPES and _spoken_object(cue, content)):
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
        if root is not None and _own_prospect(root) and _by_speaker(root, st, kb):
            return ("THREATEN", None), _threat_target(root, content), True, WARNED_ACT_RULE
        return None
    if lemma == "call" and cue is not None and _named_as_blame(cue, content):
        return ("ACCUSE", "disapprove"), _cue_recipient(cue, content, "ACCUSE"), True, CALLED_BLAME_RULE
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
    performed = _performative(root, st, kb)
    if performed is not None:
        return performed, _cue_recipient(root, content, performed[0]), False, PERFORMATIVE_RULE
    if words & CONDITION_MARKERS and _threat_words(content) and is_future(root) and _by_speaker(root, st, kb):
        return ("THREATEN", None), _threat_target(root, content), False, CONTENT_RULE
    if is_future(root) and not is_negated(root) and _by_speaker(root, st, kb) and _negative_condition(content):
        return ("THREATEN", None), _threat_target(root, content), False, CONDITION_THREAT_RULE
    if any(p in text for p in REFUSAL_PHRASES) or (
            is_negated(root) and is_future(root) and _by_speaker(root, st, kb)):
        return ("REJECT", None), _object_target(root), False, CONTENT_RULE
    subj = _subject(root)
    modal = any(c.dep_ == "aux" and c.lemma_.lower() in DEMAND_MODALS for c in root.children)  or _needs_to(root)
    if modal and subj is not None and not _by_speaker(root, st, kb) and is_actor_like(subj):
        return ("REQUEST", None), subj, False, CONTENT_RULE
    if modal and subj is not None and subj.lower_ not in ("i", "it", "this", "that") and not _by_speaker(root, st, kb):
        # "immigration to France should stop", "they shouldn't close borders": a demand on whoever acts
        return ("REQUEST", None), target_in(subj), False, MODAL_REQUEST_RULE
    if _exhortation(root):
        return ("REQUEST", None), None, False, EXHORTATION_RULE
    if is_future(root) and _by_speaker(root, st, kb) and not is_negated(root):
        planned = _planned(root)
        if planned == "THREATEN":
            return ("THREATEN", None), _threat_target(root, content), False, CONTENT_RULE
        if planned in ("AGREE", "CONCEDE"):
            return (planned, None), _object_target(root), False, CONTENT_RULE
    return _content_accuses(root, content, st, kb) or _content_praises(root, content)


@type_rules.register(PRAISE_RULE)
def _content_praises(root: Token, content: list[Token]) -> Typed | None:
    """A neutral report whose content thanks or praises ("We were incredibly grateful that ...",
    "a wonderful meeting", "profiled him as a hero"): a SUPPORT (manual: praise, endorse). Not
    when the word is negated ("not grateful")."""
    for tok in content:
        if tok.lemma_.lower() not in PRAISE_WORDS and tok.lower_ not in PRAISE_WORDS:
            continue
        if is_negated(tok) or is_negated(tok.head) or any(c.lower_ in ("no", "not") for c in tok.children):
            continue
        return ("SUPPORT", None), _object_target(root), False, PRAISE_RULE
    return None


def _spoken_object(cue: Token, content: list[Token]) -> bool:
    """Is what the cue reports a speech-act noun ("voiced concern", "repeated its call for")?"""
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in NOUN_TYPES for t in content[:4])


def _own_prospect(root: Token) -> bool:
    """A future or possible act (`will`, `would`, `could`, `may`), not negated: what a warning
    says the speaker's side may do."""
    if is_negated(root):
        return False
    return is_future(root) or any(c.dep_ == "aux" and c.lower_ in PROSPECT_MODALS for c in root.children)


@type_rules.register(WARNED_ACT_RULE)
def warned_act() -> TypeMode:
    """A warning of what the speaker's own side will or could do ("Ankara is warning it could
    turn to Russia's jets"): PLOVER codes warning of one's own action as a THREATEN, while a
    warning about what others may do stays a STATEMENT (read in `_type_of`)."""
    return "THREATEN", None


def _named_as_blame(cue: Token, content: list[Token]) -> bool:
    """"called the ruling 'arbitrary'", "called the decision a case of judicial weaponization":
    `call` X Y, where Y is a word of blame, is an accusation against X."""
    predicate = [c for c in cue.children if c.dep_ in ("oprd", "xcomp", "attr")]
    for pred in predicate:
        for tok in subtree(pred):
            if (tok.lemma_.lower() in ACCUSATION_WORDS or tok.lower_ in ACCUSATION_WORDS) and not is_negated(tok):
                return True
    return False


@type_rules.register(CALLED_BLAME_RULE)
def called_blame() -> TypeMode:
    """Naming something with a word of blame (`called the ruling "arbitrary"`) is an ACCUSE
    (manual: disapprove), read in `_type_of`."""
    return "ACCUSE", "disapprove"


def conditioned_on_failure(verb: Token) -> bool:
    """Is the act made to depend on another party's failure to act ("will buy Russian jets if
    the freeze is not lifted", "unless they withdraw")?"""
    for child in verb.children:
        if child.dep_ != "advcl":
            continue
        marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
        if "unless" in marks or ("if" in marks and is_negated(child)):
            return True
    return False


def _needs_to(root: Token) -> bool:
    """`X needs to` / `X has to` + a verb: said of another party, a demand like `X must`."""
    return root.lemma_.lower() in ("need", "have") and not is_negated(root) and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in root.children)


def _negative_condition(content: list[Token]) -> bool:
    """Does the content put a negative condition on another party ("unless they withdraw", "if
    the freeze is not lifted")?"""
    for tok in content:
        if tok.dep_ == "mark" and tok.lower_ == "unless":
            return True
        if tok.dep_ == "mark" and tok.lower_ == "if" and is_negated(tok.head):
            return True
    return False


@type_rules.register(PERFORMATIVE_RULE)
def _performative(root: Token, st: Statement, kb: KnowledgeBase) -> TypeMode | None:
    """"We urge Guatemalan authorities to ...", "we strongly reject the allegations", "the United
    States calls for his release" (from its spokesperson): a content whose main verb is a
    speech-act verb with the speaker's side as subject performs that act itself."""
    lemma = root.lemma_.lower()
    if is_negated(root) or is_future(root) or root.tag_ not in ("VBP", "VBZ"):
        return None  # "we will not condemn", "we would welcome": no act performed here and now
    subj = _subject(root)
    if subj is None or not (subj.lower_ in ("i", "we") or subj.lower_ not in SELF_PRONOUNS and _by_speaker(root, st, kb)):
        return None
    if lemma == "call" and any(c.dep_ == "prep" and c.lower_ in CALL_PREPS for c in root.children):
        return "REQUEST", None
    if lemma in CUE_TYPES and lemma not in FORCE_CUES:
        return CUE_TYPES[lemma]
    return None


@type_rules.register(CONDITION_THREAT_RULE)
def condition_threat() -> TypeMode:
    """The speaker's own future act made to depend on a negative condition on another party
    ("Turkey will buy Russian aircraft if the F-35 freeze is not lifted"): PLOVER codes a
    conditional commitment whose condition is another party's failure to act as a THREATEN
    (read in `_content_type`)."""
    return "THREATEN", None


@type_rules.register(EXHORTATION_RULE)
def _exhortation(root: Token) -> bool:
    """A call on a group the speaker belongs to (manual: REQUEST, a call for action): `we must act
    now`, `we need a surge in defense`, `we need to rebuild`. Not `I must`, nor a negated one."""
    if is_negated(root):
        return False
    subj = _subject(root)
    modal = any(c.dep_ == "aux" and c.lemma_.lower() in DEMAND_MODALS for c in root.children)
    return subj is not None and subj.lower_ == "we" and (modal or root.lemma_.lower() == "need" or _needs_to(root))


@type_rules.register(MODAL_REQUEST_RULE)
def modal_request() -> TypeMode:
    """A content clause with `must` / `should` / `ought to` about a subject that is not the
    speaker's side, even when the subject is not a named party ("immigration should stop"):
    what the speaker demands is a REQUEST (read in `_content_type`)."""
    return "REQUEST", None


@type_rules.register(ACCUSE_RULE)
def _content_accuses(root: Token, content: list[Token], st: Statement, kb: KnowledgeBase) -> Typed | None:
    """A neutral report whose content applies a word of blame to someone other than the speaker
    ("They are lying to the whole world," the minister said; "was involved in corrupt acts"):
    an ACCUSE (manual: disapprove, allege). Not when the word is negated, nor when the content's
    subject is the speaker's own side ("we reject the baseless allegations")."""
    subj = _subject(root)
    own = FIRST_PERSON if st.direct else SELF_PRONOUNS  # in a quote, "they" are others
    if subj is not None and (subj.lower_ in own or subj.pos_ != "PRON" and _by_speaker(root, st, kb)):
        return None
    for tok in content:
        if tok.lemma_.lower() not in ACCUSATION_WORDS and tok.lower_ not in ACCUSATION_WORDS:
            continue
        if is_negated(tok) or is_negated(tok.head) or any(c.lower_ in ("no", "not") for c in tok.children):
            continue
        target = target_in(subj) if subj is not None else None
        return ("ACCUSE", "disapprove"), target, False, ACCUSE_RULE
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
    for n, tok in enumerate(content):
        opening = all(t.dep_ in ("det", "poss", "punct", "amod") for t in content[:n])
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in NOUN_TYPES or (tok.head.i in ids and not opening):
            continue  # a speech noun heads the content, or opens it ("its call to the authorities")
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
