"""The fields of a JSON Lines object or a CSV row: which name means what, and given dates.

People's files name their fields in many ways (`body`, `content`, `headline`, `link`,
`published_at`, ...). Each field saidwhat reads has a list of accepted names, tried in order;
`--field text=body` names the field for anything else. Unknown fields are reported once per file.
"""

from __future__ import annotations

import functools
import logging
import re
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

log = logging.getLogger("saidwhat.read")

# saidwhat's field -> the names accepted for it, the first present wins
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc", "doc_id", "document_id", "guid", "uuid"),
    "text": ("text", "body", "content", "article", "article_text", "full_text", "maintext"),
    "html": ("html", "raw_html", "page"),
    "title": ("title", "headline", "heading"),
    "url": ("url", "link", "href", "source_url", "canonical_url"),
    "published": ("published", "date", "published_at", "publish_date", "pub_date", "date_published",
                  "datetime", "timestamp", "pubdate"),
    "outlet": ("outlet", "source", "site", "site_name", "sitename", "publisher", "domain"),
}
# known names that carry nothing saidwhat reads: no warning for them (common article metadata,
# and the annotations of saidwhat's own gold files, which `saidwhat eval` reads as articles)
_IGNORED = frozenset({"author", "authors", "byline", "language", "lang", "summary", "description",
                      "tags", "keywords", "category", "section", "image", "images", "updated",
                      "modified", "date_modified", "updated_at",
                      "attributions", "events", "excluded_events"})


class FieldError(ValueError):
    """A bad `--field` mapping: the message says what to write instead."""


@dataclass(frozen=True)
class ReadOptions:
    """How to read the user's files: field names (`--field`) and the text encoding (`--encoding`)."""

    fields: Mapping[str, str] = field(default_factory=dict)  # saidwhat field -> the file's name
    encoding: str | None = None  # None: UTF-8, else detected when confident

    def names(self, what: str) -> tuple[str, ...]:
        mine = self.fields.get(what)
        return (mine,) if mine else FIELD_NAMES[what]


DEFAULT_OPTIONS = ReadOptions()


def parse_field_mappings(values: Iterable[str]) -> dict[str, str]:
    """`["text=body", "published=pubDate"]` -> {"text": "body", "published": "pubDate"}."""
    out: dict[str, str] = {}
    for v in values:
        ours, sep, theirs = v.partition("=")
        ours, theirs = ours.strip().lower(), theirs.strip()
        if ours == "date":
            ours = "published"
        if not sep or not theirs:
            raise FieldError(f"{v!r}: write FIELD=NAME, such as text=body")
        if ours not in FIELD_NAMES:
            raise FieldError(f"{v!r}: saidwhat reads the fields {', '.join(FIELD_NAMES)}; "
                             f"write one of them before the =, such as text={theirs}")
        out[ours] = theirs
    return out


def pick(obj: Mapping[str, Any], what: str, options: ReadOptions) -> tuple[str | None, Any]:
    """(the name used, its value) for saidwhat's field `what`: the first accepted name present."""
    names = options.names(what)
    for name in names:
        if name in obj and obj[name] not in (None, ""):
            return name, obj[name]
    lowered = {k.lower(): k for k in obj if isinstance(k, str)}  # "Title", "BODY" in a CSV header
    for name in names:
        key = lowered.get(name.lower())
        if key is not None and obj[key] not in (None, ""):
            return key, obj[key]
    return None, None


def unknown_fields(keys: Iterable[str], options: ReadOptions) -> list[str]:
    """The names of `keys` that saidwhat neither reads nor knows to ignore."""
    known = {n.lower() for what in FIELD_NAMES for n in options.names(what)}
    known |= {n.lower() for n in options.fields.values()} | _IGNORED
    return [k for k in keys if isinstance(k, str) and k.lower() not in known]


class FieldWarnings:
    """Warns once per file about fields that are read by nobody (a `body` the user meant as text)."""

    def __init__(self, source: str, options: ReadOptions) -> None:
        self._source, self._options = source, options
        self._warned: set[str] = set()

    def see(self, keys: Iterable[str]) -> None:
        new = [k for k in unknown_fields(keys, self._options) if k not in self._warned]
        if new:
            self._warned.update(new)
            log.warning("%s: field%s %s not read; saidwhat reads %s; if one of them is meant, say "
                        "so with --field FIELD=NAME (such as --field text=%s)", self._source,
                        "s" * (len(new) > 1), ", ".join(repr(k) for k in new),
                        ", ".join(f"{w} ({'/'.join(FIELD_NAMES[w][:3])})" for w in
                                  ("text", "title", "url", "published", "outlet")), new[0])


# --- dates ----------------------------------------------------------------------------------

_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})$")
_YEAR_ONLY = re.compile(r"(1[89]\d\d|20\d\d)$")
_DATEPARSER_SETTINGS = {
    "PREFER_DAY_OF_MONTH": "first",  # "January 2022" -> 2022-01-01, with precision "month"
    "RETURN_TIME_AS_PERIOD": False,
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],  # no "2 days ago": no clock here
    "REQUIRE_PARTS": [],
    "STRICT_PARSING": False,
    "RETURN_AS_TIMEZONE_AWARE": True,  # keeps the date as written, whatever the zone
    "PREFER_DATES_FROM": "past",
}


@dataclass(frozen=True)
class GivenDate:
    """A date as the input gave it: `YYYY-MM-DD` and how much of it was given (day, month, year)."""

    date: str
    precision: str  # day | month | year


def parse_given_date(value: Any) -> GivenDate | None:
    """The date of a field value, in the formats newsrooms and scrapers write, or None.

    "2022-01-28", "2022-01-28T14:03:00+02:00", "January 28, 2022", "28 Jan 2022 14:03 GMT",
    "Fri, 28 Jan 2022 14:03:00 +0000" (RFC 2822), "2022/01/28", "January 2022" (month),
    "2022" (year), a Unix timestamp. The date is the one written, in its own time zone.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        seconds = value if value < 1e10 else value / 1000  # larger numbers are milliseconds
        if not 0 < seconds < 1e10:
            return None
        return GivenDate(datetime.fromtimestamp(seconds, UTC).date().isoformat(), "day")
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if not text or len(text) > 80:
        return None
    if m := _ISO_DAY.match(text):
        return _checked(int(m[1]), int(m[2]), int(m[3]), "day")
    if _YEAR_ONLY.match(text):
        return GivenDate(f"{text}-01-01", "year")
    return _dateparser(text)


def _checked(y: int, m: int, d: int, precision: str) -> GivenDate | None:
    try:
        return GivenDate(date(y, m, d).isoformat(), precision)
    except ValueError:
        return None


@functools.lru_cache(maxsize=4096)  # the same date strings recur across a file
def _dateparser(text: str) -> GivenDate | None:
    parser = _parser()
    with warnings.catch_warnings():  # dateparser's own deprecation notices are not the user's business
        warnings.simplefilter("ignore")
        try:
            data = parser.get_date_data(text)
        except (ValueError, OverflowError, TypeError):
            return None
    got = data.date_obj if data else None
    if got is None:
        return None
    precision = {"day": "day", "month": "month", "year": "year"}.get(data.period or "day", "day")
    return GivenDate(got.date().isoformat(), precision)


@functools.cache
def _parser() -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings=_DATEPARSER_SETTINGS)
