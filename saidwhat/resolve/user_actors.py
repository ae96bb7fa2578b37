"""The user's own actors (`--actors FILE`, `saidwhat actors add/import`), merged into the knowledge base.

A file is CSV (a header row) or JSON (a list of objects, or JSON Lines) with the fields
name, aliases (`;`-separated in CSV), country, sector, role, from, until and optionally kind
(person, the default, or org). A user actor adds to the bundled knowledge base, and overrides it:
an actor of the same name gets the user's country, sector and role instead of its own, and the
user's names point to the user's actor only.

The merge writes a copy of the bundled file (`merged_kb`), so the resolver and the worker
processes read it as they read the bundled one: nothing else changes for them.
"""

from __future__ import annotations

import atexit
import csv
import json
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from saidwhat.read.fields import parse_given_date
from saidwhat.resolve.kb import fuzzy_blocks, normalise, role_key, translit_variants

__all__ = ["UserActor", "UserActorsError", "merged_kb", "read_user_actors", "user_actor"]

_CODE = re.compile(r"[A-Z][A-Z0-9]{1,5}")
_SECTOR = re.compile(r"[A-Z]{3}")
FIELDS = ("name", "aliases", "country", "sector", "role", "from", "until", "kind")


class UserActorsError(ValueError):
    """A user-actors file or row that cannot be used; the message says where and why."""


@dataclass(frozen=True)
class UserActor:
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None  # ISO 3166-1 alpha-3, or an organisation code (NATO, UN, ...)
    sector: str | None = None  # GOV, MIL, REB, OPP, COP, MED, CVL, BUS, IGO, NGO, ...
    role: str | None = None
    start: str | None = None  # YYYY-MM-DD
    end: str | None = None
    kind: str = "person"  # person | org

    def to_row(self) -> dict[str, Any]:
        return {"name": self.name, "aliases": ";".join(self.aliases), "country": self.country,
                "sector": self.sector, "role": self.role, "from": self.start, "until": self.end,
                "kind": self.kind}


def user_actor(row: dict[str, Any], where: str = "") -> UserActor:
    """One actor from a row of fields (as in the file); UserActorsError names what is wrong."""
    at = f"{where}: " if where else ""

    def text(key: str) -> str | None:
        v = row.get(key)
        if v is None:
            return None
        if not isinstance(v, str):
            v = str(v)
        return v.strip() or None

    name = text("name")
    if not name or not normalise(name):
        raise UserActorsError(f"{at}no name; every actor needs one (name, aliases, country, sector, ...)")
    raw_aliases = row.get("aliases")
    if isinstance(raw_aliases, list):
        aliases = [str(a).strip() for a in raw_aliases]
    else:
        aliases = re.split(r"[;|]", text("aliases") or "")
    country = (text("country") or "").upper() or None
    if country and not _CODE.fullmatch(country):
        raise UserActorsError(f"{at}country {country!r} of {name}: give an ISO 3166-1 alpha-3 code "
                              "(USA, DEU, BRA) or an organisation code (NATO, UN, EU)")
    sector = (text("sector") or "").upper() or None
    if sector and not _SECTOR.fullmatch(sector):
        raise UserActorsError(f"{at}sector {sector!r} of {name}: give a 3-letter sector code "
                              "(GOV, MIL, REB, OPP, COP, MED, CVL, BUS, IGO, NGO, ...)")
    kind = (text("kind") or "person").lower()
    if kind not in ("person", "org"):
        raise UserActorsError(f"{at}kind {kind!r} of {name}: give person or org")
    start, end = _date(text("from"), name, "from", at, end=False), _date(text("until"), name, "until", at, end=True)
    if start and end and end < start:
        raise UserActorsError(f"{at}{name}: until ({end}) is before from ({start})")
    return UserActor(name=name, aliases=tuple(a for a in dict.fromkeys(aliases) if a and normalise(a)),
                     country=country, sector=sector, role=text("role"), start=start, end=end, kind=kind)


def _date(value: str | None, name: str, key: str, at: str, end: bool) -> str | None:
    if not value:
        return None
    got = parse_given_date(value)
    if got is None:
        raise UserActorsError(f"{at}{key} {value!r} of {name} is not a date; write it as YYYY-MM-DD")
    if not end or got.precision == "day":
        return got.date
    y, m = int(got.date[:4]), int(got.date[5:7])  # "until 2024" means to the end of 2024
    if got.precision == "year":
        return f"{y}-12-31"
    nxt = f"{y + 1}-01-01" if m == 12 else f"{y}-{m + 1:02d}-01"
    from datetime import date, timedelta

    return (date.fromisoformat(nxt) - timedelta(days=1)).isoformat()


def read_user_actors(path: str | Path) -> list[UserActor]:
    """The actors in a CSV, TSV, JSON or JSON Lines file; UserActorsError names the bad row."""
    p = Path(path)
    try:
        data = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UserActorsError(f"{p}: no such file") from None
    except (OSError, UnicodeDecodeError) as e:
        raise UserActorsError(f"{p}: cannot be read as UTF-8 text ({e})") from None
    suffix = p.suffix.lower()
    rows: list[tuple[str, dict[str, Any]]]
    if suffix in (".json", ".jsonl", ".ndjson") or data.lstrip()[:1] in ("[", "{"):
        rows = _json_rows(data, p)
    else:
        delimiter = "\t" if suffix in (".tsv", ".tab") else ","
        reader = csv.DictReader(data.splitlines(), delimiter=delimiter)
        if not reader.fieldnames or "name" not in [h.strip().lower() for h in reader.fieldnames]:
            raise UserActorsError(f"{p}: the first row must name the columns, with at least name "
                                  f"({', '.join(FIELDS)})")
        rows = [(f"{p}, line {reader.line_num}",
                 {(k or "").strip().lower(): v for k, v in r.items() if k}) for r in reader]
    actors = [user_actor(r, where) for where, r in rows if any(str(v or "").strip() for v in r.values())]
    if not actors:
        raise UserActorsError(f"{p}: no actors in it")
    return actors


def _json_rows(data: str, p: Path) -> list[tuple[str, dict[str, Any]]]:
    try:
        obj = json.loads(data)
        items = obj.get("actors") if isinstance(obj, dict) and "actors" in obj else obj
        items = items if isinstance(items, list) else [items]
        pairs = [(f"{p}, actor {i}", x) for i, x in enumerate(items, start=1)]
    except json.JSONDecodeError:
        pairs = []
        for n, line in enumerate(data.splitlines(), start=1):
            if line.strip():
                try:
                    pairs.append((f"{p}, line {n}", json.loads(line)))
                except json.JSONDecodeError as e:
                    raise UserActorsError(f"{p}, line {n}: not valid JSON ({e.msg})") from None
    for where, x in pairs:
        if not isinstance(x, dict):
            raise UserActorsError(f"{where}: expected an object with name, aliases, country, ...")
    return [(w, {str(k).lower(): v for k, v in x.items()}) for w, x in pairs]


# --- the merged knowledge base ------------------------------------------------------------------

def merged_kb(base: Path, actors: list[UserActor]) -> Path:
    """A copy of the knowledge base at `base` with `actors` merged in; removed when the process ends."""
    folder = Path(tempfile.mkdtemp(prefix="saidwhat-kb-"))
    atexit.register(shutil.rmtree, folder, True)
    out = folder / "actors.sqlite"
    shutil.copyfile(base, out)
    con = sqlite3.connect(out)
    try:
        for a in actors:
            _merge(con, a)
        names = [r[0] for r in con.execute("SELECT DISTINCT alias_norm FROM aliases ORDER BY alias_norm")]
        con.execute("DELETE FROM fuzzy_blocks")  # positions in the sorted aliases moved
        con.executemany("INSERT INTO fuzzy_blocks VALUES (?, ?)",
                        sorted((k, " ".join(map(str, v))) for k, v in fuzzy_blocks(names).items()))
        con.execute("INSERT OR REPLACE INTO meta VALUES ('user_actors', ?)", (str(len(actors)),))
        con.commit()
    finally:
        con.close()
    return out


def _merge(con: sqlite3.Connection, a: UserActor) -> None:
    norm = normalise(a.name)
    same = [r[0] for r in con.execute(
        "SELECT a.id FROM aliases s JOIN actors a ON a.id = s.actor_id WHERE s.alias_norm = ? AND a.kind = ?"
        " ORDER BY a.curated DESC, a.id", (norm, a.kind))]
    # the same name in the bundled base: that actor, overridden (a curated one first)
    aid = same[0] if same else _new_id(con, a.name)
    toks = norm.split()
    surname = toks[-1] if a.kind == "person" and len(toks) >= 2 and len(toks[-1]) >= 3 else None
    if same:
        con.execute("UPDATE actors SET name = ?, country = coalesce(?, country), sector = coalesce(?, sector),"
                    " curated = 1, surname = coalesce(?, surname) WHERE id = ?",
                    (a.name, a.country, a.sector, surname, aid))
    else:
        con.execute("INSERT INTO actors (id, name, kind, country, sector, curated, surname)"
                    " VALUES (?, ?, ?, ?, ?, 1, ?)", (aid, a.name, a.kind, a.country, a.sector, surname))
    if a.country or a.sector or a.role:  # the user's facts replace the bundled roles
        old = con.execute("SELECT country, sector FROM actors WHERE id = ?", (aid,)).fetchone()
        country, sector = a.country or old[0], a.sector or old[1]
        con.execute("DELETE FROM roles WHERE actor_id = ?", (aid,))
        con.execute("INSERT INTO roles (actor_id, code, country, sector, role, role_key, start, end, curated)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
                    (aid, (country or "") + (sector or ""), country, sector, a.role,
                     role_key(a.role) if a.role else None, a.start, a.end))
    names = {normalise(n) for n in (a.name, *a.aliases)} - {""}
    if a.kind == "person":
        names |= {v for n in list(names) if len(n.split()) > 1 for v in translit_variants(n, limit=6)}
    for n in sorted(names):  # the user's names mean the user's actor, whoever else had them
        con.execute("DELETE FROM aliases WHERE alias_norm = ? AND actor_id != ?", (n, aid))
        con.execute("INSERT OR IGNORE INTO aliases (alias_norm, actor_id) VALUES (?, ?)", (n, aid))


def _new_id(con: sqlite3.Connection, name: str) -> str:
    base = "user:" + (normalise(name).replace(" ", "-") or "actor")
    aid, k = base, 2
    while con.execute("SELECT 1 FROM actors WHERE id = ?", (aid,)).fetchone():
        aid, k = f"{base}-{k}", k + 1
    return aid
