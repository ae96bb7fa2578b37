"""The per-document views the extractors read instead of spaCy's rebuilt objects: each must say
exactly what spaCy says."""

from __future__ import annotations

import pytest

from saidwhat.parse import (
    ParsedDoc,
    doc_ents,
    doc_sents,
    doc_text,
    load_nlp,
    masked_text,
    parsed_of,
    sent_ents,
    sent_of,
    token_table,
)
from saidwhat.parse.quotes import find_quotes
from saidwhat.records import Span

TEXT = (
    "MOSCOW (AP) — Russian Foreign Minister Sergey Lavrov said on Friday that Moscow \"doesn't want wars\".\n"
    "NATO Secretary-General Jens Stoltenberg rejected the demands, and the U.S. imposed sanctions "
    "on three banks in St. Petersburg.\n"
    "\"We will respond,\" the Kremlin's spokesman Dmitry Peskov told reporters in Moscow on Jan. 28, 2022."
)


@pytest.fixture(scope="module")
def doc():
    text = masked_text(TEXT, [Span.of(TEXT, 0, len(TEXT))])
    return ParsedDoc(load_nlp()(text), text).doc


def test_token_table_says_what_each_token_says(doc) -> None:
    tab = token_table(doc)
    assert token_table(doc) is tab  # built once per document
    for tok in doc:
        i = tok.i
        assert (tab.lemma[i], tab.lower[i], tab.tag[i], tab.dep[i], tab.ent[i], tab.pos[i]) == (
            tok.lemma_.lower(), tok.lower_, tok.tag_, tok.dep_, tok.ent_type_, tok.pos_)
        assert tab.head[i] == tok.head.i
        assert tab.children[i] == tuple(c.i for c in tok.children)
        assert (tab.sent_start[i], tab.sent_end[i]) == (tok.sent.start, tok.sent.end)
        assert tab.idx[i] == tok.idx


def test_cached_entities_and_sentences_are_spacys(doc) -> None:
    assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert [(s.start, s.end) for s in doc_sents(doc)] == [(s.start, s.end) for s in doc.sents]
    assert len(doc_sents(doc)) == 3
    for tok in doc:
        assert sent_of(tok) == tok.sent
    for sent in doc_sents(doc):
        assert [(e.start, e.end) for e in sent_ents(sent)] == [(e.start, e.end) for e in sent.ents]


def test_text_kept_from_the_parsers_input(doc) -> None:
    assert doc_text(doc) == doc.text
    assert parsed_of(doc).text is parsed_of(doc).text  # one ParsedDoc per doc
    text = "A short text."
    assert doc_text(ParsedDoc(load_nlp()(text), text).doc) is text  # the very string, not joined again
    other = ParsedDoc(load_nlp()("A short text."), "Not the text it was parsed from")
    assert other.text == "A short text."  # a text that does not fit the tokens is not kept
    assert doc_text(other.doc) == "A short text."


def test_released_parse_lets_go_of_the_doc() -> None:
    parsed = ParsedDoc(load_nlp()("He said so."))
    doc = parsed.doc
    assert parsed.sents and parsed_of(doc) is parsed
    parsed.release()
    assert parsed_of(doc) is not parsed  # a fresh one: nothing of the old one is reachable


def test_quotes_found_once_per_document(doc) -> None:
    body = [Span.of(TEXT, 0, len(TEXT))]
    quotes = ParsedDoc(doc, TEXT, body).quotes
    assert quotes == find_quotes(doc_text(doc), body)
    assert parsed_of(doc).quotes is quotes
    assert [doc_text(doc)[q.start:q.end] for q in quotes if q.closed][-1] == "We will respond,"


def test_quote_marks_of_every_kind() -> None:
    # `_paragraph_quotes` jumps from mark to mark: each kind of mark, at paragraph edges too
    text = ("''Jobs, jobs,'' she said. “Yes,” he said, \"no\" and «oui».\n"
            "still talking about the plan,” he went on for a while. She called it ‘fake’ and it's \"open\n"
            "\"x\" ''")
    body = [Span.of(text, 0, len(text))]
    found = [(text[q.start:q.end], q.closed, q.plain) for q in find_quotes(text, body)]
    assert found == [("Jobs, jobs,", True, True), ("Yes,", True, False), ("no", True, False),
                     ("oui", True, False), ("still talking about the plan,", True, False), ("fake", True, False),
                     ("open", False, False), ("x", True, False)]
