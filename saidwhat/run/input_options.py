"""Click options of `extract` and `ingest` that fit saidwhat to the user's files and actors:
`--field text=body`, `--encoding cp1252`, `--actors my_actors.csv`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from saidwhat.read.fields import FIELD_NAMES, FieldError, ReadOptions, parse_field_mappings

F = TypeVar("F", bound=Callable[..., object])


def _fields(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> dict[str, str]:
    try:
        return parse_field_mappings(value)
    except FieldError as e:
        raise click.BadParameter(str(e)) from None


def _encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from saidwhat.read.encodings import EncodingError, check_encoding

    try:
        return check_encoding(value)
    except EncodingError as e:
        raise click.BadParameter(str(e)) from None


def input_options(fn: F) -> F:
    """Add `--field`, `--encoding` and `--actors` to a command."""
    fn = click.option(
        "--actors", "actors_file", type=click.Path(dir_okay=False),
        help="A CSV or JSON file of your own actors (name, aliases, country, sector, role, from, "
             "until); they add to and override the bundled knowledge base.")(fn)
    fn = click.option(
        "--encoding", callback=_encoding, metavar="NAME",
        help="The encoding of text, JSON Lines and CSV files (cp1252, latin-1, ...).  [default: "
             "UTF-8; other encodings are detected when the detection is confident]")(fn)
    return click.option(
        "--field", "fields", multiple=True, callback=_fields, metavar="FIELD=NAME",
        help="The name of a field in your JSON Lines or CSV files, such as --field text=body "
             f"(repeatable; FIELD is one of {', '.join(FIELD_NAMES)}). Common names are "
             "accepted without it: body/content/article, headline, link, date/published_at, "
             "source/site.")(fn)


def read_options(fields: dict[str, str], encoding: str | None) -> ReadOptions:
    return ReadOptions(fields=fields, encoding=encoding)


def settings_with_actors(actors_file: str | None, extra: list[Any] | None = None, **kwargs: Any) -> Any:
    """The run's Settings; with user actors (a file and/or rows from the database), the knowledge
    base is a copy of the bundled one with those actors merged in (see resolve/user_actors.py)."""
    from saidwhat.resources import Settings

    settings = Settings(**kwargs)
    rows = list(extra or [])
    if actors_file:
        from saidwhat.resolve.user_actors import UserActorsError, read_user_actors

        try:
            rows += read_user_actors(actors_file)
        except UserActorsError as e:
            raise click.BadParameter(str(e), param_hint="--actors") from None
    if not rows:
        return settings
    from dataclasses import replace

    from saidwhat.resolve.user_actors import merged_kb

    return replace(settings, kb=merged_kb(settings.kb, rows))
