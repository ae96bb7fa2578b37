"""Dates from the words around a statement, resolved against the publication date."""

from __future__ import annotations

import pytest

from saidwhat.records import Span
from saidwhat.resolve.dates import find_date

PUBLISHED = "2022-01-30"  # a Sunday


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Lavrov said on Sunday that talks were over.", ("2022-01-30", "day")),
    ("Lavrov said Friday that talks were over.", ("2022-01-28", "day")),
    ("The minister said later Thursday that it was false.", ("2022-01-27", "day")),
    ("He said last Sunday that it was false.", ("2022-01-23", "day")),
    ("He will speak on Tuesday about the plan.", ("2022-02-01", "day")),
    ("Officials said yesterday that the border was closed.", ("2022-01-29", "day")),
    ("Putin said on Jan. 26 that the answer had arrived.", ("2022-01-26", "day")),
    ("Putin said on December 23 that the answer would come.", ("2021-12-23", "day")),
    ("The deal was signed on March 3, 2014, the ministry said.", ("2014-03-03", "day")),
    ("She said last month that she would run.", ("2021-12-01", "month")),
    ("He first said so in 2008.", ("2008-01-01", "year")),
    ("He said it was a mistake.", None),
])
def test_find_date(sentence, expected):
    assert find_date(sentence, Span.of(sentence, 0, len(sentence)), [], PUBLISHED) == expected


def test_dates_inside_what_was_said_do_not_count():
    text = "Lavrov claimed on Monday that NATO suspended the council in 2008."
    content_start = text.index("NATO")
    got = find_date(text, Span.of(text, 0, len(text)), [Span.of(text, content_start, len(text))], PUBLISHED)
    assert got == ("2022-01-24", "day")


def test_relative_dates_need_a_publication_date():
    text = "Lavrov said on Friday that it was over."
    assert find_date(text, Span.of(text, 0, len(text)), [], None) is None


@pytest.mark.parametrize("text", [
    "Lavrov said on Thursday that troops left in 2008.", "thıs week", "THİS MONTH", "Thiſ morning, he said",
    "In Sept 2020 and on ５ May", "since May", "Yesterday", "NEXT YEAR", "in １９９９", "no date at all here",
    "EARLIER TODAY the 3 Jan. talks", "2022-01-28", "last\tmonth",
])
def test_date_patterns_skipped_only_where_they_cannot_match(text: str) -> None:
    from saidwhat.resolve.dates import PATTERNS, _date_matches

    every = [(order, kind, m.span()) for order, (kind, pattern) in enumerate(PATTERNS) for m in pattern.finditer(text)]
    assert [(order, kind, m.span()) for order, kind, m in _date_matches(text)] == every


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # the trigger's own time, not when it was reported
    ("Officials confirmed Friday that 31 people died in Tuesday's train hijacking by militants.", "hijacking",
     "2022-01-25"),
    ("Military sources said Thursday that rebels attacked nearly 10 villages on Monday.", "attacked", "2022-01-24"),
    # no time of its own: the sentence's first date, as before
    ("Military sources said Thursday that rebels attacked nearly 10 villages.", "attacked", "2022-01-27"),
])
def test_an_event_is_dated_by_the_time_that_modifies_its_trigger(text: str, trigger: str, expected: str) -> None:
    from saidwhat import extract_text

    ev = next(e for e in extract_text(text, published=PUBLISHED).events if trigger in e.trigger.text)
    assert ev.date == expected
