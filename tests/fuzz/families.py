"""Pathological text families: each a function of a size in characters, deterministic.

Shared by tests/test_pathological.py (time per character stays flat with size) and
bench/pathological.py (the figures). Each family repeats a small unit until the size is reached,
so that a longer text is more of the same, not a different kind of text.
"""

from __future__ import annotations

from collections.abc import Callable

WORDS = ("the minister told reporters that the government would not accept any deal and officials "
         "said talks with rebels in the north continued while critics warned of new sanctions").split()


def _fill(unit: Callable[[int], str], size: int, head: str = "", tail: str = "") -> str:
    parts, n, i = [head], len(head) + len(tail), 0
    while n < size:
        piece = unit(i)
        parts.append(piece)
        n += len(piece)
        i += 1
    parts.append(tail)
    return "".join(parts)[:max(size, len(head))] if not tail else "".join(parts)


def quote_storm(size: int) -> str:
    """Alternating quote marks and speech tags: `"A," he said. " he said "B" he said ...`."""
    units = ('" he said ', '"We will not," she said. ', '“ he said ', '” he said "', "'' he said ''")
    return _fill(lambda i: units[i % len(units)] + WORDS[i % len(WORDS)] + " ", size, "Lavrov said ")


def nested_quotes(size: int) -> str:
    """Quotes inside quotes inside quotes, each with its own speaker, closed at the end."""
    depth = max(1, size // 40)
    opens = "".join(f'{WORDS[i % len(WORDS)]} said “‘"' for i in range(depth))
    return "Lavrov said " + opens + "no" + "\"’”" * depth + "."


def nested_parentheses(size: int) -> str:
    """Parentheses nested thousands deep, with words and speech verbs inside."""
    depth = max(1, size // 14)
    return "Lavrov said " + "".join(f"(he said {WORDS[i % len(WORDS)]} " for i in range(depth)) + ")" * depth + "."


def repeated_word(size: int) -> str:
    """One word over and over: one enormous sentence."""
    return _fill(lambda i: "said ", size, "Lavrov said ")


def no_punctuation(size: int) -> str:
    """Ordinary words, no punctuation and no line breaks: one sentence of the whole text."""
    return _fill(lambda i: WORDS[(i * 7) % len(WORDS)] + " ", size, "Lavrov said ")


def long_sentences(size: int) -> str:
    """Paragraphs of reports and quotes joined by commas into very long sentences."""
    units = ('"We will not accept it," Lavrov told reporters, ', "adding that officials said the deal was dead, ",
             "according to the ministry, ", "Russia warned on Friday, ")
    return _fill(lambda i: units[i % len(units)], size, "", ".")


FAMILIES: dict[str, Callable[[int], str]] = {
    "quote_storm": quote_storm,
    "nested_quotes": nested_quotes,
    "nested_parentheses": nested_parentheses,
    "repeated_word": repeated_word,
    "no_punctuation": no_punctuation,
    "long_sentences": long_sentences,
}
