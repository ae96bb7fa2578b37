"""The actor knowledge base: names, aliases and dated roles of people, organisations and countries.

Built offline by `scripts/build_kb.py` from the Phoenix/PETRARCH dictionaries (MIT, see
`saidwhat/data/NOTICE-phoenix.txt`) plus small curated tables of recent office holders
(`saidwhat/lexicons/kb/`), and shipped as `saidwhat/data/actors.sqlite`. Rows are read as names
are looked up (indexed, and remembered), so opening it costs milliseconds; the fuzzy-match
blocking index is in the file.
"""

from __future__ import annotations

import functools
import os
import re
import sqlite3
import threading
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from rapidfuzz import fuzz, process

from saidwhat.lexicons import entries, words

__all__ = ["KBActor", "KnowledgeBase", "normalise", "role_key", "singular", "translit_variants"]

_PUNCT = re.compile(r"[^\w\s]|_")
_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=1 << 16)  # the same names recur in every article
def normalise(text: str) -> str:
    """Lowercase, strip accents, punctuation -> space, collapse spaces ("Zelens'kyy" -> "zelens kyy")."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("'", "").replace("’", "")  # O'Brien -> obrien, not "o brien"
    return _SPACES.sub(" ", _PUNCT.sub(" ", text.lower())).strip()


def singular(tok: str) -> str:
    """Crude singular, applied alike to the Phoenix agent table and to queries ("troops" -> "troop")."""
    if len(tok) > 4 and tok.endswith("ies"):
        return tok[:-3] + "y"
    if len(tok) > 3 and tok.endswith("s") and not tok.endswith(("ss", "us", "is")):
        return tok[:-1]
    return tok


# Russian/Ukrainian first names spelt several ways in English; each set is one name (one line of the file).
_NAME_SETS = tuple(frozenset(s.split()) for s in entries("first_name_spellings"))
_NAME_VARIANTS: dict[str, frozenset[str]] = {n: s for s in _NAME_SETS for n in s}
# Surname endings: Zelensky / Zelenskiy / Zelenskyy / Zelenskii; Syrsky / Syrskyi.
_ENDING = re.compile(r"(sk|tsk|zk|ck)(y|iy|yy|ii|yi|i)$")


def translit_variants(norm: str, limit: int = 12) -> set[str]:
    """Spelling variants of a normalised person name by simple transliteration rules."""
    options: list[set[str]] = []
    for tok in norm.split():
        alts = set(_NAME_VARIANTS.get(tok, ())) | {tok}
        m = _ENDING.search(tok)
        if m and len(tok) > 5:
            stem = tok[: m.start(2)]
            alts |= {stem + e for e in ("y", "iy", "yy", "ii", "yi", "i")}
        options.append(alts)
    out = {""}
    for alts in options:
        out = {f"{o} {a}".strip() for o in out for a in sorted(alts)}
        if len(out) > limit * 4:
            break
    out.discard(norm)
    return set(sorted(out)[:limit]) if len(out) > limit else out


@functools.lru_cache(maxsize=1 << 14)  # every lookup of a name the KB lacks asks again
def _variants(norm: str) -> tuple[str, ...]:
    """`translit_variants(norm)`, in its iteration order, remembered."""
    return tuple(translit_variants(norm))


_THE = re.compile(r"^the ")
# an initialism written with full stops ("U.A.E.", "D.R.C."), normalised to single letters
_SPELT_INITIALISM = re.compile(r"(?:[a-z] ){1,5}[a-z]")


# Role phrases -> one key per office, so "top diplomat" and "secretary of state" meet.
_ROLE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple((k, re.compile(p)) for k, p in (
    ("commission president", r"(european )?commission (president|chief|head)|president of the (european )?commission"),
    ("council president", r"(european )?council president|president of the (european )?council"),
    ("high representative", r"high representative|foreign policy chief"),
    ("ambassador to the un", r"(ambassador|envoy|representative) to the (un|u n|united nations)"),
    ("national security adviser", r"national security advis[eo]r"),
    ("chief of general staff", r"chief of (the )?general staff|chairman of the joint chiefs"),
    ("commander in chief", r"commander in chief"),
    ("head of presidential office", r"(head|chief) of (the )?(presidential|president s) (office|administration)"),
    ("security council secretary", r"secretary of the security council|security council secretary"),
    ("defense minister", r"defen[cs]e (minister|secretary|chief)|(minister|secretary)( of state)? (of|for) defen[cs]e"
                         r"|pentagon (chief|head)|war minister"),
    ("foreign minister", r"foreign (affairs )?(minister|secretary)|(minister|secretary)( of state)? (of|for) foreign affairs"
                         r"|top diplomat|chief diplomat|secretary of state|external affairs minister"),
    ("prime minister", r"prime minister|premier|\bpm\b|chancellor|head of government"),
    ("vice president", r"vice president"),
    ("secretary general", r"secretary general|\bsecgen\b"),
    ("president", r"\bpresident\b|head of state"),
))
_SPOKES = re.compile(r"spokes(man|woman|person)|press secretary")


def role_key(phrase: str) -> str:
    """Canonical key of a role phrase: "Minister of Foreign Affairs" -> "foreign minister"."""
    norm = normalise(phrase.replace("-", " "))
    prefix = ""
    m = re.match(r"(deputy|first deputy|vice|acting|former|ex) (?!president)", norm)
    if m:
        prefix, norm = m.group(1) + " ", norm[m.end():]
    if _SPOKES.search(norm):
        if "foreign" in norm:
            return prefix + "foreign ministry spokesperson"
        if re.search(r"defen[cs]e|pentagon", norm):
            return prefix + "defense ministry spokesperson"
        if "state department" in norm:
            return prefix + "state department spokesperson"
        return prefix + "spokesperson"
    for key, pat in _ROLE_RULES:
        if pat.search(norm):
            return prefix + key
    return prefix + norm


@dataclass(slots=True, frozen=True)
class KBActor:
    id: str
    name: str
    kind: str  # person | org | country
    country: str | None
    sector: str | None
    role: str | None


class _Role(NamedTuple):  # NamedTuple, not a dataclass: ~40k built at load, 3x faster
    code: str
    country: str | None
    sector: str | None
    role: str | None
    key: str | None
    start: str | None  # YYYY-MM-DD, None = open
    end: str | None
    curated: bool


_ROLE_COLUMNS = "code, country, sector, role, role_key, start, end, curated"


def _role(r: tuple[Any, ...]) -> _Role:
    return _Role(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]))


class _Actor(NamedTuple):
    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    curated: bool


_IGO_BOSS = words("igo_boss_words")
# Office and title words ("mayor", "minister", "mr"): a title before a surname may be dropped to
# find the person, a first name may not ("Eric Adams" is not Brazil's Luis Adams); and the word
# alone is no surname ("the Mayor" is not UNESCO's Federico Mayor).
_TITLE_WORDS = frozenset(t for w in words("role_nouns") | words("title_words") | words("kb/name_title_words")
                         for t in normalise(w).split())
# Words that end the title part of "Foreign Minister Lavrov": what follows is not the person's name
_NOT_TITLE = words("title_end_words")


MAX_LOOKUPS = 50_000  # remembered answers of `lookup` (each of its two tables)
MAX_ROWS = 100_000  # remembered rows of each table


class KnowledgeBase:
    """Read-only view of actors.sqlite, read row by row as names are looked up.

    Only the small tables (agent phrases, offices by role key) are read at open: an article
    touches a few dozen of 20,000 actors, so reading them all cost more than the article
    (cold start). Rows and answers are remembered in tables emptied when full.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._con: sqlite3.Connection | None = None
        self._pid = 0
        self._lock = threading.Lock()
        self._looked_up: dict[tuple[str, str | None, bool], KBActor | None] = {}
        # answers by name for any date: (actors whose roles were read, which of those roles held at
        # the date, answer); see `lookup`
        self._by_name: dict[tuple[str, bool], list[tuple[tuple[str, ...], tuple[bool, ...], KBActor | None]]] = {}
        self._recording = threading.local()  # `.touched`: actors whose roles `_lookup` read (per thread)
        self._rows: dict[tuple[str, str], Any] = {}
        self._names: list[str] | None = None
        self._name_set: frozenset[str] | None = None  # the same names, to answer a missing alias without a query
        con = self._connect()
        self.agents: dict[str, str] = dict(con.execute("SELECT phrase_norm, sector FROM agents"))
        self._by_key: dict[tuple[str, str], list[tuple[str, _Role]]] = defaultdict(list)
        for r in con.execute(f"SELECT actor_id, {_ROLE_COLUMNS} FROM roles WHERE role_key != ''"
                             " AND country != '' ORDER BY rowid"):
            self._by_key[(r[2], r[5])].append((r[0], _role(r[1:])))
        self._size: int = con.execute("SELECT count(*) FROM actors").fetchone()[0]

    # -- loading -----------------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | Path | None = None) -> KnowledgeBase:
        if path is None:
            with resources.as_file(resources.files("saidwhat") / "data" / "actors.sqlite") as p:
                return cls._load(Path(p))
        return cls._load(Path(path))

    @classmethod
    def _load(cls, path: Path) -> KnowledgeBase:
        if not path.exists():
            raise FileNotFoundError(f"actor knowledge base not found: {path} (run scripts/build_kb.py)")
        return cls(path)

    def _connect(self) -> sqlite3.Connection:
        # A connection must not cross a fork: a worker process opens its own.
        if self._con is None or self._pid != os.getpid():
            self._con = sqlite3.connect(f"file:{self._path}?mode=ro&immutable=1", uri=True,
                                        check_same_thread=False)
            self._pid = os.getpid()
        return self._con

    def _query(self, sql: str, args: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        with self._lock:  # one connection, shared by the web server's threads
            return self._connect().execute(sql, args).fetchall()

    def _row(self, table: str, key: str, read: Callable[[str], Any]) -> Any:
        """`read(key)`, remembered."""
        k = (table, key)
        if k in self._rows:
            return self._rows[k]
        if len(self._rows) >= MAX_ROWS:
            self._rows.clear()
        found = self._rows[k] = read(key)
        return found

    def _actor(self, aid: str) -> _Actor:
        found = self._row("actor", aid, lambda k: next(
            (_Actor(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in self._query(
                "SELECT id, name, kind, country, sector, curated FROM actors WHERE id = ?", (k,))), None))
        if found is None:
            raise KeyError(aid)
        return found

    def _alias(self, norm: str) -> tuple[str, ...] | None:
        """Actors with this normalised alias, in the order the build wrote them."""
        if self._name_set is not None and norm not in self._name_set:
            return None  # most n-grams and variants asked are no alias: no query once every alias is read
        return self._row("alias", norm, lambda k: tuple(r[0] for r in self._query(
            "SELECT actor_id FROM aliases WHERE alias_norm = ? ORDER BY actor_id", (k,))) or None)

    def _surname(self, norm: str) -> tuple[str, ...] | None:
        """People whose name ends in this surname ("Lavrov" alone, used when it picks one)."""
        return self._row("surname", norm, lambda k: tuple(r[0] for r in self._query(
            "SELECT id FROM actors WHERE surname = ? ORDER BY id", (k,))) or None)

    def _fuzzy_block(self, key: str) -> list[int]:
        """Positions in `_fuzzy_names()` of the aliases under one blocking key."""
        return self._row("block", key, lambda k: next(
            ([int(n) for n in r[0].split()] for r in self._query(
                "SELECT names FROM fuzzy_blocks WHERE key = ?", (k,))), []))

    def _fuzzy_names(self) -> list[str]:
        if self._names is None:  # every alias, sorted: read on the first fuzzy match (32,000 short strings)
            self._names = [r[0] for r in self._query("SELECT DISTINCT alias_norm FROM aliases ORDER BY alias_norm", ())]
            self._name_set = frozenset(self._names)
        return self._names

    def _roles(self, aid: str) -> list[_Role]:
        touched = getattr(self._recording, "touched", None)
        if touched is not None:
            touched.add(aid)
        return self._row("roles", aid, lambda k: [_role(r) for r in self._query(
            f"SELECT {_ROLE_COLUMNS} FROM roles WHERE actor_id = ? ORDER BY rowid", (k,))])

    def __len__(self) -> int:
        return self._size

    # -- lookups -----------------------------------------------------------------------------
    def lookup(self, name: str, date: str | None = None, fuzzy: bool = True) -> KBActor | None:
        """Resolve a name: exact alias, unique surname, transliteration variant, then fuzzy."""
        # The same names (and dates) recur across articles: answers are kept, in a table that is
        # emptied when full so memory stays flat. KBActor is frozen, so sharing one is safe.
        key = (name, date, fuzzy)
        if key in self._looked_up:
            return self._looked_up[key]
        if len(self._looked_up) >= MAX_LOOKUPS:
            self._looked_up.clear()
        found = self._looked_up[key] = self._lookup_any_date(name, date, fuzzy)
        return found

    def _lookup_any_date(self, name: str, date: str | None, fuzzy: bool) -> KBActor | None:
        """`_lookup`, remembered by name across dates. The date enters `_lookup` only through
        `bool(date)` and `_valid(role, date)` for the roles it reads, so a date under which every
        role read holds (or not) as it did for an earlier date takes the same path and answer.
        The same names recur in articles of many dates; this spares the alias, transliteration
        and fuzzy searches."""
        nkey = (name, fuzzy)
        seen = self._by_name.get(nkey)
        if seen is not None:
            for ids, valid, found in seen:
                if self._validity(ids, date) == valid:
                    return found
        touched: set[str] = set()
        self._recording.touched = touched
        try:
            found = self._lookup(name, date, fuzzy)
        finally:
            self._recording.touched = None
        ids = tuple(sorted(touched))
        if seen is None:
            if len(self._by_name) >= MAX_LOOKUPS:
                self._by_name.clear()
            seen = self._by_name[nkey] = []
        if len(seen) >= 8:  # a name asked under many role periods: keep the latest few
            seen.pop(0)
        seen.append((ids, self._validity(ids, date), found))
        return found

    def _validity(self, ids: tuple[str, ...], date: str | None) -> tuple[bool, ...]:
        """Whether there is a date, then whether each role of these actors holds at it."""
        if not ids:  # most answers read no roles
            return (bool(date),)
        return (bool(date), *(_valid(r, date) for aid in ids for r in self._roles(aid)))

    def _lookup(self, name: str, date: str | None, fuzzy: bool) -> KBActor | None:
        norm = normalise(name)
        if not norm:
            return None
        norm = _THE.sub("", norm)
        ids = self._alias(norm)
        if " " not in norm and norm not in _TITLE_WORDS and (
                not ids or (date and all(self._actor(i).kind == "country" for i in ids))):
            # "Austin" in 2022 is Lloyd Austin, not the Texas city Phoenix files under USA
            people = self._surname(norm)
            # several people share it: only the one in office at the date ("Carter" in 2022 is nobody)
            pick = self._choose(people, date, strict=bool(ids) or len(people) > 1) if people else None
            if pick:
                return self._view(pick, date)
        if not ids and _SPELT_INITIALISM.fullmatch(norm):  # "U.A.E." is "UAE"
            ids = self._alias(norm.replace(" ", ""))
        if not ids:
            for v in _variants(norm):
                ids = self._alias(v)
                if ids:
                    break
        if not ids:  # "Secretary of State Antony Blinken", "Mr. Lavrov": drop leading title words
            toks = norm.split()
            # titles come before a name; "Red Cross operating in Iraq" is not a person called Iraq
            stop = next((k for k, t in enumerate(toks) if t in _NOT_TITLE), len(toks))
            for k in range(1, min(len(toks), stop + 1)):
                hit = self._alias(" ".join(toks[k:])) if k < len(toks) - 1 else None
                if hit is None and k == len(toks) - 1 and any(t in _TITLE_WORDS for t in toks[:k]):
                    hit = self._surname(toks[k])  # "Mr. Adams", "Mayor Adams"; not "Eric Adams"
                people = [i for i in hit or () if self._actor(i).kind == "person"]
                if people:
                    pick = self._choose(people, date, strict=len(people) > 1)
                    return self._view(pick, date) if pick else None
        aid = self._choose(ids, date) if ids else None
        if aid is None and not ids and fuzzy and self._surname(norm) is None:  # an ambiguous surname stays so
            aid = self._fuzzy(norm, date)
        return self._view(aid, date) if aid else None

    def surname_country(self, surname: str) -> str | None:
        """The country (nearly) every person of this surname belongs to, else None: "bush" -> USA
        (two US presidents and a Caymanian premier); at least two thirds of them must share it."""
        ids = self._surname(normalise(surname))
        if not ids:
            return None
        counts = Counter(self._actor(i).country for i in ids)
        country, n = counts.most_common(1)[0]
        return country if country and 3 * n >= 2 * len(ids) else None

    def get(self, actor_id: str, date: str | None = None) -> KBActor | None:
        try:
            return self._view(actor_id, date)
        except KeyError:
            return None

    def lookup_role(self, country: str, role: str, date: str | None) -> KBActor | None:
        """Who held `role` in `country` (ISO3 or NATO/UN/EU/OSCE) at `date` (YYYY-MM-DD)."""
        country = country.upper()
        key = role_key(role)
        if country in {"UN", "NATO", "OSCE"} and key in _IGO_BOSS | {"president"}:
            key = "secretary general"
        if country == "EU" and key in _IGO_BOSS | {"president"}:
            key = "commission president"
        cands = [(aid, r) for aid, r in self._by_key.get((country, key), ()) if _valid(r, date)]
        if not cands:
            return None
        # The most recent appointment wins: stale open-ended Phoenix roles lose to newer ones.
        aid, _ = max(cands, key=lambda c: (c[1].start or "", c[1].curated))
        return self._view(aid, date, prefer_key=key)

    @staticmethod
    def stable_id(name: str) -> str:
        """An id for someone not in the KB: the same normalised name gives the same id."""
        slug = normalise(name).replace(" ", "-")
        return f"person:{slug}" if slug else "person:unknown"

    # -- internals ---------------------------------------------------------------------------
    def _choose(self, ids: Iterable[str], date: str | None, strict: bool = False) -> str | None:
        """One actor out of several, or None when still ambiguous; `strict`: only one holding office at `date`."""
        ids = list(dict.fromkeys(ids))
        if len(ids) == 1 and not strict:
            return ids[0]
        if date:  # prefer those holding an office (not only "elite") at the date
            active = [i for i in ids if any(_valid(r, date) and r.sector != "ELI" for r in self._roles(i))]
            if len(active) == 1:
                return active[0]
            cur_active = [i for i in active if self._actor(i).curated]
            if len(active) > 1 and len(cur_active) == 1:  # curated offices beat stale open-ended ones
                return cur_active[0]
            if strict:
                return None
            if active:
                ids = active
        curated = [i for i in ids if self._actor(i).curated]
        if len(curated) == 1:
            return curated[0]
        kinds = [i for i in ids if self._actor(i).kind != "person"]
        if len(kinds) == 1:  # "Georgia" the country over a person nicknamed so
            return kinds[0]
        return None  # ambiguous: better no actor than a wrong one

    def _fuzzy(self, norm: str, date: str | None) -> str | None:
        if len(norm) < 6:
            return None
        toks = norm.split()
        cand: set[int] = set()
        for t in toks:
            if len(t) >= 3:
                cand.update(self._fuzzy_block(t))
                cand.update(self._fuzzy_block("#" + t[:4]))
        if not cand:
            return None
        names = self._fuzzy_names()
        choices = {i: names[i] for i in cand}
        scorer = fuzz.token_sort_ratio if len(toks) > 1 else fuzz.ratio
        hits = process.extract(norm, choices, scorer=scorer, score_cutoff=88, limit=5)
        # a typo, not a word more or less: "Supreme Court" is not "US Supreme Court" (initials aside)
        words = {t for t in toks if len(t) > 1}
        hits = [h for h in hits if len({t for t in h[0].split() if len(t) > 1}) == len(words)]
        if not hits:
            return None
        best = hits[0][1]
        ids = [aid for n, s, _ in hits if s >= best - 0.5 for aid in self._alias(n) or ()]
        return self._choose(ids, date)

    def _view(self, aid: str, date: str | None, prefer_key: str | None = None) -> KBActor:
        a = self._actor(aid)
        roles = self._roles(aid)
        role = _pick_role(roles, date, prefer_key)
        if role is None:
            return KBActor(a.id, a.name, a.kind, a.country, a.sector, None)
        return KBActor(a.id, a.name, a.kind, role.country or a.country, role.sector or a.sector, role.role)


def _valid(r: _Role, date: str | None) -> bool:
    if not date:
        return r.end is None
    return (r.start is None or r.start <= date) and (r.end is None or date <= r.end)


def _pick_role(roles: list[_Role], date: str | None, prefer_key: str | None) -> _Role | None:
    if not roles:
        return None
    live = [r for r in roles if _valid(r, date)] if date else roles
    if not live:
        return None

    def rank(r: _Role) -> tuple[bool, bool, bool, bool, str]:
        return (prefer_key is not None and r.key == prefer_key, r.sector != "ELI", r.role is not None,
                r.end is None if not date else True, r.start or "")
    return max(live, key=rank)


FUZZY_BLOCK_MAX = 400  # names sharing one blocking key, at most


def fuzzy_blocks(names: list[str]) -> dict[str, list[int]]:
    """Blocking index for fuzzy matching, built with the file (scripts/build_kb.py): positions
    in `names` (every alias, sorted) by token and by 4-letter token prefix, so typos still
    share one."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(names):
        for t in set(n.split()):
            if len(t) >= 3:
                index[t].append(i)
                index["#" + t[:4]].append(i)
    # very common tokens ("minister", "national") block nothing useful and cost time
    return {k: v for k, v in index.items() if len(v) <= FUZZY_BLOCK_MAX}
