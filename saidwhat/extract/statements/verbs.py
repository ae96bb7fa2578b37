"""Reporting verbs: `X said Y`, `Y, X said`, and verbs annotators mark as reports in a frame."""

from __future__ import annotations

from typing import TYPE_CHECKING

from saidwhat.extract.cues import (
    AGENT_NOUNS,
    LEARNED_CLASS,
    NEEDS_CLAUSE,
    QUOTING_VERBS,
    cue_class,
    learned_frames,
    physical_force,
)
from saidwhat.extract.statements.spans import (
    cue_span,
    in_subtree,
    overlaps,
    sent_span,
    token_range,
    trim,
    trivial,
)
from saidwhat.extract.statements.speakers import PLAIN_SPEECH, speaker_of
from saidwhat.parse import doc_text, sent_of, subtree
from saidwhat.parse.quotes import Quote, inside
from saidwhat.records import Span, Statement
from saidwhat.rules import statement_rules

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from saidwhat.extract.cues import CueLexicon


@statement_rules.register("verb.clause_v1")
def verb_statement(verb: Token, sent: SpacySpan, quotes: list[Quote], cue_lexicon: CueLexicon) -> Statement | None:
    """`X said Y`, `Y, X said`, `X accused Y of Z`, `X urged Y to Z`: a reporting verb, its
    complement the content (a verb outside the hand lexicon: `learned_statement`)."""
    lemma = verb.lemma_.lower()
    cls = cue_class(lemma)
    if cls is None:
        return learned_statement(verb, sent, cue_lexicon)
    if physical_force(verb):
        return None
    # "CNN quoted a witness as saying ...", "citing data": who quotes or cites is the source
    # of a content that holds the object
    found = speaker_of(verb, citer=lemma in QUOTING_VERBS)
    speaker = found.span
    content_toks = _complement(verb)
    if lemma in QUOTING_VERBS:
        # "citing threats such as X", "cites records to ground its claims": what is cited is
        # part of the content
        content_toks += [t for c in verb.children if c.dep_ == "dobj" or not content_toks and
                         c.dep_ == "prep" and c.i > verb.i for t in subtree(c)]
    rule = "verb.clause_v1"
    if not content_toks and verb.dep_ in ("parataxis", "ccomp", "advcl", "conj") and speaker is not None:
        content_toks = inverted_content(verb, quotes)
        rule = "verb.inverted_v1"
    if not content_toks:
        return None
    if cls == "belief" and not any(c.dep_ == "ccomp" for c in verb.children) and lemma not in ("want",):
        return None
    if lemma in NEEDS_CLAUSE and not _has_clause(verb):
        return None
    content = token_range(sent.doc, content_toks)
    if content is not None and speaker is not None and overlaps(content, speaker.start, speaker.end):
        # a misparse put the speaker inside the clause: keep the side that holds the content
        text = doc_text(sent.doc)
        before, after = trim(text, content.start, speaker.start), trim(text, speaker.end, content.end)
        right = [t for t in content_toks if t.i > verb.i]
        if verb.idx >= speaker.end and right and any(t.idx < speaker.start for t in content_toks):
            # `Over decades in business, Trump has demonstrated that X`, `For that she drew his
            # ire - he called her "weak"`: what the verb reports is to its right
            after = token_range(sent.doc, right)
            content = after if after is not None and not trivial(after) else before
        else:
            content = before if len(before.text) >= len(after.text) else after
    if content is None or trivial(content) and not any(c.dep_ == "oprd" for c in verb.children):
        return None  # but `called it "predatory"`, `calling them rapists` say something
    if speaker is None and cls != "speech":
        return None
    if speaker is not None and cls != "evidence" and lemma not in PLAIN_SPEECH and \
            not is_agent(sent.doc, speaker):
        return None
    cue = cue_span(verb)
    return Statement(
        content=content, sentence=sent_span(sent), speaker=speaker, cue=cue, direct=False,
        cue_class=cls, rule=rule, confidence=0.8 if speaker is not None else 0.4, speaker_rule=found.rule,
    )


@statement_rules.register("verb.inverted_v1")
def inverted_content(verb: Token, quotes: list[Quote]) -> list[Token]:
    """`Y, he said.` parsed with the report as the head of the sentence: the content is the head's
    clause before the verb (used by `verb_statement` when the verb has no complement)."""
    head = verb.head
    if head.i < verb.i and sent_of(head) == sent_of(verb) and not inside(quotes, head.idx) or \
            head.i < verb.i and inside(quotes, head.idx):
        return [t for t in subtree(head) if t.i < verb.i and not in_subtree(t, verb)]
    return []


@statement_rules.register("verb.learned_v1")
def learned_statement(verb: Token, sent: SpacySpan, cue_lexicon: CueLexicon) -> Statement | None:
    """A verb outside the hand lexicon that annotators mark as a report in a given frame
    (`endorsed Trump`, `complained about X`), from saidwhat/data/cue_lexicon.json."""
    frames = learned_frames(cue_lexicon, verb.lemma_)
    if not frames or not (verb.pos_ == "VERB" or verb.tag_.startswith("VB")):
        return None
    toks: list[Token] = []
    for child in verb.children:
        frame = "prep:" + child.lower_ if child.dep_ == "prep" else child.dep_
        if frame not in frames or child.i < verb.i:
            continue
        if child.dep_ == "prep":
            toks.extend(t for c in child.children if c.dep_ in ("pobj", "pcomp") for t in subtree(c))
        else:
            toks.extend(subtree(child))
    if not toks:
        return None
    found = speaker_of(verb)
    speaker = found.span
    if speaker is None or not is_agent(sent.doc, speaker):
        return None
    content = token_range(sent.doc, sorted(set(toks), key=lambda t: t.i))
    if content is None or trivial(content) or overlaps(content, speaker.start, speaker.end):
        return None
    return Statement(content=content, sentence=sent_span(sent), speaker=speaker, cue=cue_span(verb),
                     cue_class=LEARNED_CLASS, rule="verb.learned_v1", confidence=0.5,
                     speaker_rule=found.rule)


def is_agent(doc: Doc, speaker: Span) -> bool:
    """Can the subject be a source? Names, pronouns and nouns of people and institutions."""
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if span is None:
        return True
    root = span.root
    if root.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC") or root.pos_ in ("PRON", "PROPN"):
        return True
    return root.lemma_.lower() in AGENT_NOUNS or root.lower_ in AGENT_NOUNS


CLAUSE_MARKS = frozenset("while because although though since as if unless whereas so".split())


def _complement(verb: Token) -> list[Token]:
    """Tokens of what a reporting verb reports: its clause, object and how it frames them."""
    toks: list[Token] = []
    lemma = verb.lemma_.lower()
    for child in verb.children:
        dep = child.dep_
        if dep in ("ccomp", "parataxis") or (dep in ("xcomp", "oprd", "attr") and child.i > verb.i):
            toks.extend(subtree(child))
        elif dep == "conj" and child.i > verb.i and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            toks.extend(subtree(child))  # "said A, but that B": a second reported clause
        elif dep == "dobj" and lemma not in QUOTING_VERBS:
            toks.extend(subtree(child))
        elif dep == "prep" and lemma in QUOTING_VERBS:
            # "quoted X as saying Y": the content hangs below "saying", if the parse has it there
            toks.extend(t for c in subtree(child) if c.dep_ == "ccomp" and c.head.lemma_ == "say"
                        for t in subtree(c))
        elif dep == "prep" and child.i > verb.i and \
                child.lower_ in ("of", "for", "on", "against", "over", "as", "about", "to") and lemma not in ("say", "tell", "write", "report", "add", "ask"):
            toks.extend(subtree(child))
    if toks and min(t.i for t in toks) > verb.i and any(c.dep_ == "ccomp" for c in verb.children):
        # "said A, because B" / "said A, but B did C": the parser often hangs the rest of the
        # reported sentence on the reporting verb; annotators count it as what was said (not
        # after `Y, X said Friday as ...`, where what follows the verb is the writer's)
        last = max(t.i for t in toks)
        for child in verb.children:
            if child.i <= last:
                continue
            if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CLAUSE_MARKS
                                             for c in child.children):
                toks.extend(subtree(child))
            elif child.dep_ == "conj" and cue_class(child.lemma_) is None and any(
                    c.dep_ == "nsubj" for c in child.children) and any(
                    c.dep_ == "cc" and c.lower_ in ("but", "while", "yet") and last < c.i < child.i
                    for c in verb.children):
                toks.extend(subtree(child))
    elif toks and min(t.i for t in toks) > verb.i:
        # "vowed to X unless Y", "pledged to X if he wins", "wants X should Trump win": a
        # condition after what was promised or threatened is part of it
        last = max(t.i for t in toks)
        toks.extend(t for child in verb.children if child.i > last and child.dep_ == "advcl" and
                    _conditional(child) for t in subtree(child))
    if lemma in ("tell", "ask", "inform", "assure"):
        # "told reporters that ..." — the listener is not what was said
        toks = [t for t in toks if not _is_listener(t, verb)]
    return sorted(set(toks), key=lambda t: t.i)


def _conditional(clause: Token) -> bool:
    """`if he wins`, `unless he is paid`, `should Trump win`."""
    first = clause.left_edge
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children) or \
        first.lower_ == "should" and first.head.i == clause.i


def _is_listener(tok: Token, verb: Token) -> bool:
    node = tok
    while node.head.i != node.i and node.head.i != verb.i:
        node = node.head
    return node.dep_ in ("dobj", "dative", "iobj") and not any(
        c.dep_ in ("ccomp", "xcomp", "relcl") for c in node.children)


def _has_clause(verb: Token) -> bool:
    return any(c.dep_ in ("ccomp", "xcomp", "oprd", "parataxis") or
               (c.dep_ == "prep" and c.lower_ in ("for", "on", "as", "of") and not _time_phrase(c))
               for c in verb.children) or verb.dep_ in ("parataxis", "ccomp")


def _time_phrase(prep: Token) -> bool:
    """`on Tuesday`, `for two hours`: a time, not what the words aim at ("attacked the village on
    Tuesday" reports no speech)."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)
