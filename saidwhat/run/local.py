"""Where process() runs on one machine (placeholder: in this process, until the runner lands)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from saidwhat.records import Article, Result


def run_local(articles: Iterable[Article], workers: int | None = None) -> Iterator[Result]:
    """Results for the articles, in input order."""
    from saidwhat.pipeline import process_articles

    yield from process_articles(articles)
