"""The `saidwhat` command: a thin layer over the library."""

from __future__ import annotations

import json
import logging
import sys
import time
from collections import Counter
from typing import IO

import click

from saidwhat import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="saidwhat")
@click.option("-v", "--verbose", is_flag=True, help="Log what each stage does.")
def main(verbose: bool) -> None:
    """saidwhat: who said and did what to whom, and when, from raw news articles."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="saidwhat: %(levelname)s: %(message)s", stream=sys.stderr)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False, writable=True),
              help="Write JSON Lines here instead of stdout.")
def extract(paths: tuple[str, ...], output: str | None) -> None:
    """Print statements and events of articles as JSON Lines (CONTRACT.md).

    PATHS are .txt/.html/.jsonl/.warc files, directories (read recursively) or - for JSON Lines
    on stdin.

    Example:

        saidwhat extract examples/seeds -o seeds.jsonl
    """
    from saidwhat.read import read_paths
    from saidwhat.run.local import run_local

    started = time.monotonic()
    counts: Counter[str] = Counter()
    unreadable: list[str] = []

    def articles():
        for article in read_paths(list(paths)):
            if article.unreadable:
                unreadable.append(article.source or article.doc)
            yield article

    out: IO[str] = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    try:
        for result in run_local(articles()):
            _write(out, result.records(), counts)
            if result.document.status != "ok":
                click.echo(f"saidwhat: skipped {result.document.doc}: {result.document.reason}", err=True)
    finally:
        if output:
            out.close()
    seconds = time.monotonic() - started
    click.echo(f"saidwhat: {counts['documents']} documents ({counts['skipped']} skipped), "
               f"{counts['statements']} statements, {counts['events']} events in {seconds:.1f}s", err=True)
    sys.exit(1 if unreadable else 0)


def _write(out: IO[str], records: list[dict], counts: Counter[str]) -> None:
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        kind = rec["kind"]
        if kind == "document":
            counts["documents"] += 1
            if rec["status"] != "ok":
                counts["skipped"] += 1
        else:
            counts[kind + "s"] += 1


if __name__ == "__main__":
    main()
