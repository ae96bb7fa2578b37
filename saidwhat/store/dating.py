"""Dates for undated documents, from the evidence a reader would use, never silently.

For a document with no published date: the full dates written in its text (the article is
written on or after the latest past date it gives; dates after "until", "by", "next" ... are
plans, not evidence), the dates of dated documents in the store that report the same
claims (a statement is reported within days), and the weekdays it names ("said Tuesday",
"Tuesday's attack") where a dated report of the same claim, or of the same happening beside other
evidence of a date near it, tells which Tuesday that was: news names the days of the past week, so the other weekdays it names fall in
the days around that one, and the article was written on or after the latest of them. The
inferred date, its confidence and every piece of evidence go on the document record
(date_inferred, date_confidence, date_evidence); with no evidence the document stays undated and
date_evidence says why.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from datetime import date as Date
from statistics import median_low

from saidwhat.store.claims import DOC_DAY, day_sql, normalise_words

__all__ = ["anchor_weekday", "explicit_dates", "infer", "named_weekdays"]

_MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?" \
         r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_FULL_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH.replace('month', 'month2')}\s+(?P<y2>(?:19|20)\d\d)"
    r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d))\b")
_PLAN = re.compile(r"\b(?:until|till|by|before|next|scheduled|due|expected|will|deadline)\b[^.]{0,30}$",
                   re.IGNORECASE)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# a weekday after these words in its clause ("expected to meet on Thursday"), or right after these
# ("by Friday", "next Friday"), is a plan, not a day the article looks back on
_PLANNED_DAY = re.compile(
    r"(?:\b(?:scheduled|due|expected|plans?|planned|will|would|to\s+be|set\s+to|deadline)\b[^.;:]{0,60}"
    r"|\b(?:until|till|by|before|next|(?:this\s+)?coming)\s+(?:on\s+)?)$", re.IGNORECASE)
# the other weekdays an article names fall this many days before / after an anchored one
DAYS_BEFORE_ANCHOR, DAYS_AFTER_ANCHOR = 2, 4
MAX_REPORT_DAYS = 6  # a dated report names a weekday of the week before it, at most
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def explicit_dates(text: str) -> list[tuple[str, str, int]]:
    """(YYYY-MM-DD, the words, offset) of each full date in `text` that is not a plan."""
    out = []
    for m in _FULL_DATE.finditer(text):
        try:
            if m["y3"]:
                day = Date(int(m["y3"]), int(m["m3"]), int(m["d3"]))
            else:
                month = (m["month"] or m["month2"])[:3].lower()
                day = Date(int(m["y1"] or m["y2"]), _MONTHS[month], int(m["d1"] or m["d2"]))
        except ValueError:  # 31 February
            continue
        if _PLAN.search(text[max(0, m.start() - 40):m.start()]):
            continue
        out.append((day.isoformat(), m[0], m.start()))
    return out


def named_weekdays(text: str) -> list[tuple[int, str, int]]:
    """(0 for Monday .. 6, the word, offset) of each weekday `text` names that is not a plan."""
    out = []
    for m in _WEEKDAY.finditer(text):
        if _PLANNED_DAY.search(text[max(0, m.start() - 80):m.start()]):
            continue
        out.append((_WEEKDAYS.index(m[0]), m[0], m.start()))
    return out


def anchor_weekday(weekday: int, reported: str) -> str | None:
    """The day of `weekday` that a report dated `reported` means: the latest one on or before it."""
    day = Date.fromisoformat(reported)
    back = (day.weekday() - weekday) % 7
    return None if back > MAX_REPORT_DAYS else Date.fromordinal(day.toordinal() - back).isoformat()


def _around(weekday: int, anchor: str) -> str:
    """The day of `weekday` among the days around an anchored day (DAYS_BEFORE_ANCHOR before it to
    DAYS_AFTER_ANCHOR after it)."""
    first = Date.fromisoformat(anchor).toordinal() - DAYS_BEFORE_ANCHOR
    return Date.fromordinal(first + (weekday - Date.fromordinal(first).weekday()) % 7).isoformat()


def infer(con: sqlite3.Connection, docs: Iterable[str]) -> None:
    """Infer and store a date (or the reason for none) for each undated document of `docs`."""
    for doc in docs:
        row = con.execute("SELECT text FROM documents WHERE id = ? AND published IS NULL AND status = 'ok'",
                          (doc,)).fetchone()
        if row is None:
            continue
        day, confidence, evidence = _infer(con, doc, row[0] or "")
        con.execute("UPDATE documents SET date_inferred = ?, date_confidence = ?, date_evidence = ?"
                    " WHERE id = ?", (day, confidence, json.dumps(evidence, ensure_ascii=False), doc))


def _infer(con: sqlite3.Connection, doc: str, text: str) -> tuple[str | None, float | None, dict]:
    evidence: list[dict] = []
    written = explicit_dates(text)
    for day, words, start in written:
        evidence.append({"kind": "date in text", "date": day, "text": words, "start": start})
    reported = con.execute(
        "SELECT DISTINCT 's' || s.id, o.doc, d.published FROM statements s"
        " JOIN statements o ON o.claim_id = s.claim_id AND o.doc <> s.doc"
        " JOIN documents d ON d.id = o.doc"
        f" WHERE s.doc = ? AND {DOC_DAY} IS NOT NULL AND d.published IS NOT NULL ORDER BY 3", (doc,)).fetchall()
    for record, other, published in reported:
        evidence.append({"kind": "same claim in a dated document", "record": record, "doc": other,
                         "date": published})
    anchors, anchored = _claim_anchors(con, doc)
    shared = median_low([r[2] for r in reported]) if reported else None
    # words in common with a dated sentence tell nothing of the year: a happening's anchor counts
    # only beside other evidence of a date near it (a shared claim, a claim's anchor, a full date)
    near = [d for d in (shared, *(a["date"] for a in anchors), *(d for d, _, _ in written)) if d]
    if near:
        anchors += [a for a in _same_happening_anchors(con, doc, anchored)
                    if any(_days(a["date"], d) <= MAX_REPORT_DAYS for d in near)]
    if anchors:
        # the anchored day most reports agree on (then the latest); the other weekdays around it
        votes: dict[str, int] = {}
        for a in anchors:
            votes[a["date"]] = votes.get(a["date"], 0) + 1
        anchor = max(votes, key=lambda d: (votes[d], d))
        evidence += [a for a in anchors if a["date"] == anchor]
        days = {anchor}
        for weekday, words, start in named_weekdays(text):
            day_named = _around(weekday, anchor)
            if day_named != anchor and day_named not in days:
                evidence.append({"kind": "weekday named", "date": day_named, "text": words, "start": start})
            days.add(day_named)
        day = max(days)
        rule = "the latest weekday it names, counted from a weekday anchored by a dated report"
        if shared and 0 < _days(shared, day) <= MAX_REPORT_DAYS and shared > day:
            day, rule = shared, rule + ", or the median date of the dated reports of its claims if later"
        agree = votes[anchor] - 1 + (shared is not None and _days(shared, day) <= 1)
        return day, round(min(0.9, 0.7 + 0.1 * agree), 2), {"evidence": evidence, "rule": rule}
    if reported:
        day = shared  # type: ignore[assignment]
        confidence = round(min(0.8, 0.5 + 0.1 * (len({r[1] for r in reported}) - 1)), 2)
        if written and _days(max(d for d, _, _ in written), day) <= 1:
            confidence = 0.9
        return day, confidence, {"evidence": evidence, "rule": "median date of the dated reports of its claims"}
    if written:
        day = max(d for d, _, _ in written)
        return day, 0.6, {"evidence": evidence, "rule": "the latest date its text gives"}
    seen = sorted(set(_WEEKDAY.findall(text)))
    years = sorted(set(_YEAR.findall(text)))
    why = ["no full date in the text", "no claim shared with a dated document in the store"]
    if seen:
        why.append("weekdays named (" + ", ".join(seen) + ") but no dated event to anchor them")
    if years:
        why.append("years only (" + ", ".join(years) + "): past events, not the article's date")
    return None, None, {"evidence": [], "why": "; ".join(why)}


_ANCHORS_BY_CLAIM = f"""
SELECT 's' || s.id, s.sentence_text, s.sentence_start, o.doc, 's' || o.id, {day_sql('o')}
FROM statements s JOIN statements o ON o.claim_id = s.claim_id AND o.doc <> s.doc
JOIN documents d ON d.id = o.doc
WHERE s.doc = ? AND d.published IS NOT NULL AND coalesce(d.published_precision, 'day') = 'day'
ORDER BY s.id, o.id
"""
# dated records (events, statements) of other documents whose own date is a day of one weekday,
# with a name in their sentence: those that name the same happening on that day
_DATED_RECORDS = """
SELECT 'e' || o.id, o.doc, o.date, o.sentence_text FROM events o JOIN documents d ON d.id = o.doc
WHERE o.doc <> :doc AND {day} AND o.sentence_text LIKE :name
UNION ALL
SELECT 's' || o.id, o.doc, o.date, o.sentence_text FROM statements o JOIN documents d ON d.id = o.doc
WHERE o.doc <> :doc AND {day} AND o.sentence_text LIKE :name
"""
_DAY_OF_WEEKDAY = ("d.published IS NOT NULL AND coalesce(d.published_precision, 'day') = 'day'"
                   " AND length(o.date) = 10 AND coalesce(o.date_precision, 'day') = 'day'"
                   " AND CAST(strftime('%w', o.date) AS INTEGER) = :sqlite_weekday")
# two sentences tell of one happening when they share a name and this many other content words (the
# parties' names alone recur across a whole conflict: "Russia", "Ukraine", "Moscow")
_SAME_HAPPENING_WORDS = 2
_NAME = re.compile(r"\b[A-Z][a-z]{2,}\b")
_CALENDAR = frozenset(w.lower() for w in _WEEKDAYS) | frozenset(
    "january february march april may june july august september october november december".split())


def _same_happening_anchors(con: sqlite3.Connection, doc: str, done: set[int]) -> list[dict]:
    """The weekdays named in `doc`'s sentences (not those of `done`) that a dated record of another
    document dates: a sentence that names the same weekday, on that day, and shares a name and
    _SAME_HAPPENING_WORDS other content words with it ("Tuesday's hijacking of the Jaffar Express by
    militants" / "militants hijacked the Jaffar Express on Tuesday")."""
    out: list[dict] = []
    sentences = con.execute("SELECT sentence_start, sentence_text FROM statements WHERE doc = ? UNION"
                            " SELECT sentence_start, sentence_text FROM events WHERE doc = ? ORDER BY 1",
                            (doc, doc)).fetchall()
    sql = _DATED_RECORDS.replace("{day}", _DAY_OF_WEEKDAY)
    for start, sentence in sentences:
        named = named_weekdays(sentence)
        if start in done or not named:
            continue
        weekday, words_named, offset = named[0]
        words = set(normalise_words(sentence)) - _CALENDAR
        capitalised = {n.lower() for n in _NAME.findall(sentence)}
        names = sorted({n for n in _NAME.findall(sentence) if n.lower() in words}, key=len, reverse=True)
        best: tuple[int, str, str, str] | None = None
        for name in names[:3]:
            for record, other, day, text in con.execute(sql, {"doc": doc, "name": f"%{name}%",
                                                              "sqlite_weekday": (weekday + 1) % 7}):
                shared = words & set(normalise_words(text))
                plain = shared - capitalised - {n.lower() for n in _NAME.findall(text)}
                if (shared - plain and len(plain) >= _SAME_HAPPENING_WORDS
                        and (best is None or len(shared) > best[0])):
                    best = (len(shared), record, other, day)
        if best:
            out.append({"kind": "weekday anchored by a dated report of the same happening", "date": best[3],
                        "text": words_named, "start": start + offset, "doc": best[2], "reported": best[1],
                        "reported_date": best[3]})
    return out


def _claim_anchors(con: sqlite3.Connection, doc: str) -> tuple[list[dict], set[int]]:
    """The weekdays named in the sentences of `doc`'s statements that a dated report of the same
    claim dates: one piece of evidence each (a record's first anchor); and those sentences' starts."""
    out: list[dict] = []
    seen: set[str] = set()
    anchored: set[int] = set()
    for record, sentence, start, other, other_record, reported in con.execute(_ANCHORS_BY_CLAIM, (doc,)):
        if record in seen or reported is None:
            continue
        named = named_weekdays(sentence)
        day = anchor_weekday(named[0][0], reported) if named else None
        if day is None:
            continue
        seen.add(record)
        anchored.add(start)
        out.append({"kind": "weekday anchored by a dated report of the same claim", "date": day,
                    "text": named[0][1], "start": start + named[0][2], "record": record, "doc": other,
                    "reported": other_record, "reported_date": reported})
    return out, anchored


def _days(a: str, b: str) -> int:
    return abs((Date.fromisoformat(a) - Date.fromisoformat(b)).days)
