"""Claims and happenings: one statement, or one event, with all its reports across documents.

Run after each ingest for the documents it stored (`resolve`). A new statement joins the claim
of the most similar statement by the same actor in another document, said within
`WINDOW_DAYS` of it (undated ones match on their words alone, with a stricter threshold), or
starts a claim of its own. Candidates come from the actor index, so adding one article costs
a query and a few string comparisons per statement, whatever the size of the store.

Similarity is rapidfuzz on normalised words (lower case, contractions spelt out, function words
dropped): `token_set_ratio` finds a re-quote in part or a reordered paraphrase, `partial_ratio`
a quote cut short. Within the window two more rules find a report in other words, each weighing
a word by its rarity in the store (so the speaker's everyday words count little): `paraphrase`
(crude stems shared, the same negation and figures) and `same_context` (one sentence reported
twice, reworded, with contents that overlap). The thresholds were chosen on the tune half of
tests/golden/story (README there).
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date as Date
from functools import lru_cache

__all__ = ["DOC_DATE", "DOC_DAY", "MATCH", "MATCH_UNDATED", "WINDOW_DAYS", "day_sql", "effective_date",
           "normalise_words", "paraphrase", "resolve", "same_context", "similarity", "stem"]

WINDOW_DAYS = 3        # a statement is reported within this many days of being made
EVENT_WINDOW_DAYS = 1  # an event, within a day
MATCH = 82.0           # similarity for statements said within the window
MATCH_UNDATED = 90.0   # and for those where one side has no date
MIN_WORDS = 3          # fewer content words than this: only a near-verbatim match counts
NEGATION_SCOPE = 8     # texts this short that differ in negation are opposites
PARAPHRASE_SHARED = 2     # a paraphrase shares at least this many content stems (negations apart)
PARAPHRASE_INFO = 2.0     # whose rarities (0..1 each, below) add up to this: 2-3 rare words, or more common ones
PARAPHRASE_OVERLAP = 0.6  # and make this share of the shorter text's rarity
RARITY_PRIOR = 100        # statements assumed besides the store's when weighing a word's rarity
CONTEXT_OVERLAP = 0.55    # one sentence reported twice: this share of the shorter sentence's rarity
CONTEXT_INFO = 2.5        # weighing this much
CONTEXT_CONTENT = 0.4     # and the contents this share of the shorter one's

_CONTRACTIONS = [(re.compile(p), r) for p, r in (
    (r"\bwon['’]t\b", "will not"), (r"\bcan['’]t\b", "can not"), (r"\bshan['’]t\b", "shall not"),
    (r"n['’]t\b", " not"), (r"['’]re\b", " are"), (r"['’]ll\b", " will"), (r"['’]ve\b", " have"),
    (r"['’]s\b", ""), (r"['’]d\b", " would"), (r"['’]m\b", " am"))]
_WORD = re.compile(r"[^\W_]+")
# Function words and pronouns: "we don't want war" and "Russia doesn't want war" are one claim.
# Negations stay: they decide the meaning (and contested.py looks at them).
_STOP = frozenset("""
a an the and or but if then so of to in on at by for from with as into about that this these those
it its it's is are was were be been being am do does did done have has had having will would shall
should can could may might must i me my we us our you your he him his she her they them their
there here what which who whom whose when where why how also just very too said says say saying
""".split())
NEGATIONS = frozenset({"not", "no", "never", "nothing", "none", "neither", "nor", "without"})


def normalise_words(text: str, keep_function_words: bool = False) -> list[str]:
    """The content words of `text`: lower case, contractions spelt out, function words dropped
    (unless `keep_function_words`)."""
    t = text.lower().replace("`", "'")
    for pattern, repl in _CONTRACTIONS:
        t = pattern.sub(repl, t)
    return [w for w in _WORD.findall(t) if keep_function_words or w not in _STOP]


# A reporting tag between two quotes of one content ('... Americans," a spokesperson told VOA
# earlier this month. "In the meantime, ...'): the outlet's words, not the speaker's
_INNER_TAG = re.compile(r"[”\"][^“”\"]{0,200}?\b(?:said|says|told|tells|added|adds|noted|wrote|writes|"
                        r"according)\b[^“”\"]{0,200}?[“\"]")


def said_words(text: str) -> str:
    """A content's text without the reporting tags between its quotes."""
    return _INNER_TAG.sub(" ", text)


@lru_cache(maxsize=1 << 16)
def _words(text: str) -> list[str]:
    """normalise_words of what was said, remembered: one actor's reports are compared with each
    new statement."""
    return normalise_words(said_words(text))


def similarity(a: list[str], b: list[str], strict: bool = False) -> float:
    """0..100: how far two normalised word lists say the same thing.

    A shared subset of words (token_set_ratio = 100) counts only when the shorter side has
    MIN_WORDS content words; two short texts (NEGATION_SCOPE words or fewer) of which one is
    negated and the other not say opposite things. `strict` (for a pair without dates) also
    wants half the longer text's words in the shorter one.
    """
    from rapidfuzz import fuzz

    if not a or not b:
        return 0.0
    if (max(len(a), len(b)) <= NEGATION_SCOPE
            and NEGATIONS.isdisjoint(a) != NEGATIONS.isdisjoint(b)):
        return 0.0  # "wants war" / "does not want war": opposite, not the same claim
    if strict and len(set(a) & set(b)) < 0.5 * max(len(set(a)), len(set(b))):
        return 0.0
    sa, sb = " ".join(a), " ".join(b)
    if min(len(set(a)), len(set(b))) < MIN_WORDS:
        return float(fuzz.ratio(sa, sb))
    return float(max(fuzz.token_set_ratio(sa, sb), fuzz.partial_ratio(sa, sb) if
                     min(len(sa), len(sb)) >= 20 else 0))


# Suffixes of inflection ("exploiting", "resources", "inclined"): stripped so that a paraphrase
# that changes a word's form still shares it. Longest first; the stem keeps 3+ letters.
_SUFFIXES = ("ies", "ing", "ed", "es", "s", "ly")


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude stem: inflection and a final silent e dropped ("inclined", "incline" -> "inclin")."""
    if word.isdigit():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            word = word[:-len(suffix)] + ("y" if suffix == "ies" else "")
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


_NUMBER = re.compile(r"\d")


def paraphrase(a: list[str], b: list[str], rarity: Callable[[str], float] = lambda w: 1.0) -> bool:
    """Two normalised word lists that say the same thing in other words.

    Their content stems (negations apart) are weighed by `rarity` (0..1: 1 for a word no other
    statement has, near 0 for one nearly all have), so that shared names and figures count and
    the speaker's everyday words ("Russia", "war", "said") hardly do: PARAPHRASE_SHARED stems in
    common, weighing PARAPHRASE_INFO together and PARAPHRASE_OVERLAP of the shorter text's weight;
    the same negation; and no figure in one that the other lacks (100,000 / 150,000 troops differ).
    """
    if NEGATIONS.isdisjoint(a) != NEGATIONS.isdisjoint(b) or not _figures_agree(a, b):
        return False
    info, share, shared = _overlap(a, b, rarity)
    return shared >= PARAPHRASE_SHARED and info >= PARAPHRASE_INFO and share >= PARAPHRASE_OVERLAP


def same_context(a: list[str], b: list[str], sentence_a: list[str], sentence_b: list[str],
                 rarity: Callable[[str], float] = lambda w: 1.0) -> bool:
    """Two reports of one utterance told in the same sentence, reworded ("Threatening to kill the
    hostages, BLA demanded ..." / "The BLA had warned that it would execute security personnel
    among the hostages ..."): the sentences share CONTEXT_OVERLAP of the shorter one's rarity
    (CONTEXT_INFO at least) and the contents CONTEXT_CONTENT of theirs, with the same negation
    and figures. Two different statements of one sentence share too little of their contents."""
    if NEGATIONS.isdisjoint(a) != NEGATIONS.isdisjoint(b) or not _figures_agree(a, b):
        return False
    info, share, _ = _overlap(sentence_a, sentence_b, rarity)
    return (info >= CONTEXT_INFO and share >= CONTEXT_OVERLAP
            and _overlap(a, b, rarity)[1] >= CONTEXT_CONTENT)


def _figures_agree(a: list[str], b: list[str]) -> bool:
    numbers_a = {w for w in a if _NUMBER.search(w)}
    numbers_b = {w for w in b if _NUMBER.search(w)}
    return not (numbers_a and numbers_b and numbers_a != numbers_b)


def _overlap(a: list[str], b: list[str], rarity: Callable[[str], float]) -> tuple[float, float, int]:
    """The rarity a and b share, its share of the lighter side's, and the number of shared stems."""
    wa, wb = _weighed(a, rarity), _weighed(b, rarity)
    shared = wa.keys() & wb.keys()
    info = sum(min(wa[s], wb[s]) for s in shared)
    return info, info / max(1e-9, min(sum(wa.values()), sum(wb.values()))), len(shared)


def _weighed(words: list[str], rarity: Callable[[str], float]) -> dict[str, float]:
    out: dict[str, float] = {}
    for w in words:
        if w not in NEGATIONS:
            s = stem(w)
            out[s] = max(out.get(s, 0.0), rarity(w))
    return out


class Rarity:
    """How rare a word is among the store's statements (content and sentence), 0..1:
    log((N+1)/(df+1)) over log(N+1), from the full-text index's own counts (fts5vocab), so it
    costs one indexed lookup per word and follows the store as it grows. N counts RARITY_PRIOR
    statements more than the store holds, that have none of the words: in a store of a few
    statements every word would otherwise be "common". Remembered for one linking run."""

    def __init__(self, con: sqlite3.Connection) -> None:
        con.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.statement_words"
                    " USING fts5vocab(main, statements_fts, row)")
        self._con = con
        stored = con.execute("SELECT coalesce(max(id), 0) FROM statements").fetchone()[0]  # ~ count, O(1)
        self._n = stored + RARITY_PRIOR
        self._seen: dict[str, float] = {}

    def __call__(self, word: str) -> float:
        if word not in self._seen:
            r = self._con.execute("SELECT doc FROM temp.statement_words WHERE term = ?", (word,)).fetchone()
            df = min(self._n, r[0] if r else 0)
            self._seen[word] = math.log((self._n + 1) / (df + 1)) / math.log(self._n + 1)
        return self._seen[word]


@dataclass(slots=True)
class _Statement:
    id: int
    doc: str
    actor_id: str
    content: str
    date: str | None        # when it was said, as far as known (effective_date)
    published: str | None   # its document's date, published or inferred
    claim_id: int | None
    sentence: str


def effective_date(own: str | None, published: str | None, inferred: str | None,
                   own_precision: str | None = None, published_precision: str | None = None) -> str | None:
    """A record's day: its own (when it is a day), else its document's (when given to the day),
    else the inferred one. A month or a year ("in January", a feed that gives only "March 2025")
    is no day: a record with only that is matched as an undated one."""
    if own and len(own) == 10 and own_precision in (None, "day"):
        return own
    if published and published_precision in (None, "day"):
        return published
    return inferred


def day_sql(x: str) -> str:
    """effective_date in SQL, for the record of alias `x` joined to its document `d`."""
    return (f"coalesce(CASE WHEN length({x}.date) = 10 AND coalesce({x}.date_precision, 'day') = 'day'"
            f" THEN {x}.date END, {DOC_DAY})")


# a document's day (published to the day, or inferred), and its date at the precision it was given
# (2022-01-28, 2022-01 or 2022: these sort as the dates do, so min and max still work)
DOC_DAY = "coalesce(CASE WHEN coalesce(d.published_precision, 'day') = 'day' THEN d.published END, d.date_inferred)"
DOC_DATE = ("CASE coalesce(d.published_precision, 'day') WHEN 'month' THEN substr(d.published, 1, 7)"
            " WHEN 'year' THEN substr(d.published, 1, 4) ELSE coalesce(d.published, d.date_inferred) END")


_STATEMENTS = """
SELECT s.id, s.doc, s.actor_id, s.content_text, s.date, d.published, d.date_inferred, s.claim_id,
       s.date_precision, d.published_precision, s.sentence_text
FROM statements s JOIN documents d ON d.id = s.doc
"""


def _statement(r: sqlite3.Row) -> _Statement:
    return _Statement(r[0], r[1], r[2], r[3], effective_date(r[4], r[5], r[6], r[8], r[9]),
                      effective_date(None, r[5], r[6], None, r[9]), r[7], r[10])


def _days(a: str, b: str) -> int:
    return abs((Date.fromisoformat(a) - Date.fromisoformat(b)).days)


def _shift(day: str, days: int) -> str:
    return Date.fromordinal(Date.fromisoformat(day).toordinal() + days).isoformat()


def _near(a: _Statement, b: _Statement) -> bool | None:
    """Said within the window (by their own dates or their documents'); None: a date is missing."""
    if not (a.date and b.date):
        return None
    return _days(a.date, b.date) <= WINDOW_DAYS or bool(
        a.published and b.published and _days(a.published, b.published) <= WINDOW_DAYS)


def resolve(con: sqlite3.Connection, docs: Iterable[str]) -> set[int]:
    """Give each statement of `docs` (that has an actor) a claim; returns the claims touched.

    A statement that matches reports of several claims joins them into one (the oldest id):
    a long quote links its shorter re-quotes even when those did not match each other.
    """
    touched: set[int] = set()
    rarity = Rarity(con)
    for doc in docs:
        rows = con.execute(_STATEMENTS + " WHERE s.doc = ? AND s.actor_id IS NOT NULL ORDER BY s.seq",
                           (doc,)).fetchall()
        for s in map(_statement, rows):
            matched = _matching_claims(con, s, rarity)
            if not matched:
                claim = int(con.execute("INSERT INTO claims (actor_id, text, reports, documents, outlets)"
                                        " VALUES (?, ?, 1, 1, 1)", (s.actor_id, s.content)).lastrowid)
            else:
                claim, *others = sorted(matched)
                for other in others:
                    con.execute("UPDATE statements SET claim_id = ? WHERE claim_id = ?", (claim, other))
                    touched.discard(other)
            con.execute("UPDATE statements SET claim_id = ? WHERE id = ?", (claim, s.id))
            touched.add(claim)
    refresh_claims(con, touched)
    return touched


def _matching_claims(con: sqlite3.Connection, s: _Statement, rarity: Callable[[str], float]) -> set[int]:
    """The claims of the reports by the same actor in other documents that say the same thing."""
    words, sentence = normalise_words(said_words(s.content)), _words(s.sentence)
    out: set[int] = set()
    sql = _STATEMENTS + " WHERE s.actor_id = ? AND s.doc <> ? AND s.claim_id IS NOT NULL"
    args: list[object] = [s.actor_id, s.doc]
    if s.date:  # the window (own or document dates), or undated: those match on words alone
        said = day_sql("s")
        sql += (f" AND ({said} IS NULL OR {said} BETWEEN ? AND ?"
                f" OR {DOC_DAY} BETWEEN ? AND ?)")
        args += [_shift(s.date, -WINDOW_DAYS), _shift(s.date, WINDOW_DAYS)]
        published = s.published or s.date
        args += [_shift(published, -WINDOW_DAYS), _shift(published, WINDOW_DAYS)]
    for r in con.execute(sql, args):
        c = _statement(r)
        near = _near(s, c)
        if near is False or c.claim_id in out:
            continue
        other = _words(c.content)
        if similarity(words, other, strict=near is None) >= (MATCH if near else MATCH_UNDATED):
            out.add(int(c.claim_id))  # type: ignore[arg-type]
            continue
        if not near:
            continue
        # the rarity-weighed rules only where enough stems are shared for them to hold (each
        # weighs at most 1): most candidates are ruled out without a look-up
        shared = len(_stems(s.content) & _stems(c.content))
        if ((shared >= PARAPHRASE_SHARED and paraphrase(words, other, rarity))
                or (shared and len(_stems(s.sentence) & _stems(c.sentence)) >= CONTEXT_INFO
                    and same_context(words, other, sentence, _words(c.sentence), rarity))):
            out.add(int(c.claim_id))  # type: ignore[arg-type]
    return out


@lru_cache(maxsize=1 << 16)
def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _words(text) if w not in NEGATIONS)


def refresh_claims(con: sqlite3.Connection, claims: Iterable[int]) -> None:
    """Recount the reports, documents, outlets and dates of `claims`; drop those left empty."""
    for claim in claims:
        con.execute(
            "UPDATE claims SET"
            " reports = (SELECT count(*) FROM statements WHERE claim_id = claims.id),"
            " documents = (SELECT count(DISTINCT doc) FROM statements WHERE claim_id = claims.id),"
            " outlets = (SELECT count(DISTINCT coalesce(d.outlet, d.id)) FROM statements s"
            "            JOIN documents d ON d.id = s.doc WHERE s.claim_id = claims.id),"
            f" first_date = (SELECT min({DOC_DATE}) FROM statements s"
            "               JOIN documents d ON d.id = s.doc WHERE s.claim_id = claims.id),"
            f" last_date = (SELECT max({DOC_DATE}) FROM statements s"
            "              JOIN documents d ON d.id = s.doc WHERE s.claim_id = claims.id)"
            " WHERE id = ?", (claim,))
    drop_orphans(con)


def stale_claims(con: sqlite3.Connection) -> set[int]:
    """Claims that lost reports since they were counted (their document was replaced)."""
    return {r[0] for r in con.execute(
        "SELECT id FROM claims WHERE reports <> (SELECT count(*) FROM statements WHERE claim_id = claims.id)")}


def drop_orphans(con: sqlite3.Connection) -> None:
    """Claims and happenings whose reports were all replaced by a re-ingest."""
    con.execute("DELETE FROM claims WHERE id NOT IN (SELECT claim_id FROM statements"
                " WHERE claim_id IS NOT NULL)")
    con.execute("DELETE FROM happenings WHERE id NOT IN (SELECT happening_id FROM events"
                " WHERE happening_id IS NOT NULL)")
    con.execute("DELETE FROM quote_variants WHERE claim_id NOT IN (SELECT id FROM claims)")


_EVENTS = """
SELECT e.id, e.doc, e.type, e.actor_id, e.recipient_id, e.date, d.published, d.date_inferred,
       e.date_precision, d.published_precision
FROM events e JOIN documents d ON d.id = e.doc
"""


def resolve_events(con: sqlite3.Connection, docs: Iterable[str]) -> set[int]:
    """Give each event of `docs` a happening: the same type, actor and recipient within a day in
    another document is the same happening. Events with no actor or no day stay alone."""
    touched: set[int] = set()
    for doc in docs:
        for r in con.execute(_EVENTS + " WHERE e.doc = ? ORDER BY e.seq", (doc,)).fetchall():
            day = effective_date(r[5], r[6], r[7], r[8], r[9])
            happening = None
            if r[3] is not None and day is not None:
                lo, hi = _shift(day, -EVENT_WINDOW_DAYS), _shift(day, EVENT_WINDOW_DAYS)
                same = con.execute(
                    _EVENTS + " WHERE e.type = ? AND e.actor_id = ? AND e.recipient_id IS ?"
                    " AND e.doc <> ? AND e.happening_id IS NOT NULL", (r[2], r[3], r[4], doc)).fetchall()
                near = [(_days(day, d), e[0]) for e in same
                        if (d := effective_date(e[5], e[6], e[7], e[8], e[9])) is not None and lo <= d <= hi]
                if near:
                    happening = con.execute("SELECT happening_id FROM events WHERE id = ?",
                                            (min(near)[1],)).fetchone()[0]
            if happening is None:
                happening = con.execute(
                    "INSERT INTO happenings (type, actor_id, recipient_id, reports, documents, outlets)"
                    " VALUES (?, ?, ?, 1, 1, 1)", (r[2], r[3], r[4])).lastrowid
            con.execute("UPDATE events SET happening_id = ? WHERE id = ?", (happening, r[0]))
            touched.add(int(happening))
    refresh_happenings(con, touched)
    return touched


def refresh_happenings(con: sqlite3.Connection, happenings: Iterable[int]) -> None:
    """Recount the reports, documents, outlets and dates of `happenings`."""
    for h in happenings:
        con.execute(
            "UPDATE happenings SET"
            " reports = (SELECT count(*) FROM events WHERE happening_id = happenings.id),"
            " documents = (SELECT count(DISTINCT doc) FROM events WHERE happening_id = happenings.id),"
            " outlets = (SELECT count(DISTINCT coalesce(d.outlet, d.id)) FROM events e"
            "            JOIN documents d ON d.id = e.doc WHERE e.happening_id = happenings.id),"
            f" first_date = (SELECT min(coalesce({day_sql('e')}, {DOC_DATE}))"
            "               FROM events e JOIN documents d ON d.id = e.doc"
            "               WHERE e.happening_id = happenings.id),"
            f" last_date = (SELECT max(coalesce({day_sql('e')}, {DOC_DATE}))"
            "              FROM events e JOIN documents d ON d.id = e.doc"
            "              WHERE e.happening_id = happenings.id)"
            " WHERE id = ?", (h,))


def stale_happenings(con: sqlite3.Connection) -> set[int]:
    """Happenings that lost reports since they were counted (their document was replaced)."""
    return {r[0] for r in con.execute(
        "SELECT id FROM happenings WHERE reports <> (SELECT count(*) FROM events WHERE happening_id = happenings.id)")}
