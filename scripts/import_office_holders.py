"""Write saidwhat/lexicons/kb/office_holders.csv from Wikidata-derived public tables (CC0).

    .venv/bin/python scripts/import_office_holders.py LEADERS.csv FOREIGN.csv [--leaders-seen DATE]
                                                      [--foreign-seen DATE]

LEADERS.csv: `data/wikidata.csv` of github.com/every-politician-scrapers/world-leaders-2021 (heads
of state and government, one row per holder and office: countryLabel, positionLabel,
officeholder, officeholderLabel, start_year, end_year). FOREIGN.csv: `sources/foreign/wikidata.csv`
of github.com/every-politician-scrapers/world (the foreign ministers in office when it was made:
person, name, countryLabel, positionLabel, start). Both are Wikidata query results; Wikidata's
data is CC0 (see saidwhat/data/NOTICE-wikidata.txt).

A holder still in office when a table was made gets that date as `end` ("last seen in office"),
so that a stale table never names someone as the holder of an office years later; the curated
table (curated_roles.csv) and the user's own actors (`--actors`) carry the newer holders. Years
alone (the leaders table) are placed at the middle of the year (`start` July 1, `end` June 30):
the table only says that a change of holder happened in that year, and halfway errs least.
Rows that cannot be used are left out: a label that is a bare Wikidata id, a country not in
countries.csv, a person holding offices in several countries (a monarch of many realms),
offices that are no head of state or government (councils, governors-general).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from saidwhat.lexicons import table  # noqa: E402
from saidwhat.resolve.kb import normalise  # noqa: E402

OUT = ROOT / "saidwhat" / "lexicons" / "kb" / "office_holders.csv"
_QID = re.compile(r"Q\d+")
_SKIP_OFFICES = re.compile(r"council|governor|regent|administration|member of|military leader|co-prince",
                           re.IGNORECASE)
HEADER = """\
# Office holders from Wikidata (CC0), for scripts/build_kb.py: heads of state and government and
# foreign ministers of the world's countries, with the dates Wikidata gives. Written by
# scripts/import_office_holders.py from two public Wikidata query results (its docstring says
# which, and how rows are chosen); the notice is saidwhat/data/NOTICE-wikidata.txt. Do not edit by
# hand: newer holders go in curated_roles.csv, which wins over this table where both name one.
# Columns: name, country (ISO 3166-1 alpha-3), title, start, end (YYYY-MM-DD; a year alone is
# placed at its middle; end = the day the source table was made, for holders still in office
# then), wikidata (the person's item), source (which table: world-leaders or foreign-ministers).
"""


def country_codes() -> dict[str, str]:
    """Normalised country names (common name and other names) -> ISO3."""
    out: dict[str, str] = {}
    for r in table("kb/countries"):
        for n in [r["name"], *r["names"].split(";")]:
            if n:
                out.setdefault(normalise(n), r["code"])
    extra = {"people s republic of china": "CHN", "united states of america": "USA",
             "kingdom of the netherlands": "NLD", "kingdom of denmark": "DNK", "the bahamas": "BHS",
             "the gambia": "GMB", "republic of ireland": "IRL", "state of palestine": "PSE",
             "republic of the congo": "COG", "democratic republic of the congo": "COD",
             "ivory coast": "CIV", "federated states of micronesia": "FSM", "czech republic": "CZE"}
    for k, v in extra.items():
        out.setdefault(k, v)
    return out


def title_of(label: str) -> str:
    """ "President of the French Republic" -> "President"; "Taoiseach" stays."""
    head = re.split(r" of | for ", label, maxsplit=1)[0].strip()
    return head[:1].upper() + head[1:]


def leaders(path: Path, seen: str, codes: dict[str, str]) -> list[dict[str, str]]:
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    countries_of: dict[str, set[str]] = {}
    for r in rows:
        countries_of.setdefault(r["officeholder"], set()).add(r["countryid"])
    out = []
    for r in rows:
        name, label = r["officeholderLabel"].strip(), r["positionLabel"].strip()
        code = codes.get(normalise(r["country"]))
        if (not code or _QID.fullmatch(name) or "," in name or _SKIP_OFFICES.search(label)
                or len(countries_of[r["officeholder"]]) > 1 or not r["start_year"].isdigit()
                or int(r["start_year"]) < 1990):
            continue
        end = f"{r['end_year']}-06-30" if r["end_year"].isdigit() else seen
        if end < f"{r['start_year']}-07-01":  # began and ended within one year: the whole year
            start, end = f"{r['start_year']}-01-01", f"{r['end_year']}-12-31"
        else:
            start = f"{r['start_year']}-07-01"
        out.append({"name": name, "country": code, "title": title_of(label), "start": start, "end": end, "wikidata": r["officeholder"],
                    "source": "world-leaders"})
    return out


def foreign_ministers(path: Path, seen: str, codes: dict[str, str]) -> list[dict[str, str]]:
    out = []
    for r in csv.DictReader(path.open(encoding="utf-8")):
        name = r["name"].strip()
        code = codes.get(normalise(r["countryLabel"]))
        start = r["start"].strip()
        if not name or not code or _QID.fullmatch(name) or "," in name or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", start):
            continue
        out.append({"name": re.sub(r"^(Dr\.|Sheikh|Archbishop) ", "", name), "country": code,
                    "title": "Foreign Minister", "start": start, "end": seen, "wikidata": r["person"],
                    "source": "foreign-ministers"})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("leaders", type=Path)
    ap.add_argument("foreign", type=Path)
    ap.add_argument("--leaders-seen", default="2022-10-10", help="the date the leaders table was made")
    ap.add_argument("--foreign-seen", default="2022-12-11", help="the date the foreign table was made")
    ap.add_argument("-o", "--out", type=Path, default=OUT)
    args = ap.parse_args()
    codes = country_codes()
    rows = leaders(args.leaders, args.leaders_seen, codes) + foreign_ministers(args.foreign, args.foreign_seen, codes)
    rows.sort(key=lambda r: (r["country"], r["title"], r["start"], r["name"]))
    with args.out.open("w", encoding="utf-8", newline="") as f:
        f.write(HEADER)
        w = csv.DictWriter(f, fieldnames=["name", "country", "title", "start", "end", "wikidata", "source"],
                           lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{args.out}: {len(rows)} office holders")


if __name__ == "__main__":
    main()
