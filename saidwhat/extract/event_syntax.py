"""Dependency-parse helpers shared by the event finder, the event coder and the statement typer.

Who acts (subject, possessor, `by` agent), who is acted on (object, `against X`, `on X`,
`of X`), whether an act is only planned, negated or hypothetical, and how deep in the sentence
it sits (the main clause is what a sentence reports; subordinate clauses are background).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from saidwhat.extract.event_lexicon import (
    FUTURE_AUX,
    FUTURE_HEADS,
    GROUP_NOUNS,
    HYPOTHETICAL_AUX,
    LIGHT_HEADS,
)
from saidwhat.lexicons import words
from saidwhat.parse import TokenTable, doc_ents, doc_text, parsed_of, subtree, token_table
from saidwhat.records import Span
from saidwhat.rules import event_rules

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PRONOUNS = words("subject_pronouns")
NP_LEFT_DEPS = frozenset({"det", "compound", "amod", "poss", "nmod", "nummod", "case", "predet",
                          "quantmod", "npadvmod"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj", "csubjpass"})
# Verbs that only frame what a source said: a clause under them is as main as the sentence.
REPORTING = words("framing_verbs")
# Prepositions that introduce whom an act is aimed at.
TARGET_PREPS = ("against", "on", "upon", "at", "into", "to", "toward", "towards", "with", "from", "over")


def np_span(tok: Token) -> Span:
    """The noun phrase `tok` heads: its left modifiers, itself and flat name parts to the right."""
    doc = tok.doc
    left = tok
    for child in tok.lefts:
        if child.dep_ in NP_LEFT_DEPS:
            left = min(left, child.left_edge, key=lambda t: t.i)
    right = tok
    for child in tok.rights:
        if child.dep_ in ("compound", "flat", "case") and child.i == right.i + 1:
            right = child
    while left.i < tok.i and (left.is_punct or left.lower_ in ("the", "a", "an")):
        left = doc[left.i + 1]
    if tok.ent_type_:  # the whole name: "Sierra Leonean", "Moro Islamic Liberation Front"
        ent = _actor_ents(doc).get(tok.i)
        if ent is not None:
            left, right = min(left, ent[0], key=lambda t: t.i), max(right, ent[-1], key=lambda t: t.i)
    return Span.of(doc_text(doc), left.idx, right.idx + len(right))


def _actor_ents(doc: Doc) -> dict[int, SpacySpan]:
    """The person, body, country or group entity each token lies in, indexed once per document."""
    cache = parsed_of(doc).cache
    index = cache.get("events.actor_ents")
    if index is None:
        index = cache["events.actor_ents"] = {}
        for e in doc_ents(doc):
            if e.label_ in ACTOR_ENTS:
                for i in range(e.start, e.end):
                    index.setdefault(i, e)
    return index


def wide_span(tok: Token) -> Span:
    """The noun phrase with its appositions and `of`/`in`/`from` phrases, for country codes only."""
    doc = tok.doc
    toks = [tok, *(t for c in tok.lefts if c.dep_ in NP_LEFT_DEPS for t in subtree(c))]
    for child in tok.rights:
        if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in ("of", "in", "from")):
            toks.extend(subtree(child))
        elif child.dep_ in ("compound", "flat"):
            toks.append(child)
    lo, hi = min(t.i for t in toks), max(t.i for t in toks)
    return Span.of(doc_text(doc), doc[lo].idx, doc[hi].idx + len(doc[hi]))


def is_actor_like(tok: Token) -> bool:
    """Can this token head a mention of someone who acts (a person, body, country or group)?"""
    if tok.ent_type_ in ACTOR_ENTS or tok.lower_ in PRONOUNS:
        return True
    if tok.lemma_.lower() in GROUP_NOUNS:
        return True
    return False


def condition_target(toks: list[Token]) -> Token | None:
    """The party a conditional names ("if the United States goes ahead", "unless the Kremlin
    closed its base"): whom a threat is aimed at."""
    for tok in toks:
        if tok.dep_ == "mark" and tok.lower_ in ("if", "unless"):
            subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and is_actor_like(subj) and subj.lower_ not in PRONOUNS:
                return target_in(subj) or subj
    return None


def is_passive(verb: Token) -> bool:
    """A passive verb: with a passive auxiliary ("was accused"), or a bare participle after a
    verb of state or in a reduced clause ("stands accused", "left, escorted by guards")."""
    return any(c.dep_ == "auxpass" for c in verb.children) or verb.tag_ == "VBN" and verb.dep_ in (
        "acomp", "advcl") and not any(c.dep_ in ("aux", "nsubj") for c in verb.children)


def _agent(verb: Token) -> Token | None:
    """The noun of a passive verb's `by` phrase."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None


def subject_of(verb: Token) -> tuple[Token | None, Token | None]:
    """(actor, passive patient) of a verb: its subject, or the `by` agent of a passive; relative
    clauses, `xcomp`s and coordinated verbs take the subject of the clause they hang from; a
    passive verb with no subject of its own takes it as its patient ("thanked his supporters
    after being freed", "wants to be released"): the one it happened to, not the doer."""
    node = verb
    passive = is_passive(verb)
    for _ in range(4):
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
        if subj is not None:
            if subj.dep_ == "nsubjpass":
                return _agent(node), subj
            if subj.lower_ in ("who", "which", "that") and node.dep_ == "relcl":
                return node.head, None
            return (_agent(verb), subj) if passive and node is not verb else (subj, None)
        if node.dep_ == "relcl":
            return node.head, None
        if node.dep_ == "acl" and node.tag_ == "VBN":  # "troops stationed near X": the troops are moved
            return None, node.head
        if node.dep_ in ("conj", "xcomp", "advcl") and node.head.i != node.i or node is verb and passive \
                and node.dep_ == "acomp":
            node = node.head
            continue
        if node.dep_ == "pcomp" and node.head.head.i != node.head.i:  # "guilty of violating"
            node = node.head.head
            if node.dep_ == "acomp":
                node = node.head
            continue
        break
    return None, None


def target_in(tok: Token, depth: int = 0) -> Token | None:
    """An actor-like token inside a noun phrase: the head itself, its possessor or national
    modifier, or an actor inside its `of`/`from`/`by`/`with` phrase ("Russia's demands", "a US
    offer", "the border with Ukraine")."""
    if is_actor_like(tok) and tok.pos_ in ("PROPN", "NOUN", "PRON", "ADJ"):
        return tok
    for child in tok.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.ent_type_ in ACTOR_ENTS:
            # a name part ("Sierra" of "Sierra Leonean") stands for the whole name
            return tok if child.dep_ == "compound" and tok.pos_ == "PROPN" else child
    if depth < 2:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "from", "by", "with", "to", "against", "on", "for"):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                found = target_in(pobj, depth + 1) if pobj is not None else None
                if found is not None:
                    return found
    return None


def prep_target(head: Token, preps: tuple[str, ...] = TARGET_PREPS) -> Token | None:
    """An actor in one of `head`'s prepositional phrases, in the order of `preps`; "including
    against X" counts as "against X"."""
    children = list(head.children)
    children += [g for c in children if c.lower_ == "including" for g in c.children]
    for word in preps:
        for child in children:
            if child.dep_ in ("prep", "dative") and child.lower_ == word:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                found = target_in(pobj) if pobj is not None else None
                if found is not None:
                    return found
    return None


def other_party(toks: list[Token], skip: set[int]) -> Token | None:
    """The first named party (country, people, body or person) among `toks`, outside `skip`:
    the fallback target of an act whose object names none directly."""
    for tok in toks:
        if tok.i not in skip and tok.ent_type_ in ACTOR_ENTS and tok.pos_ in ("PROPN", "ADJ", "NOUN") \
                and tok.dep_ not in ("npadvmod",):
            return tok
    return None


def place_candidates(head: Token) -> list[Token]:
    """Places named in `head`'s phrase (in an `in`/`near` phrase, a compound or an apposition),
    in order: the first that names a known country is the recipient of force used there
    (`resolve.mentions.known_place` picks it)."""
    return [child for child in subtree(head)
            if child.ent_type_ in ("GPE", "LOC") and (child.dep_ in ("compound", "pobj", "amod", "appos")
                                                     or place_possessor(child))]


PLACE_POSSESSOR_RULE = "event.place_possessor_v1"


@event_rules.register(PLACE_POSSESSOR_RULE)
def place_possessor(tok: Token) -> bool:
    """A place that owns the place noun of a prepositional phrase ("met in the C.A.R.'s capital",
    "fighting in Somalia's Puntland region") is where the act happened too (a possessor outside
    such a phrase is a doer: "Russia's troops")."""
    return tok.dep_ == "poss" and tok.head.dep_ == "pobj" and tok.head.pos_ in ("NOUN", "PROPN")


def is_negated(verb: Token) -> bool:
    tab = token_table(verb.doc)  # the children's labels and words without a Token each
    return any(tab.dep[c] == "neg" or tab.lower[c] in ("never",) or _no_longer(tab, c) for c in tab.children[verb.i])


def _no_longer(tab: TokenTable, i: int) -> bool:
    """`no longer` / `not anymore` negate the verb they modify ("will no longer recognize")."""
    return tab.lower[i] in ("longer", "anymore") and any(tab.lower[c] in ("no", "not") for c in tab.children[i])


def is_future(verb: Token) -> bool:
    """Promised or planned: `will ban`, `plans to ban`, `is going to ban`, `is to ban`."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return True
    node = verb
    for _ in range(3):
        infinitive = node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if (node.dep_ not in ("xcomp", "conj") and not infinitive) or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in FUTURE_HEADS or node.lower_ == "going":
            return True
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in node.children):
            return True
    return False


def is_hypothetical(verb: Token) -> bool:
    """`could invade`, `could use force to seize`, `if Russia invades`: not something that
    happened or was promised."""
    node = verb
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in node.children):
            return True
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether")
                                        for c in node.children):
            return True
        if node.dep_ not in ("xcomp", "advcl", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def clause_depth(tok: Token) -> int:
    """How many clauses down from the main one `tok` sits; clauses under a reporting verb
    ("..., police said") count as main."""
    depth = 0
    node = tok
    while node.head.i != node.i:
        head = node.head
        light = node.dep_ == "xcomp" and head.lemma_.lower() in LIGHT_HEADS | FUTURE_HEADS
        if node.dep_ in CLAUSE_DEPS and head.lemma_.lower() not in REPORTING and not light:
            depth += 1
        node = head
    return depth
