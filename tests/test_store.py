"""The database on hand-built results (no spaCy): schema, writer, queries, export, misuse.

A fake pipeline stands in for `run_local`: every `NAME said CONTENT.` sentence becomes a statement
and every `NAME mobilized TARGET.` an event, so each test knows exactly what must be stored.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from saidwhat.records import Actor, Article, DocumentInfo, Event, Result, Span, Statement
from saidwhat.run import jobs
from saidwhat.store import export as store_export
from saidwhat.store import queries, schema, writer
from saidwhat.store.names import UnknownActor, match_actors
from saidwhat.store.schema import SCHEMA_VERSION, StoreError, open_db

KNOWN = {"Sergei Lavrov": ("kb:sergei-lavrov", "RUS", "GOV", "Foreign Minister"),
         "Jens Stoltenberg": ("kb:jens-stoltenberg", "NATO", "IGO", "Secretary General"),
         "Russia": ("kb:russia", "RUS", None, None), "NATO": ("kb:nato", "NATO", "IGO", None)}
SAID = re.compile(r"([A-Z][\w ]*?) said (?:to (NATO|Russia) )?(.+?)\.")
MOBILIZED = re.compile(r"([A-Z][\w ]*?) (mobilized) (?:near )?(\w+)")

ARTICLES = {
    "a": ("2022-01-28", "AP", "Sergei Lavrov said Russia did not want a war. Jens Stoltenberg said to Russia "
          "that the alliance was ready to talk. Russia mobilized near Ukraine."),
    "b": ("2022-01-30", "Reuters", "Sergei Lavrov said to NATO that Lavrov's patience was running out. "
          "A local official said the Crimea bridge was closed."),
    "c": (None, "The Moscow Times", "Jens Stoltenberg said Russia did not want a war."),
}


def actor(name: str | None) -> Actor | None:
    if name is None:
        return None
    if name in KNOWN:
        aid, country, sector, role = KNOWN[name]
        return Actor(name, aid, country, sector, role)
    return Actor(name, None)


def fake_process(article: Article) -> Result:
    text = article.text or ""
    info = DocumentInfo(doc=article.doc, title=article.title, outlet=article.outlet,
                        published=article.published, published_source="given" if article.published else None,
                        body=[Span.of(text, 0, len(text))])
    if article.problem:
        return Result(DocumentInfo(doc=article.doc, status="skipped", reason=article.problem))
    statements = [Statement(content=Span.of(text, *m.span(3)), sentence=Span.of(text, *m.span(0)),
                            speaker=Span.of(text, *m.span(1)), cue=Span.of(text, m.end(1) + 1, m.end(1) + 5),
                            actor=actor(m[1]), recipient=actor(m[2]), date=article.published,
                            confidence=0.8, rule="fake_v1")
                  for m in SAID.finditer(text)]
    events = [Event("MOBILIZE", Span.of(text, *m.span(2)), Span.of(text, *m.span(0)), actor=actor(m[1]),
                    recipient=None, date=article.published, confidence=0.6, mode="troops", rule="fake_v1")
              for m in MOBILIZED.finditer(text)]
    return Result(info, statements, events)


class FakeRunner:
    """run_local stand-in; remembers which documents reached the 'NLP'."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, articles: Iterable[Article], workers: int | None = None, **_: object
                 ) -> Iterator[Result]:
        for a in articles:
            self.seen.append(a.doc)
            yield fake_process(a)


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> FakeRunner:
    fake = FakeRunner()
    monkeypatch.setattr("saidwhat.run.local.run_local", fake)
    return fake


def articles(overrides: dict[str, str] | None = None) -> list[Article]:
    out = []
    for doc, (published, outlet, text) in ARTICLES.items():
        text = (overrides or {}).get(doc, text)
        out.append(Article(doc=doc, text=text, published=published, outlet=outlet, title=f"Title {doc}",
                           source=f"{doc}.txt"))
    return out


def dump(path: Path | str) -> dict[str, list[tuple]]:
    """Every table's rows in a stable order, without the volatile ingested_at."""
    con = sqlite3.connect(path)
    out = {}
    for table, order in (("documents", "id"), ("actors", "id"), ("statements", "id"), ("events", "id")):
        cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] != "ingested_at"]
        out[table] = con.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {order}").fetchall()
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.execute("INSERT INTO statements_fts(statements_fts) VALUES ('integrity-check')")
    con.close()
    return out


@pytest.fixture
def db(tmp_path: Path, runner: FakeRunner) -> Iterator[sqlite3.Connection]:
    con = open_db(tmp_path / "t.db", write=True)
    jobs.ingest(con, articles())
    yield con
    con.close()


# -- schema -----------------------------------------------------------------------------------

def test_new_database_has_version_tables_and_views(tmp_path: Path) -> None:
    con = open_db(tmp_path / "new.db", write=True)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    assert {"documents", "statements", "events", "actors", "statements_fts", "statements_view",
            "events_view", "timeline", "actors_view"} <= names
    fks = {(r["table"], r["from"]) for r in con.execute("PRAGMA foreign_key_list(statements)")}
    assert fks == {("documents", "doc"), ("actors", "actor_id"), ("actors", "recipient_id")}
    con.close()


def test_fts_is_declared_the_way_datasette_detects_it(tmp_path: Path) -> None:
    con = open_db(tmp_path / "new.db", write=True)
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'statements_fts'").fetchone()[0]
    assert 'content="statements"' in sql
    con.close()


def test_older_database_is_migrated_forward(tmp_path: Path, runner: FakeRunner,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    con = open_db(tmp_path / "m.db", write=True)
    jobs.ingest(con, articles())
    con.close()
    before = dump(tmp_path / "m.db")
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, "ALTER TABLE documents ADD COLUMN note TEXT;"])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    con = open_db(tmp_path / "m.db")  # even a read opens it for the upgrade
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    assert "note" in [r[1] for r in con.execute("PRAGMA table_info(documents)")]
    con.close()
    after = dump(tmp_path / "m.db")
    assert after["statements"] == before["statements"]
    assert [r[:-1] for r in after["documents"]] == before["documents"]


@pytest.mark.parametrize("write", [True, False])
def test_newer_schema_is_refused_and_left_alone(tmp_path: Path, write: bool) -> None:
    path = tmp_path / "future.db"
    open_db(path, write=True).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    con.close()
    data = path.read_bytes()
    with pytest.raises(StoreError, match="newer saidwhat"):
        open_db(path, write=write)
    assert path.read_bytes() == data


@pytest.mark.parametrize("write", [True, False])
def test_a_file_that_is_not_sqlite(tmp_path: Path, write: bool) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="not a SQLite database"):
        open_db(path, write=write)
    assert path.read_text().startswith("these are my notes")


def test_someone_elses_sqlite_database_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="not a saidwhat one.*customers"):
        open_db(path, write=True)
    con = sqlite3.connect(path)
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master")] == ["customers"]
    con.close()


def test_missing_database_for_a_query_and_a_directory(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="run `saidwhat ingest"):
        open_db(tmp_path / "none.db")
    assert not (tmp_path / "none.db").exists()
    with pytest.raises(StoreError, match="is a directory"):
        open_db(tmp_path, write=True)


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody here can write to: root ignores permissions, so it gets /sys."""
    if os.geteuid() == 0:
        if os.access("/sys", os.W_OK) and not Path("/sys").is_dir():
            pytest.skip("no read-only place to test with")
        yield Path("/sys")
        return
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)


def test_read_only_location(read_only_dir: Path) -> None:
    with pytest.raises(StoreError, match=r"cannot (open|write to) .*saidwhat-test\.db"):
        open_db(read_only_dir / "saidwhat-test.db", write=True)
    assert not (read_only_dir / "saidwhat-test.db").exists()


def test_writer_reports_a_read_only_database(tmp_path: Path, runner: FakeRunner) -> None:
    path = tmp_path / "ro.db"
    open_db(path, write=True).close()
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    with pytest.raises(StoreError, match="cannot be written"):
        jobs.ingest(con, articles())
    con.close()


# -- writer -----------------------------------------------------------------------------------

def test_ingest_stores_everything(db: sqlite3.Connection) -> None:
    assert queries.counts(db) == {"documents": 3, "statements": 5, "events": 1, "actors": 4 + 1}
    row = db.execute("SELECT * FROM statements_view WHERE id = 1").fetchone()
    assert (row["speaker"], row["outlet"], row["date"]) == ("Sergei Lavrov", "AP", "2022-01-28")
    assert row["content"] == "Russia did not want a war"


def test_ingest_leaves_an_ordinary_file_that_opens_read_only(tmp_path: Path, runner: FakeRunner) -> None:
    path = tmp_path / "t.db"
    con = open_db(path, write=True)
    jobs.ingest(con, articles())
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # WAL only while writing
    con.close()
    assert not (tmp_path / "t.db-wal").exists()
    path.chmod(0o444)
    tmp_path.chmod(0o555)  # no side files can be made here
    try:
        ro = open_db(path)
        assert queries.counts(ro)["documents"] == 3
        ro.close()
    finally:
        tmp_path.chmod(0o755)
        path.chmod(0o644)


def test_ingest_twice_is_identical_and_skips_before_nlp(tmp_path: Path, runner: FakeRunner) -> None:
    path = tmp_path / "t.db"
    con = open_db(path, write=True)
    first = jobs.ingest(con, articles())
    assert (first.new, first.unchanged) == (3, 0)
    before = dump(path)
    runner.seen.clear()
    again = jobs.ingest(con, articles())
    assert (again.new, again.changed, again.unchanged) == (0, 0, 3)
    assert runner.seen == []  # nothing reached the pipeline
    assert dump(path) == before
    con.close()


def test_changed_document_replaces_its_records(tmp_path: Path, runner: FakeRunner) -> None:
    path = tmp_path / "t.db"
    con = open_db(path, write=True)
    jobs.ingest(con, articles())
    before = dump(path)
    runner.seen.clear()
    stats = jobs.ingest(con, articles({"b": "Vladimir Putin said the talks were over."}))
    assert (stats.new, stats.changed, stats.unchanged) == (0, 1, 2)
    assert runner.seen == ["b"]
    rows = con.execute("SELECT speaker, content FROM statements_view WHERE doc = 'b'").fetchall()
    assert [tuple(r) for r in rows] == [("Vladimir Putin", "the talks were over")]
    actors = {r[0] for r in con.execute("SELECT name FROM actors")}
    assert "A local official" not in actors and "Vladimir Putin" in actors  # orphan gone
    after = dump(path)
    assert [r for r in after["statements"] if r[1] != "b"] == [r for r in before["statements"] if r[1] != "b"]
    assert [r for r in after["documents"] if r[0] != "b"] == [r for r in before["documents"] if r[0] != "b"]
    con.close()


def test_actor_ids_are_stable_and_unresolved_ones_keyed_by_name(db: sqlite3.Connection) -> None:
    ids = dict(db.execute("SELECT name, id FROM actors").fetchall())
    assert ids["Sergei Lavrov"] == "kb:sergei-lavrov"
    assert ids["A local official"] == "name:a-local-official"
    assert db.execute("SELECT count(*) FROM statements WHERE actor_id = 'kb:sergei-lavrov'").fetchone()[0] == 2


def test_duplicate_ids_in_one_run_keep_the_first(tmp_path: Path, runner: FakeRunner) -> None:
    con = open_db(tmp_path / "t.db", write=True)
    arts = articles()
    arts.append(Article(doc="a", text="NATO said something else.", source="a.html"))
    stats = jobs.ingest(con, arts)
    assert stats.duplicates == ["a"] and stats.new == 3
    assert con.execute("SELECT source FROM documents WHERE id = 'a'").fetchone()[0] == "a.txt"
    con.close()


def test_unreadable_paths_are_counted_not_stored(tmp_path: Path, runner: FakeRunner) -> None:
    con = open_db(tmp_path / "t.db", write=True)
    bad = Article(doc="gone", text=None, source="gone.txt", problem="no such file", unreadable=True)
    empty = Article(doc="empty", text=None, source="empty.txt", problem="empty: there is no text in it")
    stats = jobs.ingest(con, [bad, empty])
    assert stats.unreadable == ["gone.txt"] and stats.skipped == 1
    row = con.execute("SELECT status, reason FROM documents").fetchall()
    assert [tuple(r) for r in row] == [("skipped", "empty: there is no text in it")]
    assert jobs.ingest(con, [bad, empty]).unchanged == 1  # the unchanged empty file is not redone
    con.close()


def test_documents_that_failed_inside_saidwhat_are_retried(tmp_path: Path, runner: FakeRunner) -> None:
    con = open_db(tmp_path / "t.db", write=True)
    jobs.ingest(con, articles())
    con.execute("UPDATE documents SET status = 'skipped', reason = 'internal error while extracting: X'"
                " WHERE id = 'b'")
    runner.seen.clear()
    stats = jobs.ingest(con, articles())
    assert runner.seen == ["b"] and (stats.changed, stats.unchanged) == (1, 2)
    assert con.execute("SELECT status FROM documents WHERE id = 'b'").fetchone()[0] == "ok"
    con.close()


def test_a_failure_mid_document_leaves_no_trace_of_it(tmp_path: Path, runner: FakeRunner,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    clean = tmp_path / "clean.db"
    con = open_db(clean, write=True)
    jobs.ingest(con, articles())
    con.close()

    path = tmp_path / "t.db"
    con = open_db(path, write=True)
    real = writer._insert_statement

    def flaky(con: sqlite3.Connection, doc: str, seq: int, s: Statement) -> None:
        if doc == "b" and seq == 1:  # after b's document row and first statement
            raise sqlite3.OperationalError("disk I/O error")
        real(con, doc, seq, s)

    monkeypatch.setattr(writer, "_insert_statement", flaky)
    with pytest.raises(StoreError, match="Nothing of b was stored"):
        jobs.ingest(con, articles())
    assert [r[0] for r in con.execute("SELECT id FROM documents")] == ["a"]
    assert con.execute("SELECT count(*) FROM statements WHERE doc = 'b'").fetchone()[0] == 0
    monkeypatch.setattr(writer, "_insert_statement", real)
    stats = jobs.ingest(con, articles())
    assert (stats.new, stats.unchanged) == (2, 1)
    con.close()
    assert dump(path) == dump(clean)


def test_a_full_database_fails_cleanly(tmp_path: Path, runner: FakeRunner) -> None:
    """PRAGMA max_page_count makes SQLite answer SQLITE_FULL, as a full disk would."""
    path = tmp_path / "t.db"
    con = open_db(path, write=True)
    jobs.ingest(con, articles())
    before = dump(path)
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.execute(f"PRAGMA max_page_count = {pages}")
    big = Article(doc="big", text="Sergei Lavrov said " + "no war " * 20000 + ".", source="big.txt")
    with pytest.raises(StoreError, match="full.*Nothing of big was stored"):
        jobs.ingest(con, [*articles(), big])
    con.close()
    assert dump(path) == before
    con = open_db(path, write=True)  # space again: the next run completes
    assert jobs.ingest(con, [*articles(), big]).new == 1
    con.close()


# -- queries ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["lavrov", "Lavrov", "Sergey Lavrov", "SERGEI LAVROV", "Sérgei Lávrov",
                                  "kb:sergei-lavrov"])
def test_actor_names_as_people_type_them(db: sqlite3.Connection, name: str) -> None:
    assert match_actors(db, name) == ["kb:sergei-lavrov"]


def test_unknown_actor_suggests_close_names(db: sqlite3.Connection) -> None:
    with pytest.raises(UnknownActor) as e:
        match_actors(db, "Stoltenburger")
    assert "Jens Stoltenberg" in e.value.suggestions
    assert "did you mean Jens Stoltenberg" in str(e.value)


def test_timeline_order_and_filters(db: sqlite3.Connection) -> None:
    rows = queries.timeline(db)
    assert [r["date"] for r in rows] == ["2022-01-28"] * 3 + ["2022-01-30"] * 2 + [None]
    assert [r["id"] for r in rows[:3]] == ["s1", "s2", "e1"]  # by position within the document
    assert [r["id"] for r in queries.timeline(db, actor="lavrov")] == ["s1", "s3"]
    assert [r["id"] for r in queries.timeline(db, actor="stoltenberg", since="2022-01-29")] == []
    assert [r["id"] for r in queries.timeline(db, until="2022-01-29")] == ["s1", "s2", "e1"]
    assert len(queries.timeline(db, until="2022-01")) == 5  # the whole of January
    assert [r["id"] for r in queries.timeline(db, since="2022-01-29")] == ["s3", "s4"]
    assert [r["id"] for r in queries.timeline(db, type="mobilize")] == ["e1"]
    assert len(queries.timeline(db, limit=2)) == 2
    with pytest.raises(StoreError, match="YYYY-MM-DD"):
        queries.timeline(db, since="28/01/2022")


def test_timeline_about(db: sqlite3.Connection) -> None:
    # aimed at NATO (recipient), or mentioning it
    assert [r["id"] for r in queries.timeline(db, about="nato")] == ["s3"]
    # mentioning Lavrov by surname in what was said ("Lavrov's patience")
    assert [r["id"] for r in queries.timeline(db, about="Sergey Lavrov")] == ["s3"]
    # Russia: recipient of s2, mentioned in s1, s5, e1's sentence
    assert [r["id"] for r in queries.timeline(db, about="russia")] == ["s1", "s2", "e1", "s5"]
    # no actor of that name, but mentioned
    assert [r["id"] for r in queries.timeline(db, about="Crimea")] == ["s4"]
    with pytest.raises(UnknownActor):
        queries.timeline(db, about="Atlantis")


def test_search(db: sqlite3.Connection) -> None:
    assert sorted(r["id"] for r in queries.search(db, "war")) == ["s1", "s5"]
    assert [r["id"] for r in queries.search(db, "patience")] == ["s3"]
    assert queries.search(db, 'bridge "') [0]["id"] == "s4"  # not FTS syntax: searched as words
    assert queries.search(db, "Crimea-bridge")[0]["speaker"] == "A local official"


def test_actors_list(db: sqlite3.Connection) -> None:
    rows = {r["name"]: r for r in queries.actors(db)}
    lavrov = rows["Sergei Lavrov"]
    assert (lavrov["statements"], lavrov["events"], lavrov["first_date"], lavrov["last_date"]) == \
        (2, 0, "2022-01-28", "2022-01-30")
    assert lavrov["outlets"] == "AP, Reuters"
    assert rows["Russia"]["events"] == 1
    assert rows["NATO"]["statements"] == 0  # only a recipient, still listed


def test_show_with_context_and_all_sources(db: sqlite3.Connection) -> None:
    rec = queries.show(db, "s1")
    assert rec["actor"]["name"] == "Sergei Lavrov" and rec["content_text"] == "Russia did not want a war"
    assert rec["context"]["sentence"] == "Sergei Lavrov said Russia did not want a war."
    assert rec["context"]["after"].startswith(" Jens Stoltenberg")
    assert [s["doc"] for s in rec["sources"]] == ["a"]
    # the same words by the same speaker in another outlet are one more source
    assert [s["doc"] for s in queries.show(db, "s5")["sources"]] == ["c"]
    with pytest.raises(StoreError, match="ids look like"):
        queries.show(db, "12")
    with pytest.raises(StoreError, match="no statement s99"):
        queries.show(db, "s99")


# -- export -----------------------------------------------------------------------------------

# Fields of the extract stream the store does not keep: none since schema version 3.
NOT_STORED: set[str] = set()


def test_jsonl_export_is_the_contract_stream(db: sqlite3.Connection) -> None:
    expected = [{k: v for k, v in rec.items() if k not in NOT_STORED}
                for a in articles() for rec in fake_process(a).records()]
    out = io.StringIO()
    store_export.export(db, "jsonl", "records", out)
    got = [json.loads(line) for line in out.getvalue().splitlines()]
    for rec in got:
        rec.pop("id", None)
        for role in ("actor", "recipient"):
            if rec.get(role) and rec[role]["name"] == "A local official":
                assert rec[role]["id"] is None  # name: keys are the store's, not CONTRACT ids
    assert got == json.loads(json.dumps(expected))


@pytest.mark.parametrize("table", ["records", "events", "documents"])  # dyads: test_export.py
def test_parquet_round_trip(db: sqlite3.Connection, tmp_path: Path, table: str) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / f"{table}.parquet"
    n = store_export.export(db, "parquet", table, path)
    stored = list(store_export.typed_rows(db, table))
    assert n == len(stored) > 0
    back = pq.read_table(path)
    assert back.to_pylist() == stored
    for name in {"date", "published", "first", "last"} & set(back.column_names):
        assert str(back.schema.field(name).type) == "date32[day]"  # real dates, not strings
    if table == "records":
        assert {"speaker_text", "actor_name", "actor_country", "content_text", "outlet"} <= set(back.column_names)
        assert str(back.schema.field("direct").type) == "bool"
        assert str(back.schema.field("content_start").type) == "int64"
        assert str(back.schema.field("claimed_by").type) == "int64"
    if table == "events":
        assert back.column_names[:9] == ["id", "date", "date_precision", "event_type", "mode", "actor_id",
                                         "actor_name", "actor_country", "actor_sector"]


def test_csv_export(db: sqlite3.Connection, tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    store_export.export(db, "csv", "records", path)
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert len(rows) == 6
    assert rows[0]["actor_name"] == "Sergei Lavrov" and rows[0]["speaker_text"] == "Sergei Lavrov"
    assert not list(tmp_path.glob(".*.tmp"))


def test_export_misuse(db: sqlite3.Connection, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="give a file with --out"):
        store_export.export(db, "parquet", "records", None)
    with pytest.raises(StoreError, match="cannot write"):
        store_export.export(db, "csv", "records", tmp_path / "no" / "such" / "dir.csv")
    with pytest.raises(StoreError, match="unknown table"):
        store_export.export(db, "csv", "people", io.StringIO())


def test_timeline_marks_claimed_events(db: sqlite3.Connection) -> None:
    from saidwhat.store import render

    rows = {r["id"]: r for r in queries.timeline(db)}
    assert rows["e1"]["asserted"] == 1 and rows["s1"]["asserted"] is None
    assert render.claimed_mark(rows["e1"]) == "" and render.claimed_mark(rows["s1"]) == ""
    db.execute("UPDATE events SET asserted = 0 WHERE id = 1")
    claimed = next(r for r in queries.timeline(db) if r["id"] == "e1")
    assert render.claimed_mark(claimed) == "[claimed] "


# -- the query commands on hostile input: a clear message and exit status, never a traceback ---

def cli(*args: str) -> object:
    from click.testing import CliRunner

    from saidwhat.cli import main

    return CliRunner().invoke(main, list(args))


@pytest.fixture
def db_path(db: sqlite3.Connection, tmp_path: Path) -> str:
    return str(tmp_path / "t.db")


@pytest.mark.parametrize("about", ["%", "_", "%%", "\\", "'", '"', "", " ", "\t"])
def test_timeline_about_punctuation_or_blank_is_a_usage_error(db_path: str, about: str) -> None:
    got = cli("timeline", "--db", db_path, "--about", about)
    assert got.exit_code == 2, got.output
    assert "Traceback" not in got.output and not isinstance(got.exception, sqlite3.Error)
    assert "--about" in got.stderr and "give a name" in got.stderr


@pytest.mark.parametrize("args", [["timeline", "--actor", " "], ["timeline", "--actor", "%"],
                                  ["timeline", "--type", " "], ["actors", "_"], ["search", "  "]])
def test_other_blank_or_punctuation_filters_are_usage_errors(db_path: str, args: list[str]) -> None:
    got = cli(*args, "--db", db_path)
    assert got.exit_code == 2 and "Invalid value" in got.stderr, got.output


def test_timeline_about_matches_like_wildcards_literally(db: sqlite3.Connection) -> None:
    with pytest.raises(StoreError, match="letters or digits"):
        queries.timeline(db, about="%")  # the library refuses too, rather than build bad SQL
    assert queries._like_escape("50%_a\\b") == "50\\%\\_a\\\\b"
    with pytest.raises(UnknownActor):  # quotes and SQL in a name are only text
        queries.timeline(db, about="' OR 1=1 --")
    got = cli("timeline", "--db", str(Path(db.execute("PRAGMA database_list").fetchone()[2])),
              "--about", "CRIMEA")
    assert got.exit_code == 0 and "Crimea bridge" in got.stdout


@pytest.mark.parametrize("query", ["\x00", "a\x00b", "NEAR(", "*", '"', "a AND"])
def test_search_on_odd_text_has_no_traceback(db_path: str, query: str) -> None:
    got = cli("search", "--db", db_path, query)
    assert got.exit_code in (0, 1) and not isinstance(got.exception, sqlite3.Error), got.output


@pytest.mark.parametrize("record_id", ["s99999999999999999999999", "e99999999999999999999999",
                                       "s9223372036854775808", "S99", "e0"])
def test_show_an_id_out_of_range_is_no_such_record(db_path: str, record_id: str) -> None:
    got = cli("show", "--db", db_path, record_id)
    kind = "statement" if record_id[0] in "sS" else "event"
    assert got.exit_code == 1, got.output
    assert not isinstance(got.exception, OverflowError)
    assert got.stderr.startswith(f"Error: no {kind} {record_id.lower()} in the database")
    assert len(got.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("record_id", ["x1", "s", "s-1", "s1.5", "s\u0661", "\x00", "s1" * 5000, " "])
def test_show_a_malformed_id_is_a_clear_error(db_path: str, record_id: str) -> None:
    got = cli("show", "--db", db_path, record_id)
    assert got.exit_code == 1 and "ids look like s12" in got.stderr, got.output


@pytest.mark.parametrize("content", [b"", b"not a database at all\n" * 10, b"SQLite format 3\x00" + b"\x00" * 84])
@pytest.mark.parametrize("command", [["timeline"], ["search", "war"], ["actors"], ["show", "s1"],
                                     ["export"]])
def test_a_query_never_turns_a_file_into_a_database(tmp_path: Path, content: bytes,
                                                   command: list[str]) -> None:
    path = tmp_path / "given.db"
    path.write_bytes(content)
    got = cli(*command, "--db", str(path))
    assert got.exit_code == 1, got.output
    assert "not a" in got.stderr and "database" in got.stderr and "--db" in got.stderr
    assert len(got.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["given.db"]


def test_an_empty_sqlite_file_is_refused_by_a_query_but_filled_by_ingest(tmp_path: Path) -> None:
    path = tmp_path / "blank.db"
    sqlite3.connect(path).close()  # 0 bytes
    with pytest.raises(StoreError, match="is empty, not a saidwhat database.*saidwhat ingest"):
        open_db(path)
    assert path.stat().st_size == 0
    open_db(path, write=True).close()  # ingest makes it one
    open_db(path).close()


def test_a_query_on_a_missing_database_says_to_ingest(tmp_path: Path) -> None:
    got = cli("timeline", "--db", str(tmp_path / "nope.db"))
    assert got.exit_code == 1
    assert got.stderr.startswith(f"Error: no database at {tmp_path / 'nope.db'}: run `saidwhat ingest")
    assert not (tmp_path / "nope.db").exists()


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_does_not_overwrite_a_file_without_force(db_path: str, tmp_path: Path, fmt: str) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    out = tmp_path / f"mine.{fmt}"
    out.write_text("a week of work\n")
    got = cli("export", "--db", db_path, "--format", fmt, "--out", str(out))
    assert got.exit_code == 1, got.output
    assert got.stderr == f"Error: {out} already exists: add --force to overwrite it, or choose another --out\n"
    assert out.read_text() == "a week of work\n"
    assert not list(tmp_path.glob(".*.tmp"))
    got = cli("export", "--db", db_path, "--format", fmt, "--out", str(out), "--force")
    assert got.exit_code == 0, got.output
    assert out.read_bytes() != b"a week of work\n"
    if fmt == "jsonl":
        assert json.loads(out.read_text().splitlines()[0])["kind"] == "document"


def test_export_to_a_new_file_and_never_over_the_database(db_path: str, tmp_path: Path) -> None:
    out = tmp_path / "new.jsonl"
    got = cli("export", "--db", db_path, "--out", str(out))
    assert got.exit_code == 0 and out.read_text().count("\n") == 9
    data = Path(db_path).read_bytes()
    got = cli("export", "--db", db_path, "--out", db_path, "--force")
    assert got.exit_code == 1 and "is the database itself" in got.stderr
    assert Path(db_path).read_bytes() == data


def test_export_library_refuses_an_existing_file(db: sqlite3.Connection, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    out.write_text("keep")
    with pytest.raises(StoreError, match="already exists"):
        store_export.export(db, "csv", "records", out)
    (tmp_path / "dangling.csv").symlink_to(tmp_path / "nowhere")
    with pytest.raises(StoreError, match="already exists"):
        store_export.export(db, "csv", "records", tmp_path / "dangling.csv")
    assert store_export.export(db, "csv", "records", out, overwrite=True) == 6
    assert out.read_text().startswith("kind,id,")


@pytest.mark.parametrize("can_link", [True, False])
def test_export_keeps_a_file_made_while_it_wrote(db: sqlite3.Connection, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch, can_link: bool) -> None:
    out = tmp_path / "race.jsonl"
    real_write = store_export._write

    def write_then_someone_else_saves(*args: object) -> int:
        n = real_write(*args)
        out.write_text("theirs")
        return n
    monkeypatch.setattr(store_export, "_write", write_then_someone_else_saves)
    if not can_link:
        def no_link(*_: object) -> None:
            raise PermissionError("no hard links here")
        monkeypatch.setattr(os, "link", no_link)
    with pytest.raises(StoreError, match="already exists"):
        store_export.export(db, "jsonl", "records", out)
    assert out.read_text() == "theirs" and not list(tmp_path.glob(".*.tmp"))
    out.unlink()
    monkeypatch.setattr(store_export, "_write", real_write)
    assert store_export.export(db, "jsonl", "records", out) == 9 and not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize("args", [["search", "war\udcff"], ["timeline", "--type", "\udcfe"],
                                  ["timeline", "--about", "lavrov\udcff"], ["actors", "\udcff"]])
def test_bytes_that_are_not_utf8_in_a_filter_are_a_usage_error(db_path: str, args: list[str]) -> None:
    got = cli(*args, "--db", db_path)  # what Python makes of non-UTF-8 bytes in argv
    assert got.exit_code == 2 and not isinstance(got.exception, UnicodeError), got.output


def test_a_database_whose_name_is_not_utf8_or_looks_like_a_uri(db_path: str, tmp_path: Path) -> None:
    for name in ("\udcff.db", "a b%20#?.db"):
        path = tmp_path / name
        path.write_bytes(Path(db_path).read_bytes())
        got = cli("actors", "--db", str(path), "--json")
        assert got.exit_code == 0, got.output
        assert "Sergei Lavrov" in got.stdout


@pytest.mark.parametrize("args", [["timeline"], ["search", "war"], ["actors"]])
def test_a_limit_too_large_for_sqlite_means_all_rows(db_path: str, args: list[str]) -> None:
    got = cli(*args, "--db", db_path, "--json", "--limit", "9" * 30)
    assert got.exit_code == 0 and not isinstance(got.exception, OverflowError), got.output
    assert got.stdout.count("\n") == len(cli(*args, "--db", db_path, "--json").stdout.splitlines())
