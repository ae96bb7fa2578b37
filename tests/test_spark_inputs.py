"""What the Spark runner reads, without Spark: Parquet articles, WARC records that are no article,
the units of a run in `saidwhat extract`'s order, and the message when pyspark is missing."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from saidwhat.cli import main
from saidwhat.read import read_paths
from saidwhat.read.fields import DEFAULT_OPTIONS
from saidwhat.read.formats import warc_articles
from saidwhat.spark.inputs import plan_units, read_unit

TEXT = "Russia will not start a war, Foreign Minister Sergei Lavrov said on Friday in Moscow."
PAGE = (f"<html><head><title>Lavrov speaks</title></head><body><article><h1>Lavrov speaks</h1>"
        f"<p>{TEXT}</p><p>{TEXT}</p></article></body></html>").encode()


def write_parquet(path: Path, rows: list[dict], row_group_size: int = 2) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=row_group_size)


def test_parquet_rows_are_articles_with_the_fields_of_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "news.parquet"
    write_parquet(path, [
        {"id": "a", "body": TEXT, "headline": "Lavrov", "date": dt.datetime(2022, 1, 28, 14, 3)},
        {"id": None, "body": TEXT, "headline": None, "date": None},
        {"id": "c", "body": " ", "headline": None, "date": None},
    ])
    a, b, c = read_paths([str(path)])
    assert (a.doc, a.text, a.title, a.published, a.fmt) == ("a", TEXT, "Lavrov", "2022-01-28", "parquet")
    assert b.doc == "news:2" and b.problem is None  # no id: the file's stem and the row number
    assert c.doc == "c" and c.problem and c.problem.startswith("empty")


def test_a_file_that_is_no_parquet_is_one_skipped_document(tmp_path: Path) -> None:
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"PAR1 this is not a footer")
    [art] = read_paths([str(path)])
    assert art.doc == "broken" and art.problem and art.problem.startswith("not a Parquet file")


def warc_bytes(records: list[tuple[str, str, str, bytes]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    w = WARCWriter(out, gzip=True)
    for uri, status, ctype, body in records:
        w.write_record(w.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
        hh = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=hh))
    return out.getvalue()


def test_warc_records_that_are_no_article_are_counted_by_reason() -> None:
    data = warc_bytes([("https://x.example/a", "200 OK", "text/html", PAGE),
                       ("https://x.example/gone", "404 Not Found", "text/html", PAGE),
                       ("https://x.example/moved", "301 Moved Permanently", "text/html", PAGE),
                       ("https://x.example/feed.json", "200 OK", "application/json", b"{}")])
    skipped: Counter[str] = Counter()
    arts = list(warc_articles(io.BytesIO(data), "crawl", "crawl.warc.gz", "crawl.warc.gz", skipped=skipped))
    assert [a.url for a in arts] == ["https://x.example/a"]
    assert skipped == {"request records": 4, "HTTP status 404": 1, "HTTP status 301": 1, "not HTML": 1}


def test_a_truncated_warc_stream_gives_its_articles_and_then_the_break() -> None:
    data = warc_bytes([("https://x.example/a", "200 OK", "text/html", PAGE),
                       ("https://x.example/b", "200 OK", "text/html", PAGE)])
    cut = data[: len(data) - 200]
    *arts, broken = warc_articles(io.BytesIO(cut), "crawl", "crawl.warc.gz", "crawl.warc.gz")
    assert [a.url for a in arts] == ["https://x.example/a"]
    assert broken.problem and "damaged WARC file: truncated" in broken.problem
    assert "read before the damage: 1 article;" in broken.problem


def test_units_come_in_the_order_extract_reads_them(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "feed.jsonl").write_text(json.dumps({"id": "j", "text": TEXT}) + "\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    write_parquet(tmp_path / "c.parquet", [{"id": f"p{i}", "text": TEXT} for i in range(5)])

    units = plan_units([str(tmp_path)])
    assert [(u.doc, u.row_group) for u in units] == [("a", None), ("b/feed", None), ("c", 0), ("c", 1), ("c", 2)]
    assert [u.index for u in units] == list(range(5))
    from_units = [a.doc for u in units for a in read_unit(u, 10_000_000, DEFAULT_OPTIONS, Counter())]
    assert from_units == [a.doc for a in read_paths([str(tmp_path)])] == ["a", "j", "p0", "p1", "p2", "p3", "p4"]


def test_a_missing_input_is_an_unreadable_document(tmp_path: Path) -> None:
    [unit] = plan_units([str(tmp_path / "nowhere.warc.gz")])
    [art] = read_unit(unit, 10_000_000, DEFAULT_OPTIONS, Counter())
    assert art.unreadable and art.doc == "nowhere" and "no such file" in (art.problem or "")


def test_spark_without_pyspark_says_what_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import importlib.util

    find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pyspark" else find_spec(name, *a))
    got = CliRunner().invoke(main, ["spark", str(tmp_path), "--out", str(tmp_path / "out")])
    assert got.exit_code == 1
    assert "pip install 'saidwhat[spark]'" in got.output and "Traceback" not in got.output
