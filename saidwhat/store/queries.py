"""Read queries over the database; each returns plain dicts (the CLI renders them)."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import Any

from saidwhat.store.names import UnknownActor, match_actors, mention_terms
from saidwhat.store.schema import StoreError

__all__ = ["actors", "counts", "events", "search", "show", "statements", "timeline"]

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?$")
_ID = re.compile(r"([se])([0-9]+)", re.ASCII)
_MAX_ROWID = 2**63 - 1  # SQLite's largest integer: no id or count above it (and it overflows)


class BadFilter(StoreError, ValueError):
    """A filter value that cannot be used (a date that is not one): a usage error, for the CLI
    and the Python API alike."""


@dataclass(frozen=True)
class Listing:
    """A view the filters apply to: its type column, the text `about` searches, its order."""

    view: str
    type_col: str
    text: str
    order: str


TIMELINE = Listing("timeline", "type", "content",
                   "ORDER BY date IS NULL, date, doc, pos, kind DESC")  # undated last; statements first
STATEMENTS = Listing("statements_view", "type", "content", "ORDER BY date IS NULL, date, doc, id")
EVENTS = Listing("plover_events", "event_type", "coalesce(content, sentence)",
                 "ORDER BY date IS NULL, date, doc, pos, record DESC")


def timeline(con: sqlite3.Connection, actor: str | None = None, about: str | None = None,
             type: str | None = None, since: str | None = None, until: str | None = None,
             limit: int | None = None) -> list[dict[str, Any]]:
    """Statements and events in date order (a record's own date, else its document's)."""
    return listing(con, TIMELINE, actor, about, type, since, until, limit)


def statements(con: sqlite3.Connection, actor: str | None = None, about: str | None = None,
               type: str | None = None, since: str | None = None, until: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
    """Statements (rows of `statements_view`) in date order, filtered as `timeline`."""
    return listing(con, STATEMENTS, actor, about, type, since, until, limit)


def events(con: sqlite3.Connection, actor: str | None = None, about: str | None = None,
           type: str | None = None, since: str | None = None, until: str | None = None,
           limit: int | None = None) -> list[dict[str, Any]]:
    """PLOVER events, verbal and material (rows of `plover_events`), filtered as `timeline`."""
    return listing(con, EVENTS, actor, about, type, since, until, limit)


def listing(con: sqlite3.Connection, of: Listing, actor: str | None = None, about: str | None = None,
            type: str | None = None, since: str | None = None, until: str | None = None,
            limit: int | None = None) -> list[dict[str, Any]]:
    """The rows of `of.view` that pass the filters, in its order."""
    where: list[str] = []
    args: list[Any] = []
    if actor:
        ids = match_actors(con, actor)
        where.append(f"actor_id IN ({_marks(ids)})")
        args += ids
    if about:
        where.append(_about(con, about, args, of))
    if type:  # a typo is an error naming the closest type, as in `saidwhat timeline --type`
        from saidwhat.store.types import check_type

        where.append(f"{of.type_col} = ?")
        args.append(check_type(type))
    if since:
        where.append("date >= ?")
        args.append(_check_date(since, "--since"))
    if until:  # "2022" or "2022-01" include the whole year or month
        until = _check_date(until, "--until")
        where.append("substr(date, 1, ?) <= ?")
        args += [len(until), until]
    sql = f"SELECT * FROM {of.view}" + (" WHERE " + " AND ".join(where) if where else "") + " " + of.order
    if limit:
        sql += " LIMIT ?"
        args.append(min(limit, _MAX_ROWID))  # more rows than SQLite can count: all of them
    return [dict(r) for r in con.execute(sql, args)]


def _about(con: sqlite3.Connection, name: str, args: list[Any], of: Listing = TIMELINE) -> str:
    """Aimed at the actor, or mentioning it; a name that is no actor still matches mentions."""
    try:
        ids = match_actors(con, name)
    except UnknownActor as e:
        ids, unknown = [], e
    else:
        unknown = None
    terms = mention_terms(con, name, ids)
    if not terms:  # no letters or digits ("%", "_", blanks): nothing a name could match
        raise StoreError(f"--about {name!r}: give a name with letters or digits, such as lavrov")
    terms += [t + "s" for t in terms]  # normalise() makes "Lavrov's" "lavrovs"
    likes = " OR ".join([f"(' ' || sw_norm({of.text}) || ' ') LIKE ? ESCAPE '\\'"] * len(terms))
    patterns = [f"% {_like_escape(t)} %" for t in terms]
    if unknown is not None:  # say so rather than print nothing for a typo
        hit = con.execute(f"SELECT 1 FROM {of.view} WHERE {likes} LIMIT 1", patterns).fetchone()
        if hit is None:
            raise unknown
    clause = f"({likes})"
    if ids:
        clause = f"(recipient_id IN ({_marks(ids)}) OR {likes})"
        args += ids
    args += patterns
    return clause


def _like_escape(text: str) -> str:
    """`text` matched literally by LIKE ... ESCAPE '\\' (its % and _ are no wildcards)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search(con: sqlite3.Connection, text: str, limit: int | None = 50) -> list[dict[str, Any]]:
    """Statements whose content or sentence match `text` (FTS5 syntax; plain words work), best first."""
    sql = ("SELECT 's' || v.id AS id, v.date, v.type, v.speaker, v.speaker_text, v.content, v.outlet,"
           " v.title, v.url, v.doc,"
           " snippet(statements_fts, -1, '[', ']', '…', 16) AS snippet"
           " FROM statements_fts JOIN statements_view v ON v.id = statements_fts.rowid"
           " WHERE statements_fts MATCH ? ORDER BY bm25(statements_fts), v.id")
    args: list[Any] = [text]
    if limit:
        sql += " LIMIT ?"
        args.append(min(limit, _MAX_ROWID))  # more rows than SQLite can count: all of them
    try:
        rows = con.execute(sql, args).fetchall()
    except sqlite3.OperationalError:  # FTS syntax ("NATO-Russia", a lone quote): search the words
        words = "".join(c if c.isprintable() else " " for c in text).split()  # NUL ends an FTS query
        if not words:
            raise StoreError("give some words to search for") from None
        args[0] = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        try:
            rows = con.execute(sql, args).fetchall()
        except sqlite3.OperationalError as e:
            raise StoreError(f"cannot search for {text!r} ({e}); try plain words") from None
    return [dict(r) for r in rows]


def actors(con: sqlite3.Connection, name: str | None = None, limit: int | None = None
           ) -> list[dict[str, Any]]:
    """Every actor with its counts, first and last date and outlets; most active first."""
    sql = "SELECT * FROM actors_view"
    args: list[Any] = []
    if name:
        ids = match_actors(con, name)
        sql += f" WHERE id IN ({_marks(ids)})"
        args += ids
    sql += " ORDER BY statements + events DESC, name, id"
    if limit:
        sql += " LIMIT ?"
        args.append(min(limit, _MAX_ROWID))  # more rows than SQLite can count: all of them
    return [dict(r) for r in con.execute(sql, args)]


def show(con: sqlite3.Connection, record_id: str, context: int = 300) -> dict[str, Any]:
    """One statement (s12) or event (e5): every field, its sentence in context and its sources."""
    m = _ID.fullmatch(record_id.strip().lower())
    if not m:
        raise StoreError(f"bad id {record_id!r}: ids look like s12 (a statement) or e5 (an event), "
                         "as `saidwhat timeline` prints them")
    table = "statements" if m[1] == "s" else "events"
    number = int(m[2])
    row = (con.execute(f"SELECT * FROM {table} WHERE id = ?", (number,)).fetchone()
           if number <= _MAX_ROWID else None)  # a larger one cannot exist (and overflows SQLite)
    if row is None:
        raise StoreError(f"no {table[:-1]} {m[1]}{number} in the database; "
                         "`saidwhat timeline` lists the ids")
    rec = dict(row)
    rec["id"] = f"{m[1]}{number}"
    rec["kind"] = table[:-1]
    for role in ("actor", "recipient"):
        aid = rec.pop(f"{role}_id")
        a = con.execute("SELECT * FROM actors WHERE id = ?", (aid,)).fetchone() if aid else None
        rec[role] = dict(a) if a else None
    doc = con.execute("SELECT text FROM documents WHERE id = ?", (rec["doc"],)).fetchone()
    rec["context"] = _context(doc[0] or "", rec["sentence_start"], rec["sentence_end"], context)
    rec["sources"] = _sources(con, table, row)
    return rec


def counts(con: sqlite3.Connection) -> dict[str, int]:
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("documents", "statements", "events", "actors")}


def _context(text: str, start: int, end: int, width: int) -> dict[str, str]:
    """The sentence with up to `width` characters each side, cut at spaces."""
    before = text[max(0, start - width):start]
    after = text[end:end + width]
    if start - width > 0 and " " in before:
        before = "…" + before.split(" ", 1)[1]
    if end + width < len(text) and " " in after:
        after = after.rsplit(" ", 1)[0] + "…"
    return {"before": before, "sentence": text[start:end], "after": after}


def _sources(con: sqlite3.Connection, table: str, row: sqlite3.Row) -> list[dict[str, Any]]:
    """Every document reporting the same thing: the same actor with the same words (or trigger)."""
    what = "content_text" if table == "statements" else "trigger_text"
    docs = [row["doc"]]
    if row["actor_id"]:
        same = con.execute(f"SELECT DISTINCT doc FROM {table} WHERE actor_id = ? AND type = ?"
                           f" AND sw_norm({what}) = sw_norm(?) ORDER BY doc",
                           (row["actor_id"], row["type"], row[what]))
        docs += [d[0] for d in same if d[0] != row["doc"]]
    out = []
    for d in docs:
        r = con.execute("SELECT id AS doc, title, outlet, published, url, source FROM documents WHERE id = ?",
                        (d,)).fetchone()
        out.append(dict(r))
    return out


def _check_date(value: str, flag: str) -> str:
    if not _DATE.match(value):
        raise BadFilter(f"{flag} {value!r}: give a date as YYYY-MM-DD, YYYY-MM or YYYY")
    return value


def _marks(items: list[Any]) -> str:
    return ", ".join("?" * len(items))

