"""What a run tells the person watching it: a progress bar on a terminal, and a summary line."""

from __future__ import annotations

import contextlib
import io
import os
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from saidwhat.read.formats import extension
from saidwhat.records import Result

LINES = {".jsonl", ".ndjson"}  # one article per line
MANY = {".warc", ".warc.gz", ".wet", ".wet.gz"}  # not counted: it would mean reading them
MAX_COUNT_BYTES = 1 << 30  # counting lines beyond this is no longer cheap: no ETA
MAX_COUNT_FILES = 100_000


@dataclass
class Tally:
    """Counts over the results of a run, for the progress bar and the summary line."""

    documents: int = 0
    statements: int = 0
    events: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def add(self, result: Result) -> None:
        self.documents += 1
        self.statements += len(result.statements)
        self.events += len(result.events)
        if result.document.status != "ok":
            self.skipped[reason_key(result.document.reason)] += 1

    def summary(self, seconds: float) -> str:
        skipped = sum(self.skipped.values())
        why = ", ".join(f"{n} {reason}" for reason, n in self.skipped.most_common())
        return (f"{self.documents} documents read ({skipped} skipped{': ' + why if why else ''}), "
                f"{self.statements} statements, {self.events} events in {seconds:.1f}s")


def reason_key(reason: str | None) -> str:
    """The short kind of a skip reason: `not English (looks like fr); ...` -> `not English`."""
    text = re.sub(r"^line \d+(:| is) ", "", reason or "unknown")
    match = re.match(r"[\w \"'-]+", text)
    return (match.group(0).strip() if match else "") or "other"


def terminal_width(stream: IO[str]) -> int:
    """The columns of the terminal `stream` writes to; 80 when it reports none (0), or no size."""
    try:
        width = os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, ValueError, OSError, io.UnsupportedOperation):
        width = 0
    if width <= 0:
        width = int(os.environ["COLUMNS"]) if os.environ.get("COLUMNS", "").isdigit() else 0
    return width if width > 0 else 80


def bar_format(width: int, total_known: bool) -> str | None:
    """What fits in `width` columns: tqdm's full bar from 60 (None), then the counts and the time
    left without the bar, then the counts alone."""
    if width >= 60:
        return None
    if total_known:
        return "{n_fmt}/{total_fmt} {percentage:.0f}% {remaining} left" if width >= 28 else "{n_fmt}/{total_fmt}"
    return "{n_fmt} docs, {rate_fmt}" if width >= 24 else "{n_fmt} docs"


def count_articles(paths: list[str]) -> int | None:
    """How many articles `paths` hold, when that is cheap to know (else None: no ETA).

    Text and HTML files count one each, JSON Lines files their lines; stdin, WARC files, over
    1 GB of JSON Lines and directories of over 100,000 files are not counted.
    """
    files: list[Path] = []
    for p in paths:
        path = Path(p)
        if p == "-":
            return None
        if path.is_dir():
            for folder, dirs, names in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                files += [Path(folder, n) for n in names if not n.startswith(".")]
                if len(files) > MAX_COUNT_FILES:
                    return None
        else:
            files.append(path)
    total = 0
    budget = MAX_COUNT_BYTES
    for f in files:
        ext = extension(f)
        if ext in LINES and f.is_file():
            budget -= f.stat().st_size
            if budget < 0:
                return None
            total += _count_lines(f)
        elif ext in MANY:
            return None
        else:  # one article, or one skipped record for a missing or unsupported file
            total += 1
    return total


def _count_lines(path: Path) -> int:
    """Lines (blank ones too: close enough for an ETA), counted in 1 MiB chunks (~1 GB/s)."""
    lines, last = 0, b"\n"
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    return lines + (last != b"\n")


class Progress:
    """A tqdm bar on stderr (documents, documents/s, statements, time left when the total is known).

    Shown only when stderr is a terminal and `quiet` is false; otherwise every method is a no-op
    apart from the tally. The bar fits the terminal's width as it is now, however narrow (see
    `bar_format`); a terminal that reports no width gets 80 columns. Use `write` for messages so
    they do not break the bar.
    """

    def __init__(self, total: int | None = None, quiet: bool = False, stream: IO[str] | None = None,
                 delay: float = 1.0):
        self.tally = Tally()
        self.stream = stream or sys.stderr
        self.total = total
        self.bar: Any = None
        self._width = 0
        self._logging = contextlib.ExitStack()
        if not quiet and self.stream.isatty():
            from tqdm import tqdm
            from tqdm.contrib.logging import logging_redirect_tqdm

            self._width = terminal_width(self.stream)
            self.bar = tqdm(total=total, unit="doc", file=self.stream, delay=delay, smoothing=0.1,
                            ncols=self._width, bar_format=bar_format(self._width, total is not None))
            self._logging.enter_context(logging_redirect_tqdm())  # log lines go above the bar

    def _fit(self) -> None:
        width = terminal_width(self.stream)
        if width != self._width:
            self._width = self.bar.ncols = width
            self.bar.bar_format = bar_format(width, self.total is not None)

    def update(self, result: Result) -> None:
        self.tally.add(result)
        if self.bar is not None:
            self._fit()
            self.bar.set_postfix_str(f"{self.tally.statements} statements", refresh=False)
            self.bar.update(1)

    def skip(self, _: object = None) -> None:
        """One more article done without the pipeline (unchanged since the last `ingest`)."""
        if self.bar is not None:
            self._fit()
            self.bar.update(1)

    def write(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=self.stream)
        else:
            print(message, file=self.stream, flush=True)

    def close(self) -> None:
        self._logging.close()
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
