"""The clean stage: body spans vs. site chrome, plus document metadata. Pure: no I/O.

`analyse(article)` marks ranges of `article.text`; it never rewrites the text.
"""

from __future__ import annotations

from saidwhat.clean.body import Unit, select_body, split_units
from saidwhat.clean.language import detect_language
from saidwhat.clean.meta import find_outlet, find_published, find_title, find_url
from saidwhat.records import Article, DocumentInfo, Span

__all__ = ["analyse"]


def analyse(article: Article) -> DocumentInfo:
    """The document record for one article: status, metadata and body spans."""
    text = article.text
    info = DocumentInfo(doc=article.doc, title=article.title, outlet=article.outlet, url=article.url,
                        published=article.published, published_source="given" if article.published else None,
                        text=text if article.emit_text else None,
                        published_precision=article.published_precision if article.published else None)
    if article.problem or text is None or not text.strip():
        info.status, info.reason = "skipped", article.problem or "empty: there is no text in it"
        return info
    units = split_units(text)
    keep, title_idx = select_body(units, article.title)
    kept = set(keep)
    chrome = [u for i, u in enumerate(units) if i not in kept]
    body = [units[i] for i in keep]
    info.title, info.title_span = find_title(text, units, title_idx, article.title)
    info.url = find_url(chrome, article.url)
    info.outlet = find_outlet(units, chrome, info.url, article.outlet)
    info.published, info.published_source = find_published(
        text, units, _top(units, keep, title_idx), info.url, article.published)
    if info.published_source != "given":
        info.published_precision = None  # found in the text or URL: a full date
    info.language = detect_language(" ".join(u.text for u in body) or text)
    if info.language != "en":
        info.status = "skipped"
        info.reason = f"not English (looks like {info.language or 'another language'}); saidwhat reads English"
        info.language = info.language or None
    elif not body:
        info.status = "skipped"
        info.reason = "no article body found: every line looks like site chrome (menus, notices, links)"
    else:
        info.body = [Span.of(text, u.start, u.end) for u in body]
    return info


def _top(units: list[Unit], keep: list[int], title_idx: int | None) -> list[Unit]:
    """Units before the story proper (headline, date lines, bylines) and the lead; no captions."""
    lead = next((i for i in keep if i != title_idx and units[i].kind == "body"), len(units))
    return [u for u in units[: lead + 1] if u.why != "caption"]
