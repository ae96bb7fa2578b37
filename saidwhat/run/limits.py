"""The limits each document runs under, and the reasons a document past one is skipped with.

Every reason names the limit and the option that raises it, and carries the limit's value, so
that `ingest` can tell on a later run whether a raised limit lets the document through now.
"""

from __future__ import annotations

import re
import signal
from dataclasses import dataclass

from saidwhat.read.checks import MAX_TEXT_BYTES

# A news article is parsed in well under a second; 120 s is a hundred times a long report, and
# leaves a hostile or pathological document one worker-minute or two, never a night.
MAX_SECONDS = 120.0
# A worker peaks at ~300 MB on news articles (the model included); a document that takes seven
# times that is no article.
MAX_MEMORY_MB = 2048

_LIMIT_IN_REASON = re.compile(r"\(--max-(seconds|memory) (\d+(?:\.\d+)?)\)")


@dataclass(frozen=True)
class Limits:
    """Per-document limits; 0 turns a time or memory limit off."""

    max_bytes: int = MAX_TEXT_BYTES  # text (or HTML, or a JSON Lines line) per document
    max_seconds: float = MAX_SECONDS  # a worker's time on one document
    max_memory_mb: int = MAX_MEMORY_MB  # a worker's resident memory

    @property
    def watched(self) -> bool:
        """Whether the pipeline must run in a child process that can be stopped."""
        return self.max_seconds > 0 or self.max_memory_mb > 0

    def too_slow(self) -> str:
        return (f"too slow: no result after {self.max_seconds:g} s, the time limit per document "
                f"(--max-seconds {self.max_seconds:g})")

    def too_big(self, resident_mb: float) -> str:
        return (f"too much memory: its worker grew to {resident_mb:.0f} MB, past the limit of "
                f"{self.max_memory_mb} MB (--max-memory {self.max_memory_mb})")

    def lets_through(self, reason: str | None) -> bool:
        """Whether a document skipped with `reason` under earlier limits may pass these ones
        (it hit a time or memory limit that is now higher, or off)."""
        m = _LIMIT_IN_REASON.search(reason or "")
        if m is None or not (reason or "").startswith(("too slow:", "too much memory:")):
            return False
        now = self.max_seconds if m.group(1) == "seconds" else self.max_memory_mb
        return now == 0 or now > float(m.group(2))


def crashed(exitcode: int | None) -> str:
    """The reason for a document whose worker died under it (a crash, an OOM kill, kill -9)."""
    if exitcode is not None and exitcode < 0:
        try:
            how = f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            how = f"killed by signal {-exitcode}"
    else:
        how = f"exited with status {exitcode}"
    return (f"crashed: the worker processing it was {how} (a crash in the parser or an extractor, "
            "or the system ran out of memory); the other documents were processed")
