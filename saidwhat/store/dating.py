"""Dates for undated documents, from the evidence a reader would use, never silently.

For a document with no published date: the full dates written in its text (the article is
written on or after the latest past date it gives; dates after "until", "by", "next" ... are
plans, not evidence), and the dates of dated documents in the store that report the same
claims (a statement is reported within days). The inferred date, its confidence and every piece
of evidence go on the document record (date_inferred, date_confidence, date_evidence); with no
evidence the document stays undated and date_evidence says why.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from datetime import date as Date
from statistics import median_low

__all__ = ["explicit_dates", "infer"]

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
_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
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
        " WHERE s.doc = ? AND d.published IS NOT NULL ORDER BY 3", (doc,)).fetchall()
    for record, other, published in reported:
        evidence.append({"kind": "same claim in a dated document", "record": record, "doc": other,
                         "date": published})
    if reported:
        dates = [r[2] for r in reported]
        day = median_low(dates)
        confidence = min(0.8, 0.5 + 0.1 * (len({r[1] for r in reported}) - 1))
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


def _days(a: str, b: str) -> int:
    return abs((Date.fromisoformat(a) - Date.fromisoformat(b)).days)
