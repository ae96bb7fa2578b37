"""The plain records that flow through every stage (see CONTRACT.md for their JSON form)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any


def _by_fields(self: Any) -> tuple[type, tuple[Any, ...]]:
    """Pickle a record as its class and field values: workers send every record to the parent,
    and the default for slotted dataclasses (a state list, then one setattr per field) took
    twice as long."""
    return type(self), tuple([getattr(self, name) for name in self.__slots__])


@dataclass(slots=True, frozen=True)
class Span:
    """A half-open range of code points into the document text as read; never into altered text."""

    __reduce__ = _by_fields

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Article:
    """What a reader yields: one input document, before any processing.

    `problem` is set when the input cannot be processed at all (empty, binary, not UTF-8,
    too large, bad JSON line, ...); the pipeline then emits a skipped document record.
    """

    __reduce__ = _by_fields

    doc: str
    text: str | None
    title: str | None = None
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD, given by the input
    outlet: str | None = None
    source: str = ""  # path (and line) the article came from, for messages
    fmt: str = "txt"  # txt | html | jsonl | warc
    emit_text: bool = False  # HTML/WARC: the extracted text goes on the document record
    problem: str | None = None
    unreadable: bool = False  # the path itself was missing or unreadable (exit status 1)
    published_precision: str | None = None  # day | month | year of a given date (None: day)


@dataclass(slots=True)
class Actor:
    __reduce__ = _by_fields
    name: str
    id: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "id": self.id, "country": self.country, "sector": self.sector,
                "role": self.role}


@dataclass(slots=True)
class DocumentInfo:
    __reduce__ = _by_fields
    doc: str
    status: str = "ok"  # ok | skipped
    reason: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    published_source: str | None = None  # given | header | text | url | inferred
    language: str | None = None
    body: list[Span] = field(default_factory=list)
    text: str | None = None  # only for HTML/WARC input
    title_span: Span | None = None  # where the headline sits in the text, if it does
    published_precision: str | None = None  # day | month | year; None with a date means day

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": "document", "doc": self.doc, "status": self.status, "reason": self.reason,
            "title": self.title, "outlet": self.outlet, "url": self.url, "published": self.published,
            "published_source": self.published_source,
            "published_precision": (self.published_precision or "day") if self.published else None,
            "language": self.language,
            "body": [s.to_dict() for s in self.body],
        }
        if self.text is not None:
            out["text"] = self.text
        return out


@dataclass(slots=True)
class Statement:
    __reduce__ = _by_fields
    content: Span
    sentence: Span
    speaker: Span | None = None
    cue: Span | None = None
    direct: bool = False
    actor: Actor | None = None
    recipient: Actor | None = None
    type: str = "STATEMENT"
    date: str | None = None
    date_precision: str | None = None  # None means a day; else week | month | year
    confidence: float = 0.5
    cue_class: str = "speech"  # speech | belief | evidence
    rule: str = ""  # versioned name of the rule that found it, for traceability
    recipient_span: Span | None = None  # the mention the recipient was read from
    type_rule: str = ""  # versioned name of the rule that chose the type
    speaker_rule: str = ""  # versioned name of the rule that chose the speaker ("" when none)

    def to_dict(self, doc: str) -> dict[str, Any]:
        return {
            "kind": "statement", "doc": doc, "type": self.type,
            "speaker": _span(self.speaker), "actor": _actor(self.actor), "cue": _span(self.cue),
            "content": self.content.to_dict(), "direct": self.direct,
            "recipient": _actor(self.recipient), "date": self.date,
            "date_precision": self.date_precision or "day" if self.date else None,
            "sentence": self.sentence.to_dict(), "confidence": round(self.confidence, 3),
            "cue_class": self.cue_class, "rule": self.rule,
            "actor_span": _span(self.speaker), "recipient_span": _span(self.recipient_span),
            "type_rule": self.type_rule,
            "speaker_rule": self.speaker_rule,
        }


@dataclass(slots=True)
class Event:
    __reduce__ = _by_fields
    type: str
    trigger: Span
    sentence: Span
    actor: Actor | None = None
    recipient: Actor | None = None
    date: str | None = None
    confidence: float = 0.5
    mode: str | None = None
    date_precision: str | None = None  # None means a day; else week | month | year
    asserted: bool = True  # False: only claimed inside someone's statement
    rule: str = ""
    actor_span: Span | None = None  # the mention the actor was read from
    recipient_span: Span | None = None  # the mention the recipient was read from
    type_rule: str = ""  # versioned name of the rule that chose the type
    # further mentions of the same happening in the article: (trigger, sentence) pairs
    mentions: list[tuple[Span, Span]] = field(default_factory=list)
    claimed_by: int | None = None  # claimed: index of the claiming statement among the document's
    factuality: str = "asserted"  # asserted, claimed or planned (code/factuality.py)
    factuality_rule: str = ""  # versioned name of the rule that chose the factuality

    def to_dict(self, doc: str) -> dict[str, Any]:
        return {
            "kind": "event", "doc": doc, "type": self.type, "mode": self.mode,
            "trigger": self.trigger.to_dict(), "sentence": self.sentence.to_dict(),
            "actor": _actor(self.actor), "recipient": _actor(self.recipient), "date": self.date,
            "date_precision": self.date_precision or "day" if self.date else None,
            "asserted": self.asserted, "confidence": round(self.confidence, 3), "rule": self.rule,
            "actor_span": _span(self.actor_span), "recipient_span": _span(self.recipient_span),
            "type_rule": self.type_rule,
            "mentions": [{"trigger": t.to_dict(), "sentence": s.to_dict()} for t, s in self.mentions],
            "claimed_by": self.claimed_by, "factuality": self.factuality,
            "factuality_rule": self.factuality_rule,
        }


@dataclass(slots=True)
class Result:
    """Everything the per-document pipeline produces for one article."""

    __reduce__ = _by_fields

    document: DocumentInfo
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def records(self) -> list[dict[str, Any]]:
        doc = self.document.doc
        return ([self.document.to_dict()] + [s.to_dict(doc) for s in self.statements]
                + [e.to_dict(doc) for e in self.events])


def _span(s: Span | None) -> dict[str, Any] | None:
    return s.to_dict() if s is not None else None


def _actor(a: Actor | None) -> dict[str, Any] | None:
    return a.to_dict() if a is not None else None


# JSON Lines that every line splitter reads back: `json` leaves U+0085, U+2028 and U+2029 raw
# inside strings, and `str.splitlines` (and JavaScript's line terminators) break a record there.
_LINE_BREAKS = str.maketrans({"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def json_line(obj: object) -> str:
    """One JSON Lines record (no newline): UTF-8 text, line separators inside strings escaped."""
    line = _ENCODE(obj)
    # `translate` maps every character in Python; the three `in` scans run in C and are nearly
    # always false
    if "\u0085" in line or "\u2028" in line or "\u2029" in line:
        return line.translate(_LINE_BREAKS)
    return line
