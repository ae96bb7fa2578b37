"""The actor knowledge base, run from the packaged saidwhat/data/actors.sqlite."""

from __future__ import annotations

import multiprocessing
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from saidwhat.resolve.kb import KnowledgeBase, normalise, role_key, translit_variants

ROOT = Path(__file__).resolve().parent.parent
DICTS = ROOT.parent / "shared" / "data" / "petrarch_dictionaries"


def test_kb_is_loaded(kb: KnowledgeBase) -> None:  # `kb`: tests/conftest.py
    assert len(kb) > 10_000


def test_normalise() -> None:
    assert normalise("  Sergéy  V. Lavrov ") == "sergey v lavrov"
    assert normalise("al-Assad") == "al assad"
    assert normalise("the U.N.") == "the u n"


@pytest.mark.parametrize("name", ["Sergei Lavrov", "Sergey Lavrov", "Lavrov", "sergei  LAVROV",
                                  "Russian Foreign Minister Sergey Lavrov", "Sergiy Lavrov"])
def test_lavrov_variants(kb: KnowledgeBase, name: str) -> None:
    a = kb.lookup(name, "2022-03-03")
    assert a is not None
    assert (a.id, a.name, a.kind, a.country, a.sector) == ("kb:sergei-lavrov", "Sergei Lavrov", "person", "RUS", "GOV")
    assert a.role == "Foreign Minister of Russia"


@pytest.mark.parametrize(("name", "expected"), [
    ("Lens Stoltenberg", "Jens Stoltenberg"),  # typo
    ("Jens Stoltenburg", "Jens Stoltenberg"),
    ("Antony Blinkin", "Antony Blinken"),
    ("Volodymyr Zelenskiy", "Volodymyr Zelensky"),  # transliterations
    ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
    ("Zelenskyy", "Volodymyr Zelensky"),
    ("Aleksandr Lukashenko", "Alexander Lukashenko"),
    ("Sergey Shoigu", "Sergei Shoigu"),
    ("Bashar al-Assad", "Bashar al-Assad"),
    ("John McCain", "John McCain"),
])
def test_typos_and_transliterations(kb: KnowledgeBase, name: str, expected: str) -> None:
    a = kb.lookup(name, "2022-02-17")
    assert a is not None and a.name == expected


def test_role_follows_date(kb: KnowledgeBase) -> None:
    a = kb.lookup("Jens Stoltenberg", "2022-02-17")
    assert a is not None and (a.country, a.sector, a.role) == ("NATO", "IGO", "Secretary General of NATO")
    old = kb.lookup("Jens Stoltenberg", "2008-01-01")
    assert old is not None and old.country == "NOR" and old.id == a.id
    assert kb.lookup("Putin", "2010-06-01").role == "Prime Minister of Russia"  # type: ignore[union-attr]
    assert kb.lookup("Putin", "2022-02-24").role == "President of Russia"  # type: ignore[union-attr]


def test_surname_disambiguated_by_date(kb: KnowledgeBase) -> None:
    a = kb.lookup("Austin", "2022-01-28")  # Lloyd Austin, not the Texas city nor older Austins
    assert a is not None and a.name == "Lloyd Austin"


@pytest.mark.parametrize(("country", "role", "date", "expected"), [
    ("RUS", "foreign minister", "2016-10-31", "Sergei Lavrov"),
    ("RUS", "Minister of Foreign Affairs", "2022-03-03", "Sergei Lavrov"),
    ("RUS", "top diplomat", "2022-03-03", "Sergei Lavrov"),
    ("USA", "secretary of defense", "2022-01-28", "Lloyd Austin"),
    ("USA", "defense secretary", "2022-01-28", "Lloyd Austin"),
    ("USA", "secretary of state", "2022-01-28", "Antony Blinken"),
    ("USA", "top diplomat", "2015-06-01", "John Kerry"),
    ("NATO", "secretary general", "2022-02-17", "Jens Stoltenberg"),
    ("NATO", "Secretary-General", "2012-02-17", "Anders Fogh Rasmussen"),
    ("UN", "secretary-general", "2022-02-17", "Antonio Guterres"),
    ("RUS", "president", "2022-02-24", "Vladimir Putin"),
    ("RUS", "president", "2010-02-24", "Dmitry Medvedev"),
    ("RUS", "defence minister", "2022-02-24", "Sergei Shoigu"),
    ("UKR", "president", "2022-02-24", "Volodymyr Zelensky"),
    ("UKR", "foreign minister", "2022-02-24", "Dmytro Kuleba"),
    ("GBR", "defence secretary", "2022-02-24", "Ben Wallace"),
    ("DEU", "chancellor", "2022-02-24", "Olaf Scholz"),
    ("USA", "president", "1985-01-01", "Ronald Reagan"),  # from the Phoenix section headers
])
def test_lookup_role(kb: KnowledgeBase, country: str, role: str, date: str, expected: str) -> None:
    a = kb.lookup_role(country, role, date)
    assert a is not None and a.name == expected


def test_lookup_role_unknown(kb: KnowledgeBase) -> None:
    assert kb.lookup_role("RUS", "chief astrologer", "2022-01-01") is None
    assert kb.lookup_role("UKR", "president", "1850-01-01") is None


def test_role_key() -> None:
    assert role_key("Minister of Foreign Affairs") == role_key("top diplomat") == "foreign minister"
    assert role_key("Secretary of Defense") == role_key("defence minister") == "defense minister"
    assert role_key("deputy foreign minister") == "deputy foreign minister"
    assert role_key("Kremlin spokesman") == "spokesperson"


def test_organisations_and_countries(kb: KnowledgeBase) -> None:
    for name, country in [("NATO", "NATO"), ("the U.N.", "UN"), ("United Nations", "UN"), ("EU", "EU"),
                          ("OSCE", "OSCE"), ("the Kremlin", "RUS"), ("Russia", "RUS")]:
        a = kb.lookup(name)
        assert a is not None and a.country == country, name
    assert kb.lookup("NATO").name == "NATO"  # type: ignore[union-attr]
    assert kb.lookup("Kremlin").name == "Kremlin"  # type: ignore[union-attr]


@pytest.mark.parametrize("name", ["John Smithfieldson", "he", "the veteran diplomat", "", "Zzyzx Qwerty"])
def test_unknown_names(kb: KnowledgeBase, name: str) -> None:
    assert kb.lookup(name) is None


def test_stable_id() -> None:
    a = KnowledgeBase.stable_id("Olena Petrenko-Kovalchuk")
    assert a == KnowledgeBase.stable_id("  olena petrenko kovalchuk ") == "person:olena-petrenko-kovalchuk"
    assert a != KnowledgeBase.stable_id("Olena Petrenko")


def test_translit_variants() -> None:
    assert "sergey lavrov" in translit_variants("sergei lavrov")
    assert {"zelenskyy", "zelenskiy"} <= translit_variants("zelensky")


def test_schema() -> None:
    con = sqlite3.connect(ROOT / "saidwhat" / "data" / "actors.sqlite")
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"actors", "aliases", "roles", "agents"} <= tables
    row = con.execute("SELECT start, end FROM roles WHERE actor_id='kb:sergei-lavrov' AND role IS NOT NULL"
                      " ORDER BY start DESC LIMIT 1").fetchone()
    assert row == ("2004-03-09", None)
    con.close()


@pytest.mark.skipif(not DICTS.exists(), reason="needs ../shared/data/petrarch_dictionaries")
def test_build_script(tmp_path: Path) -> None:
    out = tmp_path / "actors.sqlite"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_kb.py"), str(DICTS), "-o", str(out)],
                   check=True, capture_output=True)
    kb = KnowledgeBase.load(out)
    assert kb.lookup("Sergey Lavrov").name == "Sergei Lavrov"  # type: ignore[union-attr]
    assert out.stat().st_size < 8_000_000


@pytest.mark.parametrize(("name", "country", "sector"), [
    ("European Community", "EU", "IGO"), ("EEC", "EU", "IGO"), ("International Labour Organization", "UN", "IGO"),
    ("UN refugee agency", "UN", "IGO"), ("World Food Programme", "UN", "IGO"), ("Arab League", "ARL", "IGO"),
    ("OPEC", "OPEC", "IGO"), ("ASEAN", "ASEAN", "IGO"), ("International Committee of the Red Cross", "ICRC", "NGO"),
    ("Red Cross", "ICRC", "NGO"), ("Amnesty International", None, "NGO"), ("Doctors Without Borders", None, "NGO"),
])
def test_international_bodies(kb: KnowledgeBase, name: str, country: str | None, sector: str) -> None:
    a = kb.lookup(name, fuzzy=False)
    assert a is not None and (a.country, a.sector) == (country, sector), name


def test_who_is_not_the_pronoun(kb: KnowledgeBase) -> None:
    assert kb.lookup("who") is None


def test_fuzzy_does_not_add_a_word(kb: KnowledgeBase) -> None:
    a = kb.lookup("Supreme Court")  # any country's; not "US Supreme Court" by fuzzy match
    assert a is None or a.country != "USA"


def test_country_is_not_a_surname(kb: KnowledgeBase) -> None:
    a = kb.lookup("Red Cross operating in Iraq", fuzzy=False)
    assert a is None or a.kind != "person"
    assert kb.surname_country("iraq") is None


@pytest.mark.parametrize(("name", "country"), [("U.A.E.", "ARE"), ("D.R.C.", "COD"), ("C.A.R.", "CAF"),
                                               ("C.A.R", "CAF")])
def test_an_initialism_spelt_with_full_stops_is_the_initialism(kb: KnowledgeBase, name: str, country: str) -> None:
    a = kb.lookup(name)
    assert a is not None and a.country == country


def test_letters_that_spell_no_known_initialism_are_nobody(kb: KnowledgeBase) -> None:
    assert kb.lookup("X.Q.Z.", fuzzy=False) is None


def test_surname_country(kb: KnowledgeBase) -> None:
    assert kb.surname_country("Bush") == "USA"
    assert kb.surname_country("Zzyzx") is None


@pytest.mark.parametrize(("place", "country"), [("Jericho", "PSE"), ("Sindh", "PAK"), ("Khanty-Mansiysk", "RUS"),
                                                ("Congolese", "COD"), ("Kampuchea", "KHM"), ("Darfur", "SDN")])
def test_places(kb: KnowledgeBase, place: str, country: str) -> None:
    a = kb.lookup(place, fuzzy=False)
    assert a is not None and a.kind == "country" and a.country == country


def test_lookups_are_remembered_within_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    import saidwhat.resolve.kb as kb_module

    kb = KnowledgeBase.load()  # a fresh one: its table of answers starts empty
    first = kb.lookup("Sergei Lavrov", "2022-01-28")
    assert first is not None and first.id == kb.lookup("sergey lavrov", "2022-01-28").id
    assert kb.lookup("Sergei Lavrov", "2022-01-28") is first  # the same answer, not a new search
    monkeypatch.setattr(kb_module, "MAX_LOOKUPS", 3)  # emptied when full: the answers stay right
    names = ("Lavrov", "Putin", "Stoltenberg", "Zelensky", "Biden", "Blinken", "Sergei Lavrov")
    answers = [kb.lookup(name, "2022-01-28") for name in names]
    assert answers == [KnowledgeBase.load().lookup(name, "2022-01-28") for name in names]
    assert answers[-1] == first


def _lavrov_in_child(kb: KnowledgeBase, out: object) -> None:
    found = kb.lookup("Sergey Lavrov", "2022-01-28")
    out.put(found.id if found else None)  # type: ignore[attr-defined]


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_kb_opened_before_a_fork_works_in_the_child() -> None:
    kb = KnowledgeBase.load()
    assert kb.lookup("Stoltenberg", "2020-01-01") is not None  # the parent's connection is open
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    child = ctx.Process(target=_lavrov_in_child, args=(kb, out))
    child.start()
    child.join(60)
    assert out.get(timeout=5) == "kb:sergei-lavrov"
    assert kb.lookup("Sergey Lavrov", "2022-01-28").id == "kb:sergei-lavrov"  # type: ignore[union-attr]


def test_kb_rows_are_remembered_within_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    import saidwhat.resolve.kb as kb_module

    monkeypatch.setattr(kb_module, "MAX_ROWS", 5)
    kb = KnowledgeBase.load()
    for name in ("Lavrov", "Putin", "Stoltenberg", "Zelensky", "Biden", "Blinken", "Macron"):
        assert kb.lookup(name, "2022-01-28") is not None
    assert kb.lookup("Sergei Lavorv", "2022-01-28").id == "kb:sergei-lavrov"  # type: ignore[union-attr]


def test_kb_from_threads() -> None:
    from concurrent.futures import ThreadPoolExecutor

    kb = KnowledgeBase.load()
    names = ["Lavrov", "Putin", "Stoltenberg", "Zelensky", "Biden", "Blinken"] * 20
    with ThreadPoolExecutor(4) as pool:
        found = list(pool.map(lambda n: kb.lookup(n + " ", "2022-01-28"), names))
    assert [a.id if a else None for a in found] == [a.id if a else None
                                                    for a in (kb.lookup(n + " ", "2022-01-28") for n in names)]


def test_answers_by_name_hold_across_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    import saidwhat.resolve.kb as kb_module

    names = ("Austin", "Carter", "Bush", "Lavrov", "Georgia", "the president", "Sergei Lavorv", "Kremlin")
    dates = (None, "1979-06-01", "2001-03-01", "2015-06-01", "2022-01-28", "2023-05-05", "1979-07-01")
    kb = KnowledgeBase.load()  # answers remembered across dates
    remembered = {(name, date): kb.lookup(name, date) for date in dates for name in names}
    fresh = {}
    for date in dates:  # a new knowledge base for every question: nothing remembered
        for name in names:
            fresh[name, date] = KnowledgeBase.load().lookup(name, date)
    assert remembered == fresh
    monkeypatch.setattr(kb_module, "MAX_LOOKUPS", 3)  # emptied when full: the answers stay right
    for name in ("Putin", "Stoltenberg", "Zelensky", "Biden", "Blinken", "Austin"):
        assert kb.lookup(name, "2024-02-02") == KnowledgeBase.load().lookup(name, "2024-02-02")


def test_aliases_answer_the_same_after_a_fuzzy_match() -> None:
    kb = KnowledgeBase.load()
    assert kb.lookup("no such alias at all", fuzzy=False) is None
    assert kb.lookup("Sergei Lavorv").id == "kb:sergei-lavrov"  # type: ignore[union-attr]  # reads every alias
    assert kb.lookup("no such alias at all", fuzzy=False) is None
    assert kb.lookup("sergei lavrov", fuzzy=False).id == "kb:sergei-lavrov"  # type: ignore[union-attr]


# --- issue 18: a first name is no title, the user's own actors, office holders, no pronoun actors ---

def test_a_first_name_is_not_a_title_to_drop(kb: KnowledgeBase) -> None:
    """"Eric Adams" once became Brazil's Luis Adams: the first name was dropped like a title."""
    assert kb.lookup("Xavier Lavrov", "2022-06-01") is None
    hit = kb.lookup("Foreign Minister Lavrov", "2022-06-01")
    assert hit is not None and hit.name == "Sergei Lavrov"
    adams = kb.lookup("Eric Adams", "2023-05-01")
    assert adams is not None and (adams.country, adams.role) == ("USA", "Mayor of New York City")


@pytest.mark.parametrize("word", ["Mayor", "the Mayor", "President", "Minister"])
def test_a_title_word_alone_is_no_surname(kb: KnowledgeBase, word: str) -> None:
    assert kb.lookup(word, "2022-06-01") is None  # "the Mayor" is not UNESCO's Federico Mayor


def test_office_holders_from_wikidata(kb: KnowledgeBase) -> None:
    muttaqi = kb.lookup("Amir Khan Muttaqi", "2022-06-01")
    assert muttaqi is not None and (muttaqi.country, muttaqi.role) == ("AFG", "Foreign Minister of Afghanistan")
    fm = kb.lookup_role("AND", "foreign minister", "2022-06-01")
    assert fm is not None and fm.name == "Maria Ubach i Font"
    # a holder still in office when the table was made is not named as holder years later
    assert kb.lookup_role("AND", "foreign minister", "2026-06-01") is None
    merz = kb.lookup_role("DEU", "chancellor", "2025-06-10")  # curated dates win over the table's
    assert merz is not None and merz.name == "Friedrich Merz"


def test_office_holders_table_is_what_the_import_script_writes(tmp_path: Path) -> None:
    """office_holders.csv is only ever written by the script (from the two public tables)."""
    table = ROOT / "saidwhat" / "lexicons" / "kb" / "office_holders.csv"
    rows = [line for line in table.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert rows[0] == "name,country,title,start,end,wikidata,source"
    assert all(r.count(",") >= 6 for r in rows) and len(rows) > 400
    assert (ROOT / "saidwhat" / "data" / "NOTICE-wikidata.txt").read_text().count("CC0") >= 1


@pytest.mark.parametrize(("name", "inside", "after", "country", "role"), [
    ("Hulusi Akar", "2021-01-01", "2024-01-01", "TUR", "Defence Minister of Turkey"),
    ("Rajnath Singh", "2021-06-01", "2024-01-01", "IND", "Defence Minister of India"),
    ("Wei Fenghe", "2020-01-01", "2023-06-01", "CHN", "Defence Minister of China"),
    ("Florence Parly", "2019-01-01", "2022-06-01", "FRA", "Defence Minister of France"),
    ("Nobuo Kishi", "2021-06-01", "2023-01-01", "JPN", "Defence Minister of Japan"),
    ("Donald Rumsfeld", "2003-03-20", "2007-01-01", "USA", "United States Secretary of Defense"),
    ("Geoff Hoon", "2003-03-20", "2006-01-01", "GBR", "Defence Secretary of the United Kingdom"),
    ("Anatoliy Serdyukov", "2010-01-01", "2013-01-01", "RUS", "Defence Minister of Russia"),
])
def test_defence_ministers_from_wikidata(kb: KnowledgeBase, name: str, inside: str, after: str, country: str,
                                         role: str) -> None:
    held = kb.lookup(name, inside)
    assert held is not None and (held.country, held.role) == (country, role)
    later = kb.lookup(name, after)
    assert later is not None and later.id == held.id and later.role != role


def test_defence_minister_by_office_and_date(kb: KnowledgeBase) -> None:
    assert kb.lookup_role("ISR", "defence minister", "2010-06-01").name == "Ehud Barak"  # type: ignore[union-attr]
    assert kb.lookup_role("ISR", "Minister of Defense", "2021-06-01").name == "Benny Gantz"  # type: ignore[union-attr]
    assert kb.lookup_role("KOR", "defense minister", "2019-06-01").name == "Jeong Kyeong-doo"  # type: ignore[union-attr]
    # a holder in office when the table was made (2022) is not named as the holder years later
    assert kb.lookup_role("KOR", "defense minister", "2026-06-01") is None


def test_a_wikidata_spelling_finds_the_person_already_known() -> None:
    """Wikidata's "Mariusz Błaszczak" and "Mark T. Esper" are the Phoenix and curated people, not new ones."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_kb import name_keys
    assert name_keys("Mariusz Błaszczak") == [(True, "mariusz błaszczak"), (False, "mariusz blaszczak")]
    assert name_keys("Mark T. Esper")[-1] == (False, "mark esper")
    kb = KnowledgeBase.load(ROOT / "saidwhat" / "data" / "actors.sqlite")
    plain, accented = kb.lookup("Mariusz Blaszczak", "2021-01-01"), kb.lookup("Mariusz Błaszczak", "2021-01-01")
    assert plain is not None and accented is not None and plain.id == accented.id
    assert plain.role == "Defence Minister of Poland"


def test_defence_ministers_import(tmp_path: Path) -> None:
    """Only the defence minister's office is read; months and years are placed at their middle; a
    holder in office when the table was made ends on that date."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from import_office_holders import defence_ministers
    (tmp_path / "sources.csv").write_text("country,repository,commit,made\nXYZ,someone/xyz-cabinet,abc,2022-07-01\n")
    (tmp_path / "xyz-cabinet.csv").write_text(
        "position,person,personID,start,end\n"
        "Minister of National Defence,Ann Old,Q1,1999-03,2004\n"
        "Minister of National Defence,Bo New,Q2,2004-05-02,\n"
        "Deputy Minister of National Defence,Cy Deputy,Q3,2010-01-01,\n"
        "Minister of State for Defence,Di Junior,Q4,2010-01-01,\n"
        "Minister of National Defence,Q5,Q5,2010-01-01,\n"
        "Minister of National Defence,Ed Ancient,Q6,1980,1985\n"
        "Secretary of State for Defence,Flo Sec,Q7,2003,2003\n")
    rows = defence_ministers(tmp_path, tmp_path / "sources.csv")
    assert [(r["name"], r["title"], r["start"], r["end"]) for r in rows] == [
        ("Ann Old", "Defence Minister", "1999-03-15", "2004-07-01"),
        ("Bo New", "Defence Minister", "2004-05-02", "2022-07-01"),
        ("Flo Sec", "Defence Secretary", "2003-01-01", "2003-12-31")]
    assert {(r["country"], r["source"]) for r in rows} == {("XYZ", "defence-ministers")}


def test_defence_sources_are_in_the_notice() -> None:
    import csv
    notice = (ROOT / "saidwhat" / "data" / "NOTICE-wikidata.txt").read_text(encoding="utf-8")
    sources = list(csv.DictReader((ROOT / "scripts" / "defence_sources.csv").open(encoding="utf-8")))
    assert len(sources) >= 40
    assert all(f"{s['repository'].split('/')[1]} {s['commit']}" in notice for s in sources)
    table = (ROOT / "saidwhat" / "lexicons" / "kb" / "office_holders.csv").read_text(encoding="utf-8")
    covered = {line.split(",")[1] for line in table.splitlines() if line.endswith(",defence-ministers")}
    assert covered == {s["country"] for s in sources}


@pytest.mark.parametrize(("name", "date", "role"), [
    ("Bashar al-Assad", "2015-01-01", "President of Syria"),
    ("Margaret Thatcher", "1985-01-01", "Prime Minister of the United Kingdom"),
    ("Helmut Kohl", "1990-01-01", "Chancellor of Germany"),
    ("Salva Kiir Mayardit", "2015-01-01", "President of South Sudan"),
    # listed after those under the same Phoenix header, but no holders of that office
    ("Walid Muallem", "2015-01-01", None), ("Anna Lindh", "2003-05-01", None),
    ("Tobias Billström", "2015-05-01", None), ("Deng Alor Kuol", "2008-01-01", None),
])
def test_a_section_title_names_only_the_holders_of_that_office(kb: KnowledgeBase, name: str, date: str,
                                                                 role: str | None) -> None:
    """Phoenix's "# President" over South Sudan's president ran on through the cabinets of Sudan,
    Spain, Sweden and Syria, so that a former Swedish foreign minister was "President of Sweden"."""
    a = kb.lookup(name, date)
    assert a is not None and a.role == role


def test_a_section_ends_at_another_country_or_an_overlapping_term() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_kb import Section, section_office
    sec = Section()
    assert section_office(sec, [("SSDGOV", "2011-07-09", None, None)]) == 0
    assert section_office(sec, [("SDNGOV", "2005-11-01", "2010-06-30", None)]) is None  # another country
    assert section_office(sec, [("SSDGOV", "2001-01-01", "2002-01-01", None)]) is None  # the section has ended
    uk = Section()
    assert section_office(uk, [("GBRGOV", "1979-05-04", "1990-11-28", None)]) == 0
    # the next holder, whose earlier post in the government overlaps the holder's term
    assert section_office(uk, [("GBRGOV", "1983-06-11", "1989-10-26", None),
                               ("GBRGOV", "1990-11-28", "1997-05-02", None)]) == 1
    assert section_office(uk, [("GBRGOV", "1985-06-11", "1995-10-26", None)]) is None  # a minister meanwhile
    assert section_office(uk, [("GBRGOV", "1997-05-02", "2007-06-27", None)]) is None  # the section has ended
    # Senator Kerry's seat is not the office his section names; his later government post is
    assert section_office(Section(), [("USAGOVLEG", "1985-01-03", "2013-02-01", None),
                                      ("USAGOV", "2013-02-01", None, None)]) == 1


USER_ACTORS = ("name,aliases,country,sector,role,from,until\n"
               "Jane Roe,Mayor Roe;J. Roe,USA,GOV,Mayor of Springfield,2020-01-01,\n"
               "Sergei Lavrov,,RUS,MIL,Test role,,\n")


def test_user_actors_add_to_and_override_the_bundled_base(tmp_path: Path) -> None:
    from saidwhat.resolve.user_actors import merged_kb, read_user_actors
    from saidwhat.resources import Settings

    f = tmp_path / "mine.csv"
    f.write_text(USER_ACTORS, encoding="utf-8")
    merged = KnowledgeBase(merged_kb(Settings().kb, read_user_actors(f)))
    roe = merged.lookup("Jane Roe", "2022-06-01")
    assert roe is not None and (roe.id, roe.country, roe.sector, roe.role) == (
        "user:jane-roe", "USA", "GOV", "Mayor of Springfield")
    assert merged.lookup("Mayor Roe", "2022-06-01") == roe and merged.lookup("Roe", "2022-06-01") == roe
    lavrov = merged.lookup("Lavrov", "2022-06-01")
    assert lavrov is not None and (lavrov.id, lavrov.sector, lavrov.role) == ("kb:sergei-lavrov", "MIL", "Test role")
    assert KnowledgeBase.load().lookup("Jane Roe") is None  # the bundled file is untouched


@pytest.mark.parametrize("text, says", [
    ("name,country\n,USA\n", "no name"),
    ("name,country\nJane Roe,Springfield\n", "alpha-3"),
    ("name,sector\nJane Roe,government\n", "sector"),
    ("name,from\nJane Roe,someday\n", "not a date"),
    ('[{"name": "Jane Roe", "until": "2020", "from": "2021"}]', "before"),
    ("id,country\nx,USA\n", "name the columns"),
])
def test_bad_user_actors_say_what_is_wrong(tmp_path: Path, text: str, says: str) -> None:
    from saidwhat.resolve.user_actors import UserActorsError, read_user_actors

    f = tmp_path / ("mine.json" if text.startswith("[") else "mine.csv")
    f.write_text(text, encoding="utf-8")
    with pytest.raises(UserActorsError, match=says):
        read_user_actors(f)


@pytest.fixture()
def own_resources():
    """The process's resources as they were: a run with --actors installs a merged base."""
    from saidwhat import resources

    saved = resources._current
    yield
    if saved is not None:
        resources.install(saved)


@pytest.mark.slow
def test_a_user_actors_file_changes_who_a_statement_is_attributed_to(tmp_path: Path, own_resources) -> None:
    import json

    from click.testing import CliRunner

    from saidwhat.cli import main

    article = tmp_path / "a.txt"
    article.write_text("City rejects plan\n\nSPRINGFIELD, June 10 (Reuters) - Mayor Jane Roe said on "
                       "Tuesday that the city would not raise taxes.\n", encoding="utf-8")
    mine = tmp_path / "mine.csv"
    mine.write_text(USER_ACTORS, encoding="utf-8")

    def actors(*extra: str) -> list[dict]:
        got = CliRunner().invoke(main, ["extract", str(article), "-w", "1", *extra])
        assert got.exit_code == 0, got.stderr
        return [json.loads(line)["actor"] for line in got.stdout.splitlines() if '"statement"' in line]

    [before] = actors()
    assert before["id"] == "person:jane-roe" and before["country"] is None
    [after] = actors("--actors", str(mine))
    assert (after["name"], after["id"], after["country"], after["sector"]) == ("Jane Roe", "user:jane-roe", "USA", "GOV")


@pytest.mark.parametrize("name, ok", [("I", False), ("you", False), ("'s", False), ("who", False),
                                      ("In", False), ("the", False), ("It", False),
                                      ("Lavrov", True), ("NATO", True), ("I.M. Pei", True), ("Kremlin", True)])
def test_pronouns_and_fragments_are_no_actor_names(name: str, ok: bool) -> None:
    from saidwhat.resolve.not_actors import is_actor_name

    assert is_actor_name(name) is ok


@pytest.mark.slow
def test_an_interviewees_i_is_no_actor() -> None:
    from saidwhat import extract_text

    text = ("Talks stall\n\nWASHINGTON (VOA) - Analysts were divided on Friday.\n\n"
            "VOA: Do you think Taiwan should upgrade its military assets?\n\n"
            "I think China was not expecting it, and I would say it's bad business to rank things.\n")
    result = extract_text(text, published="2023-01-06")
    named = [r.actor.name for r in (*result.statements, *result.events) if r.actor is not None]
    named += [r.recipient.name for r in (*result.statements, *result.events) if r.recipient is not None]
    assert not {"I", "you", "You", "who"} & set(named), named
    assert any(s.speaker is not None and s.speaker.text == "I" for s in result.statements)
