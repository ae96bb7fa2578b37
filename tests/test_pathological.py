"""Hostile texts take time in proportion to their length, and never crash the process (issue 17,
items 1 and 2): quote storms, nesting, repetition, no punctuation, deep parse trees.

Time is compared as a ratio inside the run (CPU time per character of a text ten times longer
against a shorter one of the same kind), never against a wall-clock constant.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from saidwhat.parse.quotes import Quote, QuoteList, containing, inside
from tests.conftest import REPO
from tests.fuzz.families import FAMILIES

# sizes compared: CI runs 2 KB against 20 KB; SAIDWHAT_PATHOLOGICAL_FULL=1 (`make fuzz`) 10 KB
# against 100 KB. A quadratic step makes the ratio about 10; linear, about 1.
FULL = os.environ.get("SAIDWHAT_PATHOLOGICAL_FULL") == "1"
SMALL, LARGE = (10_000, 100_000) if FULL else (2_000, 20_000)
MAX_RATIO = 3.0


def _cpu_per_char(text: str) -> float:
    from saidwhat.pipeline import process_articles
    from saidwhat.records import Article

    best = float("inf")
    for _ in range(2 if len(text) <= SMALL else 1):  # the short run twice: its noise weighs more
        start = time.process_time()
        (result,) = process_articles([Article(doc="p", text=text)])
        best = min(best, time.process_time() - start)
        # a text the cleaner refuses (not English, no body) is a record too, never an internal error
        assert result.document.status == "ok" or "internal error" not in (result.document.reason or "x")
        for rec in result.statements:
            assert text[rec.content.start:rec.content.end] == rec.content.text
    return best / len(text)


@pytest.fixture(scope="module")
def warm() -> None:
    """The model loaded and run once, so the first measured text does not pay for it."""
    _cpu_per_char("Lavrov said he would not go. " * 20)


@pytest.mark.slow
@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_time_per_character_stays_flat(family: str, warm: None) -> None:
    make = FAMILIES[family]
    ratio = _cpu_per_char(make(LARGE)) / _cpu_per_char(make(SMALL))
    assert ratio <= MAX_RATIO, f"{family}: {ratio:.1f}x the time per character at {LARGE} as at {SMALL}"


# units a generated hostile text repeats: quote marks of every kind, speech tags, brackets
_PIECES = st.sampled_from(['"', "“", "”", "‘", "’", "''", "(", ")", "[", " he said ", " said ", ", ",
                           " Lavrov ", " and ", " the ", " told reporters ", " according to ", ": ", " — "])


@pytest.mark.slow
@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(unit=st.lists(_PIECES, min_size=3, max_size=12).map(lambda p: "".join(p) + " officials said "))
def test_generated_hostile_text_time_per_character_stays_flat(unit: str, warm: None) -> None:
    def make(size: int) -> str:
        return ("Lavrov said " + unit * (size // len(unit) + 1))[:size]
    ratio = _cpu_per_char(make(LARGE)) / _cpu_per_char(make(SMALL))
    assert ratio <= MAX_RATIO, f"{unit!r}: {ratio:.1f}x the time per character at {LARGE} as at {SMALL}"


_QUOTES = st.lists(st.tuples(st.integers(0, 200), st.integers(0, 60), st.booleans()), max_size=30).map(
    lambda qs: sorted((Quote(a, a + n, closed) for a, n, closed in qs), key=lambda q: q.start))


@given(quotes=_QUOTES, start=st.integers(0, 260), width=st.integers(0, 5))
def test_bisected_quote_lookups_match_a_scan(quotes: list[Quote], start: int, width: int) -> None:
    """`inside` and `containing` find by bisection exactly what a scan of every quote finds."""
    end = start + 1 if width == 0 else start + width
    first = next((q for q in quotes if q.start <= start and end <= q.end), None)
    assert inside(QuoteList(quotes), start, end if width else None) == first
    assert inside(quotes, start, end if width else None) == first  # a plain list as well
    assert containing(QuoteList(quotes), start) == [q for q in quotes if q.start <= start < q.end]


def test_covering_quote_matches_counting_every_character() -> None:
    """The covering quote found around the content's middle letter is the one found by counting
    the letters of every quote (the old way)."""
    from saidwhat.extract.statements.quoted import _alnum_counts, _covering_quote
    from saidwhat.parse.quotes import find_quotes
    from saidwhat.records import Span

    text = ('He said “we will not go” and added: “never, not ever, not once.” Then ‘maybe’ she said '
            '"a long quoted clause here, with words" today.')
    quotes = find_quotes(text, [Span.of(text, 0, len(text))])
    alnum = _alnum_counts(text)

    def old(content: Span) -> Quote | None:
        chars = [i for i in range(content.start, content.end) if text[i].isalnum()]
        for q in quotes if chars else []:
            if q.end > content.start and q.start < content.end and \
                    sum(q.start <= i < q.end for i in chars) / len(chars) >= 0.85:
                return q
        return None

    found = 0
    for a in range(len(text)):
        for b in range(a, min(len(text), a + 70)):
            content = Span.of(text, a, b)
            want = old(content)
            assert _covering_quote(quotes, content, alnum) == want, (a, b)
            found += want is not None
    assert found > 100  # the comparison covered real matches, not only misses


def test_subtree_walk_matches_spacy_and_needs_no_recursion() -> None:
    from saidwhat.parse import ParsedDoc, load_nlp, subtree_indices, token_table

    nlp = load_nlp()
    doc = nlp((REPO / "examples" / "seeds").glob("*.txt").__next__().read_text(encoding="utf-8"))
    ParsedDoc(doc)
    tab = token_table(doc)
    for tok in doc:
        assert subtree_indices(tab, tok.i) == [t.i for t in tok.subtree]
    # a chain 5,000 levels deep (each token the head of the next): far past Python's recursion limit
    from saidwhat.parse import TokenTable

    n = 5000
    chain = TokenTable(*([[]] * 6), head=[max(0, i - 1) for i in range(n)],
                       children=[(i + 1,) if i + 1 < n else () for i in range(n)],
                       sent_start=[0] * n, sent_end=[n] * n, idx=list(range(n)))
    assert subtree_indices(chain, 0) == list(range(n))


def test_long_run_of_one_verb_gives_its_record(tmp_path: Path) -> None:
    """`Lavrov said said said ...` (100,000 times) parsed as one tree overflowed the C stack
    (a segmentation fault: no output for any document). Now: exit 0 and the document's record."""
    path = tmp_path / "said.txt"
    path.write_text("Lavrov said " + "said " * 100_000, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "saidwhat.cli", "extract", str(path), "--quiet"],
                          capture_output=True, text=True, cwd=REPO, timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    docs = [r for r in records if r.get("kind") == "document"]
    assert len(docs) == 1 and docs[0]["status"] == "ok", docs
    assert "Traceback" not in proc.stderr
