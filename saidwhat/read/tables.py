"""CSV and TSV input: a header row, then one article per row, with the field names of JSON Lines.

The file is streamed row by row. Its encoding is UTF-8 (a byte-order mark is dropped), the
`--encoding` given, or one detected with confidence; a field may hold newlines when quoted, and
the text is kept as written (no newline translation), so spans index the field as given.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from saidwhat.read.checks import binary_reason, problem
from saidwhat.read.fields import FieldWarnings, ReadOptions
from saidwhat.records import Article

_SAMPLE = 1 << 20  # bytes looked at to detect the encoding and the dialect
_CHUNK = 1 << 16

# (row, doc id if none is given, where, size limit, format, options) -> the row's article
RowReader = Callable[[dict[str, Any], str, str, int, str, ReadOptions], Article]


def table_articles(path: Path, stem: str, limit: int, options: ReadOptions,
                   row_article: RowReader) -> Iterator[Article]:
    fmt = "tsv" if path.suffix.lower() in (".tsv", ".tab") else "csv"
    source = str(path)
    with path.open("rb") as f:
        head = f.read(_SAMPLE)
    if not head.strip():
        yield problem(stem, source, fmt, "empty: there is no text in it")
        return
    if b"\x00" in head and not (options.encoding or "").lower().replace("-", "").startswith(("utf16", "utf32")):
        yield problem(stem, source, fmt, binary_reason(head) or "binary file")
        return
    encoding, reason = _encoding(path, head, options.encoding)
    if encoding is None:
        yield problem(stem, source, fmt, reason or "unreadable")
        return
    csv.field_size_limit(max(limit, 1 << 17))
    with path.open("r", encoding=encoding, newline="", errors="strict") as f:
        reader = csv.DictReader(f, dialect=_dialect(head, encoding, fmt))
        fields = FieldWarnings(source, options)
        n = 0
        try:
            if not reader.fieldnames:
                yield problem(stem, source, fmt, "no header row; the first row must name the fields "
                                                 "(id, text, title, url, published, outlet)")
                return
            reader.fieldnames = [h.strip() for h in reader.fieldnames]
            fields.see(reader.fieldnames)
            for n, row in enumerate(reader, start=1):
                cells = {k: v for k, v in row.items() if k is not None}
                if not any((v or "").strip() for v in cells.values()):
                    continue  # a blank row is no article
                yield row_article(cells, f"{stem}:{n}", f"{source}:row {n}", limit, fmt, options)
        except (csv.Error, UnicodeDecodeError) as e:
            yield problem(f"{stem}:{n + 1}", f"{source}:row {n + 1}", fmt,
                          f"damaged {fmt.upper()} file: {e}, at row {n + 1}; the rows before it are read")


def _encoding(path: Path, head: bytes, given: str | None) -> tuple[str | None, str | None]:
    """The encoding to read the file in, or (None, reason)."""
    if given:
        return given, None
    if _is_utf8(path):
        return "utf-8-sig", None
    from saidwhat.read.encodings import guess_encoding

    guess = guess_encoding(head)
    if guess is None or not guess[1]:
        likely = f"; it may be {' or '.join(guess[2])}" if guess else ""
        return None, (f"not UTF-8, and its encoding could not be told with confidence{likely}; give "
                      "it with --encoding (cp1252 for most Windows files, latin-1, ...)")
    return guess[0], None


def _is_utf8(path: Path) -> bool:
    """Whether the whole file is UTF-8, read in chunks (a CSV of a million rows is never held)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as f:
            while chunk := f.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _dialect(head: bytes, encoding: str, fmt: str) -> type[csv.Dialect]:
    """Tabs for TSV; for CSV, the header's delimiter (`,`, or `;` as Excel writes in much of
    Europe, or `|`), with the usual double quotes."""
    if fmt == "tsv":
        return csv.excel_tab
    header = head.decode(encoding, errors="ignore").split("\n", 1)[0]
    delimiter = max(",;|", key=header.count)
    if header.count(delimiter) == 0:
        return csv.excel

    class Sniffed(csv.excel):
        pass

    Sniffed.delimiter = delimiter
    return Sniffed
