"""One story across outlets: the steps that run after each ingest, for the documents it stored."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from saidwhat.store import claims, contested, dating, variants
from saidwhat.store.schema import transaction

__all__ = ["link", "update"]


def update(con: sqlite3.Connection, docs: Sequence[str]) -> None:
    """`link` in a transaction of its own."""
    with transaction(con):
        link(con, docs)


def link(con: sqlite3.Connection, docs: Sequence[str]) -> None:
    """Link the statements and events of `docs` to the store's claims and happenings, flag quote
    variants, date undated documents and link contested points.

    The writer calls it inside each document's transaction, so a stored document is always a
    linked one, whatever stops a run. Documents found unlinked (stored by a saidwhat before
    schema 5) are linked along with them.
    """
    docs = _in_stored_order(con, {*docs, *_unlinked(con)})
    if not docs:
        return
    # claims that lost the reports of documents replaced in this run: recount, or drop if empty
    claims.refresh_happenings(con, claims.stale_happenings(con))
    stale = claims.stale_claims(con)
    claims.refresh_claims(con, stale)  # and drops the empty claims and happenings
    variants.refresh(con, {c for c in stale if con.execute(
        "SELECT 1 FROM claims WHERE id = ?", (c,)).fetchone()})
    variants.mark_translated(con, docs)
    touched = claims.resolve(con, docs)
    claims.resolve_events(con, docs)
    variants.refresh(con, touched)
    # a new dated report is evidence for an undated document stored earlier
    # (a happening's weekday anchor counts only beside such evidence: dating.py)
    dating.infer(con, list(dict.fromkeys([*docs, *_undated_sharing(con, touched)])))
    contested.link(con, docs)


def _unlinked(con: sqlite3.Connection) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT DISTINCT doc FROM statements WHERE claim_id IS NULL AND actor_id IS NOT NULL"
        " UNION SELECT DISTINCT doc FROM events WHERE happening_id IS NULL ORDER BY 1")]


def _undated_sharing(con: sqlite3.Connection, claim_ids: set[int]) -> list[str]:
    if not claim_ids:
        return []
    marks = ", ".join("?" * len(claim_ids))
    return [r[0] for r in con.execute(
        f"SELECT DISTINCT s.doc FROM statements s JOIN documents d ON d.id = s.doc"
        f" WHERE d.published IS NULL AND s.claim_id IN ({marks})", sorted(claim_ids))]


def _in_stored_order(con: sqlite3.Connection, docs: set[str]) -> list[str]:
    """`docs` in the order they were stored: a resumed run links as an uninterrupted one would."""
    rows = con.execute("SELECT id FROM documents ORDER BY rowid").fetchall()
    return [r[0] for r in rows if r[0] in docs]
