"""Contested points: statements by different actors that say opposite things about one matter,
and figures of one quantity that disagree across documents. Each side keeps its record id, so
its claim (and so every outlet that reported it) is one join away.

Opposite: one has a word the other's opposes (withdraw / increase, defensive / offensive), a
negation turning a side over, and a word next to it is the same in both (the matter: "troops");
or they share two topic words (half the shorter's) and exactly one is a denial (cue denied,
rejected, challenged ...; "false", "misinformation"). A refusal typed REJECT ("won't consider a
nominee", "declined to comment") refuses to act and says nothing untrue; a question ("asked
whether she would ...") asserts nothing; and two records of one stretch of text (a quote given
to two speakers) is one assertion, and a claim reported inside the words of another that does
not deny it is no opposite of them: none of these is a side.
Figures: a number and the plural noun it counts ("100,000 troops") in two documents, with
values more than 5% apart, whose words around the figure share one ("near the border", "along
the border"), and, when one is undated, whose sentences share a name (Ukraine). Undated documents are compared on these words alone for figures, but only within
themselves for opposite statements, whose words (troops, attack) recur across unrelated stories.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from saidwhat.store.claims import WINDOW_DAYS, effective_date

__all__ = ["figures_in", "link", "stems"]

CONTEST_WINDOW_DAYS = 7
# Words whose stems oppose each other, in the sense "the matter went one way / the other".
_OPPOSITES = [
    ({"withdraw", "pullback", "retreat", "reduc", "decreas", "remov", "leav"},
     {"increas", "deploy", "mass", "amass", "reinforc", "buildup", "boost", "station", "add"}),
    ({"defens", "defensiv"}, {"offens", "offensiv", "aggress", "aggressiv"}),
    ({"confirm", "admit"}, {"deni", "deny", "reject"}),
]
_OPPOSED_WORDS = frozenset().union(*(one | other for one, other in _OPPOSITES))
_NEGATIONS = {"not", "no", "never", "nothing", "difficult"}  # turn a side over
_DENIALS = {"false", "untrue", "misinformation", "disinformation", "lie", "lies", "baseles",
            "groundles", "unfound", "fabricat", "fabrication", "fake", "nonsens", "ridiculou"}  # "not so"
# light verbs say nothing about the matter ("we need a surge in defense" / "does not need legal
# defense"); their stems are taken below, once _stem is defined
_LIGHT_VERBS = """need needs needed needing want wants wanted wanting make makes made making take takes
took taking give gives gave giving get gets got getting go goes went going come comes came coming
see sees saw seeing know knows knew knowing think thinks thought thinking use uses used using call
calls called calling help helps helped helping keep keeps kept keeping put puts putting tell tells
told telling seem seems seemed look looks looked looking find finds found finding work works worked
working try tries tried trying ask asks asked asking feel feels felt feeling""".split()
_DENIAL_CUES = {"deni", "deny", "reject", "challeng", "disput", "refut", "dismiss", "contest"}
# what a denial denies is something said: a clause ("denied that ...", "denies providing ...") or a
# claim named by its noun ("rejected the allegations"); "denied class-action status", "dismissed
# the actions" refuse or disdain a thing, and say nothing untrue
_CLAIM_NOUNS = {"claim", "notion", "idea", "report", "allegation", "accusation", "charge", "suggestion",
                "rumor", "rumour", "assertion", "statement", "story", "speculation", "assessment", "view"}
# demands and threats say what should happen, not what is so: nothing to contradict
_NOT_ASSERTIONS = {"REQUEST", "THREATEN", "DEMAND"}
_QUESTION_CUES = {"ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering", "inquired"}
# words whose bare form is another word than the opposed one: "mass shootings", "mass graves"
# (an adjective) against "massing troops", "massed" (a build-up); kept as topic words, apart
_BARE_FORMS = {"mass": "mass (adjective)"}
NEAR_WORDS = 3  # the matter of an opposed word is a word this close to it, in both statements
_STOP = frozenset("""
a an the and or but if of to in on at by for from with as into about that this these those it its is
are was were be been being do does did have has had will would shall should can could may might must
i we you he she they them their our his her there here what which who when where also just very said
says some any all more most other over than then so such only own same up out one two three
""".split())
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*")
_FIGURE = re.compile(r"(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s+(?:million|thousand))?"
                     r"\s+((?:[a-z-]+\s+){0,2}?)([a-z]+s)\b")


def _stem(word: str) -> str:
    w = word.lower().replace("'", "")
    for suffix in ("ings", "ing", "als", "al", "ed", "es", "s", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


_LIGHT = frozenset(_stem(w) for w in _LIGHT_VERBS)
_CLAIM_STEMS = frozenset(_stem(w) for w in _CLAIM_NOUNS) | frozenset(_stem(w + "s") for w in _CLAIM_NOUNS)


def _sequence(text: str) -> list[str | None]:
    """The stems of `text` in order, None in the place of names and function words (so that
    distances between the others stay as in the text); contractions spelt out ("don't": "not")."""
    from saidwhat.store.claims import normalise_words

    names = set(normalise_words(" ".join(w for w in _TOKEN.findall(text) if w[0].isupper())))
    return [None if w in names or w in _STOP else _BARE_FORMS.get(w) or _stem(w)
            for w in normalise_words(text, keep_function_words=True)]


def stems(text: str) -> set[str]:
    """Topic stems of `text`: words that are no names and no function words."""
    return {w for w in _sequence(text) if w}


def _around(seq: list[str | None], hits: set[str], width: int) -> set[str]:
    """The stems within `width` places of any of `hits` in `seq`."""
    out: set[str] = set()
    for i, w in enumerate(seq):
        if w in hits:
            out.update(x for x in seq[max(0, i - width):i + width + 1] if x)
    return out


@dataclass(slots=True)
class _Said:
    id: int
    doc: str
    actor_id: str
    date: str | None
    content: tuple[int, int]  # where its words are in the document
    seq: list[str | None]
    stems: set[str]
    negative: str | None  # a negation or denial that turns its side over
    denial: str | None    # a denial: a cue (denied, rejected), REJECT, or "false", "misinformation"


def _said(r: sqlite3.Row) -> _Said:
    seq = _sequence(r["content_text"])
    words = {w for w in seq if w}
    cue = {_stem(w) for w in _TOKEN.findall(r["cue_text"] or "")}
    denial = next(iter(sorted(words & _DENIALS)), None) or (
        next(iter(sorted(cue & _DENIAL_CUES)), None) if _says_something(r["content_text"]) else None)
    negative = denial or next(iter(sorted(words & _NEGATIONS)), None)
    return _Said(r["id"], r["doc"], r["actor_id"], effective_date(r["date"], r["published"], r["date_inferred"],
                                                                  r["date_precision"], r["published_precision"]),
                 (r["content_start"], r["content_end"]), seq, words - _NEGATIONS - _DENIALS, negative, denial)


def _opposed(a: _Said, b: _Said) -> tuple[str, str, str] | None:
    """(matter, value_a, value_b) when a and b say opposite things, else None.

    With words of an opposed pair (withdraw / increase), the side each takes is the pair's side,
    turned over by a negation ("does not prove a withdrawal" takes the side of "increase"); the
    matter is a word next to the opposed word in both ("withdrawing troops", "increase in troops").
    """
    for one, other in _OPPOSITES:
        ha, hb = a.stems & (one | other), b.stems & (one | other)
        if not (ha and hb):
            continue
        skip = one | other | _NEGATIONS | _DENIALS | _LIGHT
        matter = (_around(a.seq, ha, NEAR_WORDS) & _around(b.seq, hb, NEAR_WORDS)) - skip
        if not matter:
            continue
        side_a = bool(ha & one) != (a.negative is not None)
        side_b = bool(hb & one) != (b.negative is not None)
        if side_a != side_b:
            return (" ".join(sorted(matter)), _polarity(sorted(ha)[0], a.negative),
                    _polarity(sorted(hb)[0], b.negative))
        return None
    shared = (a.stems & b.stems) - _LIGHT
    if (len(shared) >= 2 and len(shared) >= 0.5 * min(len(a.stems), len(b.stems))
            and (a.denial is None) != (b.denial is None)):
        return " ".join(sorted(shared)), a.denial or "affirms", b.denial or "affirms"
    return None


def _polarity(word: str, negative: str | None) -> str:
    return f"{negative}: {word}" if negative else word


def _says_something(content: str) -> bool:
    """Is `content` something said (a clause, or a claim's noun) rather than a thing?"""
    words = [w.lower() for w in _TOKEN.findall(content)]
    return bool(words) and (words[0] in ("that", "to") or words[0].endswith("ing")
                            or any(_stem(w) in _CLAIM_STEMS for w in words))


def _one_stretch(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Do two contents cover nearly the same characters (four fifths of the longer)? A claim
    nested in the words that deny it ("challenged NATO's claim to be defensive") does not."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= 0.8 * max(a[1] - a[0], b[1] - b[0])


def _nested_in_assertion(outer: _Said, inner: _Said) -> bool:
    """Is `inner`'s content inside `outer`'s, which does not deny it? Then `outer` only reports it
    ("had no talks with supporters who suggested that Sanders leave the race"): a negation there
    is about something else. ("challenged NATO's claim to be defensive" denies the claim inside.)"""
    return outer.content[0] <= inner.content[0] and inner.content[1] <= outer.content[1] and outer.denial is None


def _asks(cue: str | None) -> bool:
    """Is the cue one of asking (a question asserts nothing)?"""
    return any(w.lower() in _QUESTION_CUES for w in _TOKEN.findall(cue or ""))


def _near(a: str | None, b: str | None, days: int) -> bool:
    from datetime import date as Date

    if a is None or b is None:
        return True  # undated: the words decide
    return abs((Date.fromisoformat(a) - Date.fromisoformat(b)).days) <= days


_STATEMENTS = """
SELECT s.id, s.doc, s.actor_id, s.content_text, s.content_start, s.content_end, s.cue_text, s.type,
       s.date, s.sentence_text, s.sentence_start, d.published, d.date_inferred, s.date_precision, d.published_precision
FROM statements s JOIN documents d ON d.id = s.doc
WHERE s.actor_id IS NOT NULL AND d.status = 'ok'
"""


def link(con: sqlite3.Connection, docs: Iterable[str]) -> int:
    """Find the contested points that involve `docs` (again); returns how many rows were added.

    Each document is compared with those dated within CONTEST_WINDOW_DAYS of it (found through
    the documents table), so the cost grows with the news of those days, not with the store.
    """
    docs = list(docs)
    for doc in docs:
        con.execute("DELETE FROM contested WHERE doc_a = ? OR doc_b = ?", (doc, doc))
    added = 0
    done: set[str] = set()
    for doc in docs:
        near = _neighbours(con, doc, CONTEST_WINDOW_DAYS, undated=False) - done
        said = [_said(r) for r in _statements(con, near) if r["type"] not in _NOT_ASSERTIONS
                and not _asks(r["cue_text"])]
        mine = [x for x in said if x.doc == doc]
        for i, a in enumerate(mine):
            for b in mine[i + 1:] + [x for x in said if x.doc != doc]:
                # a pair can only oppose with opposed words on both sides or a denial on one
                if a.actor_id == b.actor_id or not (
                        (a.stems & _OPPOSED_WORDS and b.stems & _OPPOSED_WORDS) or a.denial or b.denial):
                    continue
                # without a date, generic words (troops, attack) would link unrelated stories
                if a.doc != b.doc and not (a.date and b.date and _near(a.date, b.date, CONTEST_WINDOW_DAYS)):
                    continue
                if a.doc == b.doc and (_one_stretch(a.content, b.content) or _nested_in_assertion(a, b)
                                       or _nested_in_assertion(b, a)):
                    continue  # one quote given to two speakers; a claim reported inside another's words
                found = _opposed(a, b)
                if found:
                    con.execute("INSERT INTO contested (kind, a, b, doc_a, doc_b, matter, value_a, value_b,"
                                " rule) VALUES ('claim', ?, ?, ?, ?, ?, ?, ?, 'contested.opposite_v2')",
                                (f"s{a.id}", f"s{b.id}", a.doc, b.doc, *found))
                    added += 1
        added += _link_figures(con, doc, _neighbours(con, doc, WINDOW_DAYS, undated=True) - done)
        done.add(doc)
    return added


def _neighbours(con: sqlite3.Connection, doc: str, days: int, undated: bool) -> set[str]:
    """`doc` and the documents dated within `days` of it (and the undated ones, if `undated`);
    every document when `doc` has no date and `undated` (its words alone decide)."""
    row = con.execute("SELECT coalesce(published, date_inferred) FROM documents WHERE id = ?", (doc,)).fetchone()
    day = row[0] if row else None
    if day is None:
        if not undated:
            return {doc}
        return {r[0] for r in con.execute("SELECT id FROM documents WHERE status = 'ok'")}
    from datetime import date as Date
    from datetime import timedelta

    lo = (Date.fromisoformat(day) - timedelta(days=days)).isoformat()
    hi = (Date.fromisoformat(day) + timedelta(days=days)).isoformat()
    sql = ("SELECT id FROM documents WHERE status = 'ok' AND (coalesce(published, date_inferred) BETWEEN ? AND ?"
           + (" OR coalesce(published, date_inferred) IS NULL" if undated else "") + ")")
    return {doc} | {r[0] for r in con.execute(sql, (lo, hi))}


def _statements(con: sqlite3.Connection, docs: set[str]) -> list[sqlite3.Row]:
    out: list[sqlite3.Row] = []
    ordered = sorted(docs)
    for i in range(0, len(ordered), 500):  # SQLite's limit on variables
        chunk = ordered[i:i + 500]
        out += con.execute(_STATEMENTS + f" AND s.doc IN ({', '.join('?' * len(chunk))}) ORDER BY s.id",
                           chunk).fetchall()
    return out


_DURATIONS = {"second", "minut", "hour", "day", "days", "week", "month", "year", "decade"}
_MODAL = re.compile(r"\b(?:can|could|may|might|would)\b", re.IGNORECASE)
FIGURE_CONTEXT_WORDS = 5  # the words before a figure and after its noun that say what is counted


def figures_in(text: str) -> list[tuple[float, str, str, set[str]]]:
    """(value, the noun's stem, the words, the context stems) of each counted thing in `text`.

    The context (FIGURE_CONTEXT_WORDS words each side: "massing of an estimated", "near the
    border") tells which quantity of that noun it is: two figures disagree only when their
    contexts share a word.
    """
    out = []
    for m in _FIGURE.finditer(text):
        value = float(m[1].replace(",", ""))
        if m[2]:
            value *= 1_000_000 if "million" in m[2] else 1_000
        if not m[2] and not m[3] and "," not in m[1] and 1900 <= value <= 2100:
            continue  # a year
        if _stem(m[4]) in _DURATIONS or _MODAL.search(" ".join(text[:m.start()].split()[-3:])):
            continue  # a time span grows while it is reported; "can hold 130": a capacity, no count
        before = " ".join(text[:m.start()].split()[-FIGURE_CONTEXT_WORDS:])
        after = " ".join(text[m.end():].split()[:FIGURE_CONTEXT_WORDS])
        context = stems(before + " " + m[3] + " " + after) - {_stem(m[4])}
        out.append((value, _stem(m[4]), m[0], context))
    return out


def _link_figures(con: sqlite3.Connection, doc: str, near: set[str]) -> int:
    """Figures of one noun in `doc` and another of `near`, with shared words around them."""
    nouns = {n for (_, t, _) in _sentences(con, [doc], None).values() for _, n, _, _ in figures_in(t)}
    if not nouns:
        return 0
    # only the sentences of the neighbours that may count the same things (a word starting
    # like one of the nouns); LIKE is case-blind for ASCII
    sentences = _sentences(con, sorted(near | {doc}), sorted(nouns))
    figures = []
    for (d, _), (record, text, day) in sentences.items():
        names = {w.lower() for w in _TOKEN.findall(text) if w[0].isupper()} - _STOP
        for value, noun, words, context in figures_in(text):
            figures.append((d, record, day, value, noun, words, context, names))
    added = 0
    for a in (f for f in figures if f[0] == doc):
        for b in figures:
            if b[0] == doc or a[4] != b[4]:
                continue
            if abs(a[3] - b[3]) <= 0.05 * max(a[3], b[3]) or not _near(a[2], b[2], WINDOW_DAYS):
                continue
            shared = a[6] & b[6]
            # without a date on one side, a name in both sentences (Ukraine) ties them to one story
            if not shared or ((a[2] is None or b[2] is None) and not a[7] & b[7]):
                continue
            con.execute("INSERT INTO contested (kind, a, b, doc_a, doc_b, matter, value_a, value_b, rule)"
                        " VALUES ('figure', ?, ?, ?, ?, ?, ?, ?, 'contested.figure_v2')",
                        (a[1], b[1], a[0], b[0], f"{a[4]} ({' '.join(sorted(shared))})", a[5], b[5]))
            added += 1
    return added


def _sentences(con: sqlite3.Connection, docs: list[str], nouns: list[str] | None
               ) -> dict[tuple[str, int], tuple[str, str, str | None]]:
    """(doc, sentence start) -> (record id, sentence, day) for the sentences of `docs` with a digit
    (and a word starting like one of `nouns`); an event's id where a sentence has one (the thing
    counted happened), else a statement's."""
    out: dict[tuple[str, int], tuple[str, str, str | None]] = {}
    words = " AND (" + " OR ".join(["x.sentence_text LIKE ?"] * len(nouns)) + ")" if nouns else ""
    patterns = [f"%{n}%" for n in nouns or []]
    for i in range(0, len(docs), 400):
        chunk = docs[i:i + 400]
        marks = ", ".join("?" * len(chunk))
        rows = con.execute(
            "SELECT * FROM (SELECT 'e' || e.id AS record, e.doc, e.sentence_start, e.sentence_text,"
            " e.date, d.published, d.date_inferred, e.date_precision, d.published_precision"
            " FROM events e JOIN documents d ON d.id = e.doc"
            f" WHERE e.doc IN ({marks})"
            " UNION ALL SELECT 's' || s.id, s.doc, s.sentence_start, s.sentence_text, s.date, d.published,"
            " d.date_inferred, s.date_precision, d.published_precision FROM statements s"
            f" JOIN documents d ON d.id = s.doc WHERE s.doc IN ({marks})) AS x"
            f" WHERE x.sentence_text GLOB '*[0-9]*'{words} ORDER BY record LIKE 's%', record",
            chunk + chunk + patterns)
        for r in rows:
            out.setdefault((r[1], r[2]), (r[0], r[3], effective_date(r[4], r[5], r[6], r[7], r[8])))
    return out
