"""A tiny language check: the share of very common function words (no extra dependency)."""

from __future__ import annotations

import re

from saidwhat.lexicons import table

_TOKEN = re.compile(r"[^\W\d_]+")
_STOPWORDS: dict[str, frozenset[str]] = {r["language"]: frozenset(r["words"].split())
                                         for r in table("function_words")}
MIN_WORDS = 20  # below this the test says nothing: assume English


def detect_language(text: str) -> str:
    """'en', another ISO 639-1 code from the small table, or '' for an unknown non-English text."""
    words = [w.lower() for w in _TOKEN.findall(text[:20000])]
    letters = sum(len(w) for w in words)
    if len(words) < MIN_WORDS and letters < 120:
        return "en"
    english = _STOPWORDS["en"]
    if sum(w in english for w in words) / max(len(words), 1) >= 0.12:
        return "en"  # the common case, decided before scoring the other languages
    scores = {code: sum(w in sw for w in words) / max(len(words), 1) for code, sw in _STOPWORDS.items()}
    best = max(scores, key=lambda c: scores[c])
    return best if scores[best] >= 0.15 else ""
