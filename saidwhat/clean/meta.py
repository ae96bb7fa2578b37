"""Document metadata read from the text: title, outlet, url and publication date."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from saidwhat.clean.body import Unit
from saidwhat.clean.datelines import WIRE_DATELINE
from saidwhat.clean.outlets import outlet_for_host, outlet_named, outlets_in
from saidwhat.lexicons import entries
from saidwhat.records import Span

# A month's name or its usual abbreviation (`Sept.`, `June`); resolve/dates.py reads dates with it too.
MONTH_NAME = (r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
              r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?")
_MONTH = rf"(?P<mon>{MONTH_NAME})\.?"
_MONTH_KEYS = [m[:3] for m in entries("months")]  # "jan" ... "dec"
_WEEKDAYS = [w.removesuffix("day").capitalize() for w in entries("weekdays")]  # "Mon", "Tues", ... "Sun"
_WEEKDAY = r"(?P<wd>" + "|".join(_WEEKDAYS) + ")day"
_FULL_DATES = [
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})\b"),
    re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b"),
]
_WEEKDAY_DATE = re.compile(rf"\b{_WEEKDAY},?\s+{_MONTH}\s+(?P<day>\d{{1,2}})\b(?!,?\s+\d{{4}})")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_HEADER_DATE = re.compile(r"\bdate:?\s+(\d{4})-(\d{2})-(\d{2})\b", re.I)
_URL_DATES = [re.compile(r"/(\d{4})/(\d{1,2})/(\d{1,2})(?:/|$)"), re.compile(r"/(\d{4})-(\d{2})-(\d{2})(?:[/_-]|$)"),
              re.compile(r"/(\d{4})(\d{2})(\d{2})/")]
_URL = re.compile(r"https?://[^\s<>()\"']+")
_COPYRIGHT_OWNER = re.compile(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*"
                              r"([A-Z][^.|,;]{1,60}?)\s*(?:[.|,;]|all rights|$)", re.I)


def find_title(text: str, units: list[Unit], title_idx: int | None,
               given: str | None) -> tuple[str | None, Span | None]:
    """The given title wins; its span is where it stands as a line of the text."""
    if given and given.strip():
        g = given.strip()
        for cand in (g, g.rstrip(".!?")):
            for m in re.finditer(re.escape(cand), text):
                if m.start() == 0 or text[m.start() - 1] in "\r\n":
                    return g, Span.of(text, m.start(), m.end())
        return g, None
    if title_idx is None:
        return None, None
    u = units[title_idx]
    return u.text, Span.of(text, u.start, u.end)


def find_url(chrome: list[Unit], given: str | None) -> str | None:
    """Given wins; else an `Original url:` line (URL on it or the next line), else a bare URL line."""
    if given:
        return given
    for i, u in enumerate(chrome):
        if re.match(r"(?:original|source)?\s*url\s*:", u.text, re.I):
            for v in chrome[i:i + 2]:
                if m := _URL.search(v.text):
                    return m.group()
    for u in chrome:
        if u.why == "url" and (m := _URL.search(u.text)):
            return m.group()
    return None


def find_outlet(units: list[Unit], chrome: list[Unit], url: str | None, given: str | None) -> str | None:
    """Given > dateline agency > copyright owner > outlet named in the chrome > URL host."""
    if given:
        return given
    for u in units[:15]:
        if u.kind == "body" and (m := WIRE_DATELINE.match(u.text)):
            agency = m.group("agency").strip()
            return outlet_named(agency) or agency
    for u in chrome:
        if u.why == "copyright" and (m := _COPYRIGHT_OWNER.search(u.text)):
            owner = m.group(1).strip()
            return outlet_named(owner) or (owner if len(owner.split()) <= 6 else None)
    named = [(u, outlets_in(u.text)) for u in chrome if u.why != "caption"]
    # a line that is just the outlet's name ("AP", "euronews Gt") beats a passing mention
    for u, found in named:
        if found and len(u.text.split()) - len(found[0][2].split()) <= 1:
            return found[0][2]
    for _, found in named:
        if found:
            return found[0][2]
    host = urlsplit(url).hostname if url else None
    return outlet_for_host(host) if host else None


def find_published(text: str, units: list[Unit], top: list[Unit],
                   url: str | None, given: str | None) -> tuple[str | None, str | None]:
    """(YYYY-MM-DD, source): given > header > text near the top > url > inferred.

    `top` are the units before the lead paragraph (and the lead's dateline), captions left out:
    a caption's date is when the photo was taken, so it only counts as inferred evidence.
    """
    if given:
        return given, "given"
    first = units[0].text if units else ""
    if (m := _HEADER_DATE.search(first)) and (d := _date(*m.groups())):
        return d, "header"
    for u in top:
        head = u.text
        if u.dateline and (m := WIRE_DATELINE.match(head)):
            head = head[: m.end()]  # only the dateline itself, not the story's own dates
        elif u.kind == "body":
            continue
        if d := _first_full_date(head):
            return d, "text"
    if url:
        for rx in _URL_DATES:
            if (m := rx.search(url)) and (d := _date(*m.groups())):
                return d, "url"
    if d := _inferred(text):
        return d, "inferred"
    return None, None


def _inferred(text: str) -> str | None:
    """No printed date: the latest full date in the text, or a weekday date that fits a year named."""
    full = [d for rx in _FULL_DATES for m in rx.finditer(text) if (d := _date_of(m))]
    if full:
        return max(full)
    years = sorted({int(y) for y in _YEAR.findall(text)}, reverse=True)
    found = []
    for m in _WEEKDAY_DATE.finditer(text):
        for y in years:
            d = _date(str(y), m.group("mon"), m.group("day"))
            if d and dt.date.fromisoformat(d).weekday() == _WEEKDAYS.index(m.group("wd")):
                found.append(d)
                break
    return max(found) if found else None


def _first_full_date(s: str) -> str | None:
    hits = [(m.start(), d) for rx in _FULL_DATES for m in rx.finditer(s) if (d := _date_of(m))]
    return min(hits)[1] if hits else None


def _date_of(m: re.Match[str]) -> str | None:
    return _date(m.group("year"), m.group("mon"), m.group("day"))


def _date(year: str, month: str, day: str) -> str | None:
    mon = int(month) if month.isdigit() else _month_number(month)
    try:
        d = dt.date(int(year), mon, int(day))
    except ValueError:
        return None
    return d.isoformat() if 1900 <= d.year <= 2100 else None


def _month_number(name: str) -> int:
    key = name[:3].lower()
    return _MONTH_KEYS.index(key) + 1 if key in _MONTH_KEYS else 0
