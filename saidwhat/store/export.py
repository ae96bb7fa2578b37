"""Export the database: CONTRACT.md records as JSON Lines, or flat tables as CSV / Parquet.

Tables (each column is described in README.md, "Exported tables"):
- `records`: statements and events, one row each, CONTRACT fields flattened
  (speaker_text, speaker_start, ..., actor_name, actor_country, ...) plus the document's outlet,
  published date, title and url. As JSON Lines it is the CONTRACT stream itself: a document
  record, then its statements and events, like `saidwhat extract`.
- `events`: a PLOVER event table (as in POLECAT): one row per PLOVER event, verbal and material,
  i.e. every event and every statement with a PLOVER type (the `plover_events` view).
- `dyads`: actor, recipient, type, count, first and last date (the `dyads` view): an edge list
  for network tools.
- `documents`: one row per document, without its text.

In Parquet, dates are real dates (`date32`), integers, booleans and numbers typed as such.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

from saidwhat.records import json_line
from saidwhat.store.schema import StoreError

__all__ = ["FORMATS", "TABLES", "arrow_schema", "as_date", "columns", "contract_records", "export", "rows",
           "typed_rows"]

FORMATS = ("jsonl", "csv", "parquet")
TABLES = ("records", "events", "dyads", "documents")
_BATCH = 10_000  # rows per Parquet row group write


def _contract_id(col: str) -> str:
    # unresolved actors are stored under name:<name>; in CONTRACT terms they have no id
    return f"CASE WHEN {col} LIKE 'name:%' THEN NULL ELSE {col} END"


def _actor_cols(alias: str, role: str, fields: tuple[str, ...]) -> str:
    cols = [f"{_contract_id(alias + '.id')} AS {role}_id"]
    cols += [f"{alias}.{f} AS {role}_{f}" for f in fields]
    return ", ".join(cols)


def _spans(*names: str) -> str:
    return ", ".join(f"x.{n}_text, x.{n}_start, x.{n}_end" for n in names)


def _nulls(*names: str) -> str:
    return ", ".join(f"NULL AS {n}_text, NULL AS {n}_start, NULL AS {n}_end" for n in names)


_ACTOR = ("name", "country", "sector", "role")
_DOC = "d.outlet, d.published, d.title, d.url"
_JOINS = ("JOIN documents d ON d.id = x.doc LEFT JOIN actors a ON a.id = x.actor_id"
          " LEFT JOIN actors r ON r.id = x.recipient_id")

# a record of an undated document takes the date inferred for it (store/dating.py), marked
_INHERITED = "(x.date IS NULL AND d.published IS NULL AND d.date_inferred IS NOT NULL)"
_DATE = f"CASE WHEN {_INHERITED} THEN d.date_inferred ELSE x.date END"
_DATE_PRECISION = f"CASE WHEN {_INHERITED} THEN 'day' ELSE x.date_precision END"

_RECORDS_SQL = f"""
SELECT 'statement' AS kind, 's' || x.id AS id, x.doc, x.seq, x.type, NULL AS mode,
       {_actor_cols('a', 'actor', _ACTOR)}, {_actor_cols('r', 'recipient', _ACTOR)},
       {_spans('speaker', 'cue', 'content')}, {_nulls('trigger')},
       x.direct, NULL AS asserted, {_DATE} AS date, {_DATE_PRECISION} AS date_precision,
       {_spans('sentence')}, x.confidence, x.cue_class, x.rule, x.type_rule, x.speaker_rule,
       x.speaker_text AS actor_span_text, x.speaker_start AS actor_span_start,
       x.speaker_end AS actor_span_end,  -- a statement's actor is read from its speaker mention
       {_spans('recipient_span')},
       NULL AS mentions, NULL AS claimed_by, NULL AS factuality, NULL AS factuality_rule, {_DOC},
       {_INHERITED} AS date_inferred
FROM statements x {_JOINS}
UNION ALL
SELECT 'event', 'e' || x.id, x.doc, x.seq, x.type, x.mode,
       {_actor_cols('a', 'actor', _ACTOR)}, {_actor_cols('r', 'recipient', _ACTOR)},
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, {_spans('trigger')},
       NULL, x.asserted, {_DATE}, {_DATE_PRECISION},
       {_spans('sentence')}, x.confidence, NULL, x.rule, x.type_rule, NULL,
       {_spans('actor_span', 'recipient_span')},
       x.mentions, x.claimed_by, x.factuality, x.factuality_rule, {_DOC}, {_INHERITED}
FROM events x {_JOINS}
ORDER BY doc, kind DESC, seq
"""

_EVENTS_SQL = f"""
SELECT x.id, x.date, x.date_precision, x.event_type, x.mode,
       {_contract_id('x.actor_id')} AS actor_id, x.actor_name, x.actor_country, x.actor_sector,
       {_contract_id('x.recipient_id')} AS recipient_id, x.recipient_name, x.recipient_country,
       x.recipient_sector, x.asserted, x.factuality, x.claimed_by, x.statement_id, x.record,
       x.trigger, x.content, x.sentence, x.confidence, x.rule, x.type_rule,
       x.doc, x.outlet, x.published, x.title, x.url
FROM plover_events x
ORDER BY x.date IS NULL, x.date, x.doc, x.pos, x.record DESC
"""

_DYADS_SQL = """
SELECT source, target, actor, recipient, type, count, claimed, first, last, actor_country,
       recipient_country
FROM dyads ORDER BY count DESC, actor, recipient, type
"""

_DOCUMENTS_SQL = """
SELECT id AS doc, status, reason, title, outlet, url, published, published_source, published_precision,
       language,
       source, format, sha256,
       date_inferred AS published_inferred, date_confidence AS published_confidence,
       CASE WHEN date_inferred IS NOT NULL THEN date_evidence END AS published_evidence
FROM documents ORDER BY id
"""

_SQL = {"records": _RECORDS_SQL, "events": _EVENTS_SQL, "dyads": _DYADS_SQL, "documents": _DOCUMENTS_SQL}
_SPANS = ("speaker", "cue", "content", "trigger", "sentence", "actor_span", "recipient_span")
_INTS = {"seq", "count", "claimed"} | {f"{s}_{e}" for s in _SPANS for e in ("start", "end")}
_BOOLS = {"direct", "asserted", "date_inferred"}
_FLOATS = {"confidence", "published_confidence"}
_DATES = {"date", "published", "first", "last", "published_inferred"}
_TABLE_INTS = {"records": {"claimed_by"}}  # in `events`, claimed_by is a statement id (s12)


def columns(con: sqlite3.Connection, table: str) -> list[str]:
    return [c[0] for c in con.execute(_SQL[_check_table(table)] + " LIMIT 0").description]


def rows(con: sqlite3.Connection, table: str) -> Iterator[dict[str, Any]]:
    """The flat rows of `table`, booleans as bool (dates as YYYY-MM-DD strings)."""
    for r in con.execute(_SQL[_check_table(table)]):
        d = dict(r)
        for k in _BOOLS & d.keys():
            if d[k] is not None:
                d[k] = bool(d[k])
        yield d


def contract_records(con: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """The CONTRACT.md stream: each document record followed by its statements and events."""
    docs = con.execute("SELECT * FROM documents ORDER BY id").fetchall()
    flat = rows(con, "records")  # ordered by doc too: merge the two streams
    pending = next(flat, None)
    for d in docs:
        yield _document(d)
        while pending is not None and pending["doc"] == d["id"]:
            yield _record(pending)
            pending = next(flat, None)


def _document(d: sqlite3.Row) -> dict[str, Any]:
    out = {"kind": "document", "doc": d["id"], "status": d["status"], "reason": d["reason"],
           "title": d["title"], "outlet": d["outlet"], "url": d["url"], "published": d["published"],
           "published_source": d["published_source"],
           "published_precision": (d["published_precision"] or "day") if d["published"] else None,
           "language": d["language"],
           "body": json.loads(d["body"]) if d["body"] else []}
    if d["published"] is None and d["date_inferred"] is not None:
        # dated by the story step (store/dating.py): the date, with its evidence and confidence
        evidence = json.loads(d["date_evidence"] or "{}")
        out.update(published=d["date_inferred"], published_source="inferred", published_precision="day",
                   published_inferred=True, published_confidence=d["date_confidence"],
                   published_evidence={"rule": evidence.get("rule"), "evidence": evidence.get("evidence", [])})
    if d["text_extracted"]:
        out["text"] = d["text"]
    return out


def _span(r: dict[str, Any], name: str) -> dict[str, Any] | None:
    if r[f"{name}_start"] is None:
        return None
    return {"start": r[f"{name}_start"], "end": r[f"{name}_end"], "text": r[f"{name}_text"]}


def _actor(r: dict[str, Any], role: str) -> dict[str, Any] | None:
    if r[f"{role}_name"] is None:
        return None
    return {"name": r[f"{role}_name"], "id": r[f"{role}_id"], "country": r[f"{role}_country"],
            "sector": r[f"{role}_sector"], "role": r[f"{role}_role"]}


def _record(r: dict[str, Any]) -> dict[str, Any]:
    """A flat records row back in CONTRACT form, as `saidwhat extract` printed it (plus `id`, as
    `saidwhat show` takes it)."""
    inherited = {"date_inferred": True} if r["date_inferred"] else {}
    if r["kind"] == "statement":
        return {"kind": "statement", "doc": r["doc"], "id": r["id"], "type": r["type"],
                "speaker": _span(r, "speaker"), "actor": _actor(r, "actor"), "cue": _span(r, "cue"),
                "content": _span(r, "content"), "direct": r["direct"],
                "recipient": _actor(r, "recipient"), "date": r["date"],
                "date_precision": r["date_precision"], "sentence": _span(r, "sentence"),
                "confidence": r["confidence"], "cue_class": r["cue_class"], "rule": r["rule"],
                "actor_span": _span(r, "actor_span"), "recipient_span": _span(r, "recipient_span"),
                "type_rule": r["type_rule"], "speaker_rule": r["speaker_rule"], **inherited}
    return {"kind": "event", "doc": r["doc"], "id": r["id"], "type": r["type"], "mode": r["mode"],
            "trigger": _span(r, "trigger"), "sentence": _span(r, "sentence"),
            "actor": _actor(r, "actor"), "recipient": _actor(r, "recipient"), "date": r["date"],
            "date_precision": r["date_precision"], "asserted": r["asserted"],
            "confidence": r["confidence"], "rule": r["rule"], "actor_span": _span(r, "actor_span"),
            "recipient_span": _span(r, "recipient_span"), "type_rule": r["type_rule"],
            "mentions": json.loads(r["mentions"]) if r["mentions"] is not None else None,
            "claimed_by": r["claimed_by"], "factuality": r["factuality"],
            "factuality_rule": r["factuality_rule"], **inherited}


def export(con: sqlite3.Connection, fmt: str, table: str = "records",
           out: str | Path | IO[str] | None = None, overwrite: bool = False) -> int:
    """Write `table` as `fmt` to the path or text stream `out`; the number of rows written.

    A path is written to a temporary file first and renamed, so a failed export leaves no
    half-written file behind. An existing file is replaced only with `overwrite`: without it
    StoreError, and the file is left as it was.
    """
    if fmt not in FORMATS:
        raise StoreError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    _check_table(table)
    if out is None or not isinstance(out, (str, Path)):
        if fmt == "parquet":
            raise StoreError("Parquet is binary: give a file with --out")
        return _write(con, fmt, table, out)
    path = Path(out)
    if not overwrite and (path.exists() or path.is_symlink()):
        raise _exists(path)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        if fmt == "parquet":
            n = _write_parquet(con, table, tmp)
        else:
            with open(tmp, "w", encoding="utf-8", newline="") as f:
                n = _write(con, fmt, table, f)
        if overwrite:
            os.replace(tmp, path)
        else:
            _place_new(tmp, path)
    except FileExistsError as e:  # made by someone else while we wrote
        tmp.unlink(missing_ok=True)
        raise _exists(path) from e
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"cannot write {path}: {e.strerror or e}") from e
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return n


def _exists(path: Path) -> StoreError:
    return StoreError(f"{path} already exists: add --force to overwrite it, or choose another --out")


def _place_new(tmp: Path, path: Path) -> None:
    """Rename `tmp` to `path` unless `path` exists (FileExistsError), in one step where the file
    system can link."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise
    except OSError:  # no hard links here (some network and FAT file systems)
        if path.exists() or path.is_symlink():
            raise FileExistsError(path) from None
        os.replace(tmp, path)
    else:
        tmp.unlink()


def _write(con: sqlite3.Connection, fmt: str, table: str, f: IO[str] | None) -> int:
    import sys

    f = f or sys.stdout
    n = 0
    if fmt == "jsonl":
        recs = contract_records(con) if table == "records" else rows(con, table)
        for rec in recs:
            f.write(json_line(rec) + "\n")
            n += 1
        return n
    writer = csv.DictWriter(f, fieldnames=columns(con, table), lineterminator="\n")
    writer.writeheader()
    for r in rows(con, table):
        writer.writerow(r)
        n += 1
    return n


def arrow_schema(names: list[str], table: str = "records") -> Any:
    import pyarrow as pa

    ints = _INTS | _TABLE_INTS.get(table, set())

    def kind(c: str) -> Any:
        if c in ints:
            return pa.int64()
        if c in _BOOLS:
            return pa.bool_()
        if c in _FLOATS:
            return pa.float64()
        if c in _DATES:
            return pa.date32()
        return pa.string()
    return pa.schema([(c, kind(c)) for c in names])


def as_date(value: str | None) -> date | None:
    """A stored YYYY-MM-DD as a date; anything else (an older saidwhat stored given dates
    unchecked) as None, since a date column cannot hold it."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def typed_rows(con: sqlite3.Connection, table: str) -> Iterator[dict[str, Any]]:
    """The rows of `table` as Parquet holds them: dates as `datetime.date`."""
    for r in rows(con, table):
        for k in _DATES & r.keys():
            r[k] = as_date(r[k])
        yield r


def _write_parquet(con: sqlite3.Connection, table: str, path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(columns(con, table), table)
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict[str, Any]] = []
        for r in typed_rows(con, table):
            batch.append(r)
            if len(batch) >= _BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema))
                n, batch = n + len(batch), []
        if batch or n == 0:  # an empty export is still a valid file with the schema
            writer.write_table(pa.Table.from_pylist(batch, schema))
            n += len(batch)
    return n


def _check_table(table: str) -> str:
    if table not in _SQL:
        raise StoreError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    return table
