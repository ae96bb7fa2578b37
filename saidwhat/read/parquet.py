"""Parquet files of articles: one article per row, its fields named as in JSON Lines.

A row is read as the JSON Lines object it stands for (`record_article`: the same field names,
`--field` mappings and date formats); a row without an id is `stem:row` with the 1-based row
number in the file, as a JSON Lines line is `stem:line`. Row groups are read one at a time, so a
large file never lands in memory at once, and the Spark runner reads each row group in a task
of its own (`parquet_articles(..., row_groups=[i])`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from saidwhat.read.checks import MAX_TEXT_BYTES, problem
from saidwhat.read.fields import DEFAULT_OPTIONS, FieldWarnings, ReadOptions
from saidwhat.read.formats import record_article
from saidwhat.records import Article


def read_parquet(path: Path, doc: str, limit: int = MAX_TEXT_BYTES,
                 options: ReadOptions = DEFAULT_OPTIONS) -> Iterator[Article]:
    with path.open("rb") as f:
        yield from parquet_articles(f, doc, str(path), limit, options)


def row_group_sizes(stream: IO[bytes]) -> list[int]:
    """The number of rows in each row group of the Parquet file open as `stream`."""
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(stream).metadata
    return [meta.row_group(i).num_rows for i in range(meta.num_row_groups)]


def parquet_articles(stream: IO[bytes], stem: str, source: str, limit: int = MAX_TEXT_BYTES,
                     options: ReadOptions = DEFAULT_OPTIONS,
                     row_groups: Sequence[int] | None = None) -> Iterator[Article]:
    """The articles in the rows of `row_groups` (default: all) of the Parquet file open as `stream`;
    a file that is no Parquet is one problem article `stem`."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        file = pq.ParquetFile(stream)
    except (pa.ArrowException, OSError) as e:
        yield problem(stem, source, "parquet", f"not a Parquet file ({_one_line(e)}); check the file")
        return
    meta = file.metadata
    starts = [0]
    for i in range(meta.num_row_groups):
        starts.append(starts[-1] + meta.row_group(i).num_rows)
    fields = FieldWarnings(source, options)
    for group in range(meta.num_row_groups) if row_groups is None else row_groups:
        try:
            rows = file.read_row_group(group).to_pylist()
        except (pa.ArrowException, OSError) as e:
            yield problem(f"{stem}:rowgroup{group}", source, "parquet",
                          f"row group {group} cannot be read ({_one_line(e)}); check the file")
            continue
        for n, row in enumerate(rows, start=starts[group] + 1):
            obj = {k: _plain(v) for k, v in row.items()}
            fields.see(obj)
            yield record_article(obj, f"{stem}:{n}", f"{source}:{n}", limit, "parquet", options)


def _plain(value: Any) -> Any:
    """A column value as JSON would give it: dates and timestamps as ISO strings."""
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    return value


def _one_line(e: Exception, most: int = 200) -> str:
    flat = " ".join(str(e).split())
    return flat if len(flat) <= most else flat[:most - 1] + "…"
