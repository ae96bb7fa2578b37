"""One reader per input format; each maps a path to the articles in it.

A reader never raises for bad content: it yields an Article with `problem` set instead.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from saidwhat.read.checks import MAX_TEXT_BYTES, binary_reason, decode, problem, too_large
from saidwhat.read.fields import DEFAULT_OPTIONS, FieldWarnings, ReadOptions, parse_given_date, pick
from saidwhat.records import Article

log = logging.getLogger("saidwhat.read")

# (path, doc id, size limit in bytes, how to read the user's files) -> articles
Reader = Callable[[Path, str, int, ReadOptions], Iterator[Article]]

_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def read_txt(path: Path, doc: str, limit: int = MAX_TEXT_BYTES,
             options: ReadOptions = DEFAULT_OPTIONS) -> Iterator[Article]:
    size = path.stat().st_size
    if size > limit:  # checked before reading so a huge file never reaches memory
        yield problem(doc, str(path), "txt", too_large(size, limit))
        return
    text, reason = decode(path.read_bytes(), limit, encoding=options.encoding, where=str(path))
    if text is not None and not text.strip():
        text, reason = None, "empty: there is no text in it"
    if reason:
        yield problem(doc, str(path), "txt", reason)
        return
    # decoding bytes ourselves is open(p, encoding="utf-8", newline="") minus newline translation
    yield Article(doc=doc, text=text, source=str(path), fmt="txt")


def read_html(path: Path, doc: str, limit: int = MAX_TEXT_BYTES,
              options: ReadOptions = DEFAULT_OPTIONS) -> Iterator[Article]:
    size = path.stat().st_size
    if size > limit:
        yield problem(doc, str(path), "html", too_large(size, limit))
        return
    data: bytes | str = path.read_bytes()
    if options.encoding:  # given: it wins over what the page declares
        data, reason = decode(data, limit, encoding=options.encoding, where=str(path))
        if data is None:
            yield problem(doc, str(path), "html", reason or "unreadable")
            return
    yield html_article(data, doc, str(path), "html", limit)


def html_article(data: bytes | str, doc: str, source: str, fmt: str, limit: int = MAX_TEXT_BYTES,
                 url: str | None = None) -> Article:
    """The main text of an HTML page (trafilatura), with its title, date, url and site name."""
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "surrogatepass"))
    if size > limit:
        return problem(doc, source, fmt, too_large(size, limit))
    if not data.strip():
        return problem(doc, source, fmt, "empty: there is no HTML in it")
    # not decoded here: pages come in many encodings and trafilatura detects them
    reason = binary_reason(data) if isinstance(data, bytes) else None
    if reason:
        return problem(doc, source, fmt, reason)
    import trafilatura  # heavy: imported only when HTML is actually read

    try:
        got = trafilatura.bare_extraction(
            data, url=url, with_metadata=True, include_comments=False,
            date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception as e:  # a broken page must not stop the run
        return problem(doc, source, fmt, f"the HTML could not be parsed ({e}); check the file")
    text = getattr(got, "text", None) if got is not None else None
    if not text or not text.strip():
        return problem(doc, source, fmt, "no main text found in the HTML page; is it an article?")
    date = getattr(got, "date", None)
    site = getattr(got, "sitename", None)
    host = getattr(got, "hostname", None)
    return Article(
        doc=doc, text=text, title=getattr(got, "title", None) or None,
        url=url or getattr(got, "url", None) or None,
        published=date[:10] if date and _DATE.fullmatch(date[:10]) else None,
        # trafilatura falls back to the host name; only a real site name counts as given
        outlet=site if site and site != host and "." not in site else None,
        source=source, fmt=fmt, emit_text=True)


def read_jsonl(path: Path, doc: str, limit: int = MAX_TEXT_BYTES,
               options: ReadOptions = DEFAULT_OPTIONS) -> Iterator[Article]:
    with path.open("rb") as f:
        yield from jsonl_articles(f, doc, str(path), limit, options)


def jsonl_articles(stream: IO[bytes], stem: str, source: str, limit: int = MAX_TEXT_BYTES,
                   options: ReadOptions = DEFAULT_OPTIONS) -> Iterator[Article]:
    """One article per line, read lazily; a bad line becomes a problem article `stem:line`."""
    offset = 0
    fields = FieldWarnings(source, options)
    for n, line in enumerate(_lines(stream, limit), start=1):
        where, at = f"{stem}:{n}", f"{source}:{n}"
        size = line if isinstance(line, int) else len(line)
        if isinstance(line, int):
            yield problem(where, at, "jsonl", "line " + str(n) + " is " + too_large(line, limit))
        else:
            yield from _jsonl_line(line, where, at, limit, offset, options, fields)
        offset += size


def _lines(stream: IO[bytes], limit: int) -> Iterator[bytes | int]:
    """Lines as bytes; a line over `limit` is skipped in chunks and reported by its length."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            size = len(line)
            while line and not line.endswith(b"\n"):
                line = stream.readline(1 << 20)
                size += len(line)
            yield size
        else:
            yield line


def _jsonl_line(line: bytes, where: str, at: str, limit: int, offset: int, options: ReadOptions,
                fields: FieldWarnings) -> Iterable[Article]:
    if not line.strip():
        return []  # blank lines separate nothing in JSON Lines; not an article
    text, reason = decode(line, limit, offset, encoding=options.encoding, where=at)
    if text is None:
        return [problem(where, at, "jsonl", f"line {where.rsplit(':', 1)[1]}: {reason}")]
    try:
        obj: Any = json.loads(text)
    except json.JSONDecodeError as e:
        return [problem(where, at, "jsonl", f"not valid JSON ({e.msg} at column {e.colno}); "
                                            "each line must be one JSON object")]
    if not isinstance(obj, dict):
        return [problem(where, at, "jsonl", "the line is JSON but not an object; expected "
                                            '{"id": ..., "text": ...}')]
    fields.see(obj)
    return [record_article(obj, where, at, limit, "jsonl", options)]


def record_article(obj: dict[str, Any], where: str, at: str, limit: int, fmt: str,
                   options: ReadOptions) -> Article:
    """The article in one JSON Lines object or CSV row, its fields found by any accepted name."""
    _, given_id = pick(obj, "id", options)
    doc = str(given_id) if given_id is not None and str(given_id).strip() else where
    if doc == where:
        log.warning("%s: no \"id\"; using %s", at, where)
    meta = {}
    for what in ("title", "url", "outlet"):
        _, value = pick(obj, what, options)
        meta[what] = value.strip() if isinstance(value, str) and value.strip() else None
    date_name, date_value = pick(obj, "published", options)
    given = parse_given_date(date_value) if date_name else None
    if date_name and given is None:
        log.warning("%s: %s %r is not a date saidwhat can read; ignored", at, date_name, date_value)
    published, precision = (given.date, given.precision) if given else (None, None)
    text_name, text = pick(obj, "text", options)
    _, html = pick(obj, "html", options)
    if isinstance(text, str):
        if not text.strip():
            return problem(doc, at, fmt, f"empty: the \"{text_name}\" field is blank")
        if len(text.encode("utf-8", "surrogatepass")) > limit:
            return problem(doc, at, fmt, too_large(len(text.encode("utf-8", "surrogatepass")), limit))
        return Article(doc=doc, text=text, title=meta["title"], url=meta["url"], published=published,
                       outlet=meta["outlet"], source=at, fmt=fmt, published_precision=precision)
    if isinstance(html, str) and html.strip():
        art = html_article(html, doc, at, fmt, limit, url=meta["url"])
        # given metadata wins over what the page says
        art.title = meta["title"] or art.title
        art.published = published or art.published
        art.published_precision = precision if published else art.published_precision
        art.outlet = meta["outlet"] or art.outlet
        return art
    if text_name is None and obj.get("text") == "":
        return problem(doc, at, fmt, "empty: the \"text\" field is blank")
    others = [n for n in options.names("text") if n != "text"]
    nor = f" (nor {', '.join(others)})" if others else ""
    return problem(doc, at, fmt, f'no "text" or "html" string in it{nor}; name the field that holds '
                                 "the article with --field text=NAME")


def read_warc(path: Path, doc: str, limit: int = MAX_TEXT_BYTES,
              options: ReadOptions = DEFAULT_OPTIONS) -> Iterator[Article]:
    """Each HTML response (or WET text conversion) record is one article (see `warc_articles`)."""
    with path.open("rb") as f:
        skipped: Counter[str] = Counter()
        yield from warc_articles(f, doc, str(path), path.name, limit, skipped)
        if skipped:
            log.info("%s: records that are no article: %s", path,
                     ", ".join(f"{n} {why}" for why, n in sorted(skipped.items())))


def warc_articles(stream: IO[bytes], doc: str, source: str, name: str, limit: int = MAX_TEXT_BYTES,
                  skipped: Counter[str] | None = None) -> Iterator[Article]:
    """The articles of the WARC file open as `stream` (`source` and `name` say where it is, for
    messages; `doc` names a damaged file's record when no record id is known).

    Reading is bounded (see `streams`); damage (a cut-short or corrupt file) ends the file with one
    problem article that names it, after every article before the damage. Records that are no
    article (requests, metadata, non-HTML responses, HTTP statuses other than 200) are counted in
    `skipped` by reason.
    """
    from saidwhat.read.streams import Damaged, warc_records

    skipped = Counter() if skipped is None else skipped
    n, n_record, record = 0, 0, None
    try:
        for n_record, record in enumerate(warc_records(stream, limit), start=1):
            art = _warc_article(record, source, limit, skipped)
            _drain(record, name, n_record)  # a cut-short record is damage, not an article
            record = None
            if art is not None:
                n += 1
                yield art
        if n_record == 0:
            raise Damaged("empty: there is no WARC record in it" if _empty(stream)
                          else "not a WARC file: no WARC record could be read from it")
    except Exception as e:  # damaged archive: report it and go on with the next path
        lost = _record_id(record) if record is not None else None
        yield problem(lost or doc, source, "warc", _one_line(
            f"damaged WARC file: {_damage(e)}, in {name}; read before the damage: {n} "
            f"article{'s' * (n != 1)}; check or re-download the file"))


def _empty(stream: IO[bytes]) -> bool:
    """Whether nothing was read from `stream`: an empty file, not a file of something else."""
    try:
        return stream.tell() == 0
    except (OSError, AttributeError, ValueError):  # not seekable: say what is certain
        return False


def _damage(e: Exception) -> str:
    """What is wrong, in words; never the raw bytes that warcio quotes in its own messages."""
    from warcio.exceptions import ArchiveLoadFailed
    from warcio.statusandheaders import StatusAndHeadersParserException

    from saidwhat.read.streams import Damaged

    if isinstance(e, Damaged):
        return str(e)
    if isinstance(e, (ArchiveLoadFailed, StatusAndHeadersParserException)):
        return "corrupt: a record does not start with valid WARC headers (a wrong Content-Length?)"
    return f"corrupt: {type(e).__name__}"


def _warc_article(record: Any, source: str, limit: int, skipped: Counter[str]) -> Article | None:
    """The article in `record`, or None; a record whose payload cannot be decoded (bad chunked
    or gzip transfer encoding) is a problem article, and the next record is read as usual."""
    from saidwhat.read.streams import Damaged

    try:
        return _warc_record(record, source, limit, skipped)
    except Damaged:
        raise
    except Exception as e:
        doc = _record_id(record) or source
        return problem(doc, f"{source}#{doc}", "warc", _one_line(
            f"the WARC record could not be decoded ({type(e).__name__}: {e}); the other records are read"))


def _drain(record: Any, name: str, n_record: int) -> None:
    """Read `record` to its end; raise Damaged when the file ends before its Content-Length."""
    from saidwhat.read.streams import Damaged

    raw = record.raw_stream
    length = record.rec_headers.get_header("Content-Length") if record.format == "warc" else "0"
    if not isinstance(getattr(raw, "limit", None), int) or not (length or "").strip().isdigit():
        # every WARC record states its length; warcio reads a missing or bad one as "to the end"
        raise Damaged(f"corrupt or truncated: record {n_record} has no valid Content-Length")
    while raw.read(1 << 16):
        pass
    if raw.limit > 0:  # a LimitReader: bytes promised but never there
        raise Damaged(f"truncated: record {n_record} ({_record_id(record)}) ends {raw.limit} bytes short")


def _record_id(record: Any) -> str | None:
    rid = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
    return rid or record.rec_headers.get_header("WARC-Target-URI") or None


def _one_line(message: str, most: int = 400) -> str:
    """`message` on one line (warcio quotes raw bytes in its errors), at most `most` characters."""
    flat = " ".join(message.split())
    return flat if len(flat) <= most else flat[:most - 1] + "…"


def _warc_record(record: Any, source: str, limit: int, skipped: Counter[str]) -> Article | None:
    if record.rec_type not in ("response", "conversion"):
        skipped[f"{record.rec_type} records"] += 1  # requests, metadata, warcinfo: not articles
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI")
    doc = _record_id(record) or source
    at = f"{source}#{uri or doc}"
    if record.rec_type == "conversion":  # WET: the text is already extracted
        text, reason = decode(record.content_stream().read(limit + 1), limit)
        if text is None:
            return problem(doc, at, "warc", reason or "unreadable record")
        return Article(doc=doc, text=text, url=uri, source=at, fmt="warc", emit_text=True)
    ctype = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
    if "html" not in ctype.lower():
        log.debug("%s: not HTML (%s); not an article", at, ctype)
        skipped["not HTML"] += 1
        return None
    status = record.http_headers.get_statuscode() if record.http_headers else None
    if status != "200":  # an error page, a redirect: the site's words, not an article
        log.debug("%s: HTTP status %s; not an article", at, status)
        skipped[f"HTTP status {status}"] += 1
        return None
    data = record.content_stream().read(limit + 1)
    art = html_article(data, doc, at, "warc", limit, url=uri)
    art.url = uri or art.url
    return art


def read_csv(path: Path, doc: str, limit: int = MAX_TEXT_BYTES,
             options: ReadOptions = DEFAULT_OPTIONS) -> Iterator[Article]:
    from saidwhat.read.tables import table_articles

    yield from table_articles(path, doc, limit, options, record_article)


def read_parquet(path: Path, doc: str, limit: int = MAX_TEXT_BYTES,
                 options: ReadOptions = DEFAULT_OPTIONS) -> Iterator[Article]:
    from saidwhat.read.parquet import read_parquet as read

    yield from read(path, doc, limit, options)


READERS: dict[str, Reader] = {
    ".txt": read_txt, ".text": read_txt,
    ".html": read_html, ".htm": read_html,
    ".jsonl": read_jsonl, ".ndjson": read_jsonl,
    ".csv": read_csv, ".tsv": read_csv, ".tab": read_csv,
    ".parquet": read_parquet,
    ".warc": read_warc, ".warc.gz": read_warc, ".wet": read_warc, ".wet.gz": read_warc,
}


def extension(path: Path) -> str:
    """The registered extension of `path` (longest match, so `.warc.gz` beats `.gz`), else its suffix."""
    name = path.name.lower()
    for ext in sorted(READERS, key=len, reverse=True):
        if name.endswith(ext) and len(name) > len(ext):
            return ext
    return path.suffix.lower()
