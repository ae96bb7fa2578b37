"""Spans of records made from tokens and character offsets, shared by the statement rules."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from saidwhat.extract.cues import QUOTING_VERBS
from saidwhat.lexicons import words
from saidwhat.parse import doc_sents, doc_text, parsed_of, subtree
from saidwhat.parse.quotes import Quote
from saidwhat.records import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
PRONOUN_CONTENT = words("pronoun_contents")  # `said it`, `said so`: no content of its own
TRIM_CHARS = " \t\r\n,;:—–-"


def np_span(tok: Token) -> Span:
    """The noun phrase a subject token heads: its modifiers to the left, itself, and flat names."""
    doc = tok.doc
    if tok.pos_ == "NOUN" and not tok.ent_type_:
        # "The head of a super PAC backing Bush, Mike Murphy, praised ...": the name in apposition
        name = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        if name is not None:
            tok = name
    left = tok
    for child in tok.lefts:
        if child.dep_ in ("det", "compound", "amod", "poss", "nmod", "nummod", "case", "predet"):
            left = min(left, child.left_edge, key=lambda t: t.i)
    right = tok
    for child in tok.rights:
        if child.dep_ in ("compound", "flat", "case") and child.i == right.i + 1:
            right = child
    while left.i < tok.i and (left.is_punct or left.is_space):
        left = doc[left.i + 1]  # a closing quote mark hung on the name: `” reporter Jackie Nespral`
    start, end = doc[left.i].idx, doc[right.i].idx + len(doc[right.i])
    return Span.of(doc_text(doc), start, end)


def cue_span(verb: Token) -> Span:
    """The reporting word, with its particles and the fixed phrases news uses around it."""
    doc = verb.doc
    toks = [verb]
    for child in verb.children:
        if child.dep_ == "prt" or (child.dep_ == "prep" and child.lower_ in ("for", "on") and
                                   verb.lemma_.lower() == "call"):
            toks.append(child)
        if child.dep_ == "advcl" and verb.lemma_.lower() in QUOTING_VERBS:
            toks.extend(t for t in subtree(child) if t.i <= child.i)
    lo, hi = min(t.i for t in toks), max(t.i for t in toks)
    if hi - lo > 4:
        lo = hi = verb.i
    return Span.of(doc_text(doc), doc[lo].idx, doc[hi].idx + len(doc[hi]))


def in_subtree(tok: Token, root: Token) -> bool:
    return root.left_edge.i <= tok.i <= root.right_edge.i and root in tok.ancestors or tok.i == root.i


def token_range(doc: Doc, toks: list[Token]) -> Span | None:
    toks = [t for t in toks if not t.is_space]
    if not toks:
        return None
    lo, hi = min(t.i for t in toks), max(t.i for t in toks)
    while lo <= hi and (doc[lo].is_punct and doc[lo].text not in "“\"‘«" or doc[lo].lower_ == "that"
                        and doc[lo].dep_ == "mark"):
        lo += 1
    while hi >= lo and doc[hi].is_punct and doc[hi].text not in "”\"’»":
        hi -= 1
    if lo > hi:
        return None
    return Span.of(doc_text(doc), doc[lo].idx, doc[hi].idx + len(doc[hi]))


def trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in TRIM_CHARS:
        end -= 1
    return Span.of(text, start, end)


def trivial(content: Span) -> bool:
    """Content that only points back at something said elsewhere (`this claim`, `it`)."""
    words = content.text.split()
    if not words or not any(c.isalpha() for c in content.text):
        return True
    first = words[0].lower().strip(".,")
    return (len(words) == 1 and first in PRONOUN_CONTENT) or \
        (len(words) <= 2 and first in ("this", "that", "these", "those", "the", "such", "it", "them"))


def sent_span(sent: SpacySpan) -> Span:
    return trim(doc_text(sent.doc), sent.start_char, sent.end_char)


def quote_span(text: str, q: Quote) -> Span:
    start, end = q.start, q.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return Span.of(text, start, end)


def overlaps(span: Span, start: int, end: int) -> bool:
    return min(span.end, end) > max(span.start, start)


def sents_of(doc: Doc, q: Quote) -> list[SpacySpan]:
    """The sentences that overlap the quote or end right at its start, found by bisection (the
    sentences follow each other, so their starts and ends are both in order)."""
    sents = doc_sents(doc)
    cache = parsed_of(doc).cache
    edges = cache.get("extract.statements.sent_edges")
    if edges is None:
        edges = cache["extract.statements.sent_edges"] = ([s.start_char for s in sents], [s.end_char for s in sents])
    starts, ends = edges
    return sents[bisect_right(ends, q.start - 1):bisect_left(starts, q.end)]
