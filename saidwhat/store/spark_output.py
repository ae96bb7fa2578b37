"""The Parquet tables of a `saidwhat spark` run, read back as the articles and results of a local run.

`saidwhat ingest RUN_DIR` stores them as `saidwhat ingest` stores what the pipeline gives it:
the same documents (with the same sha256, so a later local ingest of the same inputs finds them
unchanged), statements, events, actors and story links, without running the pipeline again.
Read with pyarrow (no Spark needed); the tables of one run are read whole, so this is for runs
that fit a desk, as the database does.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from saidwhat.records import Actor, Article, DocumentInfo, Event, Result, Span, Statement
from saidwhat.store.writer import IngestStats, Selection
from saidwhat.store.writer import ingest as store

__all__ = ["SUMMARY", "ingest_spark_output", "is_spark_output", "spark_results"]

SUMMARY = "_saidwhat.json"  # saidwhat.spark.job writes it last: its presence marks a finished run
TABLES = ("documents", "statements", "events")


def is_spark_output(path: str) -> bool:
    """Whether `path` is the output directory of a finished `saidwhat spark` run."""
    p = Path(path)
    return (p / SUMMARY).is_file() and all((p / t).is_dir() for t in TABLES)


def spark_results(path: str) -> Iterator[tuple[Article, Result]]:
    """The (article, result) of every document of the run in `path`, in the run's input order."""
    import pyarrow.parquet as pq

    def rows(table: str) -> list[dict[str, Any]]:
        return pq.read_table(Path(path) / table).to_pylist()

    records: dict[tuple[int, int], tuple[list[Statement], list[Event]]] = defaultdict(lambda: ([], []))
    for r in sorted(rows("statements"), key=lambda r: r["seq"]):
        records[_place(r)][0].append(_statement(r))
    for r in sorted(rows("events"), key=lambda r: r["seq"]):
        records[_place(r)][1].append(_event(r))
    for d in sorted(rows("documents"), key=_place):
        statements, events = records.pop(_place(d), ([], []))
        yield _article(d), Result(_document(d), statements, events)


def ingest_spark_output(con: sqlite3.Connection, paths: list[str], force: bool = False,
                        on_document: Callable[[Result], None] | None = None) -> IngestStats:
    """Store the documents of the `saidwhat spark` runs in `paths` in `con`: new and changed
    ones only (unless `force`), as `saidwhat ingest` stores the articles it reads."""
    results: dict[int, Result] = {}

    def articles() -> Iterator[Article]:
        for path in paths:
            for article, result in spark_results(path):
                results[id(article)] = result
                yield article

    todo = Selection(con, articles(), force=force)
    return store(con, todo, (results.pop(id(article)) for article in todo), on_document=on_document)


def _place(row: dict[str, Any]) -> tuple[int, int]:
    return row["input_index"], row["input_position"]


def _span(d: dict[str, Any] | None) -> Span | None:
    return Span(d["start"], d["end"], d["text"]) if d is not None else None


def _actor(d: dict[str, Any] | None) -> Actor | None:
    return Actor(**d) if d is not None else None


def _article(d: dict[str, Any]) -> Article:
    given = d["given"] or {}
    return Article(doc=d["doc"], text=d["text"], title=given.get("title"), url=given.get("url"),
                   published=given.get("published"), outlet=given.get("outlet"), source=d["source"] or "",
                   fmt=d["format"] or "txt", emit_text=bool(d["text_extracted"]), problem=given.get("problem"),
                   published_precision=given.get("published_precision"))


def _document(d: dict[str, Any]) -> DocumentInfo:
    return DocumentInfo(
        doc=d["doc"], status=d["status"], reason=d["reason"], title=d["title"], outlet=d["outlet"],
        url=d["url"], published=d["published"], published_source=d["published_source"],
        language=d["language"], body=[Span(s["start"], s["end"], s["text"]) for s in d["body"] or []],
        text=d["text"] if d["text_extracted"] else None, published_precision=d["published_precision"])


def _statement(r: dict[str, Any]) -> Statement:
    return Statement(
        content=Span(**r["content"]), sentence=Span(**r["sentence"]), speaker=_span(r["speaker"]),
        cue=_span(r["cue"]), direct=r["direct"], actor=_actor(r["actor"]), recipient=_actor(r["recipient"]),
        type=r["type"], date=r["date"], date_precision=r["date_precision"], confidence=r["confidence"],
        cue_class=r["cue_class"], rule=r["rule"], recipient_span=_span(r["recipient_span"]),
        type_rule=r["type_rule"], speaker_rule=r["speaker_rule"])


def _event(r: dict[str, Any]) -> Event:
    return Event(
        type=r["type"], trigger=Span(**r["trigger"]), sentence=Span(**r["sentence"]), actor=_actor(r["actor"]),
        recipient=_actor(r["recipient"]), date=r["date"], confidence=r["confidence"], mode=r["mode"],
        date_precision=r["date_precision"], asserted=r["asserted"], rule=r["rule"],
        actor_span=_span(r["actor_span"]), recipient_span=_span(r["recipient_span"]), type_rule=r["type_rule"],
        mentions=[(Span(**m["trigger"]), Span(**m["sentence"])) for m in r["mentions"] or []],
        claimed_by=r["claimed_by"], factuality=r["factuality"], factuality_rule=r["factuality_rule"])
