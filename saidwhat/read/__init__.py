"""The read stage: paths (files, directories, `-` for stdin) -> Articles, lazily.

Formats are a registry of readers by extension (`READERS`); adding one is one function.
Bad input never raises: it becomes an Article with `problem` set, and a logged warning.
"""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from saidwhat.read.checks import MAX_TEXT_BYTES, checked, log, problem
from saidwhat.read.fields import DEFAULT_OPTIONS, ReadOptions
from saidwhat.read.formats import READERS, Reader, extension, jsonl_articles
from saidwhat.records import Article

__all__ = ["MAX_TEXT_BYTES", "READERS", "ReadOptions", "Reader", "UniqueIds", "doc_id", "files_under",
           "read_file", "read_paths"]


def read_paths(paths: list[str], max_bytes: int = MAX_TEXT_BYTES,
               options: ReadOptions = DEFAULT_OPTIONS) -> Iterator[Article]:
    """Yield every article found in `paths`, in order; directories in sorted path order.

    `options` name the fields of JSON Lines and CSV files and the encoding of text files.
    Every text is checked for NUL characters and lone surrogates whatever its format (see
    `checked`), and every document id is unique in the run (see `UniqueIds`).
    """
    ids = UniqueIds()
    for article in _read_paths(paths, max_bytes, options):
        yield ids.unique(checked(article))


class UniqueIds:
    """Document ids made unique across the inputs of a run.

    An id is kept as it is unless an earlier input of the run already had it (a file `nul.txt`
    and a JSON Lines record with the id `nul`): the later one is then qualified with where it
    was read, `SOURCE#ID` (`feed.jsonl:3#nul`), and numbered if even that is taken. The same
    inputs in the same order always get the same ids, so a resumed `ingest` finds its documents.
    The same file read twice (given directly and inside a directory) is the same document, and
    keeps its id.
    """

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}  # id -> where it was read

    def unique(self, article: Article) -> Article:
        doc = article.doc
        if doc in self.seen and self.seen[doc] != article.source:
            base = f"{article.source or 'input'}#{doc}"
            doc, n = base, 1
            while doc in self.seen:
                n += 1
                doc = f"{base}#{n}"
            log.warning("%s: the document id %s is taken by an earlier input; this one is %s",
                        article.source or article.doc, article.doc, doc)
            article.doc = doc
        self.seen.setdefault(doc, article.source)
        return article


def read_file(path: Path, doc: str, max_bytes: int = MAX_TEXT_BYTES,
              options: ReadOptions = DEFAULT_OPTIONS) -> Iterator[Article]:
    """The articles of one file (not checked, ids not made unique: see `read_paths`), as
    `read_paths` reads it; for runners that read files apart (Spark executors)."""
    return _read_file(path, doc, max_bytes, options)


def files_under(root: Path) -> list[str]:
    """The relative paths of the files under `root` in the order `read_paths` reads them."""
    return sorted(_walk(root), key=lambda rel: rel.split("/"))


def doc_id(rel: Path) -> str:
    """The document id of a file at `rel` (relative to its directory argument): `_doc_id`."""
    return _doc_id(rel)


def _read_paths(paths: list[str], max_bytes: int, options: ReadOptions) -> Iterator[Article]:
    for p in paths:
        if p == "-":
            yield from jsonl_articles(_stdin_bytes(), "stdin", "<stdin>", max_bytes, options)
            continue
        path = Path(p)
        try:
            is_dir = path.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _read_dir(path, max_bytes, options)
        else:
            yield from _read_file(path, _doc_id(Path(path.name)), max_bytes, options)


def _stdin_bytes() -> IO[bytes]:
    """Standard input as bytes (a replaced text-only stdin is encoded line by line)."""
    if hasattr(sys.stdin, "buffer"):
        return sys.stdin.buffer
    text = sys.stdin

    class Encoded(io.RawIOBase):
        def readline(self, size: int | None = -1) -> bytes:
            return text.readline(-1 if size is None else size).encode("utf-8", "surrogateescape")

    return Encoded()


def _read_dir(root: Path, max_bytes: int, options: ReadOptions) -> Iterator[Article]:
    try:
        files = files_under(root)
    except OSError as e:
        yield problem(root.name or str(root), str(root), "txt",
                      f"cannot read the directory {root}: {e.strerror or e}", unreadable=True)
        return
    for rel in files:
        yield from _read_file(root / rel, _doc_id(Path(rel)), max_bytes, options)


def _walk(root: Path) -> Iterator[str]:
    """Relative paths of the non-hidden files under `root` (hidden files and folders skipped)."""
    def fail(e: OSError) -> None:
        raise e

    for folder, dirs, names in os.walk(root, onerror=fail):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        base = Path(folder).relative_to(root)
        for name in names:
            if not name.startswith("."):
                yield (base / name).as_posix()


def _read_file(path: Path, doc: str, max_bytes: int, options: ReadOptions) -> Iterator[Article]:
    ext = extension(path)
    reader: Reader | None = READERS.get(ext)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        yield problem(doc, str(path), "txt", f"cannot read {path}: no such file or directory",
                      unreadable=True)
        return
    except OSError as e:  # permissions on a folder above it, a symlink loop, a name too long
        yield problem(doc, str(path), "txt", f"cannot read {path}: {e.strerror or e}", unreadable=True)
        return
    if not stat.S_ISREG(mode):  # opening a FIFO blocks forever; a device never ends
        yield problem(doc, str(path), "txt", f"cannot read {path}: it is {_kind(mode)}, not a regular "
                      "file; copy the data to a file, or give JSON Lines on stdin with -",
                      unreadable=True)
        return
    if reader is None:
        what = f"unsupported file type {ext}" if ext else "unsupported file type (no extension)"
        kinds = ", ".join(sorted(READERS))
        yield problem(doc, str(path), "txt", f"{what}; saidwhat reads {kinds}")
        return
    try:
        yield from reader(path, doc, max_bytes, options)
    except OSError as e:  # permissions, a folder named like a file, a vanished file
        yield problem(doc, str(path), ext.lstrip(".").split(".")[0],
                      f"cannot read {path}: {e.strerror or e}", unreadable=True)


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISDIR, "a directory")):
        if test(mode):
            return name
    return "a special file"


def _doc_id(rel: Path) -> str:
    """A path without its (registered or last) extension, with `/` separators."""
    ext = extension(rel)
    s = rel.as_posix()
    return s[: len(s) - len(ext)] if ext and s.lower().endswith(ext) else s
