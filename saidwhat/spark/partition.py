"""What runs on the executors: read a unit, and run the pipeline over a partition of articles.

The resources (spaCy model, knowledge base, cue model) are loaded once per executor Python
process (`saidwhat.resources.current`, a per-process cache that outlives tasks, Spark reusing
its Python workers). A partition runs through `run_local` with one watched worker process, so
the per-document limits (`--max-seconds`, `--max-memory`) and the handling of documents that
fail, hang or crash their worker are those of `saidwhat extract`: the document becomes a
skipped row with the reason, and the task goes on.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable, Iterator
from typing import Any

from saidwhat.read.checks import checked
from saidwhat.read.fields import ReadOptions
from saidwhat.records import Article
from saidwhat.resources import Settings
from saidwhat.run.limits import Limits
from saidwhat.spark.inputs import Unit, read_unit

Position = tuple[int, int]  # (unit index, article's place in the unit)


def read_units(units: Iterable[Unit], limit: int, options: ReadOptions,
               skipped: Any = None, unreadable: Any = None) -> Iterator[tuple[Position, Article]]:
    """The articles of `units`, checked as `read_paths` checks them, keyed by their place in the
    run. `skipped` and `unreadable` are Spark accumulators (or None): WARC records that are no
    article by reason, and paths that could not be read."""
    for unit in units:
        counts: Counter[str] = Counter()
        for n, article in enumerate(read_unit(unit, limit, options, counts)):
            if article.unreadable and unreadable is not None:
                unreadable.add(1)
            yield (unit.index, n), checked(article)
        if counts and skipped is not None:
            skipped.add(counts)


def process_partition(items: Iterable[tuple[Position, Article]], settings: Settings | None,
                      limits: Limits, tally: Any = None) -> Iterator[tuple[Any, ...]]:
    """RESULT rows (saidwhat.spark.tables) for a partition's articles, in its order; `tally` (a
    Spark accumulator, or None) counts documents, skipped ones, statements and events."""
    from saidwhat.resources import current
    from saidwhat.run.local import run_local
    from saidwhat.spark.tables import result_row
    from saidwhat.store.writer import article_hash

    current(settings)  # once per executor Python process; the watched worker inherits it (fork)
    pending: deque[tuple[Position, Article, str]] = deque()

    def articles() -> Iterator[Article]:
        for position, article in items:
            pending.append((position, article, article_hash(article)))
            yield article

    counts: Counter[str] = Counter()
    for result in run_local(articles(), workers=1, settings=settings, limits=limits):
        position, article, sha = pending.popleft()
        counts.update(documents=1, skipped=result.document.status != "ok", statements=len(result.statements),
                      events=len(result.events))
        yield result_row(result, article, sha, position)
    if tally is not None:
        tally.add(counts)


class CounterParam:
    """A Spark accumulator of counts by name (pyspark.AccumulatorParam's protocol)."""

    def zero(self, value: Counter[str]) -> Counter[str]:
        return Counter()

    def addInPlace(self, a: Counter[str], b: Counter[str]) -> Counter[str]:  # noqa: N802 - Spark's name
        a.update(b)
        return a
