"""Factuality before typing: is a candidate act something that happened, by the syntax around it?

Rule `event.factuality_v1` gives each event mention one status:
- `asserted`: the outlet reports it as having happened;
- `claimed`: it happened according to someone's statement (the event keeps `claimed_by`, set
  by `code.events`, which knows the statements);
- `planned`: promised or planned (`will ban`, `plans to invade`, `is due to meet`): PLOVER codes
  these as AGREE / THREATEN / CONCEDE (`type.future_v1`);
- `demanded`: what someone asks for or proposes (`urged X to withdraw`, `X must hand over`,
  `called for sanctions`, `calls to impose sanctions`): that is the statement's REQUEST;
- `threatened`: what someone threatens (`threatened sanctions`): the statement's THREATEN;
- `conditional`: inside an `if` / `unless` clause;
- `negated`: `did not attack`, `no ransom was paid`, `denied any intention to invade`;
- `hypothetical`: under `could` / `might` / `may`, or a noun of possibility (`for fear of attack`);
- `asked`: inside a question;
- `alleged` (`event.accused_of_v1`): what someone is accused of (`accuses the rebels of killing,
  looting and raping`, every coordinated act): the accusation is the
  statement's ACCUSE, the act is not the accuser's event;
- a bare noun is a happening only when its clause is (`imposed sanctions` is read by the
  light-verb rule; `died in the attack`): under a demand, threat, denial, modal, condition or
  noun of possibility it takes their status; a definite one (`the attack`, `Russia's invasion`)
  is presupposed, and presuppositions survive negation and modals. (A tense test for bare
  nouns, "sanctions are important" as generic, was tried and dropped: it lost more happenings
  than it removed mentions on the tune half.)
- `generic`: a verb in the simple present (`the group mainly targets
  vehicles`, `everyone who supports me`): a habit, not a happening. (Counted or habitual
  plural nouns, "504 attacks in 2024", "regular attacks", as generic was tried and dropped: it
  lost happenings on the check half.)
- a subject quantified by `no` (`no passengers were killed`) negates its verb.
- `event.predicate_noun_v1`: an indefinite act noun after a copula (`this is a demonstration of
  our commitment`) classifies its subject: generic.
- `event.modal_noun_v1`: an act noun said to be possible (`possible negotiations`, `potential
  sanctions`, `discussions are possible`): hypothetical. So is a gerund under a noun of
  possibility (`the threat of Russia invading Ukraine`), and a clause opened by `if` wherever it
  hangs (`the equivalent of if we were having a discussion`) is conditional.
- `event.topic_v1`: an indefinite act under the `on` / `about` / `over` of a noun of talk or rule
  (`talks on limiting missile deployments`, `restrictions on military exercises`) is the topic
  talked about or ruled on: generic.
- `event.infinitive_irrealis_v1`: a to-infinitive complement or noun modifier names a goal or a
  possibility (`need to destroy`, `ready to attack`, `a way to resolve`): hypothetical, unless its
  head is implicative (`managed to`, `were forced to`, `voted to`, `the first to`). A purpose
  adverbial (`were in Washington to meet`) keeps its clause's status: dropping those too lost
  happenings on the tune half.
Only asserted, claimed and planned mentions become event records.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from saidwhat.extract.event_lexicon import FUTURE_AUX, FUTURE_HEADS, HYPOTHETICAL_AUX
from saidwhat.extract.event_syntax import is_future, is_negated
from saidwhat.lexicons import words
from saidwhat.rules import event_rules

if TYPE_CHECKING:
    from spacy.tokens import Token

    from saidwhat.extract.events import EventMention

FACTUALITY_RULE = "event.factuality_v1"
INFINITIVE_RULE = "event.infinitive_irrealis_v1"
PREDICATE_NOUN_RULE = "event.predicate_noun_v1"
MODAL_NOUN_RULE = "event.modal_noun_v1"
TOPIC_RULE = "event.topic_v1"
ACCUSED_OF_RULE = "event.accused_of_v1"
DEMAND_HEADS = words("factuality_demand_heads")
THREAT_HEADS = words("factuality_threat_heads")
DENIAL_HEADS = words("factuality_denial_heads")
IRREALIS_NOUNS = words("factuality_irrealis_nouns")
ACCUSATION_HEADS = words("factuality_accusation_heads")
IMPLICATIVE_HEADS = words("factuality_implicative_heads")
MODAL_ADJECTIVES = words("factuality_modal_adjectives")
TOPIC_HEADS = words("factuality_topic_heads")
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
NOBODY = frozenset({"nobody", "none", "noone", "nothing"})
DEMAND_MODALS = frozenset({"must", "should", "ought"})
KEPT = frozenset({"asserted", "claimed", "planned"})
# clause links through which an act inherits the status of the verb above it
CHAIN = frozenset({"xcomp", "ccomp", "conj", "advcl", "acl", "relcl", "pcomp"})
# a noun reaches the verb of its clause through these
NOUN_UP = frozenset({"pobj", "prep", "dobj", "nsubj", "nsubjpass", "attr", "conj", "appos", "agent", "oprd"})
# a to-infinitive complement or noun modifier; a purpose adverbial ("came to meet") often reports
# what was done, so it keeps the status of its clause
INFINITIVE_LINKS = frozenset({"xcomp", "ccomp", "acl", "relcl"})
DATE_ENTS = frozenset({"DATE", "TIME"})
# verbal acts are reported in the present as often as in the past ("China rejects the claims")
SPEECH_TYPES = frozenset({"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "CONCEDE"})


def _aux(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}


def _clause_status(verb: Token) -> str:
    """The status a verb gives the act it states or governs, looking up its clause chain."""
    node = verb
    for _ in range(5):
        aux = _aux(node)
        if is_negated(node) or _nobody_did(node):
            return "negated"
        if node.dep_ in ("advcl", "pcomp", "ccomp") and any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in node.children):
            return "conditional"  # "if they attack", "the equivalent of if we were having talks"
        if aux & DEMAND_MODALS:
            return "demanded"
        if aux & HYPOTHETICAL_AUX:
            return "hypothetical"
        if aux & FUTURE_AUX:
            return "planned"
        if node.dep_ not in CHAIN or node.head.i == node.i:
            return "asserted"
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ != "to" for c in node.children):
            return "asserted"  # "..., as the car was attacked": a clause with its own assertion
        head = node.head
        if node.dep_ == "pcomp" and head.dep_ == "prep" and _irrealis_noun(head.head):
            return "hypothetical"  # "the threat of Russia invading Ukraine"
        if node.dep_ == "pcomp" and topic_of(head):
            return "generic"  # "talks on limiting missile deployments": what is talked about
        if (node.dep_ == "acl" and node.tag_ == "VBG" and head.dep_ == "pobj" and head.head.dep_ == "prep"
                and _irrealis_noun(head.head.head)):
            return "hypothetical"  # "the risk of rebels attacking the capital" (the gerund on its subject)
        if is_negated(head) and node.dep_ != "xcomp":
            return "asserted"  # "never reached X, as the car was attacked": negation stays in its clause
        hlemma = head.lemma_.lower()
        if node.dep_ in ("xcomp", "ccomp") and hlemma in DEMAND_HEADS:
            return "demanded"
        if node.dep_ in ("xcomp", "ccomp") and hlemma in THREAT_HEADS:
            return "threatened"
        if node.dep_ in ("xcomp", "ccomp") and hlemma in DENIAL_HEADS:
            return "negated"
        if node.dep_ == "xcomp" and hlemma in FUTURE_HEADS:
            return "planned"
        if node.dep_ == "acl" and hlemma in IRREALIS_NOUNS:  # "calls to impose sanctions"
            return "demanded" if hlemma in ("call", "demand", "request", "appeal", "pressure", "push",
                                            "proposal") else "hypothetical"
        if purpose_infinitive(node):
            return "hypothetical"
        if node.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN"):
            return "asserted"  # a relative clause states its own fact
        node = head
    return "asserted"


@event_rules.register(INFINITIVE_RULE)
def purpose_infinitive(verb: Token) -> bool:
    """A to-infinitive names a purpose, goal or possibility ("they need to destroy it", "a way
    forward to resolve the crisis", "in order to reinforce"), not a happening, unless its head is
    implicative ("managed to escape", "were forced to close", "voted to amend"): the heads that
    make it a demand, threat, denial or plan are read before this."""
    if verb.dep_ not in INFINITIVE_LINKS or verb.head.i == verb.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return verb.head.lemma_.lower() not in IMPLICATIVE_HEADS


@event_rules.register(PREDICATE_NOUN_RULE)
def predicate_noun(noun: Token) -> bool:
    """An indefinite act noun after a copula ("This is a demonstration of our commitment",
    "their release is a big relief") classifies its subject: it does not report that act."""
    return noun.dep_ == "attr" and noun.head.lemma_.lower() == "be" and not definite(noun)


def _irrealis_noun(tok: Token) -> bool:
    """A noun of possibility, intent or demand ("threat", "risk", "plan"), not a verb spelt alike
    ("the militia called ...")."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in IRREALIS_NOUNS


@event_rules.register(MODAL_NOUN_RULE)
def modal_noun(noun: Token) -> bool:
    """An act noun said to be possible, not to have happened: modified by an adjective of
    possibility ("possible negotiations", "potential sanctions", "a proposed ceasefire") or its
    predicate ("discussions are possible")."""
    if any(c.dep_ == "amod" and c.lower_ in MODAL_ADJECTIVES for c in noun.children):
        return True
    head = noun.head
    return noun.dep_ == "nsubj" and head.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lower_ in MODAL_ADJECTIVES for c in head.children)


@event_rules.register(TOPIC_RULE)
def topic_of(prep: Token) -> bool:
    """Is `prep` the `on` / `about` / `over` of a noun of talk or rule ("talks on missile
    deployments", "restrictions on military exercises", "a ban on weapons tests")? What it
    governs is the topic talked about or ruled on, not a happening (unless definite: "talks on
    the invasion" presuppose it)."""
    if prep.dep_ != "prep" or prep.lower_ not in TOPIC_PREPS:
        return False
    head = prep.head
    if head.pos_ in ("VERB", "AUX"):  # "offered talks with Russia on ...": the parse hangs the
        # phrase on the verb; it belongs to the verb's object
        head = next((c for c in head.children if c.dep_ == "dobj" and c.i < prep.i), head)
    return head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in TOPIC_HEADS


def _nobody_did(verb: Token) -> bool:
    """A subject or object quantified by `no` ("no passengers were killed", "no one was hurt",
    "none died", "offering no evidence", "made no concessions") says the act did not happen."""
    for subj in verb.children:
        if subj.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        if subj.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children):
            return True
        if subj.lower_ == "one" and any(c.lower_ == "no" for c in subj.children):
            return True
    return False


def _noun_status(noun: Token) -> str:
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return "negated"
    if predicate_noun(noun):
        return "generic"
    if modal_noun(noun):
        return "hypothetical"
    if noun.dep_ == "pobj" and topic_of(noun.head) and not definite(noun):
        return "generic"
    node = noun
    for _ in range(6):
        head = node.head
        if head.i == node.i:
            return "asserted"  # a headline-like noun phrase
        hlemma = head.lemma_.lower()
        if node.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in IRREALIS_NOUNS:
            return "hypothetical"  # "for fear of attack", "the threat of sanctions"
        if head.pos_ in ("VERB", "AUX") and node.dep_ in NOUN_UP:
            if node.dep_ in ("dobj", "pobj", "attr") and hlemma in DEMAND_HEADS:
                return "demanded"  # "called for sanctions", "seeking talks"
            if node.dep_ in ("dobj", "pobj") and hlemma in THREAT_HEADS:
                return "threatened"
            if node.dep_ in ("dobj", "pobj") and hlemma in DENIAL_HEADS:
                return "negated"
            status = _clause_status(head)
            if status != "asserted" and definite(noun) and not (
                    status == "planned" and node.dep_ in ("nsubj", "nsubjpass")):
                return "asserted"  # "never condemned Russia's invasion": a definite act is presupposed
            if status != "asserted":
                return status
            return "asserted"
        if node.dep_ not in NOUN_UP:
            return "asserted"  # inside a noun's own modifiers: keep as the finder saw it
        node = head
    return "asserted"


def definite(noun: Token) -> bool:
    """A definite description (`the attack`, `Russia's invasion`, `Monday's talks`): it
    presupposes the act, and presuppositions survive negation and modals."""
    return any(c.dep_ == "poss" or c.ent_type_ in DATE_ENTS or
               c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children)


@event_rules.register(FACTUALITY_RULE)
def factuality(m: EventMention) -> str:
    """The status of an event mention from the syntax around it (see the module's doc)."""
    tok = m.anchor
    sent = m.sent
    if sent is not None and sent.text.rstrip().rstrip('"”’\'').endswith("?"):
        return "asked"
    if accused_of(tok):
        return "alleged"  # "accuses the rebels of killing civilians": the accusation, not the act
    if m.nominal:
        return _noun_status(tok)
    if is_future(tok):
        return "planned"
    if _generic_verb(tok) and (m.type not in SPEECH_TYPES or tok.dep_ in ("relcl", "acl", "csubj")):
        return "generic"
    return _clause_status(tok)


@event_rules.register(ACCUSED_OF_RULE)
def accused_of(act: Token) -> bool:
    """What an accusation says someone did, in its `of` / `for` phrase ("accuses the rebels of
    killing civilians", "blamed X for the killing"), each of several coordinated acts
    ("of killing, maiming, raping and looting") and a bare noun or gerund parsed as a noun: alleged.
    A definite act ("blamed the Taliban for the attack") is presupposed: it happened."""
    node = act
    for _ in range(6):
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    if node.dep_ not in ("pcomp", "pobj") or node.head.lower_ not in ("of", "for"):
        return False
    if node.dep_ == "pobj" and definite(node):
        return False  # "blamed the Taliban for the attack": the attack happened, the blame is the claim
    accuser = node.head.head if node.head.head.dep_ != "dobj" else node.head.head.head  # "accuses X of"
    return accuser.lemma_.lower() in ACCUSATION_HEADS


def _generic_verb(verb: Token) -> bool:
    """A habitual or general present ("the group mainly targets security vehicles", "everyone
    who supports me"): news reports happenings in the past or perfect; a simple present states
    what is usual, not what happened. Speech acts are reported in the present ("China rejects
    the claims"), so for them only a present describing a noun (a relative clause) is generic."""
    return verb.tag_ in ("VBZ", "VBP") and not _aux(verb)
