"""The pipeline commands as library functions: the CLI parses options and prints, these do the work."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from typing import IO

from saidwhat.read.fields import DEFAULT_OPTIONS, ReadOptions
from saidwhat.records import Article, Result, json_line
from saidwhat.resources import Settings
from saidwhat.run import local
from saidwhat.run.limits import Limits
from saidwhat.store.writer import IngestStats, Selection
from saidwhat.store.writer import ingest as store


def extract(paths: list[str], out: IO[str], settings: Settings | None = None,
            on_result: Callable[[Result], None] | None = None,
            options: ReadOptions = DEFAULT_OPTIONS, limits: Limits | None = None,
            total: int | None = None) -> list[str]:
    """Write the records of the articles under `paths` to `out` as JSON Lines, in input order.

    `options` say how to read the user's files (`--field`, `--encoding`). Each document runs
    under `limits` (default: `Limits()`); `total` is how many articles `paths` hold, if known
    (it sizes the workers and batches). `on_result` is called with each result before its
    records are written. Returns the paths that could not be read at all. Raises ResourceError
    when a resource is missing or corrupt.
    """
    from saidwhat.read import read_paths

    limits = limits or Limits()
    unreadable: list[str] = []

    def articles() -> Iterator[Article]:
        for article in read_paths(paths, limits.max_bytes, options=options):
            if article.unreadable:
                unreadable.append(article.source or article.doc)
            yield article

    for result in local.run_local(articles(), settings=settings, on_result=on_result, limits=limits,
                                  total=total):
        out.write("".join(json_line(rec) + "\n" for rec in result.records()))
    return unreadable


def ingest(con: sqlite3.Connection, articles: Iterable[Article], settings: Settings | None = None,
           force: bool = False, on_document: Callable[[Result], None] | None = None,
           limits: Limits | None = None, total: int | None = None,
           on_passed_over: Callable[[Article], None] | None = None) -> IngestStats:
    """Run the pipeline over the new and changed articles and store their results in `con`.

    Each document runs under `limits` (default: `Limits()`); one skipped earlier for a time or
    memory limit that is now higher is run again. `total` is how many articles there are, if
    known. `on_document` is called with each result once it is committed, `on_passed_over` with
    each article that needs no pipeline (unchanged, unreadable, or read twice). Raises
    ResourceError when a resource is missing or corrupt, StoreError when the database cannot
    take a document.
    """
    limits = limits or Limits()
    todo = Selection(con, articles, force=force, retry=limits.lets_through, on_passed_over=on_passed_over)
    return store(con, todo, local.run_local(todo, settings=settings, limits=limits, total=total),
                 on_document=on_document)
