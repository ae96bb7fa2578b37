"""What a Spark run reads: the input paths cut into units, each read in one task by the local readers.

A unit is one file (a WARC, a JSON Lines file, any other format `saidwhat extract` reads) or one
row group of a Parquet file. The driver only lists files and reads Parquet footers; the bytes are
read on the executors, streamed, so a large WARC never passes through the driver. Local paths are
read exactly as `saidwhat extract` reads them (`saidwhat.read.read_file`); other storage (`s3://`,
`gs://`, `hdfs://`, ...) through pyarrow's file systems, for WARC, JSON Lines and Parquet.
Units are numbered in the order `saidwhat extract` reads them, so that (unit, position) orders
the documents of a run as the local runner does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from saidwhat.read import doc_id, files_under, read_file
from saidwhat.read.checks import problem
from saidwhat.read.fields import ReadOptions
from saidwhat.read.formats import extension, jsonl_articles, warc_articles
from saidwhat.read.parquet import parquet_articles, row_group_sizes
from saidwhat.records import Article

WARC = frozenset({".warc", ".warc.gz", ".wet", ".wet.gz"})
JSONL = frozenset({".jsonl", ".ndjson"})
PARQUET = ".parquet"
# pyarrow knows Hadoop's s3a:// and s3n:// as s3://
_SCHEMES = {"s3a": "s3", "s3n": "s3"}


@dataclass(frozen=True, slots=True)
class Unit:
    """One task's worth of input: a file, or one row group of a Parquet file."""

    index: int  # the order of the unit in the run
    path: str  # a local path as given (or under a directory given), else a URI
    doc: str  # the document id of the file (its name without the extension)
    local: bool
    row_group: int | None = None


def is_local(path: str) -> bool:
    return "://" not in path or path.startswith("file://")


def plan_units(inputs: list[str]) -> list[Unit]:
    """The units of `inputs`, in the order `saidwhat extract` reads them (directories recursively,
    in sorted path order, hidden files left out)."""
    files: list[tuple[str, str, bool]] = []  # (path, doc id, local)
    for given in inputs:
        if is_local(given):
            path = Path(given.removeprefix("file://"))
            if path.is_dir():
                files += [(str(path / rel), doc_id(Path(rel)), True) for rel in files_under(path)]
            else:
                files.append((str(path), doc_id(Path(path.name)), True))
        else:
            files += _remote_files(given)
    units: list[Unit] = []
    for path, doc, local in files:
        groups = _row_groups(path, local) if extension(Path(path)) == PARQUET else None
        for group in groups or [None]:
            units.append(Unit(len(units), path, doc, local, group))
    return units


def _remote_files(uri: str) -> list[tuple[str, str, bool]]:
    """(URI, doc id, False) for the file at `uri`, or for each file under it."""
    import pyarrow.fs as pafs

    fs, root = _filesystem(uri)
    info = fs.get_file_info(root)
    if info.type != pafs.FileType.Directory:  # a missing file is reported by its reader
        return [(uri, doc_id(Path(root.rsplit("/", 1)[-1])), False)]
    found = fs.get_file_info(pafs.FileSelector(root, recursive=True))
    rels = [i.path[len(root):].lstrip("/") for i in found if i.type == pafs.FileType.File]
    rels = sorted((r for r in rels if not any(part.startswith(".") for part in r.split("/"))),
                  key=lambda r: r.split("/"))
    return [(uri.rstrip("/") + "/" + rel, doc_id(Path(rel)), False) for rel in rels]


def _filesystem(uri: str) -> tuple[Any, str]:
    import pyarrow.fs as pafs

    scheme, rest = uri.split("://", 1)
    return pafs.FileSystem.from_uri(f"{_SCHEMES.get(scheme, scheme)}://{rest}")


def _row_groups(path: str, local: bool) -> list[int] | None:
    """The row groups of a Parquet file, each to be read by a task of its own; None when the
    footer cannot be read (the reader then reports the file)."""
    try:
        with _open(path, local) as f:
            return list(range(len(row_group_sizes(f)))) or None
    except Exception:  # not Parquet, missing: one unit, whose reader says what is wrong
        return None


def _open(path: str, local: bool) -> Any:
    if local:
        return Path(path.removeprefix("file://")).open("rb")
    fs, where = _filesystem(path)
    return fs.open_input_file(where)


def read_unit(unit: Unit, limit: int, options: ReadOptions, skipped: Counter[str]) -> Iterator[Article]:
    """The articles of `unit`, read on an executor; WARC records that are no article are counted
    in `skipped` by reason. Never raises for bad content or a path that cannot be read."""
    ext = extension(Path(unit.path))
    path = Path(unit.path.removeprefix("file://"))
    if unit.local and not (ext in WARC and path.is_file()) and unit.row_group is None:
        yield from read_file(path, unit.doc, limit, options)  # exactly as `saidwhat extract`
        return
    where = str(path) if unit.local else unit.path  # as the local readers name it
    try:
        with _open(unit.path, unit.local) as f:
            if unit.row_group is not None:
                yield from parquet_articles(f, unit.doc, where, limit, options, [unit.row_group])
            elif ext in WARC:
                yield from warc_articles(f, unit.doc, where, where.rsplit("/", 1)[-1], limit, skipped)
            elif ext in JSONL:
                yield from jsonl_articles(f, unit.doc, where, limit, options)
            elif ext == PARQUET:
                yield from parquet_articles(f, unit.doc, where, limit, options)
            else:
                yield problem(unit.doc, unit.path, "txt", f"unsupported file type {ext or '(no extension)'} "
                              "in remote storage; saidwhat spark reads WARC, JSON Lines and Parquet there")
    except OSError as e:  # missing, no permission, the storage unreachable
        yield problem(unit.doc, unit.path, ext.lstrip(".").split(".")[0] or "txt",
                      f"cannot read {unit.path}: {e.strerror or e}", unreadable=True)
