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
