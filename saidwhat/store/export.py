"""Export the database: CONTRACT.md records as JSON Lines, or flat tables as CSV / Parquet.

Tables:
- `records`: statements and events, one row each, CONTRACT fields flattened
  (speaker_text, speaker_start, ..., actor_name, actor_country, ...) plus the document's outlet,
  published date, title and url. As JSON Lines it is the CONTRACT stream itself: a document
  record, then its statements and events, like `saidwhat extract`.
- `events`: a PLOVER-style event table (as in POLECAT): one row per event.
- `documents`: one row per document, without its text.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from saidwhat.store.schema import StoreError

__all__ = ["FORMATS", "TABLES", "columns", "contract_records", "export", "rows"]

FORMATS = ("jsonl", "csv", "parquet")
TABLES = ("records", "events", "documents")
_BATCH = 10_000  # rows per Parquet row group write


def _contract_id(col: str) -> str:
    # unresolved actors are stored under name:<name>; in CONTRACT terms they have no id
    return f"CASE WHEN {col} LIKE 'name:%' THEN NULL ELSE {col} END"


def _actor_cols(alias: str, role: str, fields: tuple[str, ...]) -> str:
    cols = [f"{_contract_id(alias + '.id')} AS {role}_id"]
    cols += [f"{alias}.{f} AS {role}_{f}" for f in fields]
    return ", ".join(cols)


_ACTOR = ("name", "country", "sector", "role")
_DOC = "d.outlet, d.published, d.title, d.url"
_JOINS = ("JOIN documents d ON d.id = x.doc LEFT JOIN actors a ON a.id = x.actor_id"
          " LEFT JOIN actors r ON r.id = x.recipient_id")

_RECORDS_SQL = f"""
SELECT 'statement' AS kind, 's' || x.id AS id, x.doc, x.seq, x.type, NULL AS mode,
       {_actor_cols('a', 'actor', _ACTOR)}, {_actor_cols('r', 'recipient', _ACTOR)},
       x.speaker_text, x.speaker_start, x.speaker_end, x.cue_text, x.cue_start, x.cue_end,
       x.content_text, x.content_start, x.content_end,
       NULL AS trigger_text, NULL AS trigger_start, NULL AS trigger_end,
       x.direct, NULL AS asserted, x.date, x.date_precision,
       x.sentence_text, x.sentence_start, x.sentence_end, x.confidence, x.cue_class, x.rule, {_DOC}
FROM statements x {_JOINS}
UNION ALL
SELECT 'event', 'e' || x.id, x.doc, x.seq, x.type, x.mode,
       {_actor_cols('a', 'actor', _ACTOR)}, {_actor_cols('r', 'recipient', _ACTOR)},
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
       x.trigger_text, x.trigger_start, x.trigger_end,
       NULL, x.asserted, x.date, NULL,
       x.sentence_text, x.sentence_start, x.sentence_end, x.confidence, NULL, x.rule, {_DOC}
FROM events x {_JOINS}
ORDER BY doc, kind DESC, seq
"""

_EVENTS_SQL = f"""
SELECT 'e' || x.id AS id, coalesce(x.date, d.published) AS date, x.type AS event_type, x.mode,
       {_actor_cols('a', 'actor', ('name', 'country', 'sector'))},
       {_actor_cols('r', 'recipient', ('name', 'country', 'sector'))},
       x.trigger_text AS trigger, x.sentence_text AS sentence, x.asserted, x.confidence,
       x.doc, {_DOC}
FROM events x {_JOINS}
ORDER BY date IS NULL, date, x.doc, x.seq
"""

_DOCUMENTS_SQL = """
SELECT id AS doc, status, reason, title, outlet, url, published, published_source, language,
       source, format, sha256
FROM documents ORDER BY id
"""

_SQL = {"records": _RECORDS_SQL, "events": _EVENTS_SQL, "documents": _DOCUMENTS_SQL}
_INTS = {"seq"} | {f"{s}_{e}" for s in ("speaker", "cue", "content", "trigger", "sentence")
                   for e in ("start", "end")}
_BOOLS = {"direct", "asserted"}
_FLOATS = {"confidence"}


def columns(con: sqlite3.Connection, table: str) -> list[str]:
    return [c[0] for c in con.execute(_SQL[_check_table(table)] + " LIMIT 0").description]


def rows(con: sqlite3.Connection, table: str) -> Iterator[dict[str, Any]]:
    """The flat rows of `table`, booleans as bool."""
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
           "published_source": d["published_source"], "language": d["language"],
           "body": json.loads(d["body"]) if d["body"] else []}
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
    """A flat records row back in CONTRACT form (plus `id`, as `saidwhat show` takes it)."""
    if r["kind"] == "statement":
        return {"kind": "statement", "doc": r["doc"], "id": r["id"], "type": r["type"],
                "speaker": _span(r, "speaker"), "actor": _actor(r, "actor"), "cue": _span(r, "cue"),
                "content": _span(r, "content"), "direct": r["direct"],
                "recipient": _actor(r, "recipient"), "date": r["date"],
                "date_precision": r["date_precision"], "sentence": _span(r, "sentence"),
                "confidence": r["confidence"], "cue_class": r["cue_class"], "rule": r["rule"]}
    return {"kind": "event", "doc": r["doc"], "id": r["id"], "type": r["type"], "mode": r["mode"],
            "trigger": _span(r, "trigger"), "sentence": _span(r, "sentence"),
            "actor": _actor(r, "actor"), "recipient": _actor(r, "recipient"), "date": r["date"],
            "asserted": r["asserted"], "confidence": r["confidence"], "rule": r["rule"]}


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
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
        return n
    writer = csv.DictWriter(f, fieldnames=columns(con, table), lineterminator="\n")
    writer.writeheader()
    for r in rows(con, table):
        writer.writerow(r)
        n += 1
    return n


def arrow_schema(names: list[str]) -> Any:
    import pyarrow as pa

    def kind(c: str) -> Any:
        if c in _INTS:
            return pa.int64()
        if c in _BOOLS:
            return pa.bool_()
        if c in _FLOATS:
            return pa.float64()
        return pa.string()
    return pa.schema([(c, kind(c)) for c in names])


def _write_parquet(con: sqlite3.Connection, table: str, path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(columns(con, table))
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict[str, Any]] = []
        for r in rows(con, table):
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
