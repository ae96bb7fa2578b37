"""The Python API (`saidwhat.extract`, `ingest`, `open`, `extract_text`): its doctests run here, and
the checks it shares with the command line."""

from __future__ import annotations

import doctest
import sqlite3
from datetime import date
from pathlib import Path

import pytest

import saidwhat
import saidwhat.api
from saidwhat.store.schema import StoreError

pytestmark = pytest.mark.slow  # loads the spaCy model

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "seeds"
TEXT = ("Russian Foreign Minister Sergei Lavrov accused NATO of expanding eastward. "
        "Russia has massed troops near Ukraine since 2014.")


def test_doctests_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the examples name examples/seeds from the repository root
    for module in (saidwhat.api,):
        result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
        assert result.attempted >= 10 and result.failed == 0


def test_the_names_are_the_functions() -> None:
    """`saidwhat.extract` is the function even after the `extract` stage's modules load."""
    from saidwhat.extract import statements  # noqa: F401

    assert saidwhat.extract is saidwhat.api.extract and callable(saidwhat.open)


@pytest.mark.parametrize("published", ["garbage", "2022-13-45", "28/01/2022", 20220128])
def test_a_bad_date_is_an_error_not_a_record(published: object) -> None:
    with pytest.raises(ValueError, match="is not a date"):
        saidwhat.extract_text(TEXT, published=published)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="is not a date"):
        list(saidwhat.extract([saidwhat.Article(doc="x", text=TEXT, published=published)]))  # type: ignore[arg-type]


def test_dates_and_metadata_are_checked() -> None:
    r = saidwhat.extract_text(TEXT, published=date(2022, 1, 28), outlet="AP")
    assert r.document.published == "2022-01-28" and r.statements[0].date == "2022-01-28"
    with pytest.raises(ValueError, match="unknown metadata headline"):
        saidwhat.extract_text(TEXT, headline="x")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="workers"):
        saidwhat.extract([TEXT], workers=0)


def test_extract_takes_paths_directories_and_texts_in_order(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    inputs = [TEXT, str(SEEDS), "Lavrov said talks had failed.", missing]
    docs = [(r.document.doc, r.document.status) for r in saidwhat.extract(inputs, workers=1)]
    seeds = sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert docs[0] == ("text-1", "ok") and docs[-2] == ("text-2", "ok")
    assert [d for d, _ in docs[1:-2]] == seeds
    assert docs[-1] == ("missing", "skipped")  # as the command line reports it, not parsed as text
    one = list(saidwhat.extract(TEXT))  # a single input needs no list
    assert len(one) == 1 and one[0].statements[0].type == "ACCUSE"


def test_open_queries_mirror_the_cli(tmp_path: Path) -> None:
    db_path = tmp_path / "s.db"
    stats = saidwhat.ingest(SEEDS, db_path, workers=1)
    assert stats.new == 5
    with saidwhat.open(db_path) as db:
        timeline = db.timeline(actor="lavrov")
        assert timeline and {r["actor"] for r in timeline} == {"Sergei Lavrov"}
        statements = db.statements(actor="Sergey Lavrov", since="2022-01", until="2022-03")
        assert statements and all("2022-01-01" <= r["date"] <= "2022-03-31" for r in statements)
        assert {r["speaker"] for r in statements} == {"Sergei Lavrov"}
        events = db.events()
        assert {"statement", "event"} <= {e["record"] for e in events}
        assert "STATEMENT" not in {e["event_type"] for e in events}
        accusations = db.events(type="accuse")
        assert accusations and {e["event_type"] for e in accusations} == {"ACCUSE"}
        actors = db.actors("lavrov")
        assert [a["name"] for a in actors] == ["Sergei Lavrov"] and actors[0]["statements"] > 10
        assert db.search("military operation")
        with pytest.raises(ValueError, match="YYYY-MM-DD"):
            db.timeline(until="soon")
        with pytest.raises(LookupError, match="did you mean Sergei Lavrov"):
            db.events(actor="Lavrvo")
        dyads = db.dyads()
        assert dyads[0]["count"] >= dyads[-1]["count"] and dyads.columns[:2] == ["source", "target"]
        assert ("Sergei Lavrov", "NATO", "ACCUSE") in {(d["actor"], d["recipient"], d["type"]) for d in dyads}
        empty = db.events(type="SANCTION", actor="lavrov")
        assert empty == [] and "event_type" in empty.columns


def test_to_pandas(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    db_path = tmp_path / "s.db"
    saidwhat.ingest([saidwhat.Article(doc="a", text=TEXT, published="2022-01-28")], db_path, workers=1)
    with saidwhat.open(db_path) as db:
        frame = db.events().to_pandas()
        empty = db.events(type="AID").to_pandas()
    assert list(frame["event_type"]) == ["MOBILIZE", "ACCUSE"]
    assert pd.api.types.is_datetime64_any_dtype(frame["date"])
    assert frame["date"].iloc[0] == pd.Timestamp("2014-01-01")
    assert len(empty) == 0 and "date_precision" in empty.columns


def test_open_refuses_what_is_no_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="saidwhat ingest"):
        saidwhat.open(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(StoreError, match="not a saidwhat one"):
        saidwhat.open(other)
