"""The sentence rules: which rule reads each word of a sentence as a cue."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from saidwhat.extract.cue_model import CANDIDATE_POS
from saidwhat.extract.cues import SPEECH_NOUNS
from saidwhat.extract.statements.learned import model_statement
from saidwhat.extract.statements.phrases import according_to, in_poll, noun_statement
from saidwhat.extract.statements.verbs import verb_statement
from saidwhat.parse import TokenTable, token_table
from saidwhat.parse.quotes import Quote
from saidwhat.records import Statement

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

    from saidwhat.extract.cue_model import CueModel
    from saidwhat.extract.cues import CueLexicon


def sentence_statements(sent: SpacySpan, quotes: list[Quote], possible: list[bool], cue_model: CueModel,
                        cue_lexicon: CueLexicon) -> list[Statement]:
    """The statements whose cue is a word of the sentence (`possible`: see `possible_cues`)."""
    out: list[Statement] = []
    doc, tab = sent.doc, token_table(sent.doc)
    scored = cue_model.available()  # asked once per sentence, not per word
    for i in range(sent.start, sent.end):
        if not possible[i]:
            continue  # no rule below reads this word: no Token object is made for it
        tok = doc[i]
        # the word's attributes from the token table: spaCy makes a new string on every read
        lower, pos = tab.lower[i], tab.pos[i]
        if lower == "according" and any(tab.lower[c] == "to" for c in tab.children[i]):
            st = according_to(tok, sent)
        elif lower == "in" and tab.dep[i] == "prep":
            st = in_poll(tok, sent)
        elif pos in ("VERB", "AUX") or tab.tag[i].startswith("VB"):
            st = verb_statement(tok, sent, quotes, cue_lexicon)
        elif pos == "NOUN" and tab.lemma[i] in SPEECH_NOUNS:
            st = noun_statement(tok, sent)
        else:
            st = None
        candidate = scored and pos in CANDIDATE_POS and tok.is_alpha  # `is_candidate` of extract/cue_model.py
        if lower == "according":
            candidate = False  # `according to X` is read by `according_to` alone, which may pass on it
        if st is None and candidate:
            st = model_statement(tok, sent, cue_model)
        elif st is not None and st.rule in VETO_RULES and candidate and \
                cue_model.cue_prob(tok) < cue_model.threshold("veto", 0.0):
            st = None  # the learned detector says this word is rarely a report in this frame
        if st is not None:
            out.append(st)
    return out


def possible_cues(tab: TokenTable, quotes: list[Quote]) -> list[bool]:
    """For each token of the document: can one of the rules of `sentence_statements` read it as
    a cue? Not a word inside a quote (`inside`): that is what was said, not who said it."""
    quoted = [False] * len(tab.idx)
    for q in quotes:  # the tokens that start in [q.start, q.end)
        lo, hi = bisect_left(tab.idx, q.start), bisect_left(tab.idx, q.end)
        quoted[lo:hi] = [True] * (hi - lo)
    return [not in_quote and (pos in ("VERB", "AUX", "NOUN", "ADJ") or tag.startswith("VB") or
                              lower in ("according", "in"))
            for in_quote, pos, tag, lower in zip(quoted, tab.pos, tab.tag, tab.lower, strict=True)]


VETO_RULES = ("verb.clause_v1", "verb.inverted_v1", "verb.learned_v1", "noun.that_v1")
