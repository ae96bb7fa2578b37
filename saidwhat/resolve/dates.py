"""When a statement was made or an event happened, from the words around it.

Only expressions outside what was said count (`Lavrov said on Thursday that ... in 2008` was
said on Thursday). Relative expressions resolve against the publication date: weekdays to the
latest such day on or before it (or the next one after `will`/`next`), `yesterday`, `last
month`, `Jan. 26`, `in 2008`. Month and year dates are written as their first day, with
`date_precision` saying so. A statement with no date of its own takes the date of its speaker's
previous dated statement in the article, then the article's lead date; null when unknowable. An
event's own date modifies its trigger (`Tuesday's hijacking`, `the March 6 attack`, `attacked
villages on Monday`, `attacked the camp last week`) and wins over the sentence's first date
(`officials confirmed Friday that ...`: when it was said).
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from saidwhat.clean.meta import MONTH_NAME
from saidwhat.lexicons import entries
from saidwhat.records import DocumentInfo, Event, Span, Statement

if TYPE_CHECKING:

    from saidwhat.parse import ParsedDoc

WEEKDAYS = list(entries("weekdays"))
MONTHS = {m: i + 1 for i, m in enumerate(entries("months"))}
MONTHS.update({m[:3]: v for m, v in list(MONTHS.items())})
MONTHS["sept"] = 9

_MONTH_RE = r"(?P<month>" + MONTH_NAME + r")\.?"
# Days named relative to publication, in the `relative` pattern's order; any of them in a
# sentence is also the cheap test that the pattern may match.
_RELATIVE_WORDS = ("yesterday", "today", "tonight", "this morning", "this afternoon", "this evening",
                   "earlier today", "tomorrow")
_UNITS = ("week", "month", "year")  # of `last week`, `next month`, `this year`
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("month_day", re.compile(_MONTH_RE + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?\b")),
    ("day_month", re.compile(r"\b(?P<day>\d{1,2})\s+" + _MONTH_RE + r"(?:,?\s+(?P<year>\d{4}))?\b")),
    ("weekday", re.compile(r"\b(?P<rel>next\s+|last\s+|this\s+)?(?P<wd>" + "|".join(w.capitalize() for w in WEEKDAYS)
                           + r")\b")),
    ("relative", re.compile(r"\b(?P<rel>" + "|".join(_RELATIVE_WORDS) + r")\b", re.I)),
    ("last", re.compile(r"\b(?P<which>last|next|this)\s+(?P<unit>" + "|".join(_UNITS) + r")\b", re.I)),
    ("month_year", re.compile(_MONTH_RE + r"\s+(?P<year>\d{4})\b")),
    ("in_month", re.compile(r"\b(?:in|since|during|on)\s+" + _MONTH_RE + r"(?!\w)(?![.\w]*\s+\d)")),
    ("year", re.compile(r"\b(?:in|since|during|by)\s+(?P<year>(?:19|20)\d{2})\b")),
]


def find_date(text: str, sentence: Span, exclude: list[Span], published: str | None,
              future: bool = False) -> tuple[str, str] | None:
    """The first date expression in the sentence outside `exclude`, as (YYYY-MM-DD, precision)."""
    pub = _parse_iso(published)
    sent_text = text[sentence.start:sentence.end]
    found: list[tuple[int, int, str, str]] = []
    for order, kind, m in _date_matches(sent_text):
        start, end = sentence.start + m.start(), sentence.start + m.end()
        if any(min(e.end, end) > max(e.start, start) for e in exclude):
            continue
        value = _resolve(kind, m, pub, future or _future_near(sent_text, m.start()))
        if value is not None:
            found.append((start, order, *value))
    if not found:
        return None
    found.sort()
    return found[0][2], found[0][3]


@functools.lru_cache(maxsize=1024)  # statements and events of one sentence ask alike
def _date_matches(sent_text: str) -> tuple[tuple[int, str, re.Match[str]], ...]:
    """Every date expression in a sentence, with its pattern's rank and kind."""
    possible = _possible_kinds(sent_text)
    return tuple((order, kind, m) for order, (kind, pattern) in enumerate(PATTERNS) if kind in possible
                 for m in pattern.finditer(sent_text))


_DIGIT = re.compile(r"\d")  # the patterns' own `\d`, Unicode digits included
_DIGIT_KINDS = frozenset({"iso", "month_day", "day_month", "month_year", "year"})
_MONTH_PREFIXES = tuple(m[:3].capitalize() for m in entries("months"))  # "Jan" ... "Dec"
# Letters that `re.I` matches to ASCII letters but `str.lower` does not turn into them (ı, İ, ſ)
_ODD_CASE = ("\u0130", "\u0131", "\u017f")


def _possible_kinds(text: str) -> set[str]:
    """The kinds of date expression a sentence could hold, by words every match of the pattern
    contains: most sentences hold none, and scanning them with every pattern was slow."""
    kinds: set[str] = set(_DIGIT_KINDS) if _DIGIT.search(text) else set()
    if "day" in text:
        kinds.add("weekday")
    if any(m in text for m in _MONTH_PREFIXES):
        kinds.add("in_month")
    if any(c in text for c in _ODD_CASE):
        kinds |= {"relative", "last"}
    else:
        low = text.lower()
        if any(w in low for w in _RELATIVE_WORDS):
            kinds.add("relative")
        if any(u in low for u in _UNITS):
            kinds.add("last")
    return kinds


def _future_near(sent_text: str, pos: int) -> bool:
    before = sent_text[max(0, pos - 60):pos].lower()
    return bool(re.search(r"\b(will|would|to be held|scheduled|plans? to|set to|expected to)\b", before))


def _resolve(kind: str, m: re.Match[str], pub: date | None, future: bool) -> tuple[str, str] | None:
    g = m.groupdict()
    try:
        if kind == "iso":
            return date(int(g["y"]), int(g["m"]), int(g["d"])).isoformat(), "day"
        if kind in ("month_day", "day_month"):
            month = _month(g["month"])
            day = int(g["day"])
            if g.get("year"):
                return date(int(g["year"]), month, day).isoformat(), "day"
            if pub is None:
                return None
            d = date(pub.year, month, day)
            if d > pub + timedelta(days=31):
                d = date(pub.year - 1, month, day)
            return d.isoformat(), "day"
        if kind == "month_year":
            month = _month(g["month"])
            return date(int(g["year"]), month, 1).isoformat(), "month"
        if pub is None:
            return None
        if kind == "weekday":
            wd = WEEKDAYS.index(g["wd"].lower())
            rel = (g.get("rel") or "").strip().lower()
            if rel == "next" or (future and rel != "last"):
                delta = (wd - pub.weekday()) % 7 or 7
                return (pub + timedelta(days=delta)).isoformat(), "day"
            delta = (pub.weekday() - wd) % 7
            if rel == "last" and delta == 0:
                delta = 7
            return (pub - timedelta(days=delta)).isoformat(), "day"
        if kind == "relative":
            rel = g["rel"].lower()
            shift = {"yesterday": -1, "tomorrow": 1}.get(rel, 0)
            return (pub + timedelta(days=shift)).isoformat(), "day"
        if kind == "last":
            which, unit = g["which"].lower(), g["unit"].lower()
            sign = {"last": -1, "next": 1, "this": 0}[which]
            if unit == "week":
                return (pub + timedelta(days=7 * sign)).isoformat(), "week"
            if unit == "month":
                y, mo = divmod(pub.year * 12 + pub.month - 1 + sign, 12)
                return date(y, mo + 1, 1).isoformat(), "month"
            return date(pub.year + sign, 1, 1).isoformat(), "year"
        if kind == "in_month":
            month = _month(g["month"])
            year = pub.year if month <= pub.month else pub.year - 1
            return date(year, month, 1).isoformat(), "month"
        if kind == "year":
            return date(int(g["year"]), 1, 1).isoformat(), "year"
    except (ValueError, KeyError):
        return None
    return None


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")[:3]]


def _parse_iso(s: str | None) -> date | None:
    if not s:
        return None
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


def date_records(statements: list[Statement], events: list[Event], parsed: ParsedDoc, info: DocumentInfo) -> None:
    """Set `date` (and `date_precision` when coarser than a day) on statements and events in place."""
    text = parsed.text
    lead: str | None = None
    by_actor: dict[str, str] = {}
    for st in sorted(statements, key=lambda s: s.sentence.start):
        own = find_date(text, st.sentence, [st.content], info.published)
        if own is not None:
            st.date = own[0]
            if own[1] != "day":
                st.date_precision = own[1]
        else:
            name = st.actor.name if st.actor else None
            st.date = (by_actor.get(name) if name else None) or lead or info.published
        if st.date and own is not None and own[1] == "day":
            lead = lead or st.date
            if st.actor is not None:
                by_actor[st.actor.name] = st.date
    for ev in events:
        if ev.date is None:
            own = _trigger_date(parsed, ev, info.published) or find_date(text, ev.sentence, [], info.published)
            ev.date = own[0] if own else (lead or info.published)
            if own is not None and own[1] != "day":  # "since 2014" is 2014, not 2014-01-01
                ev.date_precision = own[1]


# the dependents of a trigger that can say when it happened: `Tuesday's`, `March 6`, `Monday`,
# `last week`, `on Monday`, `in March`
_TIME_DEPS = frozenset({"poss", "compound", "nmod", "npadvmod", "tmod"})
_TIME_PREPS = frozenset({"on", "in", "since", "during"})


def _trigger_date(parsed: ParsedDoc, ev: Event, published: str | None) -> tuple[str, str] | None:
    """The date of a time expression that modifies the event's trigger itself."""
    span = parsed.doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    for child in span.root.children:
        if child.dep_ == "prep" and child.lower_ in _TIME_PREPS:
            child = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_ not in _TIME_DEPS:
            continue
        if child is None:
            continue
        sub = list(child.subtree)
        found = find_date(parsed.text, Span.of(parsed.text, sub[0].idx, sub[-1].idx + len(sub[-1])), [], published)
        if found is not None:
            return found
    return None
