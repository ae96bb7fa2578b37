"""The database built from the seed articles by the real pipeline: queries, CLI, export, datasette.

The seeds are ingested once per session (the spaCy model loads once); CLI tests use CliRunner.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_store import NOT_STORED, dump

from saidwhat.cli import main
from saidwhat.read import read_paths
from saidwhat.resources import Settings
from saidwhat.run import jobs
from saidwhat.store import SCHEMA_VERSION, open_db, queries

pytestmark = pytest.mark.slow  # loads the spaCy model

SEEDS = Path(__file__).resolve().parents[1] / "examples" / "seeds"
PEOPLE = {"Sergei Lavrov", "Jens Stoltenberg", "Liz Truss", "Lloyd Austin"}


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seeds") / "seeds.db"
    con = open_db(path, write=True)
    jobs.ingest(con, read_paths([str(SEEDS)]), Settings(workers=1))
    con.close()
    return path


@pytest.fixture
def con(seeds_db: Path):
    c = open_db(seeds_db)
    yield c
    c.close()


def run(*args: str, env: dict[str, str] | None = None):
    result = CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
    assert "Traceback" not in result.output
    return result


def test_timeline_names_people_in_date_order_with_outlets(con: sqlite3.Connection) -> None:
    rows = queries.timeline(con)
    assert PEOPLE <= {r["actor"] for r in rows}
    dated = [r["date"] for r in rows if r["date"]]
    assert dated == sorted(dated) and all(r["date"] is None for r in rows[len(dated):])
    assert all(r["outlet"] for r in rows)


@pytest.mark.parametrize("name", ["lavrov", "Sergey Lavrov", "Sergei Lavrov"])
def test_timeline_actor_lavrov(con: sqlite3.Connection, name: str) -> None:
    rows = queries.timeline(con, actor=name)
    assert {r["actor"] for r in rows} == {"Sergei Lavrov"}
    docs = {r["doc"] for r in rows}
    assert {"000_8cf89970d4329c4b", "001_da556442ba3b8b22", "002_2035d4fa58c109f9",
            "003_021a710a0939c894"} <= docs  # 003: the 2016 Moscow Times article
    assert rows == queries.timeline(con, actor="lavrov")



def test_export_jsonl_is_what_extract_prints(con: sqlite3.Connection, seed_records: list[dict]) -> None:
    """The stored records give back the CONTRACT stream.

    Actors compare by normalised name: the store keeps one row per actor id (or per normalised
    name when there is none), with the details first seen, so `month's` and `month’s` are one.
    """
    import io

    from saidwhat.resolve.kb import normalise
    from saidwhat.store.export import export

    out = io.StringIO()
    export(con, "jsonl", "records", out)
    got = [json.loads(line) for line in out.getvalue().splitlines()]

    def key(rec: dict) -> dict:
        rec = {k: v for k, v in rec.items() if k != "id" and k not in NOT_STORED}
        for role in ("actor", "recipient"):
            if rec.get(role):
                rec[role] = normalise(rec[role]["name"])
        return rec

    assert [key(r) for r in got] == [key(r) for r in seed_records]


def test_cli_ingest_twice_adds_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    first = run("ingest", str(SEEDS), "--db", db, "-w", "1")
    assert first.exit_code == 0 and "5 new, 0 changed, 0 unchanged" in first.stderr
    before = dump(db)
    again = run("ingest", str(SEEDS), "--db", db, "-w", "1")
    assert again.exit_code == 0 and "0 new, 0 changed, 5 unchanged" in again.stderr
    assert dump(db) == before


def test_cli_queries(seeds_db: Path) -> None:
    env = {"SAIDWHAT_DB": str(seeds_db)}  # the env var chooses the database
    out = run("timeline", "--actor", "lavrov", env=env)
    assert out.exit_code == 0
    lines = out.stdout.splitlines()
    assert lines[0].split()[:3] == ["date", "id", "speaker"]
    assert all("Sergei Lavrov" in line for line in lines[2:])
    assert any("The Moscow Times" in line for line in lines)

    rows = [json.loads(line) for line in run("timeline", "--json", "--limit", "3", env=env).stdout.splitlines()]
    assert len(rows) == 3 and {"date", "actor", "type", "content", "outlet", "id"} <= rows[0].keys()

    hits = [json.loads(line) for line in run("search", "Lavrov", "--json", env=env).stdout.splitlines()]
    assert hits and all("lavrov" in (h["snippet"] + h["content"]).lower() for h in hits)

    actors = [json.loads(line) for line in run("actors", "--json", env=env).stdout.splitlines()]
    lavrov = next(a for a in actors if a["name"] == "Sergei Lavrov")
    assert lavrov["country"] == "RUS" and lavrov["statements"] > 10 and "AP" in lavrov["outlets"]

    shown = run("show", rows[0]["id"], env=env)
    assert shown.exit_code == 0 and "in context:" in shown.stdout and "sources:" in shown.stdout


@pytest.mark.parametrize("args, message", [
    (["timeline", "--actor", "Lavrvo"], "did you mean Sergei Lavrov"),
    (["timeline", "--since", "last week"], "YYYY-MM-DD"),
    (["show", "s999999"], "no statement s999999"),
    (["export", "--format", "parquet"], "give a file with --out"),
])
def test_cli_misuse_is_a_clear_error(seeds_db: Path, args: list[str], message: str) -> None:
    result = run(*args, "--db", str(seeds_db))
    assert result.exit_code == 1 and message in result.stderr


def test_cli_bad_databases(tmp_path: Path) -> None:
    text = tmp_path / "notes.db"
    text.write_text("not a database\n" * 50)
    result = run("ingest", str(SEEDS), "--db", str(text))
    assert result.exit_code == 1 and "not a SQLite database" in result.stderr
    assert text.read_text().startswith("not a database")

    future = tmp_path / "future.db"
    open_db(future, write=True).close()
    c = sqlite3.connect(future)
    c.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    c.close()
    for args in (["ingest", str(SEEDS)], ["timeline"]):
        result = run(*args, "--db", str(future))
        assert result.exit_code == 1 and "newer saidwhat" in result.stderr

    result = run("timeline", "--db", str(tmp_path / "missing.db"))
    assert result.exit_code == 1 and "saidwhat ingest" in result.stderr


def test_cli_export_parquet_round_trip(seeds_db: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from saidwhat.store.export import typed_rows as rows  # dates as datetime.date, as Parquet holds them

    for table in ("records", "events", "dyads"):
        out = tmp_path / f"{table}.parquet"
        result = run("export", "--format", "parquet", "--table", table, "--out", str(out), "--db", str(seeds_db))
        assert result.exit_code == 0, result.stderr
        with closing(open_db(seeds_db)) as c:
            assert pq.read_table(out).to_pylist() == list(rows(c, table))


def test_datasette_search_on_statements(seeds_db: Path, tmp_path: Path) -> None:
    datasette_app = pytest.importorskip("datasette.app")
    db = tmp_path / "saidwhat.db"
    shutil.copy(seeds_db, db)
    ds = datasette_app.Datasette([str(db)])

    async def get(path: str) -> dict:
        response = await ds.client.get(path)
        assert response.status_code == 200
        return response.json()

    everything = asyncio.run(get("/saidwhat/statements.json?_shape=objects&_size=max"))
    found = asyncio.run(get("/saidwhat/statements.json?_search=Lavrov&_shape=objects&_size=max"))
    assert 0 < len(found["rows"]) < len(everything["rows"])
    assert all("lavrov" in (r["content_text"] + r["sentence_text"]).lower() for r in found["rows"])
    tables = {t["name"]: t for t in asyncio.run(get("/saidwhat.json"))["tables"]}
    assert tables["statements"]["fts_table"] == "statements_fts"
    assert {"documents", "actors", "events"} <= tables.keys()
