"""Read queries for the web pages and the JSON API; each returns plain dicts and lists.

Every value from the database reaches SQL as a bound parameter; only fixed column names and
clauses written here are joined into the SQL text.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from saidwhat.resolve.kb import normalise
from saidwhat.store.names import UnknownActor, match_actors
from saidwhat.store.queries import show
from saidwhat.store.schema import StoreError

__all__ = ["EDGE_TYPES", "Filters", "NotFound", "actor_page", "actors_index", "card", "document",
           "filter_choices", "records", "search", "volume"]

PAGE_MAX = 200  # rows in one page of any list
QUERY_MAX = 200  # characters in a search or a name
OFFSET_MAX = 1_000_000
# The relations the actor page draws: PLOVER type -> how it reads from the actor's side.
EDGE_TYPES = {"ACCUSE": "accuses", "THREATEN": "threatens", "REQUEST": "demands from",
              "SUPPORT": "supports", "AGREE": "agrees with"}
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?$")
_ID = re.compile(r"([se])([0-9]{1,18})$")
# Marks the FTS snippet puts around a match: private-use characters, which news text hardly ever
# holds (one that does only shifts the highlighting: the template escapes every piece either way).
MATCH_START, MATCH_END = "\ue000", "\ue001"


class NotFound(StoreError):
    """No such record, actor or document (404)."""


@dataclass(frozen=True)
class Filters:
    """The timeline's filters; empty strings mean no filter."""

    actor: str = ""
    recipient: str = ""
    type: str = ""
    outlet: str = ""
    since: str = ""
    until: str = ""
    asserted: str = ""  # "asserted": events the outlet reports as fact; "claimed": statements and claimed events
    kind: str = ""  # "statement" | "event"

    def active(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if v}


# The timeline view joins and sorts on a computed date (a record's own, else its document's), which
# no index of the store can serve. The app keeps one sorted copy in an in-memory database (the file
# stays read-only), so rowid order is timeline order and every filter has an index; each request's
# connection attaches it as `snap`. Rebuilt when the file changes.
SNAPSHOT = """
CREATE TABLE records AS
SELECT id, kind, date, type, actor_id, actor, speaker_text, recipient_id, recipient, content, outlet,
       doc, pos, asserted
FROM src.timeline ORDER BY date IS NULL, date, doc, pos, kind DESC;
CREATE INDEX records_actor ON records(actor_id);
CREATE INDEX records_recipient ON records(recipient_id);
CREATE INDEX records_type ON records(type);
CREATE INDEX records_outlet ON records(outlet);
CREATE INDEX records_date_type ON records(date, type);
CREATE TABLE actor_counts AS
SELECT a.id, a.name, a.country, a.sector, a.role,
       count(r.kind = 'statement' OR NULL) AS statements, count(r.kind = 'event' OR NULL) AS events
FROM src.actors a LEFT JOIN records r ON r.actor_id = a.id
GROUP BY a.id ORDER BY statements + events DESC, a.name, a.id;
CREATE UNIQUE INDEX actor_counts_id ON actor_counts(id);
-- what the unfiltered timeline shows above its rows, counted once
CREATE TABLE day_type AS SELECT date, type, count(*) AS n FROM records WHERE length(date) = 10
GROUP BY date, type ORDER BY date, type;
CREATE TABLE choices AS SELECT DISTINCT 'type' AS field, type AS value FROM records
UNION SELECT DISTINCT 'outlet', outlet FROM records WHERE outlet IS NOT NULL ORDER BY 1, 2;
"""
_snapshots = itertools.count()


def build_snapshot(db: Path) -> tuple[sqlite3.Connection, str]:
    """The in-memory copy of the timeline (see SNAPSHOT) and the URI that attaches it; it lives
    as long as the returned connection."""
    uri = f"file:saidwhat-web-{os.getpid()}-{next(_snapshots)}?mode=memory&cache=shared"
    con = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    con.execute("ATTACH DATABASE ? AS src", (f"file:{quote(os.fsencode(db.resolve()))}?mode=ro",))
    con.executescript(SNAPSHOT)
    con.execute("DETACH DATABASE src")
    return con, uri


def attach_snapshot(con: sqlite3.Connection, uri: str) -> sqlite3.Connection:
    con.execute("ATTACH DATABASE ? AS snap", (uri,))
    return con


def resolve_actor(con: sqlite3.Connection, name: str) -> list[str]:
    """Actor ids for an exact id (kb:sergei-lavrov) or a name as typed (lavrov)."""
    if con.execute("SELECT 1 FROM actors WHERE id = ?", (name,)).fetchone():
        return [name]
    try:
        return match_actors(con, name)
    except UnknownActor as e:
        raise NotFound(str(e)) from None


def _where(con: sqlite3.Connection, f: Filters) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    args: list[Any] = []
    for column, value in (("actor_id", f.actor), ("recipient_id", f.recipient)):
        if value:
            ids = resolve_actor(con, value)
            where.append(f"{column} IN ({', '.join('?' * len(ids))})")
            args += ids
    if f.type:
        where.append("type = ?")
        args.append(f.type.upper())
    if f.outlet:
        where.append("outlet = ?")
        args.append(f.outlet)
    if f.since:
        where.append("date >= ?")
        args.append(_check_date(f.since, "since"))
    if f.until:  # "2022" or "2022-01" include the whole year or month
        until = _check_date(f.until, "until")
        where.append("substr(date, 1, ?) <= ?")
        args += [len(until), until]
    if f.asserted == "asserted":
        where.append("asserted = 1")
    elif f.asserted == "claimed":
        where.append("(asserted = 0 OR kind = 'statement')")
    elif f.asserted:
        raise StoreError(f"asserted={f.asserted!r}: give asserted or claimed")
    if f.kind in ("statement", "event"):
        where.append("kind = ?")
        args.append(f.kind)
    elif f.kind:
        raise StoreError(f"kind={f.kind!r}: give statement or event")
    return where, args


def _check_date(value: str, name: str) -> str:
    if not _DATE.match(value):
        raise StoreError(f"{name}={value!r}: give a date as YYYY-MM-DD, YYYY-MM or YYYY")
    return value


_COLUMNS = ("id, kind, date, type, actor_id, actor, speaker_text, recipient_id, recipient, content,"
            " outlet, doc, asserted")


def records(con: sqlite3.Connection, f: Filters, dated: bool | None = None, limit: int = 100,
            offset: int = 0) -> dict[str, Any]:
    """One page of the timeline (date order; `dated` False: only the undated) and the total."""
    where, args = _where(con, f)
    if dated is True:
        where.append("date IS NOT NULL")
    elif dated is False:
        where.append("date IS NULL")
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    total = con.execute(f"SELECT count(*) FROM snap.records{clause}", args).fetchone()[0]
    rows = con.execute(f"SELECT {_COLUMNS} FROM snap.records{clause} ORDER BY rowid LIMIT ? OFFSET ?",
                       [*args, limit, offset]).fetchall()
    items = []
    for r in rows:
        item = dict(r)
        item["asserted"] = None if r["asserted"] is None else bool(r["asserted"])
        items.append(item)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def volume(con: sqlite3.Connection, f: Filters, most_bars: int = 240, stray: float = 0.02) -> dict[str, Any]:
    """Records per day and type (full dates only) for the strip above the timeline, counted in
    bins of `days_per_bar` days so that a long span gives at most `most_bars` bars.

    The strip covers the days holding nearly all the records: a few stray dates at either end
    (at most `stray` of them, such as a story's "since 2014") would squeeze the rest into one bar;
    they are counted in `outside` instead."""
    where, args = _where(con, f)
    where.append("length(date) = 10")
    table, count = "snap.records", "count(*)"
    if len(where) == 1:  # no filter: from the counts made once
        table, count, where, args = "snap.day_type", "sum(n)", [], []
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    days = con.execute(f"SELECT date, {count} FROM {table}{clause} GROUP BY date ORDER BY date", args).fetchall()
    if not days:
        return {"first": None, "last": None, "days_per_bar": 1, "bins": [], "outside": 0}
    budget = int(sum(n for _, n in days) * stray)
    lo, hi = 0, len(days) - 1
    while lo < hi and days[lo][1] <= budget:
        budget -= days[lo][1]
        lo += 1
    while hi > lo and days[hi][1] <= budget:
        budget -= days[hi][1]
        hi -= 1
    first, last = days[lo][0], days[hi][0]
    outside = sum(n for _, n in days[:lo]) + sum(n for _, n in days[hi + 1:])
    span = int(con.execute("SELECT julianday(?) - julianday(?)", (last, first)).fetchone()[0]) + 1
    per = -(-span // most_bars)
    rows = con.execute(f"SELECT CAST((julianday(date) - julianday(?)) / ? AS INTEGER) AS bin, type, {count} AS n"
                       f" FROM {table}{clause}{' AND' if clause else ' WHERE'} date BETWEEN ? AND ?"
                       " GROUP BY bin, type ORDER BY bin, type", [first, per, *args, first, last])
    return {"first": first, "last": last, "days_per_bar": per, "bins": [tuple(r) for r in rows],
            "outside": outside}


def filter_choices(con: sqlite3.Connection) -> dict[str, list[str]]:
    """The types and outlets present, for the filter form's menus."""
    rows = con.execute("SELECT field, value FROM snap.choices ORDER BY rowid").fetchall()
    return {"types": [r[1] for r in rows if r[0] == "type"], "outlets": [r[1] for r in rows if r[0] == "outlet"]}


def actors_index(con: sqlite3.Connection, name: str = "", limit: int = 100, offset: int = 0
                 ) -> dict[str, Any]:
    """Actors with their counts of statements and events, most active first."""
    where, args = "", []
    if name:
        ids = resolve_actor(con, name)
        where = f" WHERE id IN ({', '.join('?' * len(ids))})"
        args = ids
    total = con.execute(f"SELECT count(*) FROM snap.actor_counts{where}", args).fetchone()[0]
    rows = con.execute("SELECT id, name, country, sector, role, statements, events"
                       f" FROM snap.actor_counts{where} ORDER BY rowid LIMIT ? OFFSET ?", [*args, limit, offset])
    return {"total": total, "limit": limit, "offset": offset, "items": [dict(r) for r in rows]}


def actor_page(con: sqlite3.Connection, actor_id: str) -> dict[str, Any]:
    """One actor: the stored fields, aliases and dated roles, counts and the relation edges."""
    row = con.execute("SELECT id, name, country, sector, role FROM actors WHERE id = ?",
                      (actor_id,)).fetchone()
    if row is None:
        raise NotFound(f"no actor {actor_id!r} in the database; the actors page lists them")
    actor = dict(row)
    said = [r[0] for r in con.execute(
        "SELECT speaker_text FROM statements WHERE actor_id = ? AND speaker_text IS NOT NULL"
        " GROUP BY speaker_text ORDER BY count(*) DESC LIMIT 12", (actor_id,))]
    aliases, roles = _kb_facts(actor_id)
    # the text's own names for them ("Foreign Minister Sergei Lavrov"), not "he" or "the diplomat"
    name_words = set(normalise(actor["name"]).split())
    said = [s for s in said if s != actor["name"] and name_words & set(normalise(s).split())]
    actor["aliases"] = _unique(said + aliases)[:20]
    actor["roles"] = roles
    actor.update(dict(con.execute("SELECT statements, events FROM snap.actor_counts WHERE id = ?",
                                  (actor_id,)).fetchone()))
    actor["edges"] = edges(con, actor_id)
    return actor


def _kb_facts(actor_id: str) -> tuple[list[str], list[dict[str, str | None]]]:
    """Aliases and roles with dates from the actor knowledge base, for actors it knows."""
    if not actor_id.startswith("kb:"):
        return [], []
    from saidwhat.resources import knowledge_base

    kb = knowledge_base()
    # the KB has no public listing of one actor's aliases and roles; its query helpers are read-only
    aliases = [r[0] for r in kb._query("SELECT alias_norm FROM aliases WHERE actor_id = ?"
                                       " ORDER BY length(alias_norm), alias_norm LIMIT 12", (actor_id,))]
    roles: list[dict[str, str | None]] = []
    seen = set()
    for r in kb._roles(actor_id):
        key = (r.key or r.role, r.start)
        if r.role and key not in seen:
            seen.add(key)
            roles.append({"role": r.role, "country": r.country, "start": r.start, "end": r.end})
    roles.sort(key=lambda r: r["start"] or "")
    return aliases, roles


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for s in items:
        if s.casefold() not in seen:
            seen.add(s.casefold())
            out.append(s)
    return out


def edges(con: sqlite3.Connection, actor_id: str) -> list[dict[str, Any]]:
    """Counted relations to and from the actor: (other actor, type, direction, count)."""
    marks = ", ".join("?" * len(EDGE_TYPES))
    out: list[dict[str, Any]] = []
    for direction, mine, theirs in (("out", "actor_id", "recipient_id"), ("in", "recipient_id", "actor_id")):
        for table in ("statements", "events"):
            rows = con.execute(
                f"SELECT t.{theirs} AS other, a.name AS other_name, t.type, count(*) AS n"
                f" FROM {table} t JOIN actors a ON a.id = t.{theirs}"
                f" WHERE t.{mine} = ? AND t.type IN ({marks}) AND t.{theirs} != t.{mine}"
                f" GROUP BY t.{theirs}, t.type", [actor_id, *EDGE_TYPES])
            out += [{**dict(r), "direction": direction} for r in rows]
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}
    for e in out:  # statements and events of one type count together
        key = (e["other"], e["type"], e["direction"])
        if key in merged:
            merged[key]["n"] += e["n"]
        else:
            merged[key] = e
    return sorted(merged.values(), key=lambda e: (-e["n"], e["other_name"], e["type"], e["direction"]))


def card(con: sqlite3.Connection, record_id: str) -> dict[str, Any]:
    """One statement or event with its sentence inside its paragraph and its document(s)."""
    if not _ID.match(record_id):
        raise NotFound(f"bad id {record_id!r}: ids look like s12 (a statement) or e5 (an event)")
    try:
        rec = show(con, record_id)
    except StoreError as e:
        raise NotFound(str(e)) from None
    doc = con.execute("SELECT text, body, title, outlet, url, published FROM documents WHERE id = ?",
                      (rec["doc"],)).fetchone()
    rec["paragraph"] = _paragraph(doc["text"] or "", doc["body"], rec["sentence_start"], rec["sentence_end"])
    rec["document"] = {"id": rec["doc"], "title": doc["title"], "outlet": doc["outlet"],
                       "url": doc["url"], "published": doc["published"]}
    if rec["kind"] == "event":
        rec["asserted"] = bool(rec["asserted"])
    else:
        rec["direct"] = bool(rec["direct"])
    return rec


def _paragraph(text: str, body: str | None, start: int, end: int) -> dict[str, str]:
    """The paragraph holding text[start:end], cut in three around it (the whole text if no body)."""
    lo, hi = 0, len(text)
    try:
        spans = json.loads(body) if body else []
    except ValueError:
        spans = []
    for s in spans:
        if isinstance(s, dict) and isinstance(s.get("start"), int) and isinstance(s.get("end"), int) \
                and s["start"] <= start and end <= s["end"]:
            lo, hi = s["start"], s["end"]
            break
    else:  # no paragraph spans: the text's own paragraph around the sentence
        lo = text.rfind("\n", 0, start) + 1
        nl = text.find("\n", end)
        hi = nl if nl != -1 else len(text)
    return {"before": text[lo:start], "sentence": text[start:end], "after": text[end:hi]}


def document(con: sqlite3.Connection, doc_id: str) -> dict[str, Any]:
    row = con.execute("SELECT id, status, reason, title, outlet, url, published, published_source,"
                      " language FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        raise NotFound(f"no document {doc_id!r} in the database")
    out = dict(row)
    out["statements"] = [f"s{r[0]}" for r in con.execute(
        "SELECT id FROM statements WHERE doc = ? ORDER BY seq", (doc_id,))]
    out["events"] = [f"e{r[0]}" for r in con.execute(
        "SELECT id FROM events WHERE doc = ? ORDER BY seq", (doc_id,))]
    return out


def search(con: sqlite3.Connection, text: str, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Statements matching `text` in the FTS5 index, best first, each with a marked-up snippet.

    FTS5 syntax works ("NATO AND expansion", "sanction*"); text that is not valid syntax
    ("NATO-Russia", a lone quote) is a StoreError (a 400) whose message gives the same words
    quoted, which always parse, so a reader can search them as plain words in one step.
    """
    words = "".join(c if c.isprintable() else " " for c in text).split()
    if not words:
        raise StoreError("give some words to search for")
    try:
        return _search(con, text, limit, offset)
    except sqlite3.OperationalError as e:
        quoted = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        raise StoreError(f"{text!r} is not valid search syntax ({e}); to search the words as they are,"
                         f" put each in double quotes: {quoted}") from None


def _search(con: sqlite3.Connection, query: str, limit: int, offset: int) -> dict[str, Any]:
    total = con.execute("SELECT count(*) FROM statements_fts WHERE statements_fts MATCH ?",
                        (query,)).fetchone()[0]
    rows = con.execute(
        "SELECT 's' || s.id AS id, coalesce(s.date, d.published) AS date, s.type, s.actor_id,"
        " a.name AS actor, s.speaker_text, s.content_text AS content, d.outlet, d.title, s.doc,"
        f" snippet(statements_fts, -1, '{MATCH_START}', '{MATCH_END}', '…', 24) AS snippet"
        " FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid"
        " JOIN documents d ON d.id = s.doc LEFT JOIN actors a ON a.id = s.actor_id"
        " WHERE statements_fts MATCH ? ORDER BY bm25(statements_fts), s.id LIMIT ? OFFSET ?",
        (query, limit, offset)).fetchall()
    return {"total": total, "limit": limit, "offset": offset, "items": [dict(r) for r in rows]}


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """A snippet as (text, is_match) pieces, for the template to escape and mark."""
    parts: list[tuple[str, bool]] = []
    for i, piece in enumerate(re.split(f"[{MATCH_START}{MATCH_END}]", snippet or "")):
        if piece:
            parts.append((piece, i % 2 == 1))
    return parts
