"""The PLOVER event table, the dyad export, date precision and the v2 -> v3 upgrade, on
hand-built results (no spaCy), so each test knows exactly what must come out."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from saidwhat.records import Actor, Article, DocumentInfo, Event, Result, Span, Statement
from saidwhat.store import export as store_export
from saidwhat.store import schema
from saidwhat.store.schema import SCHEMA_VERSION, open_db
from saidwhat.store.writer import article_hash, write_result

LAVROV = Actor("Sergei Lavrov", "kb:sergei-lavrov", "RUS", "GOV", "Foreign Minister")
NATO = Actor("NATO", "kb:nato", "NATO", "IGO", None)
RUSSIA = Actor("Russia", "kb:russia", "RUS", "GOV", None)
UKRAINE = Actor("Ukraine", "kb:ukraine", "UKR", "GOV", None)

TEXT = ("Lavrov accused NATO of lying. Lavrov said the talks were useful. "
        "Lavrov said Ukraine had shelled Donetsk. Russia has massed troops near Ukraine since 2014.")


def span(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span.of(text, start, start + len(part))


def sentence_of(text: str, part: str) -> Span:
    start = text.index(part)
    return Span.of(text, text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0,
                   text.index(".", start) + 1)


def result() -> Result:
    t = TEXT
    info = DocumentInfo(doc="d1", title="Lavrov accuses NATO", outlet="AP", url="https://example.org/1",
                        published="2022-01-28", published_source="given", body=[Span.of(t, 0, len(t))])
    accuse = Statement(content=span(t, "of lying"), sentence=sentence_of(t, "accused"),
                       speaker=span(t, "Lavrov"), cue=span(t, "accused"), actor=LAVROV, recipient=NATO,
                       type="ACCUSE", date="2022-01-28", confidence=0.9, rule="verb.accuse_v1",
                       recipient_span=span(t, "NATO"), type_rule="type.cue_verb_v1",
                       speaker_rule="speaker.subject_v1")
    plain = Statement(content=span(t, "the talks were useful"), sentence=sentence_of(t, "talks"),
                      speaker=span(t, "Lavrov", 20), cue=span(t, "said"), actor=LAVROV,
                      type="STATEMENT", date="2022-01-28", confidence=0.8, rule="verb.say_v1",
                      type_rule="type.statement_v1", speaker_rule="speaker.subject_v1")
    claim = Statement(content=span(t, "Ukraine had shelled Donetsk"), sentence=sentence_of(t, "shelled"),
                      speaker=span(t, "Lavrov", 60), cue=span(t, "said", 60), actor=LAVROV,
                      type="STATEMENT", date="2022-01-28", confidence=0.8, rule="verb.say_v1",
                      type_rule="type.statement_v1", speaker_rule="speaker.subject_v1")
    shelled = Event("ASSAULT", span(t, "shelled"), sentence_of(t, "shelled"), actor=UKRAINE,
                    recipient=None, date="2022-01-28", confidence=0.6, mode="artillery", asserted=False,
                    rule="event.trigger_v1", actor_span=span(t, "Ukraine"), type_rule="type.trigger_v1",
                    claimed_by=2, factuality="claimed", factuality_rule="event.factuality_v1")
    massed = Event("MOBILIZE", span(t, "massed troops"), sentence_of(t, "massed"), actor=RUSSIA,
                   recipient=UKRAINE, date="2014-01-01", date_precision="year", confidence=0.7,
                   mode="troops", rule="event.trigger_v1", actor_span=span(t, "Russia"),
                   recipient_span=span(t, "Ukraine", 100), type_rule="type.trigger_v1",
                   mentions=[(span(t, "massed troops"), sentence_of(t, "massed"))],
                   factuality="asserted", factuality_rule="event.factuality_v1")
    return Result(info, [accuse, plain, claim], [shelled, massed])


@pytest.fixture
def con(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    c = open_db(tmp_path / "t.db", write=True)
    article = Article(doc="d1", text=TEXT, published="2022-01-28", outlet="AP")
    write_result(c, result(), article, article_hash(article))
    yield c
    c.close()


def test_event_table_has_verbal_and_material_events(con: sqlite3.Connection) -> None:
    rows = {r["event_type"]: r for r in store_export.rows(con, "events")}
    # the ACCUSE statement is an event; plain STATEMENTs are not (PLOVER dropped them)
    assert sorted(rows) == ["ACCUSE", "ASSAULT", "MOBILIZE"]
    accuse = rows["ACCUSE"]
    assert accuse["record"] == "statement" and accuse["statement_id"] == accuse["id"]
    assert (accuse["actor_name"], accuse["actor_country"], accuse["actor_sector"]) == ("Sergei Lavrov", "RUS", "GOV")
    assert (accuse["recipient_name"], accuse["recipient_id"]) == ("NATO", "kb:nato")
    assert accuse["trigger"] == "accused" and accuse["content"] == "of lying"
    assert (accuse["outlet"], accuse["url"], accuse["doc"]) == ("AP", "https://example.org/1", "d1")
    assert accuse["asserted"] is True and accuse["factuality"] == "asserted"

    assault = rows["ASSAULT"]  # claimed by Lavrov's third statement, never presented as fact
    assert assault["asserted"] is False and assault["factuality"] == "claimed"
    claimer = con.execute("SELECT id FROM statements WHERE doc = 'd1' AND seq = 2").fetchone()[0]
    assert assault["claimed_by"] == f"s{claimer}" and assault["statement_id"] is None
    assert assault["mode"] == "artillery" and assault["sentence"] == "Lavrov said Ukraine had shelled Donetsk."

    mobilize = rows["MOBILIZE"]  # "since 2014": the year, not a day
    assert (mobilize["date"], mobilize["date_precision"]) == ("2014-01-01", "year")
    assert accuse["date_precision"] == "day"
    # in date order: 2014 first
    assert [r["event_type"] for r in store_export.rows(con, "events")] == ["MOBILIZE", "ACCUSE", "ASSAULT"]


def test_event_table_parquet_has_real_dates(con: sqlite3.Connection, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "events.parquet"
    assert store_export.export(con, "parquet", "events", out) == 3
    table = pq.read_table(out)
    assert str(table.schema.field("date").type) == "date32[day]"
    assert str(table.schema.field("published").type) == "date32[day]"
    assert str(table.schema.field("asserted").type) == "bool"
    assert table.column("date").to_pylist()[0] == date(2014, 1, 1)


def test_dyads_csv_is_an_edge_list(con: sqlite3.Connection, tmp_path: Path) -> None:
    write_result(con, _second_accusation(), Article(doc="d2", text=TEXT), "x")
    out = tmp_path / "dyads.csv"
    store_export.export(con, "csv", "dyads", out)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert list(rows[0])[:6] == ["source", "target", "actor", "recipient", "type", "count"]
    accuse = next(r for r in rows if r["type"] == "ACCUSE")
    assert (accuse["source"], accuse["target"], accuse["actor"], accuse["recipient"]) == \
        ("kb:sergei-lavrov", "kb:nato", "Sergei Lavrov", "NATO")
    assert (accuse["count"], accuse["first"], accuse["last"]) == ("2", "2022-01-28", "2022-02-03")
    assert rows[0] is accuse  # most frequent first
    assert {r["type"] for r in rows} == {"ACCUSE", "MOBILIZE"}  # the ASSAULT has no recipient


def _second_accusation() -> Result:
    r = result()
    r.document.doc, r.document.published = "d2", "2022-02-03"
    accuse = r.statements[0]
    accuse.date = "2022-02-03"
    return Result(r.document, [accuse], [])


def test_jsonl_gives_back_every_extracted_field(con: sqlite3.Connection) -> None:
    out = io.StringIO()
    store_export.export(con, "jsonl", "records", out)
    got = [json.loads(line) for line in out.getvalue().splitlines()]
    for rec in got:
        rec.pop("id", None)
    assert got == json.loads(json.dumps(result().records()))


def test_event_search_and_the_views(con: sqlite3.Connection) -> None:
    hits = con.execute("SELECT e.type FROM events_fts JOIN events e ON e.id = events_fts.rowid"
                       " WHERE events_fts MATCH 'shelled'").fetchall()
    assert [h[0] for h in hits] == ["ASSAULT"]
    for view, expected in (("timeline", {"ASSAULT", "STATEMENT"}), ("plover_events", {"ASSAULT"})):
        col = "type" if view == "timeline" else "event_type"
        found = con.execute(f"SELECT {col} FROM {view} WHERE search_key IN"
                            " (SELECT rowid FROM records_fts WHERE records_fts MATCH 'Donetsk')").fetchall()
        assert {f[0] for f in found} == expected
    for index in ("events_fts", "records_fts", "statements_fts"):
        con.execute(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")
    con.execute("DELETE FROM events")  # the triggers keep both indexes in step
    assert con.execute("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'shelled'").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM records_fts WHERE records_fts MATCH 'massed'").fetchone()[0] == 0
    for index in ("events_fts", "records_fts"):
        con.execute(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")


def _v2_database(path: Path) -> None:
    """A database as saidwhat with schema version 2 left it, with one document in it."""
    c = sqlite3.connect(path, isolation_level=None)
    for v, script in enumerate(schema.MIGRATIONS[:2]):
        c.executescript(f"BEGIN;{script};PRAGMA user_version = {v + 1};"
                        f"PRAGMA application_id = {schema.APPLICATION_ID};COMMIT;")
    c.execute("INSERT INTO documents (id, sha256, status, published, outlet, ingested_at)"
              " VALUES ('old', 'x', 'ok', '2021-05-01', 'AP', '2021-05-01')")
    c.execute("INSERT INTO actors (id, name, country) VALUES ('kb:nato', 'NATO', 'NATO'),"
              " ('kb:sergei-lavrov', 'Sergei Lavrov', 'RUS')")
    c.execute("INSERT INTO statements (doc, seq, type, actor_id, recipient_id, content_text, content_start,"
              " content_end, direct, date, sentence_text, sentence_start, sentence_end)"
              " VALUES ('old', 0, 'ACCUSE', 'kb:sergei-lavrov', 'kb:nato', 'NATO lies', 0, 9, 0, NULL,"
              " 'NATO lies.', 0, 10)")
    c.execute("INSERT INTO events (doc, seq, type, trigger_text, trigger_start, trigger_end, sentence_text,"
              " sentence_start, sentence_end, date, asserted) VALUES"
              " ('old', 0, 'MOBILIZE', 'massed', 0, 6, 'massed troops', 0, 13, '2021-04-01', 1)")
    c.close()


def test_v2_database_upgrades_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    _v2_database(path)
    with closing(open_db(path)) as c:  # reading upgrades it once, in place
        assert c.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 3  # the latest, whatever it is
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        events = list(store_export.rows(c, "events"))
        assert {e["event_type"] for e in events} == {"ACCUSE", "MOBILIZE"}
        accuse = next(e for e in events if e["event_type"] == "ACCUSE")
        assert (accuse["date"], accuse["date_precision"]) == ("2021-05-01", "day")  # the document's
        mobilize = next(e for e in events if e["event_type"] == "MOBILIZE")
        assert mobilize["date_precision"] is None  # stored before precision was: unknown
        # the old rows are searchable through the new indexes
        assert c.execute("SELECT rowid FROM events_fts WHERE events_fts MATCH 'massed'").fetchall()
        assert c.execute("SELECT count(*) FROM plover_events WHERE search_key IN"
                         " (SELECT rowid FROM records_fts WHERE records_fts MATCH 'lies')").fetchone()[0] == 1
        records = [json.loads(line) for line in _jsonl(c)]
        assert [r["kind"] for r in records] == ["document", "statement", "event"]
        assert records[2]["mentions"] is None and records[1]["type_rule"] is None
    with closing(open_db(path, write=True)) as c:  # and new documents go in beside the old
        article = Article(doc="d1", text=TEXT)
        write_result(c, result(), article, article_hash(article))
        assert c.execute("SELECT count(*) FROM plover_events").fetchone()[0] == 5


def _jsonl(c: sqlite3.Connection) -> list[str]:
    out = io.StringIO()
    store_export.export(c, "jsonl", "records", out)
    return out.getvalue().splitlines()


def test_timeline_and_show_print_dates_as_precise_as_known(tmp_path: Path, con: sqlite3.Connection) -> None:
    from click.testing import CliRunner

    from saidwhat.cli import main

    db = str(tmp_path / "t.db")
    out = CliRunner().invoke(main, ["timeline", "--db", db])
    assert out.exit_code == 0, out.output
    lines = out.stdout.splitlines()
    assert lines[2].split()[0] == "2014" and "Russia" in lines[2]  # not 2014-01-01
    assert lines[3].split()[0] == "2022-01-28"
    event = con.execute("SELECT id FROM events WHERE type = 'MOBILIZE'").fetchone()[0]
    shown = CliRunner().invoke(main, ["show", f"e{event}", "--db", db])
    assert shown.stdout.splitlines()[0].endswith("MOBILIZE  2014 (year)")

