"""The per-document flow: clean -> parse -> extract -> resolve -> code.

`process_parsed` is a pure function of one article and its parse (plus read-only resources), so
the same code runs in one process, in a local process pool, or in a Spark partition.
"""

from __future__ import annotations

import ctypes
import functools
import logging
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from saidwhat.records import Article, DocumentInfo, Result, Span
from saidwhat.resources import Settings, current

if TYPE_CHECKING:
    from spacy.language import Language

    from saidwhat.parse import ParsedDoc
    from saidwhat.resources import Resources

log = logging.getLogger(__name__)
T = TypeVar("T")

# Articles parsed together by nlp.pipe, and the characters after which a batch ends: the defaults
# of saidwhat.resources.Settings (bench/RESULTS.md tells why).
BATCH_SIZE = Settings.batch_size
BATCH_CHARS = Settings.batch_chars
# Free heap pages go back to the system after every few parse batches, not after each: the next
# batch faults back in what a trim gave away, and trimming after every batch cost ~1.5% more
# system time (bench/RESULTS.md) for no lower peak.
TRIM_EVERY = 4


def analyse_article(article: Article) -> DocumentInfo:
    """The clean stage: body spans and metadata, or a skipped document with its reason."""
    from saidwhat.clean import analyse

    return analyse(article)


def process_parsed(article: Article, info: DocumentInfo, parsed: ParsedDoc, resources: Resources) -> Result:
    """Extract, resolve and code everything in one parsed article, with the run's resources."""
    from saidwhat.code.events import code_events
    from saidwhat.code.plover import type_statements
    from saidwhat.extract.events import extract_event_mentions
    from saidwhat.extract.statements import extract_statements
    from saidwhat.resolve.actors import resolve_actors
    from saidwhat.resolve.dates import date_records
    from saidwhat.resolve.home_country import fill_home_countries
    from saidwhat.resolve.not_actors import drop_non_actors

    assert article.text is not None
    statements = extract_statements(parsed, info, resources.cue_model, resources.cue_lexicon)
    mentions = extract_event_mentions(parsed)
    context = resolve_actors(statements, parsed, info, resources.kb)
    # statements are typed before events are built: a typed statement's cue is not an event,
    # and the actor context's look-ups happen in the order they always have
    type_statements(statements, parsed, info, context)
    events = code_events(mentions, info, statements, context)
    fill_home_countries(statements, events, parsed, resources.kb)  # `authorities` in Guatemala: GTM
    date_records(statements, events, parsed, info)
    drop_non_actors(statements, events)  # "I", "you", "who": a speaker span, but no actor
    _anchor(statements, article.text)
    _anchor(events, article.text)
    return Result(info, statements, events)


def _anchor(records: list, text: str) -> None:
    """Point every span at the text as read: the parser saw a masked copy (same offsets, with
    chrome and markup blanked), so span texts are taken again from the original."""
    for rec in records:
        for name in ("speaker", "cue", "content", "sentence", "trigger", "actor_span", "recipient_span"):
            span = getattr(rec, name, None)
            if isinstance(span, Span):
                setattr(rec, name, Span.of(text, span.start, span.end))
        if getattr(rec, "mentions", None):  # an event's further mentions
            rec.mentions = [(Span.of(text, t.start, t.end), Span.of(text, s.start, s.end)) for t, s in rec.mentions]


def process_articles(articles: Iterable[Article], settings: Settings | None = None,
                     nlp: Language | None = None) -> Iterator[Result]:
    """Process articles lazily, in input order, parsing them in batches with `nlp.pipe`.

    The resources are this process's, loaded with `settings` (default: the defaults) before the
    first article is read; `nlp` stands in for their model (tests).
    """
    from saidwhat.parse import ParsedDoc, masked_text

    res: Resources = current(settings)
    nlp = nlp or res.nlp
    knobs = settings or res.settings
    batches = parse_batches(articles, knobs.batch_size, knobs.batch_chars)
    for n, batch in enumerate(batches, 1):
        infos = [analyse_article(a) for a in batch]
        todo = [(a, i) for a, i in zip(batch, infos, strict=True) if i.status == "ok" and a.text]
        masked = [masked_text(a.text or "", i.body) for a, i in todo]
        parsed = nlp.pipe(masked, batch_size=len(masked) or 1)
        by_doc = {id(a): (i, ParsedDoc(d, t, i.body)) for (a, i), d, t in zip(todo, parsed, masked, strict=True)}
        for article, info in zip(batch, infos, strict=True):
            if id(article) not in by_doc:
                yield Result(info)
                continue
            info, parsed_doc = by_doc.pop(id(article))
            try:
                result = process_parsed(article, info, parsed_doc, res)
            except Exception as exc:  # one bad document must not end the run
                log.exception("failed on %s", article.doc)
                info.status, info.reason = "skipped", f"internal error while extracting: {exc!r}"
                result = Result(info)
            parsed_doc.release()
            del parsed_doc
            yield result
        if n % TRIM_EVERY == 0:
            release_free_memory()


def parse_batches(items: Iterable[T], size: int = BATCH_SIZE, max_chars: int = BATCH_CHARS,
                  text: Callable[[T], str | None] = lambda a: a.text) -> Iterator[list[T]]:
    """`items` in batches of at most `size`, ending early once a batch holds `max_chars`
    characters (a longer article is a batch of its own)."""
    batch: list[T] = []
    chars = 0
    for item in items:
        n = len(text(item) or "")
        if batch and chars + n > max_chars:
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += n
        if len(batch) >= size:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None


def release_free_memory() -> None:
    """Hand the heap's free pages back to the system after a batch: glibc keeps them, and over a
    long run the parser's scattered leftovers would otherwise make resident memory creep up."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
