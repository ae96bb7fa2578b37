"""The pipeline commands as library functions: the CLI parses options and prints, these do the work."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from typing import IO

from saidwhat.read.fields import DEFAULT_OPTIONS, ReadOptions
from saidwhat.records import Article, Result, json_line
from saidwhat.resources import Settings
from saidwhat.run import local
from saidwhat.store.writer import IngestStats, Selection
from saidwhat.store.writer import ingest as store


def extract(paths: list[str], out: IO[str], settings: Settings | None = None,
            on_result: Callable[[Result], None] | None = None,
            options: ReadOptions = DEFAULT_OPTIONS) -> list[str]:
    """Write the records of the articles under `paths` to `out` as JSON Lines, in input order.

    `options` say how to read the user's files (`--field`, `--encoding`).
    `on_result` is called with each result before its records are written. Returns the paths
    that could not be read at all. Raises ResourceError when a resource is missing or corrupt.
    """
    from saidwhat.read import read_paths

    unreadable: list[str] = []

    def articles() -> Iterator[Article]:
        for article in read_paths(paths, options=options):
            if article.unreadable:
                unreadable.append(article.source or article.doc)
            yield article

    for result in local.run_local(articles(), settings=settings, on_result=on_result):
        out.write("".join(json_line(rec) + "\n" for rec in result.records()))
    return unreadable


def ingest(con: sqlite3.Connection, articles: Iterable[Article], settings: Settings | None = None,
           force: bool = False, on_document: Callable[[Result], None] | None = None) -> IngestStats:
    """Run the pipeline over the new and changed articles and store their results in `con`.

    `on_document` is called with each result once it is committed. Raises ResourceError when a
    resource is missing or corrupt, StoreError when the database cannot take a document.
    """
    todo = Selection(con, articles, force=force)
    return store(con, todo, local.run_local(todo, settings=settings), on_document=on_document)
