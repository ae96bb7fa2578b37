"""saidwhat: who said and did what to whom, and when, from raw news articles.

Importing the package is instant: the spaCy model and the actor knowledge base load on first use.
"""

import logging

from saidwhat.records import Actor, Article, DocumentInfo, Event, Result, Span, Statement

__all__ = ["Actor", "Article", "DocumentInfo", "Event", "Result", "Span", "Statement", "extract_text"]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())


def extract_text(text: str, doc: str = "doc", **metadata: str | None) -> Result:
    """Run the whole pipeline on one article given as a string (title, url, published, outlet optional)."""
    from saidwhat.pipeline import process_articles

    article = Article(doc=doc, text=text, fmt="txt", **metadata)
    return next(iter(process_articles([article])))
