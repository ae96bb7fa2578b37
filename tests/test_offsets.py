"""Property: every span of every record indexes the text as read, whatever the input looks like."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from saidwhat import extract_text

WORDS = ["Lavrov", "said", "Foreign", "Minister", "Sergei", "NATO", "he", "warned", "that", "Russia",
         "would", "accused", "according", "to", "the", "Kremlin", "on", "Friday", "war", "told", "reporters",
         "Stoltenberg", "“", "”", '"', "‘", "’", "'", "«", "»", ":", ",", ".", "—", "[said](#)", "<b>",
         "</b>", "&amp;", "\n", "\n\n", "\r\n", "\t", "  ", "é", "Zelenskiy", "Київ", "🙂", "\u200b"]

texts = st.lists(st.sampled_from(WORDS), min_size=0, max_size=60).map(" ".join) | st.text(max_size=300)


def _spans(result):
    for rec in [*result.statements, *result.events]:
        for name in ("speaker", "cue", "content", "sentence", "trigger"):
            span = getattr(rec, name, None)
            if span is not None:
                yield span
    yield from result.document.body


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_every_span_matches_the_text(text):
    result = extract_text(text, doc="prop", published="2022-01-28")
    for span in _spans(result):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start:span.end] == span.text


def test_unbalanced_quotes_do_not_break_anything():
    text = ('“We will never agree, Lavrov said on Friday.\n\nHe added: "the talks are over.\n\n'
            '‘Nothing” ” changed’, the minister said.')
    result = extract_text(text, published="2022-01-28")
    assert result.document.status == "ok"
    for span in _spans(result):
        assert text[span.start:span.end] == span.text
