"""Rebuild saidwhat/data/actors.sqlite from the Phoenix (PETRARCH2) actor dictionaries.

    .venv/bin/python scripts/build_kb.py [DICTIONARY_DIR] [-o OUT.sqlite]

Phoenix format (TABARI): a name line starts an entry, `+NAME` lines add variants, indented
`[CODE date-range]` lines give dated roles (`[RUSGOV >20040309]`, `[USAGOV 090120-130201]`), and a
code may also follow a name on the same line. Name lines with no code yet are variants of the
next coded entry (PETRARCH's reading). Role titles are rarely in the data: they come from line
comments (`# Foreign Minister`) and section headers (`# U.S. Secretaries of State`); recent office
holders, which the 2014-2019 dictionaries lack, come from the curated tables. The hand tables
(countries, organisations, places, curated office holders, title words) are CSV and text files in
saidwhat/lexicons/kb/.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from saidwhat.lexicons import entries, table, words  # noqa: E402
from saidwhat.resolve.kb import fuzzy_blocks, normalise, role_key, singular, translit_variants  # noqa: E402

FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")

# The data tables are CSV files in saidwhat/lexicons/kb/ (each says what it is and where it came from).
Country = tuple[str, list[str], list[str], list[str]]  # name, demonyms, capitals, more names
Role = tuple[str, str | None, str | None, str | None]  # code, start, end, title


def _split(field: str) -> list[str]:
    return [x for x in field.split(";") if x]


def _date(value: str) -> str | None:
    """A table date; "unknown", "open" and "undated" are stored as no date."""
    return value if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None


# International organisations: Phoenix IGO code prefix -> (contract code, display name, aliases).
IGO_TABLE: dict[str, tuple[str, str, tuple[str, ...]]] = {
    r["phoenix_prefix"]: (r["code"], r["name"], tuple(_split(r["aliases"]))) for r in table("kb/igos")}
# Other bodies inside Phoenix IGO/NGO codes ("IGOMEAARL" = Arab League): 3-letter tag -> the code
# score.py and the contract use. An IGO without a known tag gets the generic "IGO", as in CAMEO.
IGO_BODIES = {r["tag"]: r["code"] for r in table("kb/bodies") if r["prefix"] == "IGO"}
NGO_BODIES = {r["tag"]: r["code"] for r in table("kb/bodies") if r["prefix"] == "NGO"}
# Places Phoenix lacks: (ISO3, name), owned by their country unless another actor has the name.
PLACES = [(r["country"], r["name"]) for r in table("kb/places")]
# Phoenix 3-letter IGO/NGO prefixes that are not countries (sector when no other is given).
NON_STATE = {"IGO": "IGO", "NGO": "NGO", "MNC": "BUS", "IMG": "REB", "UAF": "UAF"}
REGION_CODES = {"AFR", "ASA", "EUR", "LAM", "MEA", "NAF", "SAS", "SEA", "WST", "CAU", "CAS", "BLK", "EAF",
                "WAF", "CAF", "SAF", "NMR", "SAM", "CRB", "PGS", "BAL", "MOS", "CHR", "JEW"}
SECTOR_ONLY = {"ELI", "GOV", "MIL", "REB", "OPP", "COP", "MED", "BUS", "CVL", "LEG", "JUD", "EDU", "HLH",
               "SPY", "PTY", "LAB", "AGR", "REF", "HRI", "ENV", "DEV", "UAF", "CRM", "REL", "SET", "IGO", "NGO"}


def curated() -> list[tuple[str, str, tuple[str, ...], tuple[Role, ...]]]:
    """Recent office holders (2014-2025) the Phoenix data predates, and titles it lacks:
    (name, kind, extra aliases, ((code, start, end, title), ...)), in table order."""
    roles: dict[str, list[Role]] = defaultdict(list)
    for r in table("kb/curated_roles"):
        roles[r["name"]].append((r["code"], _date(r["start"]), _date(r["end"]), r["title"] or None))
    return [(r["name"], r["kind"], tuple(_split(r["aliases"])), tuple(roles[r["name"]]))
            for r in table("kb/curated_actors")]


def office_holders() -> list[tuple[str, tuple[Role, ...]]]:
    """Heads of state and government and foreign ministers from Wikidata (CC0; written by
    scripts/import_office_holders.py): (name, ((code, start, end, title), ...)), in table order."""
    roles: dict[str, list[Role]] = defaultdict(list)
    for r in table("kb/office_holders"):
        roles[r["name"]].append((r["country"] + "GOV", _date(r["start"]), _date(r["end"]), r["title"] or None))
    return list(roles.items())


# Section headers (normalised) that name the office of the people listed under them.
SECTION_TITLES = {r["header"]: r["title"] for r in table("kb/section_titles")}
# Line comments that are role titles (abbreviations expanded).
COMMENT_TITLES = {r["comment"]: r["title"] for r in table("kb/comment_titles")}
# Leading words of a title form of a name ("PRESIDENT_PUTIN"), not the name itself
HONORIFICS = re.compile(r"^(" + "|".join(map(re.escape, entries("kb/name_title_words"))) + r")\b")
LOWER_PARTICLES = words("kb/name_particles")
ORG_WORDS = re.compile(r"\b(army|party|front|movement|forces?|council|ministry|department|committee|union|"
                       r"league|brigades?|organi[sz]ation|group|government|assembly|congress|court|agency|"
                       r"commission|association|alliance|national|people s|republic|office|bank|institute)\b")
SMALL_WORDS = words("kb/title_case_small_words")


def is_acronym(w: str) -> bool:
    """U.N., FSB, UNHCR-like tokens keep their capitals: dotted, or no vowel, or a known one."""
    return bool(re.fullmatch(r"(?:[A-Z]\.){2,}[A-Z]?\.?", w) or (re.fullmatch(r"[A-Z]{2,6}", w) and
                (not re.search(r"[AEIOUY]", w) or w in KNOWN_ACRONYMS)))


KNOWN_ACRONYMS = words("kb/acronyms")


@dataclass
class Entry:
    names: list[str] = field(default_factory=list)
    roles: list[tuple[str, str | None, str | None, str | None]] = field(default_factory=list)
    comment: str = ""
    section: str | None = None
    source: str = ""


@dataclass
class Actor:
    id: str
    name: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    roles: list[tuple[str, str | None, str | None, str | None]] = field(default_factory=list)  # code, start, end, title
    curated: bool = False
    curated_roles: set[tuple[str, str | None, str | None, str | None]] = field(default_factory=set)


_POSS = re.compile(r"['’]s(?=[\s_]|$)")

# ---------------------------------------------------------------------------- parsing
_CODE = re.compile(r"\[([^\]]*)\]")


def parse_date(tok: str) -> str | None:
    """Phoenix dates: YYMMDD (YY <= 25 -> 20YY, a 2014-2019 dictionary) or YYYYMMDD."""
    d = re.sub(r"\D", "", tok)
    if len(d) == 6:
        yy = int(d[:2])
        d = ("20" if yy <= 25 else "19") + d
    if len(d) != 8:
        return None
    y, m, day = d[:4], d[4:6], d[6:]
    if not ("01" <= m <= "12" and "01" <= day <= "31"):
        return None
    return f"{y}-{m}-{day}"


def parse_code(body: str) -> tuple[str, str | None, str | None] | None:
    """'RUSGOV 120101-180507' / 'RUSGOV >080601' / 'RUSGOV <061231' -> (code, start, end)."""
    parts = body.split()
    if not parts or not re.fullmatch(r"[A-Z~]{3,}", parts[0]):
        return None
    code, start, end = parts[0], None, None
    rng = "".join(parts[1:])
    if rng.startswith(">"):
        start = parse_date(rng[1:])
    elif rng.startswith("<"):
        end = parse_date(rng[1:])
    elif "-" in rng:
        a, b = rng.split("-", 1)
        start, end = parse_date(a), parse_date(b)
    return code, start, end


def comment_title(comment: str) -> str | None:
    return COMMENT_TITLES.get(normalise(comment.split("#")[0]))


def parse_file(path: Path) -> list[Entry]:
    entries: list[Entry] = []
    cur: Entry | None = None
    section: str | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("#"):
            text = stripped.lstrip("#").strip()
            head = normalise(text)
            if head in SECTION_TITLES:
                section = SECTION_TITLES[head]
            elif text and not text.startswith("+") and not re.match(r"^[A-Z_]+_", text):
                section = None  # any other prose header ends the section
            continue
        code_part, _, comment = line.partition("#")
        codes = _CODE.findall(code_part)
        name_part = _CODE.sub(" ", code_part).strip()
        title = comment_title(comment) if comment.strip() else None
        if name_part:
            is_variant = name_part.startswith("+")
            name = name_part.lstrip("+").strip()
            # a new entry unless this is a variant or the current entry still waits for its codes
            if not is_variant and (cur is None or cur.roles):
                cur = Entry(source=path.name, section=section, comment=comment.strip())
                entries.append(cur)
            elif cur is None:
                cur = Entry(source=path.name, section=section)
                entries.append(cur)
            if name and not name.startswith("&"):
                cur.names.append(name)
        if cur is None:
            continue
        for body in codes:
            parsed = parse_code(body)
            if parsed:
                cur.roles.append((parsed[0], parsed[1], parsed[2], title))
    return [e for e in entries if e.names and e.roles]


# ---------------------------------------------------------------------------- names
def title_case(raw: str) -> str:
    """'BASHAR_AL-ASSAD_' -> 'Bashar al-Assad'; 'JOHN_MCCAIN' -> 'John McCain'."""
    words = [w for w in raw.replace("_", " ").split() if w]
    out: list[str] = []
    for i, w in enumerate(words):
        if is_acronym(w) and w not in ("INC", "LLC"):
            out.append(w)
            continue
        if i > 0 and w.lower() in SMALL_WORDS:
            out.append(w.lower())
            continue
        parts = re.split(r"([-'])", w.lower())
        res = []
        for j, p in enumerate(parts):
            if p in "-'" or not p:
                res.append(p)
                continue
            if j > 1 and parts[j - 1] == "'" and len(p) == 1:
                res.append(p)  # possessive: Children's
            elif (i > 0 or j > 0) and p in LOWER_PARTICLES and not (j == 0 and len(parts) == 1 and i == len(words) - 1):
                res.append(p)
            elif p.startswith("mc") and len(p) > 3:
                res.append("Mc" + p[2:].capitalize())
            elif re.fullmatch(r"[ivx]+", p) and i > 0:
                res.append(p.upper())
            else:
                res.append(p[:1].upper() + p[1:])
        out.append("".join(res))
    # "Bashar al Assad" -> "Bashar al-Assad", the usual English press form
    return re.sub(r"(?<=\w )(al|el) (?=[A-Z])", r"\1-", " ".join(out))


def choose_name(names: list[str], kind: str) -> str:
    """First name line, unless it is a title form or a bare acronym with a spelt-out variant."""
    if kind == "org":
        first = names[0].strip("_")
        if re.fullmatch(r"[A-Z]{2,6}", first):
            return first  # NATO, FSB, OSCE
        return title_case(first)
    for n in names:
        norm = normalise(n)
        if not HONORIFICS.match(norm) and 2 <= len(norm.split()) <= 4:
            return title_case(n)
    return title_case(names[0])


def slug(name: str) -> str:
    return normalise(name).replace(" ", "-")


# ---------------------------------------------------------------------------- build
def country_table() -> dict[str, Country]:
    return {r["code"]: (r["name"], _split(r["demonyms"]), _split(r["capitals"]), _split(r["names"]))
            for r in table("kb/countries")}


def split_code(code: str, countries: set[str]) -> tuple[str | None, str | None]:
    """'RUSGOVMIL' -> ('RUS', 'GOV'); 'IGOWSTNAT' -> ('NATO', 'IGO'); 'MNCUSA' -> ('USA', 'BUS')."""
    code = code.lstrip("~")
    for prefix, (org, _, _) in sorted(IGO_TABLE.items(), key=lambda kv: -len(kv[0])):
        if code.startswith(prefix):
            return org, "IGO"
    head, rest = code[:3], code[3:]
    if head in ("IGO", "NGO"):
        tags = IGO_BODIES if head == "IGO" else NGO_BODIES
        body = next((tags[rest[i:i + 3]] for i in range(0, len(rest), 3) if rest[i:i + 3] in tags), None)
        if body:
            return body, head
        if head == "IGO":
            return "IGO", "IGO"
    if head in NON_STATE:
        sector = NON_STATE[head]
        if rest[:3] in countries:
            return rest[:3], sector
        return None, sector
    if head in countries:
        return head, (rest[:3] or None)
    if head in SECTOR_ONLY:
        return None, head
    return None, None


def build(src: Path, out: Path) -> None:
    ctab = country_table()
    countries = set(ctab)
    entries: list[Entry] = []
    for f in FILES:
        entries += parse_file(src / f)
    for e in entries:  # all country codes seen in Phoenix, even ones not in the hand table
        for code, *_ in e.roles:
            if re.fullmatch(r"[A-Z]{3}", code) and e.source == FILES[0] and code not in SECTOR_ONLY | set(NON_STATE):
                countries.add(code)

    actors: dict[str, Actor] = {}
    alias_owner: dict[str, list[str]] = defaultdict(list)

    def add_alias(a: Actor, alias: str) -> None:
        # "Sudan People's Liberation Movement" is also found as codes.py reads it, possessive cut
        for n in dict.fromkeys((normalise(alias), normalise(_POSS.sub("", alias)))):
            if n and n not in a.aliases:
                a.aliases.add(n)
                alias_owner[n].append(a.id)

    def new_actor(name: str, kind: str, country: str | None) -> Actor:
        aid = f"t{len(actors)}"  # final ids come from the final names, in write()
        a = Actor(aid, name, kind)
        actors[aid] = a
        return a

    # countries first: they own their names, demonyms and capitals
    country_actor: dict[str, Actor] = {}
    for iso, (name, dems, caps, more) in ctab.items():
        a = new_actor(name, "country", iso)
        a.roles.append((iso, None, None, None))
        country_actor[iso] = a
        for al in [name, *dems, *caps, *more]:
            add_alias(a, al)
    for code, (org, name, extra) in IGO_TABLE.items():
        a = new_actor(name, "org", org)
        a.roles.append((code, None, None, None))
        a.curated = True
        country_actor[org] = a
        for al in (name, org, *extra):
            add_alias(a, al)

    # Phoenix entries
    by_key: dict[tuple[str, str | None], Actor] = {}
    for e in entries:
        codes = [r[0] for r in e.roles]
        if all(c.startswith("MNC") for c in codes):
            continue  # ~4,000 multinational companies: rarely news sources here, and half the file
        bare = [r for r in e.roles if r[0] in countries and len(r[0]) == 3]
        if e.source == FILES[0] and bare and "CountryInfo" not in e.comment:
            # a country; for ones that changed (USRUKR <910824, UKR >911221) the current code
            iso = max(bare, key=lambda r: (r[2] is None, r[1] or ""))[0]
            known = [actors[i] for n in e.names for i in alias_owner.get(normalise(n), ())
                     if actors[i].kind == "country"]  # Phoenix's TMP is our TLS: same names, one actor
            a = country_actor.get(iso) or (known[0] if known else new_actor(title_case(e.names[0]), "country", iso))
            if iso not in country_actor:
                a.roles.append((iso, None, None, None))
                country_actor[iso] = a
            for n in e.names:
                add_alias(a, n)
            continue
        igo = [IGO_TABLE[c][0] for c in codes if c in IGO_TABLE]
        if igo and len(set(codes)) == 1 and not any(r[1] or r[2] for r in e.roles) and "IGOrulers" not in e.comment:
            for n in e.names:  # "NATO_ [IGOWSTNAT]", "U.N._SECURITY_COUNCIL [IGOUNO]" are the body itself
                add_alias(country_actor[igo[0]], n)
            continue
        is_person = ("CountryInfo" in e.comment or "IGOrulers" in e.comment or any("ELI" in c for c in codes)
                     or (any(r[1] or r[2] for r in e.roles) and not ORG_WORDS.search(normalise(e.names[0]))))
        kind = "person" if is_person and e.source != FILES[2] else "org"
        name = choose_name(e.names, kind)
        country = next((c for c in (split_code(x, countries)[0] for x in codes) if c), None)
        key = (slug(name), country)
        a = by_key.get(key)
        if a is None:  # same name and country in two places (NATO lists twice) -> one actor
            a = new_actor(name, kind, country)
            by_key[key] = a
        roles = list(e.roles)
        if e.section and kind == "person":  # section title goes to the first dated office held
            for i, (c, s, en, t) in enumerate(roles):
                if (s or en) and "ELI" not in c and t is None:
                    roles[i] = (c, s, en, e.section)
                    break
        a.roles += [r for r in roles if r not in a.roles]
        for n in e.names:
            add_alias(a, n)

    # curated people and organisations merge into the Phoenix actor they name, if any
    for name, kind, extra, roles in curated():
        cand = [actors[i] for n in (name, *extra) if len(normalise(n).split()) > 1 or kind == "org"
                for i in alias_owner.get(normalise(n), ()) if actors[i].kind == kind]
        a = cand[0] if cand else new_actor(name, kind, split_code(roles[0][0], countries)[0])
        if a.name != name:
            a.name = name  # the curated form is the common English spelling (Sergei, not Sergey)
        a.curated = True
        a.roles += list(roles)
        a.curated_roles |= set(roles)
        for al in (name, *extra):
            add_alias(a, al)

    # office holders from Wikidata: offices for the people Phoenix has, new people for the rest;
    # a curated person keeps the curated offices only (their dates are exact, these may be a year)
    for name, roles in office_holders():
        cand = [actors[i] for i in alias_owner.get(normalise(name), ()) if actors[i].kind == "person"]
        if any(a.curated for a in cand):
            continue
        a = cand[0] if cand else new_actor(name, "person", split_code(roles[0][0], countries)[0])
        a.roles += [r for r in roles if r not in a.roles]
        add_alias(a, name)

    # places and peoples Phoenix lacks, owned by their country unless the name is taken
    for iso, n in PLACES:
        if not alias_owner.get(normalise(n)):
            add_alias(country_actor[iso], n)

    # transliteration and "first last" variants for people
    for a in actors.values():
        if a.kind != "person":
            continue
        for n in list(a.aliases):
            if HONORIFICS.match(n) or len(n.split()) > 4:
                continue
            for v in translit_variants(n, limit=6):
                add_alias(a, v)

    write(out, actors, alias_owner, countries, ctab, parse_agents(src / "Phoenix.agents.txt"))


def parse_agents(path: Path) -> dict[str, str]:
    """Phoenix.agents.txt: 'MILITARY_POLICE {} [~MILCOP]' -> {'military police': 'MIL'}."""
    macros = {"!PERSON!": ("man", "men", "woman", "women", "person", "people"),
              "!MINIST!": ("minister", "ministers", "ministry", "ministries")}
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        m = re.match(r"^([^\[{=]+?)\s*(?:\{([^}]*)\})?\s*\[~?([A-Z]{3})[A-Z]*\]", line)
        if not m:
            continue
        forms = [m.group(1)] + ([m.group(2)] if m.group(2) and m.group(2).strip() else [])
        for form in forms:
            variants = [form]
            for macro, fills in macros.items():
                if macro in form:
                    variants = [v.replace(macro, w) for v in variants for w in fills]
            for v in variants:
                key = " ".join(singular(t) for t in normalise(v).split())
                if key:
                    out.setdefault(key, m.group(3))
    return out


def role_text(title: str | None, country: str | None, ctab: dict[str, Country]) -> str | None:
    if not title or not country:
        return title
    igo = {org: name for org, name, _ in IGO_TABLE.values()}
    if country in igo:
        cname = igo[country]
        cname = cname if cname.isupper() else "the " + cname
        return title if cname.lower() in title.lower() else f"{title} of {cname}"
    if re.search(r"Kremlin|White House|State Department|Pentagon|Wagner|Mayor of", title):
        return title  # the institution already says whose
    cname = ctab[country][0] if country in ctab else country
    if re.search(r" of | to |Ministry", title):  # "Russian Ambassador to the UN", "United States Secretary of State"
        adj = "United States" if country == "USA" else (ctab[country][1][0] if country in ctab and ctab[country][1] else cname)
        return f"{adj} {title}"
    if cname in ("United States", "United Kingdom", "Netherlands", "Philippines", "United Arab Emirates",
                 "Czech Republic", "Central African Republic", "Dominican Republic"):
        cname = "the " + cname
    return f"{title} of {cname}"


def write(out: Path, actors: dict[str, Actor], alias_owner: dict[str, list[str]], countries: set[str],
          ctab: dict[str, Country], agents: dict[str, str]) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.executescript("""
        CREATE TABLE actors(id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT,
                            sector TEXT, curated INTEGER NOT NULL DEFAULT 0, surname TEXT) WITHOUT ROWID;
        CREATE TABLE aliases(alias_norm TEXT NOT NULL, actor_id TEXT NOT NULL,
                             PRIMARY KEY (alias_norm, actor_id)) WITHOUT ROWID;
        CREATE TABLE roles(actor_id TEXT NOT NULL, code TEXT NOT NULL, country TEXT, sector TEXT, role TEXT,
                           role_key TEXT, start TEXT, end TEXT, curated INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE agents(phrase_norm TEXT PRIMARY KEY, sector TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE fuzzy_blocks(key TEXT PRIMARY KEY, names TEXT NOT NULL) WITHOUT ROWID;
    """)
    ids: dict[str, str] = {}
    taken: set[str] = set()
    country_names = {normalise(v[0]) for v in ctab.values()}
    # countries and curated actors get the plain slug; others add their country on a clash
    order = sorted(actors.values(), key=lambda a: (a.kind != "country", not a.curated, int(a.id[1:])))
    for a in order:
        base = "kb:" + slug(a.name)
        aid = base
        if aid in taken:
            c = next((split_code(r[0], countries)[0] for r in a.roles if split_code(r[0], countries)[0]), a.kind)
            aid = f"{base}-{c.lower()}"
            k = 2
            while aid in taken:
                aid, k = f"{base}-{c.lower()}-{k}", k + 1
        taken.add(aid)
        ids[a.id] = aid
    for a in order:
        a.id = ids[a.id]
        rows = []
        for code, start, end, title in a.roles:
            c, s = split_code(code, countries)
            is_cur = (code, start, end, title) in a.curated_roles
            if s == "ELI" and len(a.roles) > 1:
                continue  # "elite" spans around an office say little and take a fifth of the file
            rows.append((a.id, code, c, s, role_text(title, c, ctab), role_key(title) if title else None,
                         start, end, int(is_cur)))
        # the actor's default country/sector: its latest non-elite role
        best = max(rows, key=lambda r: (r[3] != "ELI", r[7] is None, r[6] or "", r[8]), default=None)
        country = best[2] if best else None
        sector = best[3] if best else None
        if a.kind == "country":
            country, sector = (best[1] if best else None), None
        toks = normalise(a.name).split()
        surname = toks[-1] if a.kind == "person" and len(toks) >= 2 and len(toks[-1]) >= 3 else None
        if surname in country_names:
            surname = None  # "Islamic State of Iraq" filed as a person: "Iraq" alone is the country
        con.execute("INSERT INTO actors VALUES (?,?,?,?,?,?,?)",
                    (a.id, a.name, a.kind, country, sector, int(a.curated), surname))
        con.executemany("INSERT INTO roles VALUES (?,?,?,?,?,?,?,?,?)", rows)
    con.executemany("INSERT INTO aliases VALUES (?,?)",
                    sorted((n, ids[i]) for n, owners in alias_owner.items() for i in dict.fromkeys(owners)))
    names = sorted(n for n, owners in alias_owner.items() if owners)  # as kb.py reads them back
    con.executemany("INSERT INTO fuzzy_blocks VALUES (?,?)",
                    sorted((k, " ".join(map(str, v))) for k, v in fuzzy_blocks(names).items()))
    con.executemany("INSERT INTO agents VALUES (?,?)", sorted(agents.items()))
    con.execute("INSERT INTO meta VALUES ('source', 'PETRARCH2 Phoenix dictionaries (MIT) + curated table"
                " + Wikidata office holders (CC0)')")
    # kb.py reads rows as names are looked up: by alias (the key above), surname and actor
    con.executescript("""
        CREATE INDEX actors_surname ON actors(surname) WHERE surname IS NOT NULL;
        CREATE INDEX roles_actor ON roles(actor_id);
    """)
    con.commit()
    con.execute("VACUUM")
    con.close()
    tmp.replace(out)
    print(f"{out}: {len(actors)} actors, {len(alias_owner)} aliases, {out.stat().st_size / 1e6:.1f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", nargs="?", default=str(ROOT.parent / "shared" / "data" / "petrarch_dictionaries"))
    ap.add_argument("-o", "--out", default=str(ROOT / "saidwhat" / "data" / "actors.sqlite"))
    args = ap.parse_args()
    build(Path(args.src), Path(args.out))


if __name__ == "__main__":
    main()
