"""Quote variants: two direct quotes of one claim in different words, with a word-level diff; and
which documents are machine translations (their quotes may be altered by the translation).
"""

from __future__ import annotations

import difflib
import re
import sqlite3
from collections.abc import Iterable
from itertools import combinations

from saidwhat.store.claims import normalise_words, similarity

__all__ = ["TRANSLATION_NOTICE", "mark_translated", "refresh", "word_diff"]

# A document-level signal a reader can check: the outlet says in the text that it was translated
# by a machine ("we ... translate it through programmatic technology", "machine translated",
# "automatically translated", "translated by Google"). Outlets say so in a notice, near the end.
TRANSLATION_NOTICE = re.compile(
    r"\b(?:machine[- ]translat\w*|automatic(?:ally)?\s+translat\w*|translat\w*\s+automatically"
    r"|translat\w*\s+(?:it\s+)?(?:through|by|with|using)\s+(?:a\s+)?(?:programmatic|automatic|machine"
    r"|software|google|deepl)\w*(?:\s+technology)?)", re.IGNORECASE)

_WORDS = re.compile(r"\S+")


def mark_translated(con: sqlite3.Connection, docs: Iterable[str]) -> None:
    """Set documents.machine_translated to the notice's words for those that carry one."""
    for doc in docs:
        row = con.execute("SELECT text FROM documents WHERE id = ?", (doc,)).fetchone()
        m = TRANSLATION_NOTICE.search(row[0] or "") if row else None
        con.execute("UPDATE documents SET machine_translated = ? WHERE id = ?",
                    (m[0] if m else None, doc))


def word_diff(a: str, b: str) -> str:
    """`a` turned into `b` word by word: [-dropped words-] {+added words+}, the rest as is."""
    wa, wb = _WORDS.findall(a), _WORDS.findall(b)
    out: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        if op == "equal":
            out += wa[i1:i2]
            continue
        if i2 > i1:
            out.append("[-" + " ".join(wa[i1:i2]) + "-]")
        if j2 > j1:
            out.append("{+" + " ".join(wb[j1:j2]) + "+}")
    return " ".join(out)


def _plain(text: str) -> list[str]:
    """Words as a reader compares quotes: case and punctuation aside."""
    return re.findall(r"[^\W_]+", text.lower().replace("’", "'"))


def _excerpt(a: list[str], b: list[str]) -> bool:
    """One word list is the other, or a run of it: a quote given in part is not altered."""
    short, long = sorted((a, b), key=len)
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


def refresh(con: sqlite3.Connection, claims: Iterable[int]) -> int:
    """Recompute the quote variants of `claims`; returns how many there are now."""
    n = 0
    for claim in claims:
        con.execute("DELETE FROM quote_variants WHERE claim_id = ?", (claim,))
        quotes = con.execute(
            "SELECT s.id, s.doc, s.content_text, d.machine_translated FROM statements s"
            " JOIN documents d ON d.id = s.doc WHERE s.claim_id = ? AND s.direct = 1 ORDER BY s.id",
            (claim,)).fetchall()
        for a, b in combinations(quotes, 2):
            if a[1] == b[1] or _excerpt(_plain(a[2]), _plain(b[2])):
                continue  # one document, or the same words (or a part of them, quoted in part)
            translated = {(True, False): "a", (False, True): "b", (True, True): "both"}.get(
                (a[3] is not None, b[3] is not None))
            con.execute("INSERT INTO quote_variants (claim_id, a, b, similarity, diff, translated)"
                        " VALUES (?, ?, ?, ?, ?, ?)",
                        (claim, a[0], b[0], similarity(normalise_words(a[2]), normalise_words(b[2])),
                         word_diff(a[2], b[2]), translated))
            n += 1
    return n
