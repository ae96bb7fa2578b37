"""Find stored actors by a name as a person types it: `lavrov`, `Sergey Lavrov`, `sergei lavrov`.

Tried in order, stopping at the first step that finds someone: the normalised name (case and
accents folded) or the actor id; transliteration variants; the surname alone; then the actor
knowledge base (aliases, typos), whose answer must be an actor in the database.
"""

from __future__ import annotations

import sqlite3

from saidwhat.store.schema import StoreError

__all__ = ["UnknownActor", "match_actors", "mention_terms"]


class UnknownActor(StoreError, LookupError):
    def __init__(self, name: str, suggestions: list[str]) -> None:
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"no actor named {name!r} in the database{hint} "
                         "(`saidwhat actors` lists them all)")
        self.suggestions = suggestions


def match_actors(con: sqlite3.Connection, name: str) -> list[str]:
    """Ids of the stored actors `name` refers to (several for a shared surname), or UnknownActor."""
    from rapidfuzz import fuzz

    from saidwhat.resolve.kb import normalise, translit_variants
    from saidwhat.resources import knowledge_base

    norm = normalise(name)
    actors = {r[0]: normalise(r[1]) for r in con.execute("SELECT id, name FROM actors")}
    if not norm:
        raise UnknownActor(name, [])
    variants = translit_variants(norm) | {norm}
    hits = [aid for aid, n in actors.items() if n in variants or aid == name]
    if " " not in norm:  # a surname: "lavrov", "austin" (both "Austin" and "Lloyd Austin")
        hits += [aid for aid, n in actors.items()
                 if " " in n and n.rsplit(" ", 1)[1] in variants and _is_person(aid)]
    if not hits:
        kb = knowledge_base().lookup(name)
        # people's aliases and spellings are the point; a place filed under a country is not
        # ("Crimea" -> Ukraine), so other kinds must be spelt close to their name
        if kb is not None and (kb.kind == "person" or fuzz.ratio(norm, normalise(kb.name)) >= 85):
            hits = [aid for aid, n in actors.items() if aid == kb.id or n == normalise(kb.name)]
    if not hits:
        raise UnknownActor(name, suggest(con, name))
    return sorted(set(hits))


def suggest(con: sqlite3.Connection, name: str, limit: int = 3) -> list[str]:
    """Close stored actor names, for the message when nothing matched (a typo in any part)."""
    from rapidfuzz import fuzz

    from saidwhat.resolve.kb import normalise

    norm = normalise(name)
    scored = []
    for (full,) in con.execute("SELECT DISTINCT name FROM actors"):
        n = normalise(full)
        score = max([fuzz.WRatio(norm, n)] + [fuzz.ratio(norm, tok) for tok in n.split()])
        if score >= 70:
            scored.append((-score, full))
    return [full for _, full in sorted(scored)[:limit]]


def mention_terms(con: sqlite3.Connection, name: str, ids: list[str]) -> list[str]:
    """Normalised phrases whose presence in a statement means it mentions the actor(s)."""
    from saidwhat.resolve.kb import normalise

    terms = {normalise(name)}
    for aid in ids:
        row = con.execute("SELECT name FROM actors WHERE id = ?", (aid,)).fetchone()
        full = normalise(row[0]) if row else ""
        terms.add(full)
        if aid.startswith(("person:", "kb:")) and _is_person(aid) and " " in full:
            terms.add(full.rsplit(" ", 1)[1])  # people are mostly named by surname in the text
    return sorted(t for t in terms if t)


def _is_person(aid: str) -> bool:
    if aid.startswith("person:"):
        return True
    from saidwhat.resources import knowledge_base

    kb = knowledge_base().get(aid)
    return kb is not None and kb.kind == "person"
