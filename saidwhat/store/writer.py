"""Writing pipeline results into the database: incremental, idempotent, one transaction per document.

A document is known by its id and the sha256 of its text and given metadata. Unchanged
documents are skipped right after reading, before any NLP; a changed one replaces its old
records; each document is written in a single transaction, so a killed run leaves whole
documents only and the next run completes the rest.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

from saidwhat import __version__
from saidwhat.records import Actor, Article, Event, Result, Span, Statement
from saidwhat.store import story
from saidwhat.store.schema import StoreError, transaction

__all__ = ["IngestStats", "actor_key", "article_hash", "ingest", "write_result"]

log = logging.getLogger(__name__)


@dataclass(slots=True)
class IngestStats:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    skipped: int = 0  # stored, but with status "skipped" (empty, binary, not English, ...)
    statements: int = 0
    events: int = 0
    duplicates: list[str] = field(default_factory=list)  # ids seen twice in one run
    unreadable: list[str] = field(default_factory=list)  # paths that could not be read at all

    @property
    def read(self) -> int:
        return self.new + self.changed + self.unchanged


def article_hash(article: Article) -> str:
    """sha256 of what the results depend on: the text (or the problem) and the given metadata."""
    payload = {"text": article.text, "problem": None if article.text is not None else article.problem,
               "title": article.title, "url": article.url, "published": article.published,
               "outlet": article.outlet}
    if article.published_precision not in (None, "day"):  # only then: older hashes stay as they were
        payload["published_precision"] = article.published_precision
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def actor_key(actor: Actor) -> str:
    """The actors.id of an actor: its resolver id, or name:<normalised name> when it has none."""
    if actor.id:
        return actor.id
    from saidwhat.resolve.kb import normalise

    return "name:" + (normalise(actor.name).replace(" ", "-") or "unknown")


class Selection:
    """The articles of an ingest run that need the pipeline (new and changed ones, in order), as
    an iterable to hand the runner; those skipped before any NLP are counted in `stats`."""

    def __init__(self, con: sqlite3.Connection, articles: Iterable[Article], force: bool = False,
                 retry: Callable[[str | None], bool] | None = None,
                 on_passed_over: Callable[[Article], None] | None = None) -> None:
        # a document that failed inside saidwhat is stored with its reason but retried every run,
        # and so is one whose stored reason `retry` accepts (a limit that has since been raised)
        self._known = {r[0]: r[1] for r in con.execute(
            "SELECT id, sha256, reason FROM documents WHERE coalesce(reason, '') NOT LIKE 'internal error%'")
            if retry is None or not retry(r[2])}
        self._articles, self._force, self._on_passed_over = articles, force, on_passed_over
        self.stats = IngestStats()
        self.pending: deque[tuple[Article, str]] = deque()  # articles handed to the runner, in order

    def __iter__(self) -> Iterator[Article]:
        seen: set[str] = set()
        for article in self._articles:
            if article.unreadable:  # a missing path is not a document: nothing to store
                self.stats.unreadable.append(article.source or article.doc)
                self._pass_over(article)
                continue
            if article.doc in seen:  # storing both would make every re-run flip between them
                log.warning("%s: document id %s was already read in this run; skipped",
                            article.source, article.doc)
                self.stats.duplicates.append(article.doc)
                self._pass_over(article)
                continue
            seen.add(article.doc)
            sha = article_hash(article)
            if not self._force and self._known.get(article.doc) == sha:
                self.stats.unchanged += 1
                self._pass_over(article)
                continue
            self.pending.append((article, sha))
            yield article

    def _pass_over(self, article: Article) -> None:
        if self._on_passed_over is not None:
            self._on_passed_over(article)


def ingest(con: sqlite3.Connection, selection: Selection, results: Iterable[Result],
           on_document: Callable[[Result], None] | None = None) -> IngestStats:
    """Store the results of the selected articles (the runner's output over `selection`, in order).

    `on_document` is called with each result once it is committed (for progress bars).
    """
    stats = selection.stats
    # One commit per document: in WAL mode a commit appends to one file instead of making and
    # deleting a journal, which halves the writer's time (bench/RESULTS.md). The file goes back
    # to the usual mode at the end, so that it still opens read-only where WAL's side files
    # cannot be created; a killed run leaves WAL on, which any later open recovers.
    _journal_mode(con, "WAL")
    try:
        for result in results:
            if not selection.pending:
                raise StoreError(f"internal error: got results for {result.document.doc}, expected none")
            article, sha = selection.pending.popleft()
            if article.doc != result.document.doc:  # the runner must keep input order
                raise StoreError(f"internal error: got results for {result.document.doc}, expected {article.doc}")
            replaced = write_result(con, result, article, sha)
            if replaced:
                stats.changed += 1
            else:
                stats.new += 1
            stats.skipped += result.document.status != "ok"
            stats.statements += len(result.statements)
            stats.events += len(result.events)
            if on_document:
                on_document(result)
        story.update(con, [])  # links what a saidwhat before schema 5 stored, once
    finally:
        _journal_mode(con, "DELETE")
    return stats


def _journal_mode(con: sqlite3.Connection, mode: str) -> None:
    try:
        con.execute(f"PRAGMA journal_mode = {mode}")
        # WAL + NORMAL: a commit survives the process being killed; after a power cut the last
        # commits may be gone, never half a document
        con.execute(f"PRAGMA synchronous = {'NORMAL' if mode == 'WAL' else 'FULL'}")
    except sqlite3.Error as e:  # a reader holds the file: stay in the mode it has
        log.info("journal mode %s not set: %s", mode, e)


def write_result(con: sqlite3.Connection, result: Result, article: Article, sha: str) -> bool:
    """Store one document's results in one transaction, replacing an older version; True if replaced."""
    doc = result.document.doc
    try:
        with transaction(con):
            replaced = _delete_document(con, doc)
            _insert_document(con, result, article, sha)
            for seq, s in enumerate(result.statements):
                _insert_statement(con, doc, seq, s)
            for seq, e in enumerate(result.events):
                _insert_event(con, doc, seq, e)
            if replaced:  # actors only the old version mentioned would linger in `saidwhat actors`
                con.execute(_DELETE_ORPHAN_ACTORS)
            # claims, happenings, quote variants, dates, contested points (store/story.py), in the
            # same transaction: a stored document is a linked one, whatever stops the run
            story.link(con, [doc])
    except sqlite3.Error as e:
        raise StoreError(_write_failure(doc, e)) from e
    return replaced


def _write_failure(doc: str, e: sqlite3.Error) -> str:
    msg = str(e)
    if "full" in msg or "I/O error" in msg:  # a file size limit shows as an I/O error
        why = "the disk (or the database's size limit) is full, or failing; free some space"
    elif "readonly" in msg or "unable to open" in msg:
        why = "the database or its folder cannot be written; choose a writable place with --db"
    elif "locked" in msg or "busy" in msg:
        why = "another process is writing to the database; wait until it has finished"
    else:
        why = "the database refused the write"
    return f"could not store {doc}: {why} ({msg}). Nothing of {doc} was stored."


def _delete_document(con: sqlite3.Connection, doc: str) -> bool:
    con.execute("DELETE FROM statements WHERE doc = ?", (doc,))
    con.execute("DELETE FROM events WHERE doc = ?", (doc,))
    return con.execute("DELETE FROM documents WHERE id = ?", (doc,)).rowcount > 0


_DELETE_ORPHAN_ACTORS = """
DELETE FROM actors WHERE id NOT IN (
    SELECT actor_id FROM statements WHERE actor_id IS NOT NULL
    UNION SELECT recipient_id FROM statements WHERE recipient_id IS NOT NULL
    UNION SELECT actor_id FROM events WHERE actor_id IS NOT NULL
    UNION SELECT recipient_id FROM events WHERE recipient_id IS NOT NULL)
"""


def _insert_document(con: sqlite3.Connection, result: Result, article: Article, sha: str) -> None:
    d = result.document
    text = d.text if d.text is not None else article.text
    con.execute(
        "INSERT INTO documents (id, sha256, status, reason, title, outlet, url, published, published_source,"
        " published_precision, language, body, text, text_extracted, source, format, saidwhat_version,"
        " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (d.doc, sha, d.status, d.reason, d.title, d.outlet, d.url, d.published, d.published_source,
         (d.published_precision or "day") if d.published else None, d.language, json.dumps([s.to_dict() for s in d.body], ensure_ascii=False), text,
         int(d.text is not None), article.source, article.fmt, __version__,
         datetime.now(UTC).isoformat(timespec="seconds")))


def _actor_id(con: sqlite3.Connection, actor: Actor | None) -> str | None:
    """Get-or-create; a later sighting only fills in what the first one left unknown."""
    if actor is None:
        return None
    key = actor_key(actor)
    con.execute(
        "INSERT INTO actors (id, name, country, sector, role) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET country = coalesce(actors.country, excluded.country),"
        " sector = coalesce(actors.sector, excluded.sector), role = coalesce(actors.role, excluded.role)",
        (key, actor.name, actor.country, actor.sector, actor.role))
    return key


def _span(s: Span | None) -> tuple[str | None, int | None, int | None]:
    return (s.text, s.start, s.end) if s is not None else (None, None, None)


def _insert_statement(con: sqlite3.Connection, doc: str, seq: int, s: Statement) -> None:
    rec = s.to_dict(doc)  # the CONTRACT view, so stored values match `saidwhat extract`
    con.execute(
        "INSERT INTO statements (doc, seq, type, actor_id, recipient_id, speaker_text, speaker_start,"
        " speaker_end, cue_text, cue_start, cue_end, content_text, content_start, content_end, direct,"
        " date, date_precision, sentence_text, sentence_start, sentence_end, confidence, cue_class, rule,"
        " recipient_span_text, recipient_span_start, recipient_span_end, type_rule, speaker_rule)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (doc, seq, s.type, _actor_id(con, s.actor), _actor_id(con, s.recipient), *_span(s.speaker),
         *_span(s.cue), *_span(s.content), int(s.direct), s.date, rec["date_precision"],
         *_span(s.sentence), rec["confidence"], s.cue_class, s.rule, *_span(s.recipient_span),
         s.type_rule, s.speaker_rule))


def _insert_event(con: sqlite3.Connection, doc: str, seq: int, e: Event) -> None:
    rec = e.to_dict(doc)
    con.execute(
        "INSERT INTO events (doc, seq, type, mode, actor_id, recipient_id, trigger_text, trigger_start,"
        " trigger_end, sentence_text, sentence_start, sentence_end, date, asserted, confidence, rule,"
        " date_precision, actor_span_text, actor_span_start, actor_span_end, recipient_span_text,"
        " recipient_span_start, recipient_span_end, type_rule, mentions, claimed_by, factuality,"
        " factuality_rule)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (doc, seq, e.type, e.mode, _actor_id(con, e.actor), _actor_id(con, e.recipient),
         *_span(e.trigger), *_span(e.sentence), e.date, int(e.asserted), rec["confidence"], e.rule,
         rec["date_precision"], *_span(e.actor_span), *_span(e.recipient_span), e.type_rule,
         json.dumps(rec["mentions"], ensure_ascii=False), e.claimed_by, e.factuality,
         e.factuality_rule))
