"""Input that fits the user's files (issue 18, item 1): field names, --field, dates as newsrooms
write them with their precision, CSV and TSV, legacy encodings, and each skip reported once."""

from __future__ import annotations

import csv
import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from saidwhat.cli import main
from saidwhat.read import ReadOptions, read_paths
from saidwhat.read.fields import FieldError, parse_field_mappings, parse_given_date
from tests.conftest import REPO

TEXT = ('Moscow, Jan. 28, 2022\n\nRussia will not start a war, Foreign Minister Sergei Lavrov '
        'said on Friday.\n\n"We don\'t want a war," Lavrov told reporters.\n')


def read(*paths: Path, **options: object) -> list:
    return list(read_paths([str(p) for p in paths], options=ReadOptions(**options)))  # type: ignore[arg-type]


def jsonl(path: Path, *objs: dict) -> Path:
    path.write_text("".join(json.dumps(o) + "\n" for o in objs), encoding="utf-8")
    return path


@pytest.mark.parametrize("text_name", ["text", "body", "content", "article"])
def test_common_text_field_names(tmp_path: Path, text_name: str) -> None:
    [a] = read(jsonl(tmp_path / "f.jsonl", {"id": "a", text_name: TEXT}))
    assert a.problem is None and a.text == TEXT


def test_metadata_under_the_names_the_output_uses(tmp_path: Path) -> None:
    """published/link/headline/source: the names of saidwhat's own output and database."""
    [a, b] = read(jsonl(tmp_path / "f.jsonl",
                        {"id": "a", "content": TEXT, "published": "January 28, 2022",
                         "link": "https://x.org/a", "headline": "H", "source": "Wire"},
                        {"id": "b", "body": TEXT, "published_at": "2022-01-28T23:30:00-05:00",
                         "url": "https://x.org/b", "title": "T", "site": "Site"}))
    assert (a.title, a.url, a.outlet, a.published, a.published_precision) == (
        "H", "https://x.org/a", "Wire", "2022-01-28", "day")
    assert (b.title, b.url, b.outlet, b.published) == ("T", "https://x.org/b", "Site", "2022-01-28")


def test_field_mapping_names_the_rest(tmp_path: Path) -> None:
    p = jsonl(tmp_path / "f.jsonl", {"id": "a", "story": TEXT, "pubDate": "28 Jan 2022"})
    [plain] = read(p)
    assert plain.text is None and "--field text=NAME" in (plain.problem or "")
    [mapped] = read(p, fields=parse_field_mappings(["text=story", "date=pubDate"]))
    assert mapped.text == TEXT and mapped.published == "2022-01-28"


@pytest.mark.parametrize("bad", ["text", "text=", "words=body"])
def test_bad_field_mapping_says_what_to_write(bad: str) -> None:
    with pytest.raises(FieldError, match="text="):
        parse_field_mappings([bad])


def test_unknown_fields_are_named_once_per_file(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    p = jsonl(tmp_path / "f.jsonl", *({"id": str(i), "text": TEXT, "story_html": "x", "author": "A"}
                                      for i in range(3)))
    with caplog.at_level(logging.WARNING, logger="saidwhat.read"):
        read(p)
    warned = [r.getMessage() for r in caplog.records if "not read" in r.getMessage()]
    assert len(warned) == 1 and "'story_html'" in warned[0] and "author" not in warned[0]


@pytest.mark.parametrize("value, date, precision", [
    ("2022-01-28", "2022-01-28", "day"),
    ("January 28, 2022", "2022-01-28", "day"),
    ("Jan. 28, 2022", "2022-01-28", "day"),
    ("28 Jan 2022 14:03 GMT", "2022-01-28", "day"),
    ("Fri, 28 Jan 2022 14:03:00 +0000", "2022-01-28", "day"),  # RFC 2822
    ("2022-01-28T23:30:00-05:00", "2022-01-28", "day"),  # the date as written, in its own zone
    ("2022/01/28", "2022-01-28", "day"),
    ("January 2022", "2022-01-01", "month"),
    ("2022", "2022-01-01", "year"),
    (1643378580, "2022-01-28", "day"),  # a Unix timestamp
])
def test_given_dates_in_newsroom_formats(value: object, date: str, precision: str) -> None:
    got = parse_given_date(value)
    assert got is not None and (got.date, got.precision) == (date, precision)


@pytest.mark.parametrize("value", ["garbage", "2022-13-45", "3 days ago", "", None, True])
def test_what_is_no_date_is_none(value: object) -> None:
    assert parse_given_date(value) is None


def test_a_bad_date_is_ignored_with_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="saidwhat.read"):
        [a] = read(jsonl(tmp_path / "f.jsonl", {"id": "a", "text": TEXT, "date": "soon"}))
    assert a.problem is None and a.published is None and "'soon'" in caplog.text


def write_table(path: Path, rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8") -> Path:
    with path.open("w", newline="", encoding=encoding) as f:
        csv.writer(f, delimiter=delimiter).writerows(rows)
    return path


@pytest.mark.parametrize("name, delimiter", [("a.csv", ","), ("a.tsv", "\t"), ("semi.csv", ";")])
def test_csv_and_tsv_rows_are_articles(tmp_path: Path, name: str, delimiter: str) -> None:
    multi = TEXT.replace("\n", "\r\n")  # newlines inside a quoted field are kept as written
    p = write_table(tmp_path / name, [["ID", "Headline", "Body", "Date", "Link"],
                                      ["r1", "H1", multi, "January 2022", "https://x.org/1"],
                                      ["", "", "", "", ""],
                                      ["r2", "H2", TEXT, "28/01/2022", ""]], delimiter)
    a, b = read(p)
    assert (a.doc, a.title, a.text, a.published, a.published_precision, a.url) == (
        "r1", "H1", multi, "2022-01-01", "month", "https://x.org/1")
    assert (b.doc, b.text, b.published, b.fmt) == ("r2", TEXT, "2022-01-28", name[-3:])


def test_csv_without_text_column_names_the_fix(tmp_path: Path) -> None:
    [a] = read(write_table(tmp_path / "a.csv", [["id", "words"], ["x", "Some words."]]))
    assert a.text is None and "--field text=NAME" in (a.problem or "")
    [b] = read(tmp_path / "a.csv", fields={"text": "words"})
    assert b.text == "Some words."


CP1252 = ("Café owners said on Monday they were “worried” about prices — and Müller’s shop agreed, "
          "according to the city’s mayor. ") * 8


@pytest.mark.parametrize("name", ["w.txt", "w.csv", "w.jsonl"])
def test_windows_1252_with_encoding_given(tmp_path: Path, name: str) -> None:
    p = tmp_path / name
    if name.endswith(".txt"):
        p.write_bytes(CP1252.encode("cp1252"))
    elif name.endswith(".csv"):
        write_table(p, [["id", "text"], ["w", CP1252]], encoding="cp1252")
    else:
        p.write_bytes((json.dumps({"id": "w", "text": CP1252}, ensure_ascii=False) + "\n").encode("cp1252"))
    [a] = read(p, encoding="cp1252")
    assert a.problem is None and a.text == CP1252


@pytest.mark.parametrize("name", ["w.txt", "w.csv"])
def test_windows_1252_detected_when_confident(tmp_path: Path, name: str) -> None:
    p = tmp_path / name
    if name.endswith(".txt"):
        p.write_bytes(CP1252.encode("cp1252"))
    else:
        write_table(p, [["id", "text"], ["w", CP1252]], encoding="cp1252")
    [a] = read(p)
    assert a.problem is None and a.text == CP1252


def test_unsure_detection_asks_for_the_encoding(tmp_path: Path) -> None:
    p = tmp_path / "short.txt"
    p.write_bytes("Caf\xe9.".encode("latin-1"))
    [a] = read(p)
    assert a.text is None and "--encoding" in (a.problem or "") and a.problem.startswith("not UTF-8")


def test_cli_reports_each_skip_once_and_rejects_an_unknown_encoding(tmp_path: Path) -> None:
    """As a user runs it (a real process, so the log goes where it goes for them)."""
    jsonl(tmp_path / "f.jsonl", {"id": "doc-z9", "text": "  "})
    got = subprocess.run([sys.executable, "-m", "saidwhat.cli", "extract", str(tmp_path / "f.jsonl"),
                          str(tmp_path / "gone.txt"), "-w", "1"], capture_output=True, text=True,
                         cwd=REPO, timeout=300)
    assert got.returncode == 1  # a missing path
    assert got.stderr.count("doc-z9") == 1, got.stderr  # once, not a log line and a skip line
    assert got.stderr.count("gone.txt") == 1, got.stderr
    bad = CliRunner().invoke(main, ["extract", str(tmp_path / "f.jsonl"), "--encoding", "nope"])
    assert bad.exit_code == 2 and "unknown encoding 'nope'" in bad.stderr


@pytest.mark.slow
def test_cli_reads_csv_with_fields_and_dates(tmp_path: Path) -> None:
    p = write_table(tmp_path / "a.csv", [["id", "story", "published", "source"],
                                         ["c1", TEXT, "Jan 28, 2022", "Wire"]], encoding="cp1252")
    got = CliRunner().invoke(main, ["extract", str(p), "-w", "1", "--field", "text=story",
                                    "--encoding", "cp1252"])
    assert got.exit_code == 0, got.stderr
    records = [json.loads(line) for line in got.stdout.splitlines()]
    doc = records[0]
    assert (doc["doc"], doc["status"], doc["published"], doc["published_precision"], doc["outlet"]) == (
        "c1", "ok", "2022-01-28", "day", "Wire")
    spans = [r["content"] for r in records if r["kind"] == "statement"]
    assert spans and all(TEXT[s["start"]:s["end"]] == s["text"] for s in spans)
