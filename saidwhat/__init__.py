"""saidwhat: who said and did what to whom, and when, from raw news articles.

Importing the package is instant: the spaCy model and the actor knowledge base load on first use.
The Python API (`extract_text`, `extract`, `ingest`, `open`) is described in `saidwhat.api`.
"""

import logging

# The `extract` stage package is loaded before the `extract` function is bound below: Python sets
# a package's attribute to a subpackage when that subpackage is first imported, which would
# otherwise replace `saidwhat.extract` the function with the module. (So write
# `from saidwhat.extract.statements import x`, never `import saidwhat.extract.statements`.)
import saidwhat.extract  # noqa: F401
from saidwhat.api import Database, Rows, extract, extract_text, ingest, open
from saidwhat.records import Actor, Article, DocumentInfo, Event, Result, Span, Statement

__all__ = ["Actor", "Article", "Database", "DocumentInfo", "Event", "Result", "Rows", "Span", "Statement",
           "extract", "extract_text", "ingest", "open"]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
