"""The database commands: ingest, timeline, search, actors, show, export, datasette.

Thin click wrappers: open the database, call one library function, print. Library errors
(StoreError) become click.ClickException: a one-line message and exit status 1, no traceback.
"""

from __future__ import annotations

import functools
import itertools
import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from typing import TYPE_CHECKING, Any

import click

from saidwhat.records import json_line
from saidwhat.resources import ResourceError
from saidwhat.run.input_options import input_options, read_options, settings_with_actors
from saidwhat.run.limits import Limits
from saidwhat.run.options import run_options
from saidwhat.store.schema import StoreError

if TYPE_CHECKING:
    from saidwhat.records import Article, Result
    from saidwhat.store.writer import IngestStats

DEFAULT_DB = "saidwhat.db"


def db_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--db", "db", default=DEFAULT_DB, envvar="SAIDWHAT_DB", show_default=True,
                        type=click.Path(dir_okay=False),
                        help="The database file (or set SAIDWHAT_DB).")(f)


def json_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON Lines for machines.")(f)


def _name(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A name to look for: blanks, or only punctuation ("%", "_"), are a usage error (exit 2)."""
    if value is None:
        return None
    from saidwhat.resolve.kb import normalise

    if not value.strip():
        raise click.BadParameter("it is blank; give a name, such as lavrov")
    _check_text(value)
    if not normalise(value):
        raise click.BadParameter(f"{value!r} has no letters or digits; give a name, such as lavrov")
    return value


def _not_blank(hint: str) -> Callable[[click.Context, click.Parameter, str | None], str | None]:
    def check(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise click.BadParameter(f"it is blank; {hint}")
        if value is not None:
            _check_text(value)
        return value
    return check


def _type(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A PLOVER type (any case); a typo is a usage error with the closest type (ACCUSED -> ACCUSE)."""
    if value is None:
        return None
    from saidwhat.store.types import check_type

    _not_blank("give a PLOVER type, such as ACCUSE")(ctx, param, value)
    try:
        return check_type(value)
    except StoreError as e:
        raise click.BadParameter(str(e)) from None


def _check_text(value: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # bytes that are not UTF-8 in the command line (surrogateescape)
        raise click.BadParameter(f"{value!r} is not UTF-8 text; type it again in UTF-8") from None


def store_errors(f: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors (the database's, a missing or corrupt resource) into a clean message
    and exit status 1."""
    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except (StoreError, ResourceError) as e:
            raise click.ClickException(str(e)) from e
    return wrapper


def _open(db: str, write: bool = False) -> sqlite3.Connection:
    from saidwhat.store.schema import open_db

    return open_db(db, write=write)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist
        return False


def _print_json(rows: list[dict[str, Any]]) -> None:
    for r in rows:
        click.echo(json_line(r))


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@run_options
@click.option("--force", is_flag=True, help="Re-process documents even when they are unchanged.")
@input_options
@store_errors
def ingest(paths: tuple[str, ...], db: str, workers: int | None, quiet: bool, force: bool,
           fields: dict[str, str], encoding: str | None, actors_file: str | None, limits: Limits) -> None:
    """Extract statements and events from articles into the database.

    PATHS are read as by `saidwhat extract`. Only new and changed documents are processed;
    unchanged ones are skipped before any NLP, so running it again is fast and adds nothing.
    Each document is stored in one transaction: an interrupted run can simply be run again.
    Actors added with `saidwhat actors add` or `actors import` are used as --actors are.
    When no path can be read, no database is created. The output directory of `saidwhat spark`
    is stored as it is, without running the pipeline again.

    Example:

        saidwhat ingest examples/seeds --db saidwhat.db

        saidwhat ingest spark_run/ --db saidwhat.db
    """
    from saidwhat.read import read_paths
    from saidwhat.run.jobs import ingest as run_ingest
    from saidwhat.run.progress import Progress, count_articles
    from saidwhat.store.queries import counts
    from saidwhat.store.spark_output import is_spark_output
    from saidwhat.store.user_actors import stored_user_actors

    started = time.monotonic()
    if any(is_spark_output(p) for p in paths):
        return _ingest_spark_output(list(paths), db, quiet, force, started)
    total = count_articles(list(paths))
    articles, unreadable = _first_readable(read_paths(list(paths), limits.max_bytes,
                                                      options=read_options(fields, encoding)))
    if articles is None:  # nothing could be read: no database for nothing
        for p in unreadable:
            click.echo(f"saidwhat: cannot read {p}", err=True)
        raise click.ClickException("nothing to ingest: no path could be read"
                                   + ("" if os.path.exists(db) else f"; {db} was not created"))
    with closing(_open(db, write=True)) as con, Progress(total, quiet) as progress:
        settings = settings_with_actors(actors_file, stored_user_actors(con), workers=workers)
        for _ in unreadable:  # counted in the total, read before the first readable article
            progress.skip()

        def on_document(result: Result) -> None:
            progress.update(result)
            if result.document.status != "ok" and not quiet:
                progress.write(f"saidwhat: skipped {result.document.doc}: {result.document.reason}")

        try:
            stats = run_ingest(con, articles, settings, force=force, on_document=on_document,
                               limits=limits, total=total, on_passed_over=progress.skip)
        except StoreError as e:  # the documents committed before the failure stay stored
            raise StoreError(f"{e} The {progress.tally.documents} documents stored before it are kept; "
                             "run the same command again to complete the rest.") from e
        total = counts(con)
    for p in unreadable + stats.unreadable:
        click.echo(f"saidwhat: cannot read {p}", err=True)
    _report(stats, total, db, started)
    sys.exit(1 if stats.unreadable else 0)


def _report(stats: IngestStats, total: dict[str, int], db: str, started: float) -> None:
    click.echo(f"saidwhat: {stats.new} new, {stats.changed} changed, {stats.unchanged} unchanged documents"
               f" ({stats.skipped} skipped for their content); {stats.statements} statements and "
               f"{stats.events} events stored in {time.monotonic() - started:.1f}s", err=True)
    click.echo(f"saidwhat: {db} holds {total['documents']} documents, {total['statements']} "
               f"statements, {total['events']} events, {total['actors']} actors", err=True)


def _ingest_spark_output(paths: list[str], db: str, quiet: bool, force: bool, started: float) -> None:
    """`ingest` of `saidwhat spark` output directories: their records, stored as they are."""
    from saidwhat.run.progress import Progress
    from saidwhat.store.queries import counts
    from saidwhat.store.spark_output import ingest_spark_output, is_spark_output

    others = [p for p in paths if not is_spark_output(p)]
    if others:
        raise click.UsageError(f"{others[0]} is no `saidwhat spark` output directory; give those on "
                               "their own, and articles in another `saidwhat ingest`")
    with closing(_open(db, write=True)) as con, Progress(None, quiet) as progress:
        stats = ingest_spark_output(con, paths, force=force, on_document=progress.update)
        total = counts(con)
    _report(stats, total, db, started)


def _first_readable(articles: Iterator[Article]) -> tuple[Iterator[Article] | None, list[str]]:
    """(the articles from the first readable one on, the unreadable paths before it), or (None,
    the unreadable paths) when not one article could be read."""
    unreadable: list[str] = []
    for article in articles:
        if not article.unreadable:
            return itertools.chain([article], articles), unreadable
        unreadable.append(article.source or article.doc)
    return None, unreadable


@click.command()
@db_option
@click.option("--actor", callback=_name, help="Only statements and events by this actor (lavrov, \"Sergey Lavrov\", ...).")
@click.option("--about", callback=_name, help="Only those aimed at this actor or mentioning the name.")
@click.option("--type", "type_", metavar="TYPE", callback=_type,
              help="Only this PLOVER type (ACCUSE, THREATEN, STATEMENT, ...).")
@click.option("--since", metavar="DATE", help="From this date (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--until", metavar="DATE", help="Up to this date, inclusive.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many rows.")
@json_option
@store_errors
def timeline(db: str, actor: str | None, about: str | None, type_: str | None, since: str | None,
             until: str | None, limit: int | None, as_json: bool) -> None:
    """Statements and events in date order, with speaker, type, content and outlet.

    A record without its own date takes its document's; undated ones come last.

    Example:

        saidwhat timeline --actor lavrov --since 2022-01-01
    """
    from saidwhat.store import render
    from saidwhat.store.queries import timeline as query

    with closing(_open(db)) as con:
        if actor:
            _say_who(con, actor)
        rows = query(con, actor=actor, about=about, type=type_, since=since, until=until, limit=limit)
    if as_json:
        return _print_json(rows)
    for r in rows:
        r["who"] = render.speaker(r)
        r["content"] = render.claimed_mark(r) + (r.get("content") or "")
        r["when"] = render.date(r)  # "2014" for "since 2014", not 2014-01-01
    click.echo(render.table(rows, [("when", "date", 10), ("id", "id", 8), ("who", "speaker", 28),
                                   ("type", "type", 10), ("content", "content", 70),
                                   ("outlet", "outlet", 20)]))
    click.echo(f"({len(rows)} records)", err=True)


def _say_who(con: sqlite3.Connection, name: str) -> None:
    """When `--actor NAME` matches several people, say so on stderr and list them."""
    from saidwhat.store.names import match_actors

    ids = match_actors(con, name)
    if len(ids) < 2:
        return
    rows = con.execute(f"SELECT id, name, country, role FROM actors WHERE id IN ({', '.join('?' * len(ids))})"
                       " ORDER BY name, id", ids).fetchall()
    click.echo(f"saidwhat: --actor {name!r} matches {len(rows)} actors; showing them all (give a full "
               "name or an id to pick one):", err=True)
    for r in rows:
        about = ", ".join(x for x in (r[2], r[3]) if x)
        click.echo(f"  {r[1]}" + (f" ({about})" if about else "") + f"  [{r[0]}]", err=True)


@click.command()
@click.argument("text", callback=_not_blank("give some words to search for"))
@db_option
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@json_option
@store_errors
def search(text: str, db: str, limit: int, as_json: bool) -> None:
    """Full-text search over what was said (content and sentence), best matches first.

    Plain words match all of them; FTS5 syntax works too ("exact phrase", OR, prefix*).

    Example:

        saidwhat search "military operation"
    """
    from saidwhat.store import render
    from saidwhat.store.queries import search as query

    with closing(_open(db)) as con:
        rows = query(con, text, limit=limit)
    if as_json:
        return _print_json(rows)
    for r in rows:
        r["who"] = render.speaker({"actor": r["speaker"], "speaker_text": r["speaker_text"]})
    click.echo(render.table(rows, [("id", "id", 8), ("date", "date", 10), ("who", "speaker", 28),
                                   ("snippet", "match", 80), ("outlet", "outlet", 20),
                                   ("doc", "document", 24)]))
    click.echo(f"({len(rows)} matches)", err=True)


class _ActorsGroup(click.Group):
    """`saidwhat actors [NAME]` lists; `saidwhat actors add|import ...` are subcommands."""

    _VALUED = ("--db", "--limit")  # options that take a value

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        i = 0
        while i < len(args) and args[i].startswith("-"):
            i += 2 if args[i] in self._VALUED else 1
        if i < len(args) and args[i] not in self.commands:
            ctx.meta["actors_name"] = args[i]  # a name to list, not a subcommand
            args = args[:i] + args[i + 1:]
        return super().parse_args(ctx, args)


@click.group(cls=_ActorsGroup, invoke_without_command=True, subcommand_metavar="[NAME | add | import]")
@db_option
@click.option("--limit", type=click.IntRange(min=1), help="At most this many actors.")
@json_option
@click.pass_context
@store_errors
def actors(ctx: click.Context, db: str, limit: int | None, as_json: bool) -> None:
    """Every actor with country, role, statements, events, first and last date and outlets.

    Give a NAME to see only the actors it matches. `actors add` and `actors import` add your own
    actors to the database: later ingests resolve names with them.

    Examples:

    \b
        saidwhat actors --limit 20
        saidwhat actors add "Jane Roe" --country USA --sector GOV --role Mayor
    """
    if ctx.invoked_subcommand is not None:
        return
    name = _name(ctx, ctx.command.params[0], ctx.meta.get("actors_name"))
    from saidwhat.store import render
    from saidwhat.store.queries import actors as query

    with closing(_open(db)) as con:
        rows = query(con, name=name, limit=limit)
    if as_json:
        return _print_json(rows)
    click.echo(render.table(rows, [("name", "name", 28), ("country", "country", 7), ("role", "role", 30),
                                   ("statements", "stmts", 5), ("events", "events", 6),
                                   ("first_date", "first", 10), ("last_date", "last", 10),
                                   ("outlets", "outlets", 40)]))


@click.command()
@click.argument("record_id", metavar="ID")
@db_option
@json_option
@store_errors
def show(record_id: str, db: str, as_json: bool) -> None:
    """One statement (s12) or event (e5) with its sentence in context and every source document;
    or a claim (c3) with all its reports and quote variants.

    Example:

        saidwhat show s12
    """
    from saidwhat.store import render
    from saidwhat.store.queries import show as query

    if record_id.strip().lower().startswith("c"):  # a claim: store/brief.py
        from saidwhat.store.brief import claim, render_claim

        with closing(_open(db)) as con:
            c = claim(con, record_id)
        return click.echo(json.dumps(c, ensure_ascii=False) if as_json else render_claim(c))
    with closing(_open(db)) as con:
        rec = query(con, record_id)
    click.echo(json_line(rec) if as_json else render.record(rec))


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl",
              show_default=True)
@click.option("--table", type=click.Choice(["records", "events", "dyads", "documents"]), default="records",
              show_default=True,
              help="records: statements and events (the fields of `saidwhat schema`); events: one row per PLOVER "
                   "event, verbal (typed statements) and material; dyads: actor, recipient, type, "
                   "count, first, last (an edge list for network tools); documents: one row per document.")
@click.option("--out", type=click.Path(dir_okay=False), help="Write here (default: stdout; Parquet needs a file).")
@click.option("--force", is_flag=True, help="Overwrite the --out file if it exists.")
@store_errors
def export(db: str, fmt: str, table: str, out: str | None, force: bool) -> None:
    """Export the database as JSON Lines, CSV or Parquet.

    JSON Lines of the records table is the record stream of `saidwhat extract` (`saidwhat schema`); CSV and
    Parquet flatten it (speaker_text, actor_name, actor_country, ...). Parquet files read in
    pandas, DuckDB and Spark.

    An existing --out file is never overwritten without --force: the export stops with a message
    and exit status 1, and the file is left as it was. The file is written whole or not at all.

    Example:

        saidwhat export --format parquet --table events --out events.parquet
    """
    from saidwhat.store.export import export as run_export

    if out and _same_file(out, db):
        raise StoreError(f"--out {out} is the database itself; choose another file")
    with closing(_open(db)) as con:
        n = run_export(con, fmt, table, out, overwrite=force)
    click.echo(f"saidwhat: {n} rows of {table} exported" + (f" to {out}" if out else ""), err=True)


@actors.command(name="add")
@click.argument("name", callback=_name)
@click.option("--alias", "aliases", multiple=True, help="Another name for the actor (repeatable).")
@click.option("--country", help="ISO 3166-1 alpha-3 code (USA, DEU) or an organisation code (NATO, UN).")
@click.option("--sector", help="GOV, MIL, REB, OPP, COP, MED, CVL, BUS, IGO, NGO, ...")
@click.option("--role", help='A short role, such as "Mayor of Springfield".')
@click.option("--from", "start", metavar="DATE", help="Since when the role is held.")
@click.option("--until", "end", metavar="DATE", help="Until when the role was held.")
@click.option("--org", is_flag=True, help="An organisation, not a person.")
@db_option
@store_errors
def actors_add(name: str, aliases: tuple[str, ...], country: str | None, sector: str | None, role: str | None,
               start: str | None, end: str | None, org: bool, db: str) -> None:
    """Add one of your own actors to the database (or replace the one of that name).

    Later `saidwhat ingest` runs into this database resolve names with it; stored actors of the
    same name get its country, sector and role now (run `ingest --force` to re-resolve texts).

    Example:

        saidwhat actors add "Jane Roe" --country USA --sector GOV --role "Mayor of Springfield"
    """
    from saidwhat.resolve.user_actors import UserActorsError, user_actor

    try:
        actor = user_actor({"name": name, "aliases": list(aliases), "country": country, "sector": sector,
                            "role": role, "from": start, "until": end, "kind": "org" if org else "person"})
    except UserActorsError as e:
        raise click.UsageError(str(e)) from None
    _store_user_actors(db, [actor])


@actors.command(name="import")
@click.argument("file", type=click.Path(dir_okay=False))
@db_option
@store_errors
def actors_import(file: str, db: str) -> None:
    """Add the actors of a CSV or JSON file (name, aliases, country, sector, role, from, until).

    Example:

        saidwhat actors import my_actors.csv --db saidwhat.db
    """
    from saidwhat.resolve.user_actors import UserActorsError, read_user_actors

    try:
        rows = read_user_actors(file)
    except UserActorsError as e:
        raise click.UsageError(str(e)) from None
    _store_user_actors(db, rows)


def _store_user_actors(db: str, rows: list[Any]) -> None:
    from saidwhat.store.user_actors import add_user_actors

    with closing(_open(db, write=True)) as con:
        added, updated = add_user_actors(con, rows)
    click.echo(f"saidwhat: {added} actor{'s' * (added != 1)} of yours in {db}; {updated} stored actor"
               f"{'s' * (updated != 1)} updated; later ingests use them", err=True)


@click.command()
def schema() -> None:
    """Print the record format of `saidwhat extract` and `export` (the contract other tools read)."""
    from importlib import resources

    try:
        text = (resources.files("saidwhat") / "data" / "CONTRACT.md").read_text(encoding="utf-8")
    except OSError as e:
        raise click.ClickException(f"the record contract is missing from this install ({e}); "
                                   "reinstall saidwhat") from None
    click.echo(text, nl=False)


@click.command("datasette")
@db_option
@click.option("-p", "--port", type=click.IntRange(0, 65535), default=8001, show_default=True)
@click.option("--get", "get_path", metavar="PATH",
              help="Print the response for this path (/saidwhat/timeline.json?_search=...) and exit.")
@click.option("--print-metadata", is_flag=True, help="Print the metadata file for --db and exit.")
@store_errors
def datasette(db: str, port: int, get_path: str | None, print_metadata: bool) -> None:
    """Explore the database in datasette: full-text search (?_search=) on the tables, the timeline
    and the PLOVER event table, canned queries (who accused whom, a person's statements over
    time) and column descriptions. Needs datasette (pip install datasette).

    Example:

        saidwhat datasette --db saidwhat.db     # then open http://127.0.0.1:8001/
    """
    from saidwhat.store.datasette import metadata, serve

    with closing(_open(db)):  # checks the file, and upgrades an older database once
        pass
    if print_metadata:
        return click.echo(json.dumps(metadata(db), ensure_ascii=False, indent=2))
    sys.exit(serve(db, ("--get", get_path) if get_path else ("--port", str(port))))


@click.command("brief")
@db_option
@click.option("--about", callback=_name, help="Only the story around this actor or name.")
@click.option("--actor", callback=_name, help="Only claims by this actor.")
@click.option("--since", metavar="DATE", help="From this date (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="md", show_default=True)
@store_errors
def brief(db: str, about: str | None, actor: str | None, since: str | None, fmt: str) -> None:
    """A cited digest: key claims per actor, events, contested points and figures, quote
    variants, inferred dates; every line names its outlets and record ids (saidwhat show ID).

    Example:

        saidwhat brief --about NATO
    """
    from saidwhat.store.brief import brief as build
    from saidwhat.store.brief import render

    with closing(_open(db)) as con:
        data = build(con, about=about, actor=actor, since=since)
    title = "Brief" + (f" about {about}" if about else "") + (f", {actor}" if actor else "")
    click.echo(render(data, fmt, title), nl=False)


COMMANDS = (ingest, timeline, search, actors, show, export, datasette, schema, brief)


def register(group: click.Group) -> None:
    """Add the database commands to the `saidwhat` group."""
    for cmd in COMMANDS:
        group.add_command(cmd)
