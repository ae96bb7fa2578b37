"""The local runner: order, parallel = serial, bad documents, bounded read-ahead, progress."""

from __future__ import annotations

import io
import os
import platform
import random
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import saidwhat.pipeline
import saidwhat.run.local
from saidwhat.cli import main
from saidwhat.records import Article, DocumentInfo, Result, Statement
from saidwhat.run.local import ordered_map, run_local
from saidwhat.run.progress import Progress, Tally, count_articles, reason_key

ARTICLE = ('Moscow, Jan. 28, 2022\n\nRussia will not start a war, Foreign Minister Sergei Lavrov '
           'said on Friday.\n\n"We don\'t want a war," Lavrov told reporters.\n')
GERMAN = ("Der Außenminister sagte am Freitag, dass Russland keinen Krieg beginnen werde. Die Lage an der "
          "Grenze bleibe angespannt, erklärte er vor Journalisten in Moskau.\n")


def _square_slowly(x: int) -> int:
    time.sleep(random.random() * 0.02)
    return x * x


def _pid(_: object) -> int:
    return os.getpid()


# --- ordered_map: the pool, without the model ------------------------------------------------

def test_ordered_map_keeps_order_and_reads_ahead_only_a_window() -> None:
    consumed: list[int] = []

    def tasks() -> Iterator[int]:
        for i in range(40):
            consumed.append(i)
            yield i

    out = []
    for k, y in enumerate(ordered_map(_square_slowly, tasks(), workers=2, in_flight=2)):
        assert len(consumed) <= k + 1 + 2 * 2  # never more than the window ahead of the writer
        out.append(y)
    assert out == [i * i for i in range(40)]


def test_one_worker_or_one_task_runs_in_this_process() -> None:
    assert set(ordered_map(_pid, range(5), workers=1)) == {os.getpid()}
    assert list(ordered_map(_pid, [0], workers=2)) == [os.getpid()]
    assert os.getpid() not in set(ordered_map(_pid, range(4), workers=2))


def test_a_failing_batch_is_retried_article_by_article(monkeypatch: pytest.MonkeyPatch) -> None:
    def fake(articles: Iterable[Article], *_: object, **__: object) -> Iterator[Result]:
        for a in articles:
            if a.doc == "bad":
                raise ValueError("boom")
            yield Result(DocumentInfo(doc=a.doc))

    monkeypatch.setattr(saidwhat.pipeline, "process_articles", fake)
    docs = ["a", "bad", "c"]
    results = list(run_local([Article(doc=d, text="x") for d in docs], workers=1))
    assert [r.document.doc for r in results] == docs
    assert [r.document.status for r in results] == ["ok", "skipped", "ok"]
    assert "internal error" in (results[1].document.reason or "")


# --- run_local with the model ----------------------------------------------------------------

@pytest.mark.slow
def test_two_workers_give_the_same_records_in_input_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(saidwhat.run.local, "BATCH", 3)  # several batches from a few articles
    articles = [Article(doc=f"d{i}", text=ARTICLE.replace("Friday", day)) for i, day in
                enumerate(["Monday", "Tuesday", "Friday", "Sunday"])]
    articles[1:1] = [Article(doc="empty", text=None, problem="empty: there is no text in it"),
                     Article(doc="blank", text="   \n"), Article(doc="german", text=GERMAN)]
    seen: list[str] = []
    parallel = list(run_local(articles, workers=2, on_result=lambda r: seen.append(r.document.doc)))
    serial = list(run_local(articles, workers=1))
    assert [r.document.doc for r in parallel] == [a.doc for a in articles] == seen
    assert [r.records() for r in parallel] == [r.records() for r in serial]
    status = {r.document.doc: (r.document.status, r.document.reason) for r in parallel}
    assert status["empty"] == ("skipped", "empty: there is no text in it")
    assert status["blank"][0] == status["german"][0] == "skipped"
    assert all(r.statements for r in parallel if r.document.status == "ok")


# --- progress and the summary line -----------------------------------------------------------

class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _result(doc: str, statements: int = 0, reason: str | None = None) -> Result:
    info = DocumentInfo(doc=doc, status="skipped" if reason else "ok", reason=reason)
    st = Statement(content=saidwhat.records.Span(0, 1, "x"), sentence=saidwhat.records.Span(0, 1, "x"))
    return Result(info, [st] * statements)


def test_progress_bar_on_a_terminal_only() -> None:
    term, pipe = Terminal(), io.StringIO()
    for stream, quiet in [(term, False), (pipe, False), (Terminal(), True)]:
        with Progress(total=2, quiet=quiet, stream=stream, delay=0) as p:
            p.update(_result("a", statements=3))
            p.update(_result("b", reason="empty: nothing"))
        assert p.tally.documents == 2 and p.tally.statements == 3
    assert "2/2" in term.getvalue() and "3 statements" in term.getvalue()
    assert pipe.getvalue() == ""


def test_cli_shows_no_progress_when_stderr_is_not_a_terminal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_run_local(articles, workers=None, on_result=None, settings=None, **_):  # noqa: ANN001, ANN003, ANN202
        for a in articles:
            result = _result(a.doc, statements=0 if a.problem else 2, reason=a.problem)
            if on_result:
                on_result(result)
            yield result

    monkeypatch.setattr(saidwhat.run.local, "run_local", fake_run_local)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    got = CliRunner().invoke(main, ["extract", str(tmp_path), "--workers", "2"])
    assert got.exit_code == 0, got.output
    assert "\r" not in got.stderr and "doc/s" not in got.stderr
    assert got.stderr.splitlines()[-1].startswith(
        "saidwhat: 2 documents read (1 skipped: 1 empty), 2 statements, 0 events in ")


def test_summary_counts_skipped_documents_by_reason() -> None:
    tally = Tally()
    for r in [_result("a", 2), _result("b", reason="empty: blank"), _result("c", reason="empty: x"),
              _result("d", reason="not English (looks like de); saidwhat reads English")]:
        tally.add(r)
    assert tally.summary(1.25) == ("4 documents read (3 skipped: 2 empty, 1 not English), "
                                   "2 statements, 0 events in 1.2s")


@pytest.mark.parametrize(("reason", "key"), [
    ("empty: there is no text in it", "empty"),
    ("not English (looks like fr); saidwhat reads English", "not English"),
    ("cannot read /tmp/x.txt: no such file or directory", "cannot read"),
    ("line 3: not UTF-8: invalid byte 0xe9 at byte offset 4; re-encode", "not UTF-8"),
    ("line 7 is too large: 11.0 MB of text", "too large"),
    ("unsupported file type .pdf; saidwhat reads .htm, .html", "unsupported file type"),
    (None, "unknown"),
])
def test_reason_key(reason: str | None, key: str) -> None:
    assert reason_key(reason) == key


def test_count_articles_only_when_cheap(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.jsonl").write_text('{"text": "x"}\n{"text": "y"}\n{"text": "z"}', encoding="utf-8")
    (tmp_path / ".hidden").write_text("x", encoding="utf-8")
    assert count_articles([str(tmp_path)]) == 4
    assert count_articles([str(tmp_path / "a.txt"), str(tmp_path / "missing.txt")]) == 2
    assert count_articles(["-"]) is None
    (tmp_path / "c.warc.gz").write_bytes(b"")
    assert count_articles([str(tmp_path)]) is None


@pytest.mark.parametrize(("sizes", "expected"), [
    ([10] * 10, [[10] * 8, [10] * 2]),  # eight at most
    ([15_000] * 5, [[15_000] * 2, [15_000] * 2, [15_000]]),  # ... and 40,000 characters at most
    ([100, 90_000, 100, 100], [[100], [90_000], [100, 100]]),  # a long article is parsed alone
    ([], []),
])
def test_parse_batches_bound_articles_and_characters(sizes: list[int], expected: list[list[int]]) -> None:
    texts = ["x" * n for n in sizes]
    batches = list(saidwhat.pipeline.parse_batches(texts, text=lambda t: t))
    assert [[len(t) for t in b] for b in batches] == expected
    assert [t for b in batches for t in b] == texts  # all of them, in order


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")
def test_free_memory_is_given_back_on_glibc() -> None:
    assert saidwhat.pipeline._malloc_trim() is not None
    saidwhat.pipeline.release_free_memory()


def test_records_cross_processes_unchanged() -> None:
    """Workers pickle every result for the parent (records pickle as class + field values)."""
    import pickle

    result = next(saidwhat.pipeline.process_articles([Article(doc="d", text=ARTICLE)]))
    assert result.statements and result.document.body
    back = pickle.loads(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == result and back.records() == result.records()
    span = back.statements[0].content
    assert type(span) is saidwhat.records.Span and ARTICLE[span.start:span.end] == span.text


def test_parsed_documents_are_freed_without_the_cycle_collector() -> None:
    """The per-document caches point back at the doc (a cycle): once the document is processed,
    it must go at once, not wait for a collection (memory over a long run)."""
    import gc
    import weakref

    from saidwhat.parse import load_nlp

    nlp, parsed = load_nlp(), []

    class Recording:
        def pipe(self, texts: Iterable[str], batch_size: int) -> Iterator[object]:
            for doc in nlp.pipe(texts, batch_size=batch_size):
                parsed.append(weakref.ref(doc))
                yield doc

    gc.collect()
    gc.disable()
    try:
        results = list(saidwhat.pipeline.process_articles([Article(doc="d", text=ARTICLE)], nlp=Recording()))
        assert results[0].statements and len(parsed) == 1
        assert parsed[0]() is None
    finally:
        gc.enable()


def _on_pty(columns: int, total: int | None, n: int) -> list[str]:
    """What a Progress bar draws on a terminal that reports `columns` columns, after `n` documents."""
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    with os.fdopen(slave, "w", buffering=1) as stream, Progress(total, stream=stream, delay=0) as p:
        for i in range(n):
            p.update(_result(f"d{i}", statements=2))
    import select

    chunks = []
    while select.select([master], [], [], 0.5)[0]:  # everything written, however the pty splits it
        try:
            chunk = os.read(master, 1 << 16)
        except OSError:  # the other side is closed and drained
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    out = b"".join(chunks).decode("utf-8", "replace")
    return [line.strip() for line in out.replace("\r\n", "\r").split("\r") if line.strip()]


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_a_terminal_that_reports_no_width_gets_a_whole_bar(monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    monkeypatch.delenv("COLUMNS", raising=False)
    last = _on_pty(0, total=40, n=5)[-1]
    assert "5/40" in last and "10 statements" in last
    assert re.search(r"\|[^|]{10,}\|", last), last  # a bar you can see, not one character
    assert len(last) <= 80


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
@pytest.mark.parametrize(("columns", "says"), [(40, "5/40 12% "), (20, "5/40"), (100, "5/40 [")])
def test_the_bar_fits_a_narrow_terminal(monkeypatch: pytest.MonkeyPatch, columns: int, says: str) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    lines = _on_pty(columns, total=40, n=5)
    assert says in lines[-1]
    assert all(len(line) <= columns for line in lines), lines


def test_ingest_bar_counts_unchanged_documents_toward_its_total(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from saidwhat.run import jobs
    from saidwhat.store import open_db

    def fake_run_local(articles, **_):  # noqa: ANN001, ANN003, ANN202
        for a in articles:
            yield _result(a.doc, statements=1)

    monkeypatch.setattr(saidwhat.run.local, "run_local", fake_run_local)
    con = open_db(tmp_path / "t.db", write=True)
    articles = [Article(doc=f"d{i}", text=f"text {i}") for i in range(3)]
    jobs.ingest(con, articles[:2])
    term = Terminal()
    with Progress(total=3, stream=term, delay=0) as p:
        stats = jobs.ingest(con, articles, on_document=p.update, on_passed_over=p.skip, total=3)
    con.close()
    assert (stats.new, stats.unchanged) == (1, 2)
    assert "3/3" in term.getvalue() and "00:00<00:00" in term.getvalue()
