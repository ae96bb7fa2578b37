"""Quoted regions of a text: pairs of quote marks, found without trusting them to be balanced."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate

from saidwhat.records import Span

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
STRAIGHT = '"'


@dataclass(slots=True, frozen=True)
class Quote:
    start: int  # first character inside the marks
    end: int  # the closing mark (or the paragraph end when the quote is left open)
    closed: bool
    plain: bool = False  # ''doubled apostrophes'': found for attribution, not counted as direct

    def words(self, text: str) -> int:
        return len(text[self.start:self.end].split())


def find_quotes(text: str, body: list[Span]) -> list[Quote]:
    """Double-quoted regions inside the body, paragraph by paragraph.

    An opening mark with no closing mark runs to the end of its paragraph (news style for a
    quote that continues in the next paragraph, and the safe reading of a stray mark).
    """
    quotes: list[Quote] = []
    for span in body:
        pos = span.start
        for para in text[span.start:span.end].split("\n"):
            quotes.extend(_paragraph_quotes(text, pos, pos + len(para)))
            pos += len(para) + 1
    quotes.extend(_single_quotes(text, body, quotes))
    quotes.sort(key=lambda q: q.start)
    return QuoteList(quotes)


class QuoteList(list[Quote]):
    """The quotes of a document in order of start, with what `inside` and `covering` search
    (starts, and the furthest end so far): built once, so a look-up is a bisection, not a scan of
    every quote before the position (quadratic on a text that is all quote marks). Never changed
    after it is made."""

    @property
    def starts(self) -> list[int]:
        return self._index()[0]

    @property
    def reach(self) -> list[int]:
        """`reach[i]`: the largest end among quotes 0..i (never decreases, so it can be bisected)."""
        return self._index()[1]

    def _index(self) -> tuple[list[int], list[int]]:
        index = self.__dict__.get("_built")
        if index is None:
            index = self.__dict__["_built"] = ([q.start for q in self], list(accumulate((q.end for q in self), max)))
        return index


# The characters `_paragraph_quotes` acts on (two apostrophes count as one mark): it jumps from one
# to the next instead of reading every character of the text in Python.
_MARKS = re.compile("''|[" + OPEN_DOUBLE + CLOSE_DOUBLE + STRAIGHT + "]")


def _paragraph_quotes(text: str, start: int, end: int) -> list[Quote]:
    out: list[Quote] = []
    open_at: int | None = None
    # up to `end + 1`: two apostrophes may start on the paragraph's last character
    for m in _MARKS.finditer(text, start, end + 1):
        i = m.start()
        if i >= end:
            break
        c = text[i]
        if c == "'":
            # two apostrophes as a double quote mark (NYT house style: ''Jobs, jobs,'' she said);
            # annotated corpora do not count them as quote marks, so `direct` stays false for them
            if open_at is None:
                open_at = i + 1
            else:
                out.append(Quote(open_at + 1, i, True, plain=True))
                open_at = None
        elif c in OPEN_DOUBLE:
            open_at = i
        elif c in CLOSE_DOUBLE:
            if open_at is not None:
                out.append(Quote(open_at + 1, i, True))
                open_at = None
            elif not out and not _blank(text, start, i) and i - start > 20:
                # a closing mark with no opening: the paragraph continues a quote from above
                out.append(Quote(start, i, True))
        elif c == STRAIGHT:
            before = text[i - 1] if i > start else " "
            if open_at is None and (before.isspace() or before in "([—–-/:" or i == start):
                open_at = i
            elif open_at is not None:
                out.append(Quote(open_at + 1, i, True))
                open_at = None
    if open_at is not None and end - open_at > 1:
        out.append(Quote(open_at + 1, _rstrip(text, open_at + 1, end), False))
    return [q for q in out if q.end > q.start]


def _single_quotes(text: str, body: list[Span], doubles: list[Quote]) -> list[Quote]:
    """Curly single quotes used as quotation marks (‘...’), not as apostrophes."""
    out: list[Quote] = []
    in_double = QuoteList(sorted(doubles, key=lambda q: q.start))
    for span in body:
        # where a quote opened before each position would end: a line break, or a ’ not followed
        # by a letter (found once, not by reading on from every ‘: quadratic on a storm of them)
        stops = [m.start() for m in _SINGLE_STOPS.finditer(text, span.start, span.end)
                 if text[m.start()] == "\n" or m.start() + 1 >= span.end or not text[m.start() + 1].isalnum()]
        i = span.start
        while i < span.end:
            i = text.find("‘", i, span.end)  # no other character starts one
            if i < 0:
                break
            if i == span.start or not text[i - 1].isalnum():
                k = bisect_right(stops, i)
                j = stops[k] if k < len(stops) else span.end
                if j < span.end and text[j] == "’" and not containing(in_double, i):
                    out.append(Quote(i + 1, j, True))
                    i = j
            i += 1
    return out


_SINGLE_STOPS = re.compile("[\n’]")


def _blank(text: str, start: int, end: int) -> bool:
    return not text[start:end].strip()


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def inside(quotes: list[Quote], start: int, end: int | None = None) -> Quote | None:
    """The first quote (in order of start) that contains the range [start, end), if any."""
    end = start + 1 if end is None else end
    index = quotes if isinstance(quotes, QuoteList) else QuoteList(quotes)
    # the candidates start at or before `start` (up to `hi`) and reach `end` (from `lo` on: no
    # quote before `lo` reaches that far)
    hi = bisect_right(index.starts, start)
    for i in range(bisect_left(index.reach, end, 0, hi), hi):
        q = index[i]
        if end <= q.end:
            return q
    return None


def containing(quotes: list[Quote], pos: int) -> list[Quote]:
    """Every quote with `start <= pos < end`, in order of start."""
    index = quotes if isinstance(quotes, QuoteList) else QuoteList(quotes)
    hi = bisect_right(index.starts, pos)
    return [index[i] for i in range(bisect_left(index.reach, pos + 1, 0, hi), hi) if pos < index[i].end]
