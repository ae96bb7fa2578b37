"""Click options shared by the commands that run the pipeline (`extract`, `ingest`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any, TypeVar

import click

from saidwhat.run.limits import MAX_MEMORY_MB, MAX_SECONDS, Limits
from saidwhat.run.local import ARTICLES_PER_WORKER

F = TypeVar("F", bound=Callable[..., object])

_UNITS = {"": 1, "k": 1_000, "m": 1_000_000, "g": 1_000_000_000}


class ByteSize(click.ParamType):
    """A number of bytes: 20000000, 20M, 500k, 1G (decimal units)."""

    name = "BYTES"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)b?\s*", str(value), re.IGNORECASE)
        if m is None or float(m.group(1)) * _UNITS[m.group(2).lower()] < 1:
            self.fail(f"{value!r} is not a size in bytes (such as 20000000, 20M or 500k)", param, ctx)
        return int(float(m.group(1)) * _UNITS[m.group(2).lower()])


def run_options(fn: F) -> F:
    """Add `--workers N`, `--quiet` and the per-document limits to a command; the command gets
    the limits as one `limits: Limits` argument."""
    fn = limit_options(fn)
    fn = click.option("-q", "--quiet", is_flag=True,
                      help="No progress bar (there is none anyway when stderr is not a terminal).")(fn)
    return click.option("-w", "--workers", type=click.IntRange(min=1), default=None,
                        help="Worker processes.  [default: one per "
                             f"{ARTICLES_PER_WORKER} articles, at most the number of cores]")(fn)


def limit_options(fn: F) -> F:
    """Add the per-document limits (`--max-bytes`, `--max-seconds`, `--max-memory`) to a command;
    the command gets them as one `limits: Limits` argument."""
    @functools.wraps(fn)
    def wrapper(*args: Any, max_bytes: int, max_seconds: float, max_memory: int, **kwargs: Any) -> Any:
        return fn(*args, limits=Limits(max_bytes, max_seconds, max_memory), **kwargs)

    options = [
        click.option("--max-bytes", type=ByteSize(), default=Limits.max_bytes,
                     help="Skip a document whose text (or HTML) is larger (20000000, 20M, 500k).  "
                          f"[default: {Limits.max_bytes} (10 MiB)]"),
        click.option("--max-seconds", type=click.FloatRange(min=0), default=MAX_SECONDS, show_default=True,
                     help="Skip a document that takes longer (its worker is stopped and replaced); "
                          "0: no limit."),
        click.option("--max-memory", type=click.IntRange(min=0), default=MAX_MEMORY_MB, show_default=True,
                     metavar="MB", help="Skip a document that makes its worker's resident memory grow "
                                        "past this many MB (Linux); 0: no limit."),
    ]
    out: Any = wrapper
    for option in reversed(options):
        out = option(out)
    return out  # type: ignore[no-any-return]
