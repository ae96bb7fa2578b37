"""The user's actors kept in a database (`saidwhat actors add`, `saidwhat actors import`).

They are used by every later `saidwhat ingest` into that database, as `--actors FILE` is, and
they correct the stored actors of the same name at once (country, sector, role). The table is
created on first use, so older databases need no migration.
"""

from __future__ import annotations

import sqlite3

from saidwhat.resolve.kb import normalise
from saidwhat.resolve.user_actors import UserActor, user_actor
from saidwhat.store.schema import transaction

__all__ = ["add_user_actors", "stored_user_actors"]

_TABLE = """
CREATE TABLE IF NOT EXISTS user_actors (
    name_norm TEXT PRIMARY KEY,
    name TEXT NOT NULL, aliases TEXT, country TEXT, sector TEXT, role TEXT, start TEXT, end TEXT,
    kind TEXT NOT NULL DEFAULT 'person'
)"""


def add_user_actors(con: sqlite3.Connection, actors: list[UserActor]) -> tuple[int, int]:
    """Store `actors` (one of the same name is replaced); (added or replaced, stored actors updated)."""
    updated = 0
    with transaction(con):
        con.execute(_TABLE)
        for a in actors:
            con.execute("INSERT OR REPLACE INTO user_actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (normalise(a.name), a.name, ";".join(a.aliases), a.country, a.sector, a.role,
                         a.start, a.end, a.kind))
            names = {normalise(n) for n in (a.name, *a.aliases)}
            ids = [r[0] for r in con.execute("SELECT id, name FROM actors") if normalise(r[1]) in names]
            for aid in ids:
                con.execute("UPDATE actors SET country = coalesce(?, country), sector = coalesce(?, sector),"
                            " role = coalesce(?, role) WHERE id = ?", (a.country, a.sector, a.role, aid))
            updated += len(ids)
    return len(actors), updated


def stored_user_actors(con: sqlite3.Connection) -> list[UserActor]:
    """The user's actors stored in the database (none when it has no such table)."""
    if not con.execute("SELECT 1 FROM sqlite_master WHERE name = 'user_actors'").fetchone():
        return []
    rows = con.execute("SELECT name, aliases, country, sector, role, start, end, kind FROM user_actors"
                       " ORDER BY rowid").fetchall()
    return [user_actor({"name": r[0], "aliases": r[1], "country": r[2], "sector": r[3], "role": r[4],
                        "from": r[5], "until": r[6], "kind": r[7]}) for r in rows]
