"""The read stage: every format, and every kind of bad input, on tiny literal files."""

from __future__ import annotations

import io
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from saidwhat.read import READERS, read_paths
from saidwhat.records import Article

ARTICLE = "Lavrov said NATO was a threat.\r\n\r\nHe spoke on Friday.\n"
HTML = """<html><head><title>Lavrov says NATO is a threat | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="og:url" content="https://example.com/2022/01/28/lavrov">
<meta name="date" content="2022-01-28"></head><body><nav>Home | World | Sign up</nav>
<article><h1>Lavrov says NATO is a threat</h1>
<p>Russian Foreign Minister Sergei Lavrov said on Friday that NATO was a threat to Russia and that
Moscow would respond to any expansion of the alliance.</p>
<p>"We don't want war," he said in an interview with radio stations. The remarks came as tensions
mounted along the border.</p></article><footer>Copyright 2022 Example News</footer></body></html>"""


def read(*paths: Path | str, **kw: int) -> list[Article]:
    return list(read_paths([str(p) for p in paths], **kw))


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def jsonl(*lines: object) -> str:
    return "".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines)


# --- formats -------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["a.txt", "a.text", "a.TXT"])
def test_txt_is_read_without_newline_translation(tmp_path: Path, name: str) -> None:
    [a] = read(write(tmp_path / name, ARTICLE))
    assert (a.doc, a.text, a.fmt, a.problem, a.emit_text) == ("a", ARTICLE, "txt", None, False)
    with open(tmp_path / name, encoding="utf-8", newline="") as f:
        assert a.text == f.read()


def test_html_gives_main_text_and_metadata(tmp_path: Path) -> None:
    [a] = read(write(tmp_path / "page.htm", HTML))
    assert a.problem is None and a.emit_text and a.fmt == "html" and a.doc == "page"
    assert "Lavrov said on Friday that NATO was a threat" in (a.text or "")
    assert "Sign up" not in (a.text or "") and "Copyright" not in (a.text or "")
    assert (a.title, a.published, a.url) == ("Lavrov says NATO is a threat", "2022-01-28",
                                             "https://example.com/2022/01/28/lavrov")


def test_jsonl_articles_and_metadata(tmp_path: Path) -> None:
    p = write(tmp_path / "batch.ndjson", jsonl(
        {"id": "a1", "text": "Lavrov said so.", "title": "T", "url": "https://x.org/1", "date": "2022-01-30",
         "outlet": "AP"},
        "",  # blank lines are not articles
        {"id": 7, "html": HTML},
        {"id": "a3", "text": "Bad date.", "date": "the day after"},
    ))
    a, b, c = read(p)
    assert (a.doc, a.text, a.title, a.url, a.published, a.outlet, a.fmt) == (
        "a1", "Lavrov said so.", "T", "https://x.org/1", "2022-01-30", "AP", "jsonl")
    assert b.doc == "7" and b.emit_text and "NATO was a threat" in (b.text or "")
    assert c.published is None and c.problem is None


def test_jsonl_from_stdin_is_lazy(monkeypatch: pytest.MonkeyPatch) -> None:
    class OneLineThenFail(io.BytesIO):
        def readline(self, size: int | None = -1) -> bytes:
            if self.tell():
                raise AssertionError("read past the first article")
            return super().readline(size)

    raw = OneLineThenFail(jsonl({"id": "s1", "text": "Hello there."}).encode())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(raw))
    articles = read_paths(["-"])
    assert isinstance(articles, Iterator)
    assert next(articles).doc == "s1"


def test_warc_html_responses_are_articles(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=True)
        for uri, ctype, body in [("https://example.com/a", "text/html; charset=utf-8", HTML.encode()),
                                 ("https://example.com/x.png", "image/png", b"\x89PNG\x00")]:
            hh = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=hh))
    [a] = read(path)
    assert a.doc.startswith("urn:uuid:") and a.url == "https://example.com/a"
    assert a.fmt == "warc" and a.emit_text and "NATO was a threat" in (a.text or "")


def test_directory_is_recursive_sorted_and_skips_nothing_silently(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "Second.")
    write(tmp_path / "a" / "z.txt", "First.")
    write(tmp_path / "a" / "notes.pdf", b"%PDF-1.4")
    write(tmp_path / ".hidden.txt", "Ignored.")
    write(tmp_path / ".git" / "x.txt", "Ignored.")
    write(tmp_path / "c.jsonl", jsonl({"id": "c1", "text": "Third."}, "{broken"))
    got = [(a.doc, a.problem) for a in read(tmp_path)]
    assert [d for d, _ in got] == ["a/notes", "a/z", "b", "c1", "c:2"]
    assert got[0][1] is not None and ".pdf" in got[0][1]
    assert got[1][1] is None and got[2][1] is None and "not valid JSON" in (got[4][1] or "")


def test_registry_covers_the_contract() -> None:
    assert {".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson", ".warc", ".warc.gz"} <= set(READERS)


# --- bad input -----------------------------------------------------------------------------

@pytest.mark.parametrize("data, says", [
    (b"", "empty"),
    (b" \n\t\r\n", "empty"),
    ("\u00a0\u2003\n".encode(), "empty"),
    (b"PK\x03\x04\x00\x00binary", "binary"),
    (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 20, "binary"),
])
def test_bad_text_files(tmp_path: Path, data: bytes, says: str) -> None:
    [a] = read(write(tmp_path / "bad.txt", data))
    assert a.text is None and says in (a.problem or "") and not a.unreadable and a.doc == "bad"


def test_invalid_utf8_says_where(tmp_path: Path) -> None:
    [a] = read(write(tmp_path / "latin.txt", b"Caf\xe9 au lait"))
    assert "not UTF-8" in (a.problem or "") and "byte offset 3" in (a.problem or "")


def test_invalid_utf8_in_jsonl_counts_from_file_start(tmp_path: Path) -> None:
    first = jsonl({"id": "ok", "text": "Fine."}).encode()
    before = b'{"id": "b", "text": "caf'
    [ok, bad] = read(write(tmp_path / "x.jsonl", first + before + b'\xe9"}\n'))
    assert ok.problem is None and bad.doc == "x:2"
    assert f"byte offset {len(first) + len(before)}" in (bad.problem or "")


def test_too_large(tmp_path: Path) -> None:
    [a] = read(write(tmp_path / "big.txt", "word " * 100), max_bytes=100)
    assert "too large" in (a.problem or "")
    [b, c] = read(write(tmp_path / "big.jsonl", jsonl({"id": "x", "text": "w " * 100}, {"id": "y", "text": "ok."})),
                  max_bytes=100)
    assert "too large" in (b.problem or "") and c.doc == "y" and c.problem is None


@pytest.mark.parametrize("line, doc, says", [
    ("{not json", "f:1", "not valid JSON"),
    ("[1, 2]", "f:1", "not an object"),
    ('{"id": "q"}', "q", 'no "text" or "html"'),
    ('{"id": "q", "text": "  "}', "q", "empty"),
    ('{"id": "q", "text": 5}', "q", 'no "text" or "html"'),
])
def test_bad_jsonl_lines(tmp_path: Path, line: str, doc: str, says: str) -> None:
    [a] = read(write(tmp_path / "f.jsonl", line + "\n"))
    assert a.doc == doc and a.text is None and says in (a.problem or "")


def test_jsonl_without_id_gets_stem_and_line(tmp_path: Path) -> None:
    [a, b] = read(write(tmp_path / "f.jsonl", jsonl({"id": "a", "text": "A."}, {"text": "No id here."})))
    assert (b.doc, b.text, b.problem) == ("f:2", "No id here.", None)


def test_missing_path_is_unreadable_and_the_run_goes_on(tmp_path: Path,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    ok = write(tmp_path / "ok.txt", "Fine.")
    with caplog.at_level(logging.INFO, logger="saidwhat.read"):  # the commands print it once
        missing, good = read(tmp_path / "nope" / "gone.txt", ok)
    assert missing.unreadable and missing.doc == "gone" and "no such file" in (missing.problem or "")
    assert good.problem is None
    assert "gone.txt" in caplog.text


@pytest.mark.parametrize("name, says", [("data.xlsx", "unsupported file type .xlsx"),
                                        ("README", "unsupported file type (no extension)")])
def test_unsupported_file_given_directly(tmp_path: Path, name: str, says: str) -> None:
    [a] = read(write(tmp_path / name, "a,b\n"))
    assert says in (a.problem or "") and not a.unreadable


@pytest.mark.parametrize("html, says", [("", "empty"), ("<html><body><script>var x = 1;</script></body></html>", "no main text")])
def test_bad_html(tmp_path: Path, html: str, says: str) -> None:
    [a] = read(write(tmp_path / "p.html", html))
    assert a.text is None and says in (a.problem or "")


def test_damaged_warc_is_reported(tmp_path: Path) -> None:
    [a] = read(write(tmp_path / "bad.warc.gz", b"\x1f\x8b\x08\x00garbage" * 10))
    assert a.doc == "bad" and "damaged" in (a.problem or "")


def test_jsonl_from_a_text_only_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(jsonl({"id": "s1", "text": "Hé."}, "oops")))
    assert [(a.doc, a.text, bool(a.problem)) for a in read_paths(["-"])] == [("s1", "Hé.", False),
                                                                             ("stdin:2", None, True)]


# --- hostile and damaged input (issue 17: nothing hangs, nothing crashes, nothing is lost) ----

def _warc(records: int = 3, gz: bool = True) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    w = WARCWriter(out, gzip=gz)
    for i in range(records):
        page = HTML.replace("NATO was a threat", f"NATO was threat number {i}")
        hh = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(f"https://example.com/{i}", "response",
                                            payload=io.BytesIO(page.encode()), http_headers=hh))
    return out.getvalue()


def _gzip_bomb(megabytes: int) -> bytes:
    import zlib

    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(1 << 20)
    return b"".join(c.compress(zeros) for _ in range(megabytes)) + c.flush()


def test_gzip_bomb_stops_at_the_size_limit(tmp_path: Path) -> None:
    import tracemalloc

    path = write(tmp_path / "bomb.warc.gz", _gzip_bomb(50))  # 50 MB of zeros in ~50 KB
    assert path.stat().st_size < 100_000
    tracemalloc.start()
    try:
        [a] = read(path, max_bytes=1_000_000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 15_000_000  # a few times the limit, never the 50 MB
    assert a.doc == "bomb" and a.text is None and not a.unreadable
    assert "bomb.warc.gz" in (a.problem or "") and "1.0 MB (the size limit)" in (a.problem or "")


def test_gzip_bomb_inside_a_valid_warc_record_stops_at_the_size_limit(tmp_path: Path) -> None:
    import time
    import zlib

    head = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:bomb>\r\n"
            b"WARC-Target-URI: https://example.com/bomb\r\n"
            b"Content-Type: application/http; msgtype=response\r\nContent-Length: 200000044\r\n\r\n"
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n")
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(1 << 20)
    bomb = c.compress(head) + b"".join(c.compress(zeros) for _ in range(200)) + c.flush()
    start = time.monotonic()
    before, a = read(write(tmp_path / "b.warc.gz", _warc(1) + bomb + _warc(1)), max_bytes=1_000_000)
    assert time.monotonic() - start < 5  # 200 MB are never decompressed
    assert before.problem is None
    assert a.doc == "urn:uuid:bomb" and "a gzip bomb" in (a.problem or "") and "1.0 MB" in (a.problem or "")


@pytest.mark.parametrize("gz", [True, False])
def test_truncated_warc_keeps_the_records_before_the_break_and_reports_it(tmp_path: Path, gz: bool) -> None:
    data = _warc(3, gz)
    full = [a.doc for a in read(write(tmp_path / "full.warc", data))]
    assert len(full) == 3
    for cut in (len(data) * 3 // 4, len(data) // 2 + 7):
        got = read(write(tmp_path / ("cut.warc.gz" if gz else "cut.warc"), data[:cut]))
        ok, bad = [a for a in got if a.problem is None], [a for a in got if a.problem]
        assert [a.doc for a in ok] == full[:len(ok)] and 1 <= len(ok) < 3
        assert len(bad) == 1 and got[-1] is bad[0], got
        reason = bad[0].problem or ""
        assert "cut.warc" in reason and "truncated" in reason and "\n" not in reason


@pytest.mark.parametrize("gz", [True, False])
def test_warc_cut_inside_its_first_record_still_gives_a_document_record(tmp_path: Path, gz: bool) -> None:
    data = _warc(1, gz)
    for cut in (1, 40, len(data) // 2):
        got = read(write(tmp_path / "first.warc.gz", data[:cut]))
        assert len(got) == 1 and got[0].text is None, (cut, got)
        assert "first.warc.gz" in (got[0].problem or "") and "\n" not in (got[0].problem or "")


def test_corrupt_gzip_in_a_warc_is_reported_after_the_good_records(tmp_path: Path) -> None:
    one = _warc(1)
    broken = bytearray(_warc(1))
    broken[len(broken) // 2: len(broken) // 2 + 20] = b"\xff" * 20
    got = read(write(tmp_path / "c.warc.gz", one + bytes(broken) + one))
    assert got[0].problem is None and len(got) == 2
    assert "c.warc.gz" in (got[1].problem or "") and "corrupt" in (got[1].problem or "")


def test_empty_warc_gives_a_document_record(tmp_path: Path) -> None:
    [a] = read(write(tmp_path / "e.warc", b""))
    assert a.doc == "e" and "empty" in (a.problem or "")


def test_warc_with_a_wrong_length_prints_no_payload_and_reasons_are_one_line(
        tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    data = _warc(2, gz=False)
    first_length = data.split(b"Content-Length: ", 1)[1].split(b"\r\n", 1)[0]
    wrong = data.replace(b"Content-Length: " + first_length, b"Content-Length: 100", 1)
    got = read(write(tmp_path / "w.warc", wrong))
    err = capfd.readouterr().err
    assert "Lavrov" not in err and "<html" not in err and "Remainder" not in err
    assert got and all("\n" not in (a.problem or "") for a in got)
    [damage] = [a for a in got if "w.warc" in (a.problem or "")]
    assert (damage.problem or "").startswith("damaged WARC file: ") and "og:site_name" not in (damage.problem or "")


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no FIFOs here")
def test_fifo_is_refused_at_once_directly_and_in_a_directory(tmp_path: Path) -> None:
    import os
    import threading

    write(tmp_path / "a.txt", "Fine.")
    os.mkfifo(tmp_path / "b.txt")
    got: list[Article] = []
    reader = threading.Thread(target=lambda: got.extend(read(tmp_path / "b.txt", tmp_path)), daemon=True)
    reader.start()
    reader.join(10)
    if reader.is_alive():  # unblock the reader so that the test run can end
        with open(tmp_path / "b.txt", "wb"):
            pass
        pytest.fail("reading a FIFO blocked")
    direct, a, b = got
    assert (direct.doc, a.doc, b.doc) == ("b", "a", "b") and a.problem is None
    for art in (direct, b):
        assert art.unreadable and "FIFO" in (art.problem or "") and "not a regular file" in (art.problem or "")


def test_devices_are_refused_without_reading(tmp_path: Path) -> None:
    import os

    if not os.path.exists("/dev/null"):
        pytest.skip("no /dev/null")
    (tmp_path / "null.txt").symlink_to("/dev/null")  # /dev/zero would be read forever
    [a] = read(tmp_path / "null.txt")
    assert a.unreadable and "character device" in (a.problem or "")


def test_nul_bytes_after_the_first_8_kb_are_binary(tmp_path: Path) -> None:
    [a] = read(write(tmp_path / "late.txt", b"word " * 4000 + b"\x00\x00 more words\n"))
    assert a.text is None and "binary" in (a.problem or "")
    [b] = read(write(tmp_path / "late.html", b"<html><body><p>" + b"word " * 4000 + b"\x00</p></body></html>"))
    assert b.text is None and "binary" in (b.problem or "")


@pytest.mark.parametrize("text, says", [("Lavrov said \ud800 it.", "lone surrogate (\\ud800) at character 12"),
                                        ("Lavrov said \x00 it.", "NUL character at character 12")])
def test_bad_characters_in_a_jsonl_text_skip_that_article_only(tmp_path: Path, text: str, says: str) -> None:
    lines = [json.dumps({"id": "a", "text": "Fine."}), json.dumps({"id": "s", "text": text}),
             json.dumps({"id": "b", "text": "Also fine."})]
    a, s, b = read(write(tmp_path / "x.jsonl", "\n".join(lines) + "\n"))
    assert a.problem is None and b.problem is None
    assert s.doc == "s" and s.text is None and says in (s.problem or "") and not s.unreadable


def test_lone_surrogates_in_labels_become_replacement_characters(tmp_path: Path) -> None:
    line = json.dumps({"id": "d\udc00", "title": "T\ud800", "text": "Fine."})
    [a] = read(write(tmp_path / "x.jsonl", line + "\n"))
    assert (a.doc, a.title, a.text, a.problem) == ("d\ufffd", "T\ufffd", "Fine.", None)
    a.doc.encode("utf-8")
