"""Turn raw bytes into text, or into a sentence saying why they cannot be used."""

from __future__ import annotations

import logging
import re

from saidwhat.records import Article

log = logging.getLogger("saidwhat.read")

MAX_TEXT_BYTES = 10 * 1024 * 1024  # larger inputs are almost always dumps, not articles
_SNIFF = 8192  # bytes looked at to tell binary from text (NUL bytes are looked for everywhere)
_SURROGATE = re.compile("[\ud800-\udfff]")  # in a str only as a lone surrogate: not valid Unicode


def problem(doc: str, source: str, fmt: str, message: str, *, unreadable: bool = False) -> Article:
    """An article that cannot be processed. Its reason is on its record, and the commands print
    each skipped document once (`saidwhat: skipped DOC: reason`), so this log is for -v only."""
    log.info("%s: %s", source or doc, message)
    return Article(doc=doc, text=None, source=source, fmt=fmt, problem=message, unreadable=unreadable)


def too_large(size: int, limit: int) -> str:
    return (f"too large: {_size(size)} of text, the limit is {_size(limit)}; "
            "split the file, or raise the limit with --max-bytes")


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n / 1e3:.1f} kB"


def binary_reason(data: bytes) -> str | None:
    """Why `data` looks like a binary file (NUL bytes, mostly control bytes), or None."""
    head = data[:_SNIFF]
    if b"\x00" in data:  # the whole input: one memchr, as cheap as the head
        return "binary file (it contains NUL bytes); give text, HTML, JSON Lines or WARC instead"
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    undecodable = head.decode("utf-8", errors="replace").count("\ufffd")
    if head and (controls + undecodable) / len(head) > 0.3:
        return "binary file (mostly non-text bytes); give text, HTML, JSON Lines or WARC instead"
    return None


def decode(data: bytes, limit: int = MAX_TEXT_BYTES, base_offset: int = 0, encoding: str | None = None,
           where: str = "") -> tuple[str | None, str | None]:
    """(text, None) for usable text, else (None, reason a person can act on).

    Text is UTF-8 unless `encoding` (`--encoding`) is given; bytes that are not UTF-8 are read
    in a detected legacy encoding when the detection is confident (see `encodings`).
    """
    if len(data) > limit:
        return None, too_large(len(data), limit)
    if not data.strip():
        return None, "empty: there is no text in it"
    if encoding and encoding.replace("-", "").replace("_", "").lower() not in ("utf8", "ascii"):
        from saidwhat.read.encodings import decode_legacy

        reason = b"\x00" in data and binary_reason(data)  # UTF-16 has NUL bytes; a binary file too
        if reason and not encoding.lower().startswith(("utf16", "utf-16", "utf_16", "utf32", "utf-32", "utf_32")):
            return None, reason
        return decode_legacy(data, encoding, where)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        reason = binary_reason(data)
        if reason:
            return None, reason
        from saidwhat.read.encodings import decode_legacy

        bad = data[e.start:e.start + 1].hex()
        if encoding:  # UTF-8 was asked for
            return None, (f"not UTF-8: invalid byte 0x{bad} at byte offset {base_offset + e.start}; "
                          "give the file's encoding with --encoding, or re-encode it as UTF-8")
        text, why = decode_legacy(data, None, where)
        if text is None:
            return None, f"{why} (the first byte that is not UTF-8: 0x{bad} at byte offset {base_offset + e.start})"
        return text, None
    reason = binary_reason(data)
    if reason:
        return None, reason
    return text, None


def text_reason(text: str) -> str | None:
    """Why a decoded text cannot be processed (a NUL character, a lone surrogate), or None.

    Checked on every text a reader yields, whatever its format: JSON Lines can spell both
    (`\\u0000`, `\\ud800`), and a lone surrogate cannot even be written out as UTF-8.
    """
    nul = text.find("\x00")
    if nul >= 0:
        return (f"binary data: a NUL character at character {nul}; "
                "give text, HTML, JSON Lines or WARC instead")
    m = _SURROGATE.search(text)
    if m:
        return (f"not valid Unicode: a lone surrogate (\\u{ord(m.group()):04x}) at character {m.start()}; "
                "fix the program that wrote the file, or replace it with U+FFFD")
    return None


def clean_label(value: str) -> str:
    """A label (document id, title, url, path) with any lone surrogate replaced by U+FFFD:
    a file name that is not UTF-8 or a bad JSON escape must not stop its record from being written."""
    return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value


def checked(article: Article) -> Article:
    """`article` made safe for every later stage: labels with a lone surrogate get U+FFFD, and a
    text with a NUL character or a lone surrogate becomes a problem (skipped, with the reason)."""
    for name in ("doc", "title", "url", "outlet", "published", "source", "problem"):
        value = getattr(article, name)
        if value:
            setattr(article, name, clean_label(value))
    if article.text is not None:
        reason = text_reason(article.text)
        if reason:
            log.info("%s: %s", article.source or article.doc, reason)
            article.text, article.problem, article.emit_text = None, reason, False
    return article
