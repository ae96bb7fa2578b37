"""`saidwhat spark` in local[2] gives the records `saidwhat extract` gives, record by record, from
WARC (with records that are no article, and a truncated file), JSON Lines and Parquet; its
tables open with pyarrow and `saidwhat ingest` stores them as a local ingest would; a document
that crashes or breaks the pipeline is a skipped row and the job goes on.

One Spark session for the module (a start costs ~10 s); skipped without pyspark or Java.
"""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

pytest.importorskip("pyspark", reason="pyspark is not installed: pip install 'saidwhat[spark]'")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java 17 (no `java` on PATH)", allow_module_level=True)

from saidwhat.cli import main  # noqa: E402
from saidwhat.records import Article, DocumentInfo, Result  # noqa: E402

pytestmark = pytest.mark.slow
SEEDS = Path(__file__).resolve().parents[1] / "examples" / "seeds"
# columns the tables add to CONTRACT's records (tables.py), left out when comparing
EXTRA = {"document": {"text_extracted", "source", "format", "sha256", "given", "input_index", "input_position"},
         "statement": {"seq", "actor_id", "recipient_id", "input_index", "input_position"},
         "event": {"seq", "actor_id", "recipient_id", "input_index", "input_position"}}


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from saidwhat.spark.session import spark_session

    session = spark_session("local[2]", "saidwhat-tests", shuffle_partitions=4)
    yield session
    session.stop()


def seed_texts() -> list[tuple[str, str]]:
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]


def page(text: str) -> bytes:
    """A news page: the article's paragraphs in <article>, its first line as the headline."""
    title, *paras = [p.strip() for p in text.split("\n") if p.strip()]
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html><head><title>{title}</title></head><body><nav>Home | World | Sport</nav>"
            f"<article><h1>{title}</h1>{body}</article><footer>© News Ltd</footer></body></html>").encode()


def write_warc(path: Path, gzip: bool) -> None:
    """Three news pages, with a warcinfo and a request record, an image and a 404 page among them."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    texts = seed_texts()
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=gzip)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "tests"}))
        responses = [(f"https://news.example/{texts[0][0]}", "200 OK", "text/html", page(texts[0][1])),
                     ("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
                     (f"https://news.example/{texts[1][0]}", "200 OK", "text/html; charset=utf-8", page(texts[1][1])),
                     ("https://news.example/gone", "404 Not Found", "text/html", page(texts[2][1])),
                     (f"https://news.example/{texts[3][0]}", "200 OK", "text/html", page(texts[3][1]))]
        for uri, status, ctype, body in responses:
            w.write_record(w.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            hh = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=hh))


def extract_records(paths: list[Path]) -> list[dict[str, Any]]:
    got = CliRunner().invoke(main, ["extract", *map(str, paths)])
    assert got.exit_code == 0, got.output
    return [json.loads(line) for line in got.stdout.splitlines()]


def run_spark(paths: list[Path], out: Path, *options: str) -> dict[str, Any]:
    got = CliRunner().invoke(main, ["spark", *map(str, paths), "--out", str(out), *options])
    assert got.exit_code == 0, got.output
    return json.loads((out / "_saidwhat.json").read_text(encoding="utf-8"))


def spark_records(out: Path) -> list[dict[str, Any]]:
    """The tables as `saidwhat extract` records, in its order (documents in input order, each
    followed by its statements, then its events)."""
    import pyarrow.parquet as pq

    rows: list[tuple[tuple[int, int, int, int], dict[str, Any]]] = []
    for table, rank in (("documents", 0), ("statements", 1), ("events", 2)):
        for r in pq.read_table(out / table).to_pylist():
            if table == "documents" and not r["text_extracted"]:
                del r["text"]  # the JSON record carries the text only when it was extracted
            key = (r["input_index"], r["input_position"], rank, r.get("seq", 0))
            rows.append((key, {k: v for k, v in r.items() if k not in EXTRA[r["kind"]]}))
    return [r for _, r in sorted(rows, key=lambda kr: kr[0])]


def assert_same_records(got: list[dict[str, Any]], want: list[dict[str, Any]]) -> None:
    assert len(got) == len(want)
    for g, w in zip(got, want, strict=True):
        assert g == w, f"{w['kind']} of {w['doc']} differs"


def test_warc_gives_the_records_of_extract(spark: Any, tmp_path: Path) -> None:
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    write_warc(crawl / "a.warc", gzip=False)
    write_warc(tmp_path / "b.warc.gz", gzip=True)
    data = (tmp_path / "b.warc.gz").read_bytes()
    (crawl / "b.warc.gz").write_bytes(data[: int(len(data) * 0.8)])  # cut inside the last page

    summary = run_spark([crawl], tmp_path / "out", "--master", "local[2]")
    want = extract_records([crawl])
    assert_same_records(spark_records(tmp_path / "out"), want)

    docs = [r for r in want if r["kind"] == "document"]
    assert [d["status"] for d in docs] == ["ok"] * 3 + ["ok"] * 2 + ["skipped"]
    assert "truncated" in docs[-1]["reason"] and "read before the damage: 2 articles" in docs[-1]["reason"]
    assert not [d for d in docs if d["url"] in ("https://news.example/gone", "https://news.example/logo.png")]
    assert sum(r["kind"] == "statement" for r in want) > 10
    assert summary["documents"] == 6 and summary["skipped"] == 1
    # the truncated copy loses its last request and page: 5 + 4 requests, 2 + 2 of the others
    assert summary["records_skipped"] == {"HTTP status 404": 2, "not HTML": 2, "request records": 9,
                                          "warcinfo records": 2}


@pytest.fixture(scope="module")
def feed_run(spark: Any, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A folder with the seeds as JSON Lines (with a bad line, a blank text and an id given twice)
    and as Parquet in two row groups (the same ids: the later ones are qualified), and its run."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = tmp_path_factory.mktemp("feeds")
    rows = [{"id": doc, "text": text, "published": "2022-02-0" + str(n + 1), "outlet": "Seeds"}
            for n, (doc, text) in enumerate(seed_texts())]
    lines = [json.dumps(r) for r in rows[:3]] + ["{not json", json.dumps({"id": "blank", "text": " "}),
                                                 json.dumps(rows[3] | {"id": rows[0]["id"]}), json.dumps(rows[4])]
    (folder / "a_feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = pa.Table.from_pylist([{"id": r["id"], "body": r["text"], "date": r["published"]} for r in rows])
    pq.write_table(table, folder / "b_feed.parquet", row_group_size=3)
    out = folder.parent / (folder.name + "_out")
    run_spark([folder], out, "--master", "local[2]", "--partitions", "3")
    return folder, out


def test_jsonl_and_parquet_give_the_records_of_extract(feed_run: tuple[Path, Path]) -> None:
    folder, out = feed_run
    want = extract_records([folder])
    got = spark_records(out)
    assert_same_records(got, want)
    ids = [r["doc"] for r in got if r["kind"] == "document"]
    assert len(ids) == len(set(ids)) == 12  # 7 lines, 5 rows; the ids given twice are qualified
    assert any(i.endswith(":6#000_8cf89970d4329c4b") for i in ids)
    summary = json.loads((out / "_saidwhat.json").read_text(encoding="utf-8"))
    assert summary["renamed_ids"] == 5 and summary["units"] == 3  # the JSON Lines file, two row groups


def test_tables_open_with_pyarrow_and_ingest_as_a_local_run(feed_run: tuple[Path, Path], tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    folder, out = feed_run
    statements = pq.read_table(out / "statements")
    assert statements.schema.field("speaker").type.names == ["start", "end", "text"]
    assert statements.schema.field("actor").type.names == ["name", "id", "country", "sector", "role"]
    actors = pq.read_table(out / "actors").to_pylist()

    from_spark, local = tmp_path / "spark.db", tmp_path / "local.db"
    got = CliRunner().invoke(main, ["ingest", str(out), "--db", str(from_spark)])
    assert got.exit_code == 0, got.output
    got = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(local), "--workers", "2"])
    assert got.exit_code == 0, got.output

    def table(db: Path, sql: str) -> list[tuple[Any, ...]]:
        with sqlite3.connect(db) as con:
            return sorted(con.execute(sql).fetchall(), key=repr)

    for sql in ("SELECT id, sha256, status, reason, title, published, body, text, source, format FROM documents",
                "SELECT doc, seq, type, actor_id, recipient_id, content_text, content_start, sentence_start,"
                " confidence, rule, claim_id FROM statements",
                "SELECT doc, seq, type, actor_id, trigger_text, mentions, claimed_by FROM events",
                "SELECT id, name, country, sector, role FROM actors"):
        assert table(from_spark, sql) == table(local, sql), sql
    # the Spark job's actor identities are those of the store
    assert sorted((a["id"], a["name"], a["country"], a["sector"], a["role"]) for a in actors) == \
        table(local, "SELECT id, name, country, sector, role FROM actors")
    # the same inputs ingested again are found unchanged: the documents' hashes are a local run's
    again = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(from_spark)])
    assert "0 new, 0 changed, 12 unchanged" in again.output


def test_a_document_that_crashes_or_breaks_the_pipeline_is_a_skipped_row(spark: Any) -> None:
    from saidwhat.run.limits import Limits
    from saidwhat.spark.partition import process_partition

    def poisoned(items: Iterator[tuple[tuple[int, int], Article]]) -> Iterator[tuple[Any, ...]]:
        """The executor's partition function with a pipeline whose `segv` document really
        crashes its worker and whose `boom` document raises; put back after the task."""
        import ctypes

        import saidwhat.pipeline

        real = saidwhat.pipeline.process_articles

        def stand_in(articles: Any, settings: Any = None, nlp: Any = None) -> Iterator[Result]:
            for a in articles:
                if a.doc == "segv":
                    ctypes.string_at(0)
                if a.doc == "boom":
                    raise ValueError("a poison document")
                yield Result(DocumentInfo(doc=a.doc))

        saidwhat.pipeline.process_articles = stand_in
        try:
            yield from process_partition(items, None, Limits())
        finally:
            saidwhat.pipeline.process_articles = real

    docs = ["a", "segv", "b", "boom", "c"]
    items = [((0, n), Article(doc=d, text=f"Text {d}.")) for n, d in enumerate(docs)]
    rows = spark.sparkContext.parallelize(items, 1).mapPartitions(poisoned).collect()
    got = {r[1]: (r[2], r[3]) for r in rows}
    assert [r[1] for r in rows] == docs
    assert got["a"] == got["b"] == got["c"] == ("ok", None)
    assert got["segv"][0] == "skipped" and got["segv"][1].startswith("crashed:") and "SIGSEGV" in got["segv"][1]
    assert got["boom"][0] == "skipped" and "a poison document" in got["boom"][1]
