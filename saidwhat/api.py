"""The Python API: extract from texts, files and corpora; store them; query a database.

The same work as the command line, with the same checks (a bad date is a ValueError, an unknown
actor a LookupError, a file that is no saidwhat database a StoreError), without a shell:

>>> import saidwhat
>>> text = ("Russian Foreign Minister Sergei Lavrov accused NATO of expanding eastward. "
...         "Russia has massed troops near Ukraine since 2014.")
>>> result = saidwhat.extract_text(text, published="2022-01-28", outlet="AP")
>>> [(s.actor.name, s.type, s.recipient.name) for s in result.statements]
[('Sergei Lavrov', 'ACCUSE', 'NATO')]
>>> [(e.type, e.date, e.date_precision) for e in result.events]
[('MOBILIZE', '2014-01-01', 'year')]

Many inputs at once (paths, directories, raw texts, `Article`s), results in input order:

>>> for r in saidwhat.extract([text, "examples/seeds/000_8cf89970d4329c4b.txt"], workers=1):
...     print(r.document.doc, r.document.status, len(r.statements) > 0)
text-1 ok True
000_8cf89970d4329c4b ok True

A database, built with `ingest` (or `saidwhat ingest`) and queried with `open`:

>>> import os, tempfile
>>> path = os.path.join(tempfile.mkdtemp(), "news.db")
>>> article = saidwhat.Article(doc="a1", text=text, published="2022-01-28", outlet="AP")
>>> saidwhat.ingest([article], path, workers=1).new
1
>>> with saidwhat.open(path) as db:
...     accusations = db.events(actor="lavrov", type="ACCUSE")
...     print([(e["actor_name"], e["event_type"], e["recipient_name"], e["outlet"]) for e in accusations])
...     print([(r["date"], r["type"]) for r in db.timeline(since="2014", until="2014")])
...     frame = db.events().to_pandas()  # with pandas installed: saidwhat[pandas]
[('Sergei Lavrov', 'ACCUSE', 'NATO', 'AP')]
[('2014-01-01', 'MOBILIZE')]
>>> print(frame[["date", "date_precision", "event_type", "actor_name"]].to_string(index=False))
      date date_precision event_type    actor_name
2014-01-01           year   MOBILIZE        Russia
2022-01-28            day     ACCUSE Sergei Lavrov
>>> with saidwhat.open(path) as db:
...     db.timeline(since="last week")
Traceback (most recent call last):
...
saidwhat.store.queries.BadFilter: --since 'last week': give a date as YYYY-MM-DD, YYYY-MM or YYYY
>>> import shutil; shutil.rmtree(os.path.dirname(path))
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from saidwhat.records import Article, Result

if TYPE_CHECKING:
    import sqlite3

    import pandas

    from saidwhat.store.writer import IngestStats

__all__ = ["Database", "Rows", "extract", "extract_text", "ingest", "open"]

Input = str | os.PathLike[str] | Article
_METADATA = ("title", "url", "published", "outlet")
_DATE_COLUMNS = ("date", "published", "first_date", "last_date")


def extract_text(text: str, doc: str = "doc", **metadata: str | date | None) -> Result:
    """Run the whole pipeline on one article given as a string.

    `metadata`: `title`, `url`, `outlet`, `published` (YYYY-MM-DD or a `datetime.date`); anything
    else, or a date that is not one, is a ValueError.

    >>> extract_text("Lavrov said on Sunday that talks had failed.", published="2022-01-30").statements[0].date
    '2022-01-30'
    >>> extract_text("Lavrov said talks had failed.", published="garbage")
    Traceback (most recent call last):
    ...
    ValueError: published='garbage' is not a date: give it as YYYY-MM-DD (or a datetime.date)
    """
    from saidwhat.pipeline import process_articles

    if not isinstance(text, str):
        raise ValueError(f"text must be a str, not {type(text).__name__}; for files use saidwhat.extract")
    article = _article(doc, text, metadata)
    return next(iter(process_articles([article])))


def extract(inputs: Input | Iterable[Input], workers: int | None = None) -> Iterator[Result]:
    """Results for many articles, lazily and in input order, on `workers` processes (default:
    the number of cores), each watched for the per-document limits (saidwhat.run.limits).

    Each input is a path (a file of any kind `saidwhat extract` reads, or a directory, read
    recursively), a raw text (a `str` that is not an existing path and contains a space or a
    line break: its id is `text-N`, N counting from 1), or an `Article` (text with its metadata).
    A path that cannot be read gives a skipped document with the reason, as on the command line.
    """
    from saidwhat.resources import Settings
    from saidwhat.run import local

    if isinstance(inputs, (str, os.PathLike, Article)):
        inputs = [inputs]
    return local.run_local(_articles(inputs), settings=Settings(workers=_workers(workers)))


def ingest(inputs: Input | Iterable[Input], db: str | os.PathLike[str], workers: int | None = None,
           force: bool = False) -> IngestStats:
    """Extract `inputs` (as `extract` takes them) into the database `db`, made if missing; only
    new and changed documents are processed, as by `saidwhat ingest`. Returns the counts."""
    from contextlib import closing

    from saidwhat.resources import Settings
    from saidwhat.run import jobs
    from saidwhat.store.schema import open_db

    if isinstance(inputs, (str, os.PathLike, Article)):
        inputs = [inputs]
    with closing(open_db(db, write=True)) as con:
        return jobs.ingest(con, _articles(inputs), Settings(workers=_workers(workers)), force=force)


def open(db: str | os.PathLike[str]) -> Database:  # shadows the built-in here: unused in this module
    """The database at `db`, read-only (see `Database`). A missing file, or one that is not a
    saidwhat database, is a StoreError; one from an older saidwhat is upgraded once."""
    return Database(db)


class Database:
    """A saidwhat database opened for reading; use it in a `with` block, or call `close()`.

    Each query takes the filters of `saidwhat timeline`: `actor` (a name as people type it:
    `lavrov`, `Sergey Lavrov`), `about` (aimed at that actor, or mentioning the name), `type`
    (a PLOVER type), `since` and `until` (YYYY-MM-DD, YYYY-MM or YYYY, inclusive), `limit`.
    Results are `Rows`: a list of dicts with `.to_pandas()`.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        from saidwhat.store.schema import open_db

        self.path = Path(path)
        self._con: sqlite3.Connection = open_db(self.path)

    def timeline(self, actor: str | None = None, about: str | None = None, type: str | None = None,
                 since: str | None = None, until: str | None = None, limit: int | None = None) -> Rows:
        """Statements and events in date order, as `saidwhat timeline --json` prints them."""
        from saidwhat.store import queries

        return self._rows("timeline", queries.timeline(self._con, actor, about, type, since, until, limit))

    def statements(self, actor: str | None = None, about: str | None = None, type: str | None = None,
                   since: str | None = None, until: str | None = None, limit: int | None = None) -> Rows:
        """Statements in date order: speaker, content, recipient, sentence, outlet, url, ..."""
        from saidwhat.store import queries

        return self._rows("statements_view",
                          queries.statements(self._con, actor, about, type, since, until, limit))

    def events(self, actor: str | None = None, about: str | None = None, type: str | None = None,
               since: str | None = None, until: str | None = None, limit: int | None = None) -> Rows:
        """PLOVER events, verbal (typed statements) and material, in date order: the rows of
        `saidwhat export --table events`."""
        from saidwhat.store import queries

        return self._rows("plover_events", queries.events(self._con, actor, about, type, since, until, limit))

    def dyads(self) -> Rows:
        """Who did what to whom, how often: actor, recipient, type, count, first and last date (the
        rows of `saidwhat export --table dyads`), most frequent first."""
        from saidwhat.store import export

        return self._rows("dyads", list(export.rows(self._con, "dyads")))

    def actors(self, name: str | None = None, limit: int | None = None) -> Rows:
        """Actors with their counts, first and last date and outlets; most active first."""
        from saidwhat.store import queries

        return self._rows("actors_view", queries.actors(self._con, name=name, limit=limit))

    def search(self, text: str, limit: int | None = 50) -> Rows:
        """Statements matching `text` (full-text search; FTS5 syntax works), best first."""
        from saidwhat.store import queries

        return Rows(queries.search(self._con, text, limit=limit))

    def show(self, record_id: str) -> dict[str, Any]:
        """One statement (`s12`) or event (`e5`), with its sentence in context and its sources."""
        from saidwhat.store import queries

        return queries.show(self._con, record_id)

    def claim(self, claim_id: str) -> dict[str, Any]:
        """One claim (`c3`): a statement with all its reports across documents and outlets, and
        its quote variants (`saidwhat show c3 --json`)."""
        from saidwhat.store import brief

        return brief.claim(self._con, claim_id)

    def brief(self, about: str | None = None, actor: str | None = None, since: str | None = None,
              format: str | None = None) -> dict[str, Any] | str:
        """The cited digest of `saidwhat brief`: key claims per actor, events, contested points
        and figures, quote variants, inferred dates; as data, or as text with `format` md or html."""
        from saidwhat.store import brief

        data = brief.brief(self._con, about=about, actor=actor, since=since)
        return brief.render(data, format, "Brief" + (f" about {about}" if about else "")) if format else data

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"saidwhat.Database({str(self.path)!r})"

    def _rows(self, view: str, rows: list[dict[str, Any]]) -> Rows:
        names = [c[0] for c in self._con.execute(f"SELECT * FROM {view} LIMIT 0").description]
        return Rows(rows, columns=names)


class Rows(list[dict[str, Any]]):
    """Query results: a list of dicts (one per row), and `.to_pandas()` for a DataFrame."""

    def __init__(self, rows: Iterable[dict[str, Any]] = (), columns: list[str] | None = None) -> None:
        super().__init__(rows)
        self.columns = columns or (list(self[0]) if self else [])

    def to_pandas(self) -> pandas.DataFrame:
        """A DataFrame with a column per field, dates as datetime64 (needs pandas:
        `pip install 'saidwhat[pandas]'`)."""
        try:
            import pandas as pd
        except ImportError:
            raise ImportError("to_pandas needs pandas: pip install 'saidwhat[pandas]'") from None
        frame = pd.DataFrame(list(self), columns=self.columns or None)
        for name in _DATE_COLUMNS:
            if name in frame.columns:
                frame[name] = pd.to_datetime(frame[name], format="%Y-%m-%d", errors="coerce")
        return frame


def _articles(inputs: Iterable[Input]) -> Iterator[Article]:
    from saidwhat.read import read_paths
    from saidwhat.read.checks import checked

    texts = 0
    for item in inputs:
        if isinstance(item, Article):
            yield checked(_article(item.doc, item.text, {k: getattr(item, k) for k in _METADATA}, item))
        elif isinstance(item, os.PathLike) or (isinstance(item, str) and _is_path(item)):
            yield from read_paths([os.fspath(item)])
        elif isinstance(item, str):
            texts += 1
            yield checked(_article(f"text-{texts}", item, {}))
        else:
            raise ValueError(f"cannot extract from {type(item).__name__}: give paths, texts or Articles")


def _is_path(s: str) -> bool:
    """A string is a path when it names something that exists, or has no space or line break
    (`notes.txt`, `corpus/`): a missing one is then reported as unreadable, not parsed as text."""
    if "\n" in s or "\0" in s:
        return False
    try:
        if os.path.exists(s):
            return True
    except (OSError, ValueError):
        return False
    return not any(c.isspace() for c in s)


def _article(doc: str, text: str | None, metadata: dict[str, Any], base: Article | None = None) -> Article:
    unknown = set(metadata) - set(_METADATA)
    if unknown:
        raise ValueError(f"unknown metadata {', '.join(sorted(unknown))}: give {', '.join(_METADATA)}")
    values = {k: metadata.get(k) for k in _METADATA}
    values["published"] = _published(values["published"])
    for k in ("title", "url", "outlet"):
        if values[k] is not None and not isinstance(values[k], str):
            raise ValueError(f"{k} must be a str, not {type(values[k]).__name__}")
    if base is None:
        return Article(doc=doc, text=text, fmt="txt", **values)
    for k, v in values.items():
        setattr(base, k, v)
    return base


def _published(value: object) -> str | None:
    """YYYY-MM-DD from a date, a datetime or an ISO date string; anything else is a ValueError."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    raise ValueError(f"published={value!r} is not a date: give it as YYYY-MM-DD (or a datetime.date)")


def _workers(workers: int | None) -> int | None:
    if workers is not None and (not isinstance(workers, int) or isinstance(workers, bool) or workers < 1):
        raise ValueError(f"workers={workers!r}: give a whole number of processes, 1 or more")
    return workers

