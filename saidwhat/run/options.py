"""Click options shared by the commands that run the pipeline (`extract`, `ingest`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import click

F = TypeVar("F", bound=Callable[..., object])


def run_options(fn: F) -> F:
    """Add `--workers N` (default: the number of cores) and `--quiet` to a command."""
    fn = click.option("-q", "--quiet", is_flag=True,
                      help="No progress bar (there is none anyway when stderr is not a terminal).")(fn)
    return click.option("-w", "--workers", type=click.IntRange(min=1), default=None,
                        help="Worker processes; 1 runs in this process.  [default: number of cores]")(fn)
