"""The `saidwhat` command: a thin layer over the library."""

from __future__ import annotations

import functools
import json
import logging
import sys
import time
from collections.abc import Callable
from typing import IO, Any

import click

from saidwhat import __version__
from saidwhat.records import Result
from saidwhat.resources import ResourceError, Settings
from saidwhat.run.input_options import input_options, read_options, settings_with_actors
from saidwhat.run.limits import Limits
from saidwhat.run.options import run_options


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="saidwhat")
@click.option("-v", "--verbose", is_flag=True, help="Log what each stage does.")
def main(verbose: bool) -> None:
    """saidwhat: who said and did what to whom, and when, from raw news articles."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="saidwhat: %(levelname)s: %(message)s", stream=sys.stderr)


def resource_errors(f: Callable[..., Any]) -> Callable[..., Any]:
    """A missing or corrupt resource: its message and exit status 1, no traceback."""
    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except ResourceError as e:
            raise click.ClickException(str(e)) from e
    return wrapper


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False, writable=True),
              help="Write JSON Lines here instead of stdout.")
@run_options
@input_options
@resource_errors
def extract(paths: tuple[str, ...], output: str | None, workers: int | None, quiet: bool,
            fields: dict[str, str], encoding: str | None, actors_file: str | None, limits: Limits) -> None:
    """Print statements and events of articles as JSON Lines (the record format: `saidwhat schema`).

    PATHS are .txt/.html/.jsonl/.csv/.tsv/.warc files, directories (read recursively) or - for
    JSON Lines on stdin. Articles are streamed through WORKERS processes; output keeps the input order.
    A document past a limit (--max-bytes, --max-seconds, --max-memory), or whose worker crashes,
    is skipped with the reason and the run goes on.

    Example:

        saidwhat extract examples/seeds -o seeds.jsonl --workers 2

        saidwhat extract articles.csv --field text=story --encoding cp1252
    """
    from saidwhat.run.jobs import extract as run_extract
    from saidwhat.run.progress import Progress, count_articles

    started = time.monotonic()
    settings = settings_with_actors(actors_file, workers=workers)
    total = count_articles(list(paths))
    out: IO[str] = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    try:
        with Progress(total, quiet) as progress:
            def on_result(result: Result) -> None:
                progress.update(result)
                if result.document.status != "ok" and not quiet:
                    progress.write(f"saidwhat: skipped {result.document.doc}: {result.document.reason}")

            unreadable = run_extract(list(paths), out, settings, on_result=on_result,
                                     options=read_options(fields, encoding), limits=limits, total=total)
    finally:
        if output:
            out.close()
    click.echo(f"saidwhat: {progress.tally.summary(time.monotonic() - started)}", err=True)
    sys.exit(1 if unreadable else 0)


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--pred", type=click.Path(exists=True, dir_okay=False),
              help="Score this saved `saidwhat extract` output instead of running the pipeline.")
@click.option("--core", is_flag=True, help="Recall on gold items of tier `core` only.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@resource_errors
def eval_(gold: str, pred: str | None, core: bool, as_json: bool) -> None:
    """Run the pipeline on a gold file (common format) and score who said what.

    Prints the figures of the shared attribution scorer, recall by quote type and by cue word,
    the wrong speaker names counted by kind (title left in, partial name, abbreviation, document
    as speaker, KB override, group named wrongly, generic noun, wrong person) with examples, and
    the worst misses with their sentences.

    Example:

        saidwhat eval my_gold.jsonl --pred my_output.jsonl
    """
    from saidwhat.eval import evaluate, format_report

    res = evaluate(gold, pred, core=core, settings=Settings())
    click.echo(json.dumps(res, ensure_ascii=False) if as_json else format_report(res))

from saidwhat.store.commands import register  # noqa: E402 - the database commands

register(main)

from saidwhat.web.command import serve  # noqa: E402 - imports the web stack only when run

main.add_command(serve)

from saidwhat.spark.command import spark  # noqa: E402 - imports pyspark only when run

main.add_command(spark)


if __name__ == "__main__":
    main()
