"""The query commands as a user meets them (issue 18, item 7): a type typo gets a suggestion, a
name that fits several people says so, nothing read creates no database, the record contract
ships with the package, and the user's own actors go into a database."""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from saidwhat.cli import main
from saidwhat.records import Actor, Article, DocumentInfo, Result, Span, Statement
from saidwhat.store.schema import open_db
from saidwhat.store.writer import article_hash, write_result
from tests.conftest import REPO

TEXT = "Bill Clinton accused them. Hillary Clinton said no. Jane Roe said yes."


def statement(start: int, end: int, who: Actor, type_: str = "STATEMENT") -> Statement:
    span = Span.of(TEXT, start, end)
    return Statement(content=span, sentence=span, speaker=Span.of(TEXT, start, start + 4), actor=who,
                     type=type_, date="2016-05-01")


@pytest.fixture()
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "t.db")
    article = Article(doc="d1", text=TEXT, published="2016-05-01")
    bill = Actor("Bill Clinton", "kb:bill-clinton", "USA", "GOV", "President")
    hillary = Actor("Hillary Clinton", "kb:hillary-clinton", "USA", "GOV", "Secretary of State")
    roe = Actor("Jane Roe", "person:jane-roe", None, None, "Mayor")
    result = Result(DocumentInfo(doc="d1", published="2016-05-01"),
                    [statement(0, 26, bill, "ACCUSE"), statement(27, 51, hillary), statement(52, 71, roe)])
    with closing(open_db(path, write=True)) as con:
        write_result(con, result, article, article_hash(article))
    return path


def run(*args: str) -> tuple[int, str, str]:
    got = CliRunner().invoke(main, list(args))
    return got.exit_code, got.stdout, got.stderr


def test_a_type_typo_suggests_the_plover_type(db: str) -> None:
    code, _, err = run("timeline", "--type", "ACCUSED", "--db", db)
    assert code == 2 and "did you mean ACCUSE?" in err
    code, out, _ = run("timeline", "--type", "accuse", "--db", db, "--json")
    assert code == 0 and [json.loads(line)["type"] for line in out.splitlines()] == ["ACCUSE"]
    assert run("timeline", "--type", "WIBBLE", "--db", db)[0] == 2


def test_an_actor_filter_that_fits_several_people_lists_them(db: str) -> None:
    code, out, err = run("timeline", "--actor", "clinton", "--db", db, "--json")
    assert code == 0 and len(out.splitlines()) == 2
    assert "matches 2 actors" in err and "Bill Clinton" in err and "Hillary Clinton" in err
    code, out, err = run("timeline", "--actor", "Hillary Clinton", "--db", db, "--json")
    assert code == 0 and len(out.splitlines()) == 1 and "matches" not in err


def test_ingest_of_nothing_readable_creates_no_database(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    code, _, err = run("ingest", str(tmp_path / "missing.jsonl"), "--db", str(path))
    assert code == 1 and not path.exists()
    assert err.count("missing.jsonl") == 1 and "was not created" in err


def test_schema_prints_the_contract_the_package_ships() -> None:
    code, out, _ = run("schema")
    assert code == 0 and out == (REPO / "docs" / "CONTRACT.md").read_text(encoding="utf-8")
    assert "published_precision" in out


@pytest.mark.parametrize("command", [[], ["extract"], ["ingest"], ["export"], ["timeline"], ["actors"],
                                     ["actors", "add"], ["actors", "import"], ["schema"], ["eval"],
                                     ["search"], ["show"]])
def test_help_points_at_nothing_the_package_lacks(command: list[str]) -> None:
    code, out, _ = run(*command, "--help")
    assert code == 0 and not re.search(r"\.md\b|docs/|tests/|scripts/|bench/", out), out


def test_actors_add_and_import_go_into_the_database(db: str, tmp_path: Path) -> None:
    code, _, err = run("actors", "add", "Jane Roe", "--alias", "Mayor Roe", "--country", "usa",
                       "--sector", "GOV", "--role", "Mayor of Springfield", "--from", "2020", "--db", db)
    assert code == 0 and "1 stored actor updated" in err
    code, out, _ = run("actors", "roe", "--db", db, "--json")
    [row] = [json.loads(line) for line in out.splitlines()]
    assert (row["name"], row["country"], row["sector"]) == ("Jane Roe", "USA", "GOV")
    f = tmp_path / "mine.json"
    f.write_text(json.dumps([{"name": "John Doe", "aliases": ["J. Doe"], "country": "GBR", "sector": "MED"}]))
    assert run("actors", "import", str(f), "--db", db)[0] == 0
    with closing(sqlite3.connect(db)) as con:
        names = [r[0] for r in con.execute("SELECT name FROM user_actors ORDER BY name")]
    assert names == ["Jane Roe", "John Doe"]
    code, _, err = run("actors", "add", "Jane Roe", "--country", "Springfield", "--db", db)
    assert code == 2 and "alpha-3" in err


def test_a_given_dates_precision_is_stored_and_exported(tmp_path: Path) -> None:
    """"January 2022" in the input: 2022-01-01, month, in the database and back out of it."""
    path = str(tmp_path / "p.db")
    article = Article(doc="m1", text=TEXT, published="2022-01-01", published_precision="month")
    info = DocumentInfo(doc="m1", published="2022-01-01", published_source="given", published_precision="month")
    with closing(open_db(path, write=True)) as con:
        write_result(con, Result(info), article, article_hash(article))
    code, out, _ = run("export", "--db", path, "--format", "jsonl")
    [doc] = [json.loads(line) for line in out.splitlines() if '"document"' in line]
    assert code == 0 and (doc["published"], doc["published_precision"]) == ("2022-01-01", "month")
    day = Article(doc="m1", text=TEXT, published="2022-01-01")
    assert article_hash(day) != article_hash(article)  # the precision is part of what changed
