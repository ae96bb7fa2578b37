"""Word lists and small tables as data files, read once per process.

    words("honorifics") -> frozenset of the entries of honorifics.txt
    entries("weekdays") -> the same entries as a tuple, in file order (for lists whose order counts)
    table("kb/countries") -> rows of kb/countries.csv as dicts, in file order

Text files: one entry per line, kept as written (case included); `#` starts a comment, blank lines
are skipped. CSV files: optional `#` comment lines first, then a header row, then one row per
entry with as many fields as the header. Every file says in its header comment what it is for and
where it came from. A missing file, an empty list or a malformed row raises `LexiconError` naming
the file: a lexicon is never silently empty.

Stage rule: any stage may import from here; this module imports nothing from saidwhat.
"""

from __future__ import annotations

import csv
import functools
import io
from pathlib import Path

__all__ = ["DIR", "LexiconError", "entries", "table", "words"]

DIR = Path(__file__).resolve().parent


class LexiconError(ValueError):
    """A lexicon file is missing or cannot be read as its format says."""


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as e:
        raise LexiconError(f"lexicon file {path}: cannot be read ({e.strerror or e})") from e


@functools.cache  # read once per process, never per document
def entries(name: str, root: Path = DIR) -> tuple[str, ...]:
    """The entries of `<root>/<name>.txt` in file order, comments and blank lines left out."""
    path = root / f"{name}.txt"
    out = []
    for line in _read(path).splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            out.append(entry)
    if not out:
        raise LexiconError(f"lexicon file {path}: no entries")
    if len(set(out)) != len(out):
        dup = next(e for e in out if out.count(e) > 1)
        raise LexiconError(f"lexicon file {path}: {dup!r} is listed twice")
    return tuple(out)


@functools.cache
def words(name: str, root: Path = DIR) -> frozenset[str]:
    """The entries of `<root>/<name>.txt` as a set, for membership tests."""
    return frozenset(entries(name, root))


@functools.cache
def _rows(name: str, root: Path) -> tuple[tuple[tuple[str, str], ...], ...]:
    path = root / f"{name}.csv"
    lines = _read(path).splitlines()
    start = next((i for i, line in enumerate(lines) if not line.startswith("#")), len(lines))
    reader = csv.reader(io.StringIO("\n".join(lines[start:])))
    header = next(reader, None)
    if not header or len(set(header)) != len(header) or not all(header):
        raise LexiconError(f"lexicon file {path}: needs a header row of distinct column names")
    rows = []
    for row in reader:
        if not row:
            continue
        if len(row) != len(header):
            raise LexiconError(f"lexicon file {path}, line {start + reader.line_num}: "
                               f"{len(row)} fields, the header has {len(header)}")
        rows.append(tuple(zip(header, row, strict=True)))
    if not rows:
        raise LexiconError(f"lexicon file {path}: no rows")
    return tuple(rows)


def table(name: str, root: Path = DIR) -> list[dict[str, str]]:
    """The rows of `<root>/<name>.csv` as dicts, in file order (a fresh list: callers may change it)."""
    return [dict(row) for row in _rows(name, root)]
