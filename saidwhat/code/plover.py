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
   "called X <word of blame>" (or "characterized / described X as <word of blame>") is ACCUSE
   (`type.called_blame_v1`), "called X <word of praise>" SUPPORT (`type.called_praise_v1`); what
   a speaker claims or alleges another party did or is alleges it (`type.alleged_by_cue_v1`);
   a warning of the speaker's own possible act is THREATEN (`type.warned_act_v1`); a participial report ("railed against X, arguing ...") takes the act
   of the verb it hangs from (`type.governing_act_v1`); a possible harm that depends on another
   party's act ("sanctions could follow if ...": `type.conditional_consequence_v1`) and refused
   leniency ("will not be spared": `type.no_leniency_v1`) THREATEN; a negated charge ("poses no
   threat": `type.denial_v1`) REJECT; "X should know that S" takes S's act
   (`type.should_know_v1`); a predicate that approves or finds fault ("was a good step", "too
   abrasive", "a danger to the free world": `type.evaluation_v1`) SUPPORT or ACCUSE; "agree with"
   SUPPORT (`type.agree_with_v1`); a suggestion that another party should act
   (`type.proposal_v1`), a declared necessity ("it is urgent that", "is needed":
   `type.necessity_v1`) and a hope that another party acts (`type.hope_request_v1`) REQUEST; a
   warning that names no harm of the speaker's is typed only by refusal, demand or blame words;
   a planned act inside a statement is its promise or threat only when the plan is the speaker's
   own (`type.own_plan_v1`, read by `code/events.py`). Coordinated clauses, the clause under "I
   think", the consequent of a misparsed "if ..., then ..." and the later sentences of a long
   quote are read when the first clause does nothing;
3. else STATEMENT.
Who the speaker's side is (`_speaker_side`): `we`; in reported speech also `he`, `they`, `it`
and what they own ("his administration"); the speaker; a party of the speaker's country (also
named by its nation's adjective: "Afghan security forces"); the
`by` agent of a passive, not its subject. In a direct quote `they` and `he` are others.
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
    ACCUSATION_PHRASES,
    ACCUSATION_WORDS,
    ASK_LEMMAS,
    CALL_PREPS,
    CLAIM_NOUNS,
    COGNITION_VERBS,
    COMBAT_WORDS,
    CONDITION_MARKERS,
    CONTENT_CUES,
    COOPERATIVE_LEMMAS,
    CUE_TYPES,
    DEMAND_MODALS,
    DEMAND_ONLY_CUES,
    DENIAL_CHARGE_WORDS,
    DISAPPROVAL_FEELINGS,
    FORCE_CUES,
    HOPE_LEMMAS,
    HOSTILE_LEMMAS,
    IDIOM_TYPES,
    LENIENT_VERBS,
    NECESSITY_WORDS,
    NEGATIVE_EVALUATION,
    NEUTRAL_CUES,
    NOUN_TYPES,
    POSITIVE_EVALUATION,
    PRAISE_WORDS,
    PROMISE_LEMMAS,
    PROPOSAL_LEMMAS,
    REFUSAL_PHRASES,
    REQUEST_HEADS,
    SELF_POSSESSIVES,
    THREAT_WORDS,
    UNTRUTH_WORDS,
    WARN_LEMMAS,
)
from saidwhat.extract.event_lexicon import FUTURE_TYPE, TypeMode
from saidwhat.extract.event_syntax import (
    CLAUSE_DEPS,
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
CONSEQUENCE_RULE, NO_LENIENCY_RULE = "type.conditional_consequence_v1", "type.no_leniency_v1"
SHOULD_KNOW_RULE, DENIAL_RULE = "type.should_know_v1", "type.denial_v1"
EVALUATION_RULE = "type.evaluation_v1"
CALLED_PRAISE_RULE, AGREE_WITH_RULE = "type.called_praise_v1", "type.agree_with_v1"
GOVERNING_RULE = "type.governing_act_v1"
PROPOSAL_RULE, NECESSITY_RULE, HOPE_RULE = "type.proposal_v1", "type.necessity_v1", "type.hope_request_v1"
OWN_PLAN_RULE = "type.own_plan_v1"
CALLED_UNTRUE_RULE, UNTRUE_CLAIM_RULE = "type.called_untrue_v1", "type.untrue_claim_v1"
ALLEGED_RULE = "type.alleged_by_cue_v1"
# Acts a participial report can take from the verb it hangs from: the verbal types.
SPEECH_ACT_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT"})
FIRST_POSSESSIVES = frozenset({"our", "my"})
NEGATIVE_QUANTIFIERS = frozenset({"no", "nobody", "nothing", "none", "neither"})

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
    if cue is not None and root is not None and root.i == cue.i:  # a content that runs across its
        # own cue ("It is unconstitutional ...," Hassan said. "So we urged ..."): the quoted clause
        ids = {t.i for t in content}
        root = next((c for c in cue.children if c.dep_ in ("ccomp", "conj") and c.i in ids), root)
    reported = NEUTRAL_CUES | CONTENT_CUES
    governing = _governing_act(cue) if cue is not None and lemma in reported else None
    if governing is not None:  # "railed against Schengen, arguing that ...": the act it reports
        return governing, _cue_recipient(cue.head, content, governing[0]), True, GOVERNING_RULE  # type: ignore[union-attr]
    idiom = _idiom_type(cue) if cue is not None else None
    if idiom is not None:  # "pointed a finger at the Taliban"
        return idiom, _cue_recipient(cue, content, idiom[0]), True, CUE_RULE  # type: ignore[arg-type]
    if cue is not None and cue.pos_ == "NOUN" and lemma in NOUN_TYPES:
        # "voiced concern about X", "their demand that ...": the cue noun names the act
        return NOUN_TYPES[lemma], _object_target(cue), True, SPEECH_NOUN_RULE
    if cue is not None and (lemma in reported | {""} or lemma not in CUE_TYPES and _spoken_object(cue, content)):
        if root is not None and _untrue_claim(root):  # "the allegations are baseless": no allegation made
            return ("REJECT", None), None, False, UNTRUE_CLAIM_RULE
        spoken = _speech_noun(content)
        if spoken is not None:
            return spoken
    if lemma in PROMISE_LEMMAS and root is not None and _hostile(root):
        return ("THREATEN", None), _threat_target(root, content), True, CUE_RULE
    if lemma in CUE_TYPES and not (lemma in DEMAND_ONLY_CUES and not _demand_content(cue, root)):
        if lemma in ("defend", "back", "support") and root is None:
            return None
        typed = _agreement(cue) or CUE_TYPES[lemma]  # type: ignore[arg-type]
        return typed, _cue_recipient(cue, content, typed[0]), True, CUE_RULE  # type: ignore[arg-type]
    if lemma == "call" and _calls_for(cue):  # type: ignore[arg-type]
        return ("REQUEST", None), _cue_recipient(cue, content, "REQUEST"), True, CUE_RULE  # type: ignore[arg-type]
    if lemma in ASK_LEMMAS and cue is not None and any(c.dep_ == "xcomp" for c in cue.children):
        return ("REQUEST", None), _cue_recipient(cue, content, "REQUEST"), True, CUE_RULE
    if lemma in WARN_LEMMAS:
        if _threat_words(content):
            return ("THREATEN", None), _threat_target(root, content), True, CUE_RULE
        if root is not None and _own_prospect(root) and _by_speaker(root, st, kb):
            return ("THREATEN", None), _threat_target(root, content), True, WARNED_ACT_RULE
        if root is not None and _no_leniency(root, st, kb):
            return ("THREATEN", None), _subject(root), True, NO_LENIENCY_RULE
        # a warning with no harm of the speaker's is a prediction (STATEMENT), unless its words
        # refuse, demand or blame ("cherry picking is not an option", "they must stop")
        return _warning_content(root, content, st, kb) if root is not None else None
    naming = lemma in NAMING_VERBS and cue is not None  # "called / characterized the ruling (as) arbitrary"
    if naming and _named_as_untrue(cue):  # type: ignore[arg-type]
        return ("REJECT", None), None, True, CALLED_UNTRUE_RULE
    if naming and _named_as_blame(cue, content):  # type: ignore[arg-type]
        return ("ACCUSE", "disapprove"), _cue_recipient(cue, content, "ACCUSE"), True, CALLED_BLAME_RULE  # type: ignore[arg-type]
    if naming and _named_as_praise(cue):  # type: ignore[arg-type]
        return ("SUPPORT", None), _cue_recipient(cue, content, "SUPPORT"), True, CALLED_PRAISE_RULE
    if lemma in PROPOSAL_LEMMAS and root is not None:
        proposed = _proposal(root, st, kb)
        return (("REQUEST", None), proposed, True, PROPOSAL_RULE) if proposed is not None else None
    if not content or (lemma and lemma not in reported):
        return None
    typed = _content_type(root, content, st, kb)
    if typed is None and lemma in ALLEGING_CUES and root is not None and _alleged_party(root, st, kb):
        return ("ACCUSE", "allege"), target_in(_subject(root)), False, ALLEGED_RULE  # type: ignore[arg-type]
    return typed


@type_rules.register(CONTENT_RULE)
def _content_type(root: Token | None, content: list[Token], st: Statement, kb: KnowledgeBase) -> Typed | None:
    """What a neutral report (`said`, `announced`, a quote) does, from its words: its main clause,
    else a clause coordinated with it ("that there is no military solution, and that both sides
    need to do difficult things")."""
    if root is None:
        return None
    if root.pos_ in ("NOUN", "PROPN"):  # "reiterated Ankara's stance that the S-400 poses no threat"
        ids = {t.i for t in content}
        clause = next((c for c in root.children if c.dep_ in ("acl", "ccomp") and c.i in ids and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if clause is not None:
            root, content = clause, [t for t in subtree(clause) if t.i in ids]
    consequent = _misparsed_consequent(root, content)
    if consequent is not None:  # "If the Taliban are sincere ..., then they must stop": the main clause
        root = consequent
    typed = _clause_type(root, content, st, kb)
    if typed is not None:
        return typed
    ids = {t.i for t in content}
    for clause in _coordinated(root):
        if clause.i in ids and clause.pos_ in ("VERB", "AUX") and _subject(clause) is not None:
            typed = _clause_type(clause, [t for t in subtree(clause) if t.i in ids], st, kb)
            if typed is not None:
                return typed
    for later in _later_sentences(root, content):  # a quote of several sentences: the first that acts
        typed = _clause_type(later, [t for t in subtree(later) if t.i in ids], st, kb)
        if typed is not None:
            return typed
    return None


def _misparsed_consequent(root: Token, content: list[Token]) -> Token | None:
    """When the parse makes a content's opening `if` clause its root ("If X, then they must stop
    ...": the main clause hung inside the condition), the consequent: the first later verb with a
    subject and a modal (or `then`) that lies outside the condition's own subject and predicate."""
    if root.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in root.children):
        return None
    for tok in content:
        if tok.i <= root.i or tok.pos_ not in ("VERB", "AUX") or _subject(tok) is None:
            continue
        if any(c.dep_ == "aux" and c.tag_ == "MD" or c.dep_ == "advmod" and c.lower_ == "then" for c in tok.children):
            return tok
    return None


def _warning_content(root: Token, content: list[Token], st: Statement, kb: KnowledgeBase) -> Typed | None:
    """What a warning's words do when they name no harm of the speaker's (docs/annotation/
    STATEMENT_TYPES.md rule 5): refuse outright ("cherry picking is not an option": REJECT), put a
    `must` / `should` on another party ("Russia must withdraw": REQUEST), or blame (ACCUSE). Else
    a warning is a prediction, a STATEMENT."""
    text = " ".join(t.lower_ for t in content)
    if any(p in text for p in REFUSAL_PHRASES):
        return ("REJECT", None), _object_target(root), False, CONTENT_RULE
    subj = _subject(root)
    modal = any(c.dep_ == "aux" and c.lemma_.lower() in DEMAND_MODALS for c in root.children)
    if modal and not is_negated(root) and subj is not None and is_actor_like(subj) and not _by_speaker(root, st, kb):
        return ("REQUEST", None), target_in(subj) or subj, False, CONTENT_RULE
    return _content_accuses(root, content, st, kb)


def _later_sentences(root: Token, content: list[Token]) -> list[Token]:
    """The main verbs of the content's sentences after the one `root` heads."""
    ids = {t.i for t in content}
    tab = token_table(root.doc)  # `Token.sent` builds a span each time: read the table's sentence starts
    first, starts, pos, head = tab.sent_start[root.i], tab.sent_start, tab.pos, tab.head
    return [t for t in content if t.i > root.i and starts[t.i] != first and pos[t.i] in ("VERB", "AUX")
            and (head[t.i] == t.i or head[t.i] not in ids)]


def _coordinated(root: Token) -> list[Token]:
    """The clauses coordinated with `root`, in order ("X, Y, but we need to rebuild ..."), and
    the clause under a first-person opinion verb ("I think that we need to ...": the opinion only
    hedges what it says)."""
    found: list[Token] = []
    todo = [root]
    while todo and len(found) < 8:
        node = todo.pop(0)
        for child in node.children:
            if child.dep_ == "conj" or (child.dep_ == "ccomp" and node.lemma_.lower() in OPINION_VERBS and any(
                    c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in node.children)):
                found.append(child)
                todo.append(child)
    return found


def _clause_type(root: Token, content: list[Token], st: Statement, kb: KnowledgeBase) -> Typed | None:
    """The act one content clause performs, rule by rule (each typed result names its rule)."""
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
    if _agreement(root) is not None and not is_negated(root) and _by_speaker(root, st, kb):
        return ("SUPPORT", None), prep_target(root, ("with",)), False, AGREE_WITH_RULE
    known = _should_know(root, st, kb)
    if known is not None:
        return known[0]
    if words & CONDITION_MARKERS and _threat_words(content) and is_future(root) and _by_speaker(root, st, kb):
        return ("THREATEN", None), _threat_target(root, content), False, CONTENT_RULE
    if is_future(root) and not is_negated(root) and _by_speaker(root, st, kb) and _negative_condition(content):
        return ("THREATEN", None), _threat_target(root, content), False, CONDITION_THREAT_RULE
    if _conditional_consequence(root, st, kb):
        return ("THREATEN", None), _threat_target(root, content), False, CONSEQUENCE_RULE
    if _no_leniency(root, st, kb):
        return ("THREATEN", None), _subject(root), False, NO_LENIENCY_RULE
    if any(p in text for p in REFUSAL_PHRASES) or (
            is_negated(root) and is_future(root) and _by_speaker(root, st, kb)):
        return ("REJECT", None), _object_target(root), False, CONTENT_RULE
    refused = _not_going_to(root)
    if refused is not None and _by_speaker(root, st, kb):  # "we are not going to integrate it"
        return ("REJECT", None), _object_target(refused), False, CONTENT_RULE
    if _denies(root, content, st, kb):
        return ("REJECT", None), None, False, DENIAL_RULE
    if _untrue_claim(root):
        return ("REJECT", None), None, False, UNTRUE_CLAIM_RULE
    subj = _subject(root)
    modal = any(c.dep_ == "aux" and c.lemma_.lower() in DEMAND_MODALS for c in root.children)  or _needs_to(root)
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in root.children):
        modal = False  # "he shouldn't have spent a day in prison": a past counterfactual blames, asks nothing
    if modal and subj is not None and not _by_speaker(root, st, kb) and is_actor_like(subj) \
            and subj.lower_ not in ("it", "this", "that"):
        return ("REQUEST", None), subj, False, CONTENT_RULE
    if modal and subj is not None and subj.lower_ not in ("i", "it", "this", "that") and not _by_speaker(root, st, kb):
        # "immigration to France should stop", "they shouldn't close borders": a demand on whoever acts
        return ("REQUEST", None), target_in(subj), False, MODAL_REQUEST_RULE
    if _exhortation(root):
        return ("REQUEST", None), None, False, EXHORTATION_RULE
    if _necessity(root):
        return ("REQUEST", None), _demanded_party(root, st, kb), False, NECESSITY_RULE
    hoped = _hoped_act(root, st, kb)
    if hoped is not None:
        return ("REQUEST", None), hoped[0], False, HOPE_RULE
    if is_future(root) and _by_speaker(root, st, kb) and not is_negated(root):
        planned = _planned(_able_to(root))
        if planned == "THREATEN":
            return ("THREATEN", None), _threat_target(root, content), False, CONTENT_RULE
        if planned in ("AGREE", "CONCEDE"):
            return (planned, None), _object_target(root), False, CONTENT_RULE
    return _content_accuses(root, content, st, kb) or _content_praises(root, content) or _evaluation(root, st, kb)


def _not_going_to(root: Token) -> Token | None:
    """`not going to` + a verb, the plan refused ("we are not going to integrate this"): the verb.
    Not `not going to X but Y`, which says what will be done instead ("we're not going to be
    drawing lines on a map but just get a sense of ...")."""
    if root.lower_ != "going" or not is_negated(root):
        return None
    act = next((c for c in root.children if c.dep_ == "xcomp" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if act is None or any(c.dep_ == "cc" and c.lower_ == "but" for c in [*root.children, *act.children]):
        return None
    return act


def _able_to(root: Token) -> Token:
    """The act of `will be able to` + a verb ("he would be able to secure Lai's release"): the
    verb, the act promised; else `root` itself."""
    if root.lemma_.lower() != "be":
        return root
    able = next((c for c in root.children if c.dep_ == "acomp" and c.lower_ == "able"), None)
    act = next((c for c in able.children if c.dep_ == "xcomp"), None) if able is not None else None
    return act if act is not None else root


@type_rules.register(SHOULD_KNOW_RULE)
def _should_know(root: Token, st: Statement, kb: KnowledgeBase) -> tuple[Typed | None] | None:
    """"The insurgents should know that they will not achieve their evil goals", "all should be
    aware that Turkey will look for alternatives if the jets cannot be bought": `should` / `must`
    + a verb of knowing asks nobody to learn anything; it warns with the known clause, whose act is
    the statement's (a threat under a negative condition, or blame: ACCUSE). A pronoun subject in
    the known clause is the addressee, not the speaker. Gives (None,) for a warning that does
    neither: a plain STATEMENT, not a demand."""
    pred = root
    if root.lemma_.lower() == "be":
        pred = next((c for c in root.children if c.dep_ == "acomp" and c.lemma_.lower() in COGNITION_VERBS), root)
    if pred.lemma_.lower() not in COGNITION_VERBS or is_negated(root):
        return None
    if not any(c.dep_ == "aux" and c.lemma_.lower() in DEMAND_MODALS for c in root.children):
        return None
    known = next((c for c in pred.children if c.dep_ == "ccomp"), None)
    if known is None:
        return None
    clause = subtree(known)
    addressee = _subject(root)
    target = target_in(addressee) if addressee is not None else None
    subj = _subject(known)
    own = subj is not None and subj.pos_ != "PRON" and _by_speaker(known, st, kb)
    if own and is_future(known) and not is_negated(known) and _negative_condition(clause):
        return ((("THREATEN", None), condition_target(clause) or target, False, SHOULD_KNOW_RULE),)
    for tok in clause:
        if (tok.lemma_.lower() in ACCUSATION_WORDS or tok.lower_ in ACCUSATION_WORDS) and not _negated_scope(tok, known):
            return ((("ACCUSE", "disapprove"), target, False, SHOULD_KNOW_RULE),)
    return (None,)


@type_rules.register(CONSEQUENCE_RULE)
def _conditional_consequence(root: Token, st: Statement, kb: KnowledgeBase) -> bool:
    """"Sanctions could follow if Ankara activated the system", "there will be consequences if
    they cross the line": a possible harm (a word of retaliation, force or consequences as the
    main clause's subject, object or verb) made to depend on another party's act is a THREATEN
    (manual: a coercive warning; docs/annotation/STATEMENT_TYPES.md rule 5). Not when the harm's
    doer is another named party ("Russia could attack if NATO expands" forecasts)."""
    if is_negated(root) or not _own_prospect(root):
        return False
    condition = next((c for c in root.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)), None)
    if condition is None:
        return False
    party = _subject(condition)
    if party is None or not is_actor_like(party) or _speaker_side(party, st, kb):
        return False
    subj = _subject(root)
    if subj is not None and subj.lemma_.lower() not in THREAT_WORDS and is_actor_like(subj) \
            and not _speaker_side(subj, st, kb):
        return False
    harm = [root, *(c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"))]
    return any(t.lemma_.lower() in THREAT_WORDS or t.lower_ in THREAT_WORDS for t in harm)


@type_rules.register(NO_LENIENCY_RULE)
def _no_leniency(root: Token, st: Statement, kb: KnowledgeBase) -> bool:
    """"Terrorists will not be spared", "we will not tolerate attacks on our soldiers": refusing
    leniency in the future threatens punishment (manual: THREATEN). The one refusing is the
    speaker's side: the subject of an active verb, the agent (or no one named) of a passive."""
    if not _lemma_in(root, LENIENT_VERBS) or not is_negated(root) or not _own_prospect_any(root):
        return False
    subj = _subject(root)
    if subj is not None and subj.dep_ == "nsubjpass":
        agent = _agent(root)
        return agent is None or _speaker_side(agent, st, kb)
    return subj is not None and _speaker_side(subj, st, kb)


@type_rules.register(DENIAL_RULE)
def _denies(root: Token, content: list[Token], st: Statement, kb: KnowledgeBase) -> bool:
    """"The S-400 poses no threat to NATO systems", "I have done nothing wrong", "no one can say
    that I am implicated in any corrupt affair": a charge word under negation denies the charge,
    a REJECT (docs/annotation/STATEMENT_TYPES.md rule 4: denying an accusation). Not when the
    clause is about another named party ("the rebels are not innocent" is no denial of ours)."""
    subj = _subject(root)
    if subj is not None and _another_party(subj, st, kb):
        return False
    return any((t.lemma_.lower() in DENIAL_CHARGE_WORDS or t.lower_ in DENIAL_CHARGE_WORDS)
               and _negated_scope(t, root) for t in content)


def _another_party(tok: Token, st: Statement, kb: KnowledgeBase) -> bool:
    """Is `tok` plainly someone other than the speaker's side: a person, a pronoun not the
    speaker's, or a party of another country? (A system or body the knowledge base places in no
    country, "the S-400", is not.)"""
    if not is_actor_like(tok) or _speaker_side(tok, st, kb):
        return False
    if tok.pos_ == "PRON" or tok.ent_type_ == "PERSON":
        return True
    return country_of(kb, np_span(tok).text) is not None


# Predicates that call a party a danger: blame only when said of a party or its act.
DANGER_WORDS = frozenset({"threat", "danger", "menace"})
# Verbs that name something as what it is said to be ("called X Y", "characterized X as Y",
# "described X as Y", "branded X Y"): the name given types the statement.
NAMING_VERBS = frozenset({"call", "characterize", "characterise", "describe", "label", "brand", "term", "dub",
                          "identify", "portray", "depict"})
OPINION_VERBS = frozenset({"think", "believe", "feel", "guess", "suppose"})
EVALUATING_VERBS = frozenset({"be", "seem", "become", "remain", "look", "sound", "consider", "find", "deem",
                              "pose", "represent", "constitute"})  # "poses a threat to", "represents a danger"


@type_rules.register(EVALUATION_RULE)
def _evaluation(root: Token, st: Statement, kb: KnowledgeBase) -> Typed | None:
    """"The release on bail was a good sign", "we consider the withdrawal a good step" approve of
    an act (SUPPORT); "he was too abrasive", "it was so untimely", "it wasn't good", "Brussels is
    assuming too much power" find fault (ACCUSE, disapprove). Read only in predicate position,
    of something that is not the speaker's own side."""
    lemma = root.lemma_.lower()
    subj = _subject(root)
    if any(c.dep_ == "aux" and c.lower_ in PROSPECT_MODALS for c in root.children):
        return None  # "shared repatriation would be very good" proposes; it praises no act
    if lemma not in EVALUATING_VERBS:
        # "is assuming too much power": excess charged to another party
        if subj is None or _speaker_side(subj, st, kb) or not is_actor_like(subj) or is_negated(root):
            return None
        obj = next((c for c in root.children if c.dep_ == "dobj"), None)
        if obj is not None and any(_too(a) for a in obj.children if a.dep_ == "amod"):
            return ("ACCUSE", "disapprove"), target_in(subj), False, EVALUATION_RULE
        return None
    preds = [c for c in root.children if c.dep_ in ("acomp", "attr", "oprd", "dobj", "xcomp", "ccomp")]
    for pred in preds:
        judged = next((c for c in pred.children if c.dep_ == "nsubj"), None) if lemma in (
            "consider", "find", "deem") else subj
        if judged is None or _speaker_side(judged, st, kb):
            continue
        negated = _negated(root) or _negated(pred) or any(c.lower_ in ("no", "not") for c in pred.children)
        for word in [pred, *(c for c in pred.children if c.dep_ == "amod")]:
            w = word.lemma_.lower()
            if w in POSITIVE_EVALUATION and not _too(word):
                return (("ACCUSE", "disapprove") if negated else ("SUPPORT", None)), target_in(judged), False, EVALUATION_RULE
            hostile = (w == "anti" or w.startswith("anti-")) and word.pos_ == "ADJ"  # "so anti-Turkish"
            if w in DANGER_WORDS and judged.pos_ != "PRON" and target_in(judged) is None and not is_actor_like(judged):
                continue  # "climate change is a threat to farms": a danger no party is blamed for
            if not negated and (w in NEGATIVE_EVALUATION or hostile or _too(word) and word.pos_ == "ADJ"):
                return ("ACCUSE", "disapprove"), target_in(judged), False, EVALUATION_RULE
    return None


def _negated(tok: Token) -> bool:
    """Negated, but not by a `not` that only opens a list ("he is not only a racist, but a danger
    to the free world" says both)."""
    if not is_negated(tok):
        return False
    doc = tok.doc
    return not any(c.dep_ == "neg" and c.i + 1 < len(doc) and doc[c.i + 1].lower_ in ("only", "just", "merely")
                   for c in tok.children)


def _lemma_in(tok: Token, lemmas: frozenset[str]) -> bool:
    """Is the verb one of `lemmas`? Also read from its form, where the tagger's lemma is a
    different word ("spared" -> "spar", "hopes" -> "hop")."""
    lower = tok.lower_
    forms = {tok.lemma_.lower(), lower, lower[:-1], lower[:-2], lower[:-3], lower[:-3] + "e"}
    return not forms.isdisjoint(lemmas)


def _too(word: Token) -> bool:
    """"too abrasive", "too much": excess, not "too early to say" (a judgement on timing)."""
    return any(c.lower_ == "too" and c.dep_ == "advmod" for c in word.children) and not any(
        c.dep_ in ("xcomp", "ccomp", "advcl") for c in word.children)


def _negated_scope(tok: Token, root: Token) -> bool:
    """Does a negation govern `tok` in its own clause: `not`/`never` on it or a head up to its
    clause's verb, or a negative quantifier on the way ("poses no threat", "nothing wrong", "is
    not responsible")? A negation in a clause above ("I don't think that ...") is not a denial of
    what the clause below says."""
    node = tok
    for _ in range(12):
        if is_negated(node) or node.lower_ in NEGATIVE_QUANTIFIERS or any(
                c.dep_ == "det" and c.lower_ in NEGATIVE_QUANTIFIERS for c in node.children):
            return True
        if node.i == root.i or node.head.i == node.i or node.dep_ in CLAUSE_DEPS | {"conj"}:
            return False
        if node.dep_ == "amod":  # "will not achieve their evil goals": the goals stay evil; only
            node = node.head  # a negative quantifier on the noun itself negates ("nothing wrong")
            return node.lower_ in NEGATIVE_QUANTIFIERS or any(
                c.dep_ == "det" and c.lower_ in NEGATIVE_QUANTIFIERS for c in node.children)
        node = node.head
    return False


def _calls_for(cue: Token) -> bool:
    """`call on` / `call for` X, and `called for the charge to be dropped` (a `for` clause)."""
    return any(c.dep_ == "prep" and c.lower_ in CALL_PREPS for c in cue.children) or any(
        c.dep_ in ("advcl", "xcomp", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        for c in cue.children)


def _demand_content(cue: Token | None, root: Token | None) -> bool:
    """Does `insist` report a demand ("insists on", "insisted that he resign", "that they must")
    rather than a claim ("insists it is committed to peace")?"""
    if cue is None:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "on" for c in cue.children):
        return True
    if root is None:
        return False
    modal = any(c.dep_ == "aux" and c.lemma_.lower() in DEMAND_MODALS for c in root.children)
    subjunctive = root.tag_ == "VB" and not any(c.dep_ == "aux" for c in root.children)
    return modal or subjunctive


def _own_prospect_any(root: Token) -> bool:
    """Future or possible, negated or not ("will not be spared")."""
    return is_future(root) or any(c.dep_ == "aux" and c.lower_ in PROSPECT_MODALS for c in root.children)


def _agent(verb: Token) -> Token | None:
    """The `by` agent of a passive verb."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


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
    said = [t for c in _naming_predicates(cue) for t in subtree(c)]
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if obj is not None:  # "called the decision to reimprison him a blatant case of ...": the parse may
        # hang the predicate anywhere right of the object's head, inside the object or beside it
        said += [t for t in subtree(obj) if t.i > obj.i]
        said += [t for c in cue.children if c.i > obj.i and c.dep_ in ("prep", "dobj", "npadvmod")
                 for t in subtree(c)]
    blame = ACCUSATION_WORDS | NEGATIVE_EVALUATION
    return any((tok.lemma_.lower() in blame or tok.lower_ in blame) and not is_negated(tok) for tok in said)


def _naming_predicates(cue: Token) -> list[Token]:
    """What a naming verb calls its object: the second complement ("called it a disgrace") or the
    `as` phrase ("characterized the conditions as inhumane", "was described as a violation")."""
    return [c for c in cue.children if c.dep_ in ("oprd", "xcomp", "attr")
            or c.dep_ == "prep" and c.lower_ == "as"]


# Cues that present the content as a charge the speaker makes, not as an established fact
# (manual: ACCUSE, allege): "claimed the attackers were in touch with planners abroad".
ALLEGING_CUES = frozenset({"claim", "allege"})
ARMED_FORCE_NOUNS = words("armed_force_nouns")  # "the attacker", "gunmen": parties too


@type_rules.register(ALLEGED_RULE)
def _alleged_party(root: Token, st: Statement, kb: KnowledgeBase) -> bool:
    """"Claimed that the U.S. military brought the virus to China", "alleged the attackers were in
    touch with planners in Afghanistan": what a speaker claims another party did or is (an actor
    as the subject of a past or present clause, not the speaker's own side) alleges it of that
    party, an ACCUSE (manual: allege). Not a negated clause, nor a forecast or a possibility."""
    if root.pos_ not in ("VERB", "AUX") or is_negated(root) or root.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return False
    if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in PROSPECT_MODALS) for c in root.children):
        return False
    subj = _subject(root)
    return subj is not None and subj.dep_ == "nsubj" and (is_actor_like(subj) or subj.lemma_.lower() in ARMED_FORCE_NOUNS) \
        and not _speaker_side(subj, st, kb) \
        and subj.lower_ not in ("it", "this", "that", "there")


@type_rules.register(CALLED_UNTRUE_RULE)
def _named_as_untrue(cue: Token) -> bool:
    """"NATO called this announcement false", "called the reports baseless": `call` a claim (a
    noun of something said, or `this` / `it`) a word of untruth denies it, a REJECT (STATEMENT_
    TYPES.md rule 4), where calling an act a word of blame ("called the ruling arbitrary") accuses."""
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in CLAIM_NOUNS:
        return False
    said = [t for c in [*_naming_predicates(cue), *(c for c in cue.children if c.dep_ == "ccomp")] for t in subtree(c)]
    said += [t for t in subtree(obj) if t.i > obj.i]
    return any(_untruth(t) for t in said)


@type_rules.register(UNTRUE_CLAIM_RULE)
def _untrue_claim(root: Token) -> bool:
    """"The allegations are baseless", "that is completely false": a claim said to be untrue is
    denied, a REJECT (STATEMENT_TYPES.md rule 4)."""
    if root.lemma_.lower() != "be":
        return False
    subj = _subject(root)
    if subj is None or subj.lemma_.lower() not in CLAIM_NOUNS:
        return False
    preds = [c for c in root.children if c.dep_ in ("acomp", "attr") and _untruth(c)]
    if subj.lower_ == "it" and any(c.dep_ in ("ccomp", "xcomp", "csubj") for p in [root, *preds] for c in p.children):
        return False  # "it is ridiculous that they banned it": `it` stands for the clause, an act
    return bool(preds)


def _untruth(tok: Token) -> bool:
    return (tok.lemma_.lower() in UNTRUTH_WORDS or tok.lower_ in UNTRUTH_WORDS) and not is_negated(tok)


def _named_as_praise(cue: Token) -> bool:
    """"called it a wonderful meeting", "called the deal a good step": `call` X + a word of praise."""
    predicate = [c for c in cue.children if c.dep_ == "ccomp"] + _naming_predicates(cue)
    return any((tok.lemma_.lower() in PRAISE_WORDS | POSITIVE_EVALUATION or tok.lower_ in PRAISE_WORDS)
               and not _negated_scope(tok, pred) for pred in predicate for tok in subtree(pred))


@type_rules.register(CALLED_PRAISE_RULE)
def called_praise() -> TypeMode:
    """Naming something with a word of praise (`called it a "wonderful meeting"`) is a SUPPORT
    (manual: praise), read in `_type_of`."""
    return "SUPPORT", None


@type_rules.register(CALLED_BLAME_RULE)
def called_blame() -> TypeMode:
    """Naming something with a word of blame (`called the ruling "arbitrary"`) is an ACCUSE
    (manual: disapprove), read in `_type_of`."""
    return "ACCUSE", "disapprove"


@type_rules.register(OWN_PLAN_RULE)
def own_plan(act: Token, st: Statement, kb: KnowledgeBase) -> bool:
    """Is a planned act inside a statement the speaker's own (a promise or threat: manual, future
    acts are AGREE / THREATEN) rather than a forecast of what others will do ("They want to
    continue to sell weapons", "revisions to the law will add support", analysts saying "it will
    add to calls")? The act's doer (of a passive, its `by` agent) is the speaker's side, a named
    person (officials announce their leader's plans), or a party not known to be another's (a
    speaker of no known country may speak for any named party); a doer that is no party at all,
    a pronoun not the speaker's, or a party of another country forecasts. No doer named ("vowed to
    fight", "sanctions will be imposed"): the speaker's, as before. `it` is never a person's or a
    plural speaker's own side."""
    subj, node = _subject(act), act
    for _ in range(3):  # "will continue to sell": the doer of the verb the act hangs from
        if subj is not None or node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            break
        node = node.head
        subj = _subject(node)
    if subj is not None and subj.dep_ == "nsubjpass":
        subj = _agent(node)
    if subj is None:
        return True
    if subj.lower_ == "it" and _personal_speaker(st):
        return False
    if not is_actor_like(subj):
        return False
    if _speaker_side(subj, st, kb):
        return True
    if subj.pos_ == "PRON":
        return False  # a pronoun not the speaker's: "they" in a direct quote
    if subj.ent_type_ == "PERSON" or not (st.actor is not None and st.actor.country):
        return True  # "Netanyahu will meet Trump, officials said": a leader's plan told by his side
    return not _another_party(subj, st, kb)  # a party of another country: its plan is a forecast


def _personal_speaker(st: Statement) -> bool:
    """Is the speaker a person or several ("analysts"), whom `it` cannot stand for?"""
    if st.actor is not None and ((st.actor.id or "").startswith("person:") or st.actor.role):
        return True  # a person's record, or a role only a person holds ("President")
    return st.speaker is not None and st.speaker.text.lower().endswith("s") and not st.speaker.text[:1].isupper()


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
        return _agreement(root) or CUE_TYPES[lemma]
    return None


def _idiom_type(verb: Token) -> TypeMode | None:
    """The speech act a verb idiom names ("railed against", "pointed a finger at")."""
    lemma = verb.lemma_.lower()
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "prt")} | {""}
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    for (v, obj, prep), typed in IDIOM_TYPES.items():
        if v == lemma and obj in objects and prep in preps:
            return typed
    return None


@type_rules.register(GOVERNING_RULE)
def _governing_act(cue: Token) -> TypeMode | None:
    """"X condemned the attack, saying it was cowardly", "railed against Schengen, arguing that
    ...": a participial report (`saying`, `arguing`) hanging from a verb that names a speech act
    reports what that act said, and takes its type. Not when that verb is negated."""
    if cue.dep_ not in ("advcl", "xcomp") or cue.tag_ != "VBG" or cue.head.i == cue.i:
        return None
    head = cue.head
    if is_negated(head):
        return None
    lemma = head.lemma_.lower()
    if lemma in CUE_TYPES and lemma not in FORCE_CUES and CUE_TYPES[lemma][0] in SPEECH_ACT_TYPES:
        return CUE_TYPES[lemma]
    idiom = _idiom_type(head)
    if idiom is not None:
        return idiom
    tm = act_of(head)
    return tm if tm is not None and tm[0] in SPEECH_ACT_TYPES else None


@type_rules.register(AGREE_WITH_RULE)
def _agreement(verb: Token) -> TypeMode | None:
    """`agree with` X (and no act agreed to) shares X's view: a SUPPORT (manual: endorse), where
    `agree to` / `agreed that they will` commits to an act (AGREE)."""
    if verb.lemma_.lower() != "agree" or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return "SUPPORT", None
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
    own_side = subj is not None and (subj.lower_ in own or subj.pos_ != "PRON" and _by_speaker(root, st, kb))
    for tok in content:
        feeling = own_side and tok.lower_ in DISAPPROVAL_FEELINGS  # "we are troubled by"
        if tok.lemma_.lower() not in ACCUSATION_WORDS and tok.lower_ not in ACCUSATION_WORDS and not feeling:
            continue
        if _negated(tok) or _negated(tok.head) or any(c.lower_ in ("no", "not") for c in tok.children):
            continue
        if _fought(tok) or _duty(tok) or _in_relative_clause(tok, root):
            continue
        if own_side:  # "we reject the baseless allegations": no blame of another, unless the speaker's
            # side feels it about another's act ("is deeply disappointed by") or suffers it from another
            # ("they face discrimination by the government")
            cause = _feeling_cause(tok) or _blamed_agent(tok, st, kb)
            if cause is None:
                continue
            return ("ACCUSE", "disapprove"), cause, False, ACCUSE_RULE
        target = target_in(subj) if subj is not None else None
        return ("ACCUSE", "disapprove"), target, False, ACCUSE_RULE
    if not own_side:
        phrase = _accusation_phrase(content)
        if phrase is not None:
            return ("ACCUSE", "disapprove"), target_in(subj) if subj is not None else None, False, ACCUSE_RULE
    return None


def _accusation_phrase(content: list[Token]) -> Token | None:
    """The first word of a fixed phrase of blame in the content ("is politically motivated",
    "null and void"), when no negation governs it."""
    lowers = [t.lower_ for t in content]
    for n in range(len(content)):
        for phrase in ACCUSATION_PHRASES:
            if tuple(lowers[n:n + len(phrase)]) != phrase:
                continue
            words_ = content[n:n + len(phrase)]
            if not any(is_negated(t) or is_negated(t.head) or any(c.lower_ in ("no", "not") for c in t.children)
                       for t in words_):
                return content[n]
    return None


def _duty(tok: Token) -> bool:
    """"Captains will be responsible for emergency responses", "the ministry shall be accountable
    to parliament": responsibility assigned for the future is a duty, not blame for an act."""
    if tok.lemma_.lower() not in ("responsible", "accountable"):
        return False
    verb = tok.head if tok.dep_ in ("acomp", "oprd", "attr") else tok
    return any(c.dep_ == "aux" and c.lower_ in PROSPECT_MODALS | {"must", "should", "to"} for c in verb.children)


@type_rules.register(PROPOSAL_RULE)
def _proposal(root: Token, st: Statement, kb: KnowledgeBase) -> Token | None:
    """"Suggested that the U.S. government should use sanctions", "proposed that the EU must
    ...": a suggestion that another party should act proposes that act to it, a REQUEST (manual:
    appeal). Gives the party asked (the content's subject), or None when the content is no such
    act (negated, the speaker's own, a claim: "suggest Europe can't afford to ...", or a mere
    possibility: "suggested the U.S. could shutter the offices" may only speculate)."""
    modal = any(c.dep_ == "aux" and c.lemma_.lower() in DEMAND_MODALS for c in root.children)
    subj = _subject(root)
    if not modal or is_negated(root) or subj is None or not is_actor_like(subj) or _speaker_side(subj, st, kb):
        return None
    return target_in(subj) or subj


@type_rules.register(NECESSITY_RULE)
def _necessity(root: Token) -> bool:
    """"It is urgent that we demonstrate ...", "it is essential for Kyiv to ...", "less
    bureaucracy, more democracy is needed in Brussels": declaring an act or a change necessary
    calls for it (manual: REQUEST). The predicate is a word of necessity, not negated, not under
    a modal of prospect ("would be necessary" weighs; it calls for nothing), in the present."""
    if is_negated(root) or any(c.dep_ == "aux" and c.lower_ in PROSPECT_MODALS for c in root.children):
        return False
    if root.tag_ not in ("VBZ", "VBP", "VBN"):
        return False
    if root.lemma_.lower() == "be":
        pred = next((c for c in root.children if c.dep_ == "acomp"), None)
        if pred is None or pred.lower_ not in NECESSITY_WORDS or is_negated(pred):
            return False
        # what is necessary: a `that` / `to` clause ("it is urgent that ..."), not a bare state
        return any(c.dep_ in ("ccomp", "xcomp") for c in [*root.children, *pred.children])
    passive = any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in root.children)
    return passive and root.lower_ in NECESSITY_WORDS and any(c.dep_ == "nsubjpass" for c in root.children)


def _demanded_party(root: Token, st: Statement, kb: KnowledgeBase) -> Token | None:
    """Whom a declared necessity asks to act: the subject of its clause, when another party."""
    for clause in (c for t in (root, *root.children) for c in t.children if c.dep_ in ("ccomp", "xcomp")):
        subj = _subject(clause)
        if subj is not None and is_actor_like(subj) and not _speaker_side(subj, st, kb):
            return target_in(subj) or subj
    return None


@type_rules.register(HOPE_RULE)
def _hoped_act(root: Token, st: Statement, kb: KnowledgeBase) -> tuple[Token | None] | None:
    """"She hopes the United States and the United Kingdom can coordinate their efforts", "I hope
    his charge will be dropped": the speaker's hope that another party acts (or that an act is done
    to it) is an appeal, a REQUEST (manual: appeal). Gives (the party asked,), or None when the
    hoped-for clause is the speaker's own act, negated, or no act at all."""
    if not _lemma_in(root, HOPE_LEMMAS) or is_negated(root):
        return None
    subj = _subject(root)
    if subj is None or not (subj.lower_ in ("i", "we") or _speaker_side(subj, st, kb)):
        return None
    hoped = next((c for c in root.children if c.dep_ == "ccomp"), None)
    if hoped is None or is_negated(hoped):
        return None
    doer = _subject(hoped)
    if doer is None or _speaker_side(doer, st, kb) or doer.lower_ in FIRST_PERSON:
        return None
    prospect = any(c.dep_ == "aux" and c.lower_ in PROSPECT_MODALS | {"can"} for c in hoped.children)
    if not prospect:
        return None
    if doer.dep_ == "nsubjpass":  # "his charge will be dropped": the act hoped for must be a known act
        return (None,) if act_of(hoped) is not None or hoped.lemma_.lower() in COOPERATIVE_LEMMAS | HOSTILE_LEMMAS | {"drop", "free", "release", "lift"} else None
    return (target_in(doer) or doer,) if is_actor_like(doer) else None


def _in_relative_clause(tok: Token, root: Token) -> bool:
    """Is the blame word inside a relative clause that only describes a participant ("granted
    asylum to rebels who entered the country illegally")? Background, not what the statement
    charges."""
    node = tok
    for _ in range(12):
        if node.i == root.i or node.head.i == node.i:
            return False
        if node.dep_ == "relcl":
            return True
        node = node.head
    return False


def _fought(tok: Token) -> bool:
    """Is the blame word what someone fights ("fighting corruption", "the fight against abuse",
    "the issue of public corruption"): a policy's target, not a charge?"""
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in COMBAT_WORDS for c in tok.children):
        return True  # "anti-corruption", "fighting corruption" parsed as a modifier
    node = tok
    for _ in range(2):
        head = node.head
        if head.i == node.i:
            return False
        if head.lemma_.lower() in COMBAT_WORDS or head.lower_ in COMBAT_WORDS:
            return True
        if head.dep_ != "prep" and head.pos_ != "ADP":
            return False
        node = head  # "against corruption", "of corruption": read the word above the preposition
    return False


def _blamed_agent(tok: Token, st: Statement, kb: KnowledgeBase) -> Token | None:
    """The doer named in a blame noun's `by` phrase ("discrimination by the government"), when it
    is not the speaker's side."""
    if tok.pos_ != "NOUN":
        return None
    nouns = [tok, tok.head] if tok.dep_ == "conj" else [tok]  # "discrimination and exploitation by"
    for noun in nouns:
        for child in noun.children:
            if child.dep_ in ("prep", "agent") and child.lower_ == "by":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and is_actor_like(pobj) and not _speaker_side(pobj, st, kb):
                    return target_in(pobj) or pobj
    return None


def _feeling_cause(tok: Token) -> Token | None:
    """The cause of a feeling predicated of the speaker's side ("disappointed by the approval of
    the bill", "outraged at the arrest"): the `by`/`at`/`with`/`over`/`about` phrase's object."""
    if tok.dep_ not in ("acomp", "ROOT", "ccomp") or tok.tag_ not in ("VBN", "JJ"):
        return None
    for child in tok.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "at", "with", "over", "about"):
            pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)  # "by what's happening"
            if pobj is not None:
                return target_in(pobj) or pobj
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
    """Is the content's subject (of a passive, its `by` agent) the speaker's own side?"""
    subj = _subject(root)
    if subj is None:
        return root.dep_ == "xcomp"  # "vowed to fight": the speaker's own act
    if subj.dep_ == "nsubjpass":  # "the Taliban will be crushed by Afghan forces": the forces act
        subj = _agent(root) or subj
    return _speaker_side(subj, st, kb)


def _speaker_side(tok: Token, st: Statement, kb: KnowledgeBase) -> bool:
    """Is `tok` the speaker's own side: `we`, in reported speech also `he`, `they`, `it`; the
    speaker; a noun the speaker owns ("his administration", in a quote "our forces"); a party
    of the speaker's country? In a direct quote `they` and `he` are others."""
    lower = tok.lower_
    if lower in (FIRST_PERSON if st.direct else SELF_PRONOUNS):
        return True
    if tok.pos_ == "PRON" and lower in SELF_PRONOUNS:
        return False
    if st.speaker is not None and tok.idx >= st.speaker.start and tok.idx < st.speaker.end:
        return True
    owners = FIRST_POSSESSIVES if st.direct else SELF_POSSESSIVES
    if any(c.dep_ == "poss" and c.lower_ in owners for c in tok.children):
        return True
    if st.actor is not None and st.actor.country:
        named = target_in(tok, 2)  # "the United States", not "States"; "Afghan forces": "Afghan" (not
        # a party in an `of`/`to` phrase: "immigration to France" is no French act)
        if st.actor.country in (country_of(kb, np_span(tok).text), named is not None and country_of(kb, named.text)):
            return True
        # "Afghan security forces": a party the speaker's nation names as its own by an adjective
        nation = next((c for c in tok.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")), None)
        return nation is not None and country_of(kb, nation.text) == st.actor.country
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
