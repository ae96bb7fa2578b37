"""The actor knowledge base: names, aliases and dated roles of people, organisations and countries.

Built offline by `scripts/build_kb.py` from the Phoenix/PETRARCH dictionaries (MIT, see
`saidwhat/data/NOTICE-phoenix.txt`) plus a small curated table of recent office holders, and
shipped as `saidwhat/data/actors.sqlite`. At load everything needed per mention is read into
plain dicts (lookups run once per mention, so they must not touch the disk); the fuzzy-match
index is built lazily on the first fuzzy lookup.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from rapidfuzz import fuzz, process

__all__ = ["KBActor", "KnowledgeBase", "get_kb", "normalise", "role_key", "singular", "translit_variants"]

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


# Russian/Ukrainian first names spelt several ways in English; each set is one name.
_NAME_SETS: tuple[frozenset[str], ...] = tuple(frozenset(s.split()) for s in (
    "sergei sergey sergiy serhiy serhii",
    "aleksandr alexander aleksander alexandr oleksandr olexander",
    "aleksei alexei alexey aleksey oleksiy oleksii",
    "yuri yury yuriy iurii yurii",
    "dmitry dmitri dmitriy dmytro dimitri",
    "andrei andrey andriy andrii",
    "nikolai nikolay mykola",
    "yevgeny evgeny yevgeniy evgeniy yevgeni",
    "valery valeri valeriy valerii",
    "vasily vasili vasiliy vassily",
    "anatoly anatoli anatoliy",
    "gennady gennadi gennadiy",
    "arkady arkadi arkadiy",
    "grigory grigori grigoriy",
    "maria mariya",
    "volodymyr vladimir",
    "mikhail mykhailo",
    "pyotr petr petro",
    "fyodor fedor",
    "ilya illia",
    "yulia yuliya julia",
    "tatyana tatiana",
))
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


class _Actor(NamedTuple):
    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    curated: bool


_IGO_BOSS = {"chief", "head", "leader", "boss"}
# Words that end the title part of "Foreign Minister Lavrov": what follows is not the person's name
_NOT_TITLE = {"in", "at", "from", "near", "with", "and", "or", "by", "on", "to", "operating", "based", "said"}


MAX_LOOKUPS = 100_000  # remembered answers of `lookup`


class KnowledgeBase:
    """Read-only, in-memory view of actors.sqlite."""

    def __init__(self, actors: dict[str, _Actor], aliases: dict[str, tuple[str, ...]],
                 roles: dict[str, list[_Role]], surnames: dict[str, tuple[str, ...]],
                 agents: dict[str, str] | None = None) -> None:
        self._actors = actors
        self.agents: dict[str, str] = agents or {}  # Phoenix agent phrase (singular) -> sector
        self._aliases = aliases
        self._roles = roles
        self._surnames = surnames
        self._looked_up: dict[tuple[str, str | None, bool], KBActor | None] = {}
        self._by_key: dict[tuple[str, str], list[tuple[str, _Role]]] = defaultdict(list)
        for aid, rs in roles.items():
            for r in rs:
                if r.key and r.country:
                    self._by_key[(r.country, r.key)].append((aid, r))

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
        con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            actors: dict[str, _Actor] = {}
            surnames: dict[str, list[str]] = defaultdict(list)  # "Lavrov" alone, used when it picks one
            for r in con.execute("SELECT id, name, kind, country, sector, curated, surname FROM actors"):
                actors[r[0]] = _Actor(r[0], r[1], r[2], r[3], r[4], bool(r[5]))
                if r[6]:
                    surnames[r[6]].append(r[0])
            aliases: dict[str, list[str]] = defaultdict(list)
            for a, i in con.execute("SELECT alias_norm, actor_id FROM aliases ORDER BY rowid"):
                aliases[a].append(i)
            roles: dict[str, list[_Role]] = defaultdict(list)
            for r in con.execute("SELECT actor_id, code, country, sector, role, role_key, start, end, curated"
                                 " FROM roles ORDER BY rowid"):
                roles[r[0]].append(_Role(r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8])))
            agents = dict(con.execute("SELECT phrase_norm, sector FROM agents"))
        finally:
            con.close()
        return cls(actors, {k: tuple(v) for k, v in aliases.items()}, dict(roles),
                   {k: tuple(v) for k, v in surnames.items()}, agents)

    def __len__(self) -> int:
        return len(self._actors)

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
        found = self._looked_up[key] = self._lookup(name, date, fuzzy)
        return found

    def _lookup(self, name: str, date: str | None, fuzzy: bool) -> KBActor | None:
        norm = normalise(name)
        if not norm:
            return None
        norm = re.sub(r"^the ", "", norm)
        ids = self._aliases.get(norm)
        if " " not in norm and (not ids or (date and all(self._actors[i].kind == "country" for i in ids))):
            # "Austin" in 2022 is Lloyd Austin, not the Texas city Phoenix files under USA
            people = self._surnames.get(norm)
            # several people share it: only the one in office at the date ("Carter" in 2022 is nobody)
            pick = self._choose(people, date, strict=bool(ids) or len(people) > 1) if people else None
            if pick:
                return self._view(pick, date)
        if not ids:
            for v in translit_variants(norm):
                ids = self._aliases.get(v)
                if ids:
                    break
        if not ids:  # "Secretary of State Antony Blinken", "Mr. Lavrov": drop leading title words
            toks = norm.split()
            # titles come before a name; "Red Cross operating in Iraq" is not a person called Iraq
            stop = next((k for k, t in enumerate(toks) if t in _NOT_TITLE), len(toks))
            for k in range(1, min(len(toks), stop + 1)):
                hit = self._aliases.get(" ".join(toks[k:])) if k < len(toks) - 1 else None
                if hit is None and k == len(toks) - 1:
                    hit = self._surnames.get(toks[k])
                people = [i for i in hit or () if self._actors[i].kind == "person"]
                if people:
                    pick = self._choose(people, date, strict=len(people) > 1)
                    return self._view(pick, date) if pick else None
        aid = self._choose(ids, date) if ids else None
        if aid is None and not ids and fuzzy and norm not in self._surnames:  # an ambiguous surname stays so
            aid = self._fuzzy(norm, date)
        return self._view(aid, date) if aid else None

    def surname_country(self, surname: str) -> str | None:
        """The country (nearly) every person of this surname belongs to, else None: "bush" -> USA
        (two US presidents and a Caymanian premier); at least two thirds of them must share it."""
        ids = self._surnames.get(normalise(surname))
        if not ids:
            return None
        counts = Counter(self._actors[i].country for i in ids)
        country, n = counts.most_common(1)[0]
        return country if country and 3 * n >= 2 * len(ids) else None

    def get(self, actor_id: str, date: str | None = None) -> KBActor | None:
        return self._view(actor_id, date) if actor_id in self._actors else None

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
            active = [i for i in ids if any(_valid(r, date) and r.sector != "ELI" for r in self._roles.get(i, ()))]
            if len(active) == 1:
                return active[0]
            cur_active = [i for i in active if self._actors[i].curated]
            if len(active) > 1 and len(cur_active) == 1:  # curated offices beat stale open-ended ones
                return cur_active[0]
            if strict:
                return None
            if active:
                ids = active
        curated = [i for i in ids if self._actors[i].curated]
        if len(curated) == 1:
            return curated[0]
        kinds = [i for i in ids if self._actors[i].kind != "person"]
        if len(kinds) == 1:  # "Georgia" the country over a person nicknamed so
            return kinds[0]
        return None  # ambiguous: better no actor than a wrong one

    def _fuzzy(self, norm: str, date: str | None) -> str | None:
        if len(norm) < 6:
            return None
        index, names = _fuzzy_index(self)
        toks = norm.split()
        cand: set[int] = set()
        for t in toks:
            if len(t) >= 3:
                cand.update(index.get(t, ()))
                cand.update(index.get("#" + t[:4], ()))
        if not cand:
            return None
        choices = {i: names[i] for i in cand}
        scorer = fuzz.token_sort_ratio if len(toks) > 1 else fuzz.ratio
        hits = process.extract(norm, choices, scorer=scorer, score_cutoff=88, limit=5)
        # a typo, not a word more or less: "Supreme Court" is not "US Supreme Court" (initials aside)
        words = {t for t in toks if len(t) > 1}
        hits = [h for h in hits if len({t for t in h[0].split() if len(t) > 1}) == len(words)]
        if not hits:
            return None
        best = hits[0][1]
        ids = [aid for n, s, _ in hits if s >= best - 0.5 for aid in self._aliases[n]]
        return self._choose(ids, date)

    def _view(self, aid: str, date: str | None, prefer_key: str | None = None) -> KBActor:
        a = self._actors[aid]
        roles = self._roles.get(aid, [])
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


@functools.lru_cache(maxsize=4)
def _fuzzy_index(kb: KnowledgeBase) -> tuple[dict[str, list[int]], list[str]]:
    """Blocking index: alias ids by token and by 4-letter token prefix (so typos still share one)."""
    names = list(kb._aliases)
    index: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(names):
        for t in set(n.split()):
            if len(t) >= 3:
                index[t].append(i)
                index["#" + t[:4]].append(i)
    # very common tokens ("minister", "national") block nothing useful and cost time
    return {k: v for k, v in index.items() if len(v) <= 400}, names


@functools.lru_cache(maxsize=1)
def get_kb() -> KnowledgeBase:
    """The packaged knowledge base, loaded once per process."""
    return KnowledgeBase.load()
