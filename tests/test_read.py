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
        {"id": "a3", "text": "Bad date.", "date": "30/01/2022"},
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
    with caplog.at_level(logging.WARNING, logger="saidwhat.read"):
        missing, good = read(tmp_path / "nope" / "gone.txt", ok)
    assert missing.unreadable and missing.doc == "gone" and "no such file" in (missing.problem or "")
    assert good.problem is None
    assert "gone.txt" in caplog.text


@pytest.mark.parametrize("name, says", [("data.csv", "unsupported file type .csv"),
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
