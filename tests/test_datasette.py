"""The database in datasette (0.65, its real in-process client): search on the tables and the
views, the canned queries and the column descriptions of the shipped metadata, `saidwhat datasette`."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from test_export import TEXT, result

from saidwhat.cli import main
from saidwhat.records import Article
from saidwhat.store.datasette import METADATA, metadata
from saidwhat.store.schema import open_db
from saidwhat.store.writer import article_hash, write_result

datasette_app = pytest.importorskip("datasette.app")

SEARCHABLE = {  # table or view -> (a word in one of its rows only, the column that shows it)
    "statements": ("lying", "content_text"),
    "events": ("massed", "trigger_text"),
    "statements_view": ("lying", "content"),
    "events_view": ("massed", "trigger"),
    "timeline": ("Donetsk", "content"),
    "plover_events": ("lying", "content"),
}


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "news.db"  # not saidwhat.db: the metadata must follow the file's name
    with closing(open_db(path, write=True)) as con:
        article = Article(doc="d1", text=TEXT, published="2022-01-28", outlet="AP")
        write_result(con, result(), article, article_hash(article))
    yield path


def get(db: Path, path: str, status: int = 200) -> Any:
    ds = datasette_app.Datasette([str(db)], metadata=metadata(db))

    async def fetch() -> Any:
        response = await ds.client.get(path)
        assert response.status_code == status, response.text[:500]
        return response.json() if ".json" in path else response.text
    return asyncio.run(fetch())


@pytest.mark.parametrize("table", sorted(SEARCHABLE))
def test_search_works_on_tables_and_views(db: Path, table: str) -> None:
    word, column = SEARCHABLE[table]
    everything = get(db, f"/news/{table}.json?_shape=objects&_size=max")["rows"]
    found = get(db, f"/news/{table}.json?_search={word}&_shape=objects&_size=max")
    assert 0 < len(found["rows"]) < len(everything)  # searched, not ignored
    assert f'search matches "{word}"' in found["human_description_en"]
    for row in found["rows"]:
        text = " ".join(str(row.get(c) or "") for c in (column, "sentence", "sentence_text", "content"))
        assert word.lower() in text.lower()


def test_search_finds_nothing_when_nothing_matches(db: Path) -> None:
    for table in ("timeline", "plover_events", "events"):
        assert get(db, f"/news/{table}.json?_search=zebra&_shape=objects")["rows"] == []


def test_canned_queries(db: Path) -> None:
    accusations = get(db, "/news/who_accused_whom.json?_shape=array")
    assert [(r["accuser"], r["accused"], r["times"]) for r in accusations] == [("Sergei Lavrov", "NATO", 1)]
    said = get(db, "/news/statements_of.json?name=LAVROV&_shape=array")
    assert len(said) == 3 and {r["speaker"] for r in said} == {"Sergei Lavrov"}
    months = get(db, "/news/statements_per_month.json?name=lavrov&_shape=array")
    assert months == [{"month": "2022-01", "speaker": "Sergei Lavrov", "statements": 3, "typed": 1,
                       "outlets": "AP"}]


def test_column_descriptions_show(db: Path) -> None:
    page = get(db, "/news/plover_events")
    assert "the statement this verbal event is" in page and "PLOVER event table" in page


def test_metadata_names_only_what_the_schema_has(db: Path) -> None:
    meta = json.loads(METADATA.read_text(encoding="utf-8"))
    tables = meta["databases"]["saidwhat"]["tables"]
    with closing(sqlite3.connect(db)) as con:
        for name, spec in tables.items():
            columns = {r[1] for r in con.execute(f"PRAGMA table_info({name})")}
            assert columns, f"{name} is not in the schema"
            assert set(spec["columns"]) <= columns, name
            if "fts_table" in spec:
                assert spec["fts_pk"] in columns
                con.execute(f"SELECT rowid FROM {spec['fts_table']} LIMIT 1")
        for query in meta["databases"]["saidwhat"]["queries"].values():
            con.execute("EXPLAIN " + query["sql"], {"name": "x"})


def test_cli_prints_metadata_and_serves(db: Path) -> None:
    out = CliRunner().invoke(main, ["datasette", "--db", str(db), "--print-metadata"])
    assert out.exit_code == 0 and set(json.loads(out.stdout)["databases"]) == {"news"}
    served = subprocess.run([sys.executable, "-m", "saidwhat.cli", "datasette", "--db", str(db), "--get",
                             "/news/timeline.json?_search=massed&_shape=array"],
                            capture_output=True, text=True, timeout=120, check=False)
    assert served.returncode == 0, served.stderr
    assert [r["type"] for r in json.loads(served.stdout)] == ["MOBILIZE"]


def test_cli_refuses_a_missing_database(tmp_path: Path) -> None:
    out = CliRunner().invoke(main, ["datasette", "--db", str(tmp_path / "none.db")])
    assert out.exit_code == 1 and "saidwhat ingest" in out.stderr
    assert not (tmp_path / "none.db").exists()
