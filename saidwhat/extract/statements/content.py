"""Content passes: where a statement's content starts and ends, once all rules have read it."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import islice
from typing import TYPE_CHECKING

from saidwhat.extract.statements.spans import trim
from saidwhat.parse import doc_text
from saidwhat.parse.quotes import Quote
from saidwhat.records import Span, Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc


_TRAILING_JOINERS = re.compile(r"(?:[\s,;:—–-]|\b(?:and|but|while|whereas|as|though|although|even)\b)+$", re.I)


# The reports looked at inside one content, nearest first: a sentence of real news holds a few; a
# text made of nothing but reports (`he said he said ...`) would otherwise cost one look per pair.
MAX_NESTED_REPORTS = 64


def cut_at_next_report(statements: list[Statement], text: str) -> None:
    """`X said A, and Y said B`: A's clause ends where another source's report begins.

    The reports are found by the position of their cue (only a cue inside A can end A), in order
    of the cue, at most MAX_NESTED_REPORTS of them; each cut only shortens A, so the reports
    past its new end are not looked at."""
    reports = sorted((o for o in statements if o.speaker is not None and o.cue is not None),
                     key=lambda o: o.cue.start)  # type: ignore[union-attr]
    cues = [o.cue.start for o in reports]  # type: ignore[union-attr]
    for st in statements:
        if st.direct:
            continue
        first = bisect_right(cues, st.content.start)
        for other in islice(reports, first, first + MAX_NESTED_REPORTS):
            assert other.speaker is not None and other.cue is not None
            if other.cue.start >= st.content.end:
                break
            if other is st:
                continue
            sp = other.speaker
            same = st.speaker is not None and (sp.start, sp.end) == (st.speaker.start, st.speaker.end)
            if same and st.content.start + 15 <= other.cue.start < st.content.end and \
                    other.content.start > other.cue.start:
                sp = other.cue  # "X said A, saying B" / "A, but added B": the same source goes on
            elif not (st.content.start < sp.start < st.content.end and st.content.start < other.cue.start
                      < st.content.end) or sp.start - st.content.start < 15:
                continue
            cut = _trailing_joiners(text, st.content.start, sp.start)
            if cut is None or not text[cut:sp.start].strip():
                continue  # no comma or conjunction before it: a report nested in the clause
            if _has_words(text, st.content.start, cut, 3):
                st.content = trim(text, st.content.start, cut)


# the longest joiner word ("although") and a margin: a match that starts this far into a window
# of the text is the match over the whole of it
_JOINER_MARGIN = 10


def _trailing_joiners(text: str, start: int, end: int) -> int | None:
    """Where the run of commas, dashes and joining words (`, and`) that ends `text[start:end]`
    begins, or None: `_TRAILING_JOINERS` searched in a window at the end, widened only while the
    run reaches the window's start (the search over the whole head costs its length each time)."""
    width = 64
    while True:
        lo = max(start, end - width)
        m = _TRAILING_JOINERS.search(text[lo:end])
        if m is None or lo == start or m.start() >= _JOINER_MARGIN:
            return None if m is None else lo + m.start()
        width *= 4


_NOT_SPACE = re.compile(r"\S+")


def _has_words(text: str, start: int, end: int, n: int) -> bool:
    """`len(text[start:end].split()) >= n`, reading only the first n words."""
    return sum(1 for _ in islice(_NOT_SPACE.finditer(text, start, end), n)) >= n


def run_into_quotes(statements: list[Statement], quotes: list[Quote], text: str) -> None:
    """`said that “ethanol people” “do a fantastic job. And it’s so important.”`: a paraphrase
    that opens a quote goes on to the quote's end, past the sentence the parser ended inside it."""
    for st in statements:
        if st.direct or not (st.rule.startswith("verb.") or st.rule.startswith("model.")):
            continue
        for q in quotes:
            if q.start > st.content.end:
                break
            if st.content.start < q.start and q.closed and st.content.end < q.end <= st.content.end + 600 \
                    and "\n" not in text[st.content.end:q.end]:
                st.content = trim(text, st.content.start, q.end)
                break


def cut_tails(doc: Doc, statements: list[Statement]) -> None:
    """Cut what the writer adds at the end of a paraphrase: a non-restrictive relative clause
    (`, which votes on March 1`) or an apposition (`, a swipe at ...`); annotators leave them out."""
    text = doc_text(doc)
    for st in statements:
        if st.direct or not (st.rule.startswith("verb.") or st.rule.startswith("model.")):
            continue
        span = doc.char_span(st.content.start, st.content.end, alignment_mode="expand")
        if span is None or len(span) < 6:
            continue
        end_i = span.end - 1
        cut = None
        for t in span[2:]:
            if t.idx >= st.content.end:
                break
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if t.lower_ in ("when", "after", "if") and nxt is not None and nxt.lower_ == "asked":
                cut = t  # `"We'll see," when asked whether ...`: the question, not the answer
                break
            if t.i < span.start + 4 or t.text != "," or nxt is None or nxt.i > end_i:
                continue
            # the added clause or apposition runs to the end of the content
            if nxt.lower_ in ("which", "who") and nxt.head.dep_ == "relcl" and nxt.head.right_edge.i >= end_i - 1 \
                    or nxt.dep_ == "det" and nxt.head.dep_ == "appos" and nxt.head.right_edge.i >= end_i - 1 \
                    and nxt.head.head.i < t.i:
                cut = t
                break
        if cut is not None and len(text[st.content.start:cut.idx].split()) >= (1 if cut.lower_ != "," else 3):
            st.content = trim(text, st.content.start, cut.idx)


def include_that(doc: Doc, statements: list[Statement]) -> None:
    """`said that X`: annotators start the content at `that` (2,322 times on PolNeAR train, against
    30 after it). Done after the filter, which was trained on contents without it."""
    text = doc_text(doc)
    for st in statements:
        if st.direct or st.content.start < 5 or text[st.content.start - 5:st.content.start].lower() != "that ":
            continue
        tok = doc.char_span(st.content.start - 5, st.content.start - 1)
        if tok is not None and tok[0].dep_ == "mark" and st.content.start <= tok[0].head.idx < st.content.end:
            st.content = Span.of(text, st.content.start - 5, st.content.end)
