"""The fuzzing harness (issue 17, item 5): generated and mutated inputs through the readers, the
cleaner, the whole per-document pipeline, the date resolver and the query commands.

Invariants: no traceback (an exception out of the code under test fails the case), exit status
as documented (0, or 1 for an unreadable path or a store error, 2 for a usage error), exactly one
document record per input, every span valid (`text[start:end] == span.text`), and no document
that takes more than HANG_SECONDS.

CI (`make test`) runs the `ci` budget, over 5,000 inputs in all; `make fuzz` sets
SAIDWHAT_FUZZ=long and runs ten times as many. The counts (inputs, crashes, hangs, missing
records) are printed at the end of the module. Inputs that once broken something are replayed from
tests/fuzz_corpus/ (test_fuzz_corpus.py).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from saidwhat.cli import main
from saidwhat.records import Article, Span
from tests.conftest import SEEDS
from tests.fuzz.mutations import (
    ODD,
    gz,
    jsonl_bytes,
    mutated_bytes,
    mutated_text,
    warc_bytes,
)

LONG = os.environ.get("SAIDWHAT_FUZZ") == "long"
SCALE = 10 if LONG else 1
HANG_SECONDS = 60.0  # far above any real document (about a second); a hang is minutes or forever
COUNTS: Counter[str] = Counter()
CASE = settings(deadline=None, database=None, suppress_health_check=list(HealthCheck))


def _budget(n: int) -> settings:
    return settings(CASE, max_examples=n * SCALE)


@pytest.fixture(scope="module", autouse=True)
def report_counts(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    line = "fuzz: " + ", ".join(f"{k} {COUNTS[k]}" for k in ("inputs", "crashes", "hangs", "missing records"))
    line += " (" + ", ".join(f"{k} {v}" for k, v in sorted(COUNTS.items()) if k.startswith("inputs:")) + ")"
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():  # shown even when output is captured
            reporter.write_line(line)


def _count(kind: str, n: int = 1) -> None:
    COUNTS["inputs"] += n
    COUNTS[f"inputs:{kind}"] += n


def _check_span(text: str, span: Span | None) -> None:
    if span is not None:
        assert 0 <= span.start <= span.end <= len(text) and text[span.start:span.end] == span.text, span


def _check_record_spans(text: str, record: dict) -> None:
    """Every {start, end, text} object in a record (at any depth) is a valid span of `text`."""
    stack = [record]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if {"start", "end", "text"} <= item.keys() and isinstance(item["start"], int):
                assert text[item["start"]:item["end"]] == item["text"], item
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


# --- readers -------------------------------------------------------------------------------------

def _container(kind: str, texts: list[str]) -> tuple[str, bytes]:
    if kind == "txt":
        return ".txt", texts[0].encode("utf-8", "surrogatepass")
    if kind == "html":
        return ".html", f"<html><title>x</title><body><p>{texts[0]}</p></body></html>".encode("utf-8", "surrogatepass")
    if kind == "jsonl":
        return ".jsonl", jsonl_bytes(texts)
    if kind == "warc":
        return ".warc.gz", warc_bytes(texts)
    return ".warc", gz(jsonl_bytes(texts))  # a gzip file named as a plain WARC


_TEXTS = st.lists(st.one_of(mutated_text(400), st.text(max_size=200), st.sampled_from(ODD + ["\ud800"])),
                  min_size=1, max_size=3)


@_budget(1500)
@given(kind=st.sampled_from(["txt", "html", "jsonl", "warc", "gzip"]), texts=_TEXTS, data=st.data())
def test_readers_give_one_article_per_input(kind: str, texts: list[str], data: st.DataObject) -> None:
    from saidwhat.read import read_paths

    ext, raw = _container(kind, texts)
    if data.draw(st.booleans()):
        raw = data.draw(mutated_bytes(raw))
    _count("readers")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"in{ext}"
        path.write_bytes(raw)
        try:
            articles = list(read_paths([str(path)]))
        except Exception:
            COUNTS["crashes"] += 1
            raise
    assert all(isinstance(a, Article) for a in articles)
    if ext in (".txt", ".html"):
        COUNTS["missing records"] += len(articles) != 1
        assert len(articles) == 1
    if ext == ".jsonl":
        lines = [line for line in raw.split(b"\n") if line.strip()]
        COUNTS["missing records"] += len(articles) != len(lines)
        assert len(articles) == len(lines)
    for a in articles:
        assert (a.text is None) == (a.problem is not None) or a.text is None
        if a.text is not None:
            assert "\x00" not in a.text and not re.search("[\ud800-\udfff]", a.text)
        else:
            assert a.problem and "\n" not in a.problem


# --- cleaner -------------------------------------------------------------------------------------

@_budget(1500)
@given(text=st.one_of(mutated_text(), st.text(max_size=300)), title=st.none() | st.text(max_size=40))
def test_cleaner_body_spans_are_valid(text: str, title: str | None) -> None:
    from saidwhat.pipeline import analyse_article

    _count("cleaner")
    info = analyse_article(Article(doc="f", text=text, title=title))
    assert info.status in ("ok", "skipped")
    assert info.status == "ok" or info.reason
    for span in info.body:
        _check_span(text, span)
    _check_span(text, info.title_span)


# --- date resolver -------------------------------------------------------------------------------

_DATE_WORDS = st.sampled_from(["on Monday", "last Friday", "Jan. 5", "March 31, 2021", "next week", "2019",
                               "yesterday", "on the 31st", "Feb 29", "in May", "Sept. 31, 2020", "today",
                               "this year", "12/31/2020", "0000", "9999", "Dec. 0", "tomorrow night"])


@_budget(1500)
@given(parts=st.lists(st.one_of(_DATE_WORDS, st.text(max_size=12)), max_size=6),
       published=st.none() | st.dates().map(date.isoformat) | st.text(max_size=12), future=st.booleans())
def test_date_resolver_gives_real_dates(parts: list[str], published: str | None, future: bool) -> None:
    from saidwhat.resolve.dates import find_date

    _count("dates")
    text = " ".join(parts)
    found = find_date(text, Span.of(text, 0, len(text)), [], published, future)
    if found is not None:
        value, precision = found
        date.fromisoformat(value)  # a real calendar day
        assert isinstance(precision, str) and precision


# --- the whole per-document pipeline -------------------------------------------------------------

@_budget(40)
@given(texts=st.lists(mutated_text(900), min_size=1, max_size=8))
def test_pipeline_gives_one_valid_record_per_article(texts: list[str]) -> None:
    from saidwhat.pipeline import process_articles

    _count("pipeline", len(texts))
    articles = [Article(doc=f"d{n}", text=t) for n, t in enumerate(texts)]
    start = time.monotonic()
    try:
        results = list(process_articles(articles))
    except Exception:
        COUNTS["crashes"] += 1
        raise
    if time.monotonic() - start > HANG_SECONDS * len(texts):
        COUNTS["hangs"] += 1
    COUNTS["missing records"] += abs(len(results) - len(texts))
    assert [r.document.doc for r in results] == [a.doc for a in articles]
    for text, result in zip(texts, results, strict=True):
        assert result.document.status == "ok" or result.document.reason
        assert "internal error" not in (result.document.reason or "")
        for rec in [*result.statements, *result.events]:
            for name in ("speaker", "cue", "content", "sentence", "trigger", "actor_span", "recipient_span"):
                _check_span(text, getattr(rec, name, None))
            for trigger, sentence in getattr(rec, "mentions", None) or []:
                _check_span(text, trigger)
                _check_span(text, sentence)
    assert COUNTS["hangs"] == 0


@_budget(25)
@given(kind=st.sampled_from(["txt", "html", "jsonl", "warc", "gzip"]),
       texts=st.lists(mutated_text(600), min_size=1, max_size=4), data=st.data())
def test_extract_command_on_mutated_files(kind: str, texts: list[str], data: st.DataObject) -> None:
    """`saidwhat extract` end to end: exit 0 (every path readable), no traceback, one document
    record per article the reader finds, every span valid against that article's text."""
    from saidwhat.read import read_paths

    ext, raw = _container(kind, texts)
    if data.draw(st.booleans()):
        raw = data.draw(mutated_bytes(raw))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"in{ext}"
        path.write_bytes(raw)
        articles = list(read_paths([str(path)]))
        _count("extract", len(articles))
        start = time.monotonic()
        got = CliRunner().invoke(main, ["extract", str(path), "--quiet"])
        COUNTS["hangs"] += time.monotonic() - start > HANG_SECONDS * max(1, len(articles))
    if got.exception is not None and not isinstance(got.exception, SystemExit):
        COUNTS["crashes"] += 1
    assert got.exception is None or isinstance(got.exception, SystemExit), got.exception
    assert got.exit_code == 0, got.stderr
    assert "Traceback" not in got.stderr
    records = [json.loads(line) for line in got.stdout.splitlines()]
    docs = [r for r in records if r["kind"] == "document"]
    COUNTS["missing records"] += abs(len(docs) - len(articles))
    assert [d["doc"] for d in docs] == [a.doc for a in articles]
    texts_by_doc = {a.doc: a.text for a in articles}
    for rec in records:
        text = texts_by_doc.get(rec["doc"])
        if rec["kind"] != "document" and text is not None:
            _check_record_spans(text, rec)


# --- query commands ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("fuzzdb") / "seeds.db")
    got = CliRunner().invoke(main, ["ingest", str(SEEDS), "--db", db, "--quiet"])
    assert got.exit_code == 0, got.stderr
    return db


_ARG = st.one_of(st.text(max_size=15), st.sampled_from(["%", "_", " ", "", "lavrov", "Sergei Lavrov", "s1", "e1",
                                                         "s99999999999999999999999", "e-1", "2021", "2021-13",
                                                         "0", "-1", "99999999999999999999999", "ACCUSE", "\ud800"]))


@_budget(500)
@given(command=st.sampled_from(["timeline", "search", "actors", "show", "export"]), data=st.data())
def test_query_commands_exit_as_documented(seeds_db: str, command: str, data: st.DataObject) -> None:
    _count("queries")
    args = [command]
    if command == "timeline":
        for opt in data.draw(st.lists(st.sampled_from(["--actor", "--about", "--type", "--since", "--until",
                                                       "--limit"]), max_size=3, unique=True)):
            args += [opt, data.draw(_ARG)]
    elif command in ("search", "show"):
        args.append(data.draw(_ARG))
    elif command == "actors":
        args += [data.draw(_ARG)] if data.draw(st.booleans()) else []
    else:
        args += ["--format", data.draw(st.sampled_from(["jsonl", "csv"])),
                 "--table", data.draw(st.sampled_from(["records", "events", "documents"]))]
    if command != "export" and data.draw(st.booleans()):
        args.append("--json")
    got = CliRunner().invoke(main, [*args, "--db", seeds_db])
    if got.exception is not None and not isinstance(got.exception, SystemExit):
        COUNTS["crashes"] += 1
    assert got.exception is None or isinstance(got.exception, SystemExit), (args, got.exception)
    assert got.exit_code in (0, 1, 2), (args, got.exit_code, got.output)
    assert "Traceback" not in got.output
