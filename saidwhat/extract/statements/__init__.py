"""Statements: what sources said, claimed or wrote, read from a parsed article body.

Rules (each record carries the versioned name of the rule that found it, registered in
`saidwhat.rules.statement_rules`; the speaker rule that chose its speaker is in `speaker_rule`):
- `verb.clause_v1`: a reporting verb with a subject and a complement (`X said Y`, `Y, X said`,
  `X accused Y of Z`, `X called Y false`, `X urged Y to Z`); content is the complement.
- `verb.inverted_v1`: the reporting verb hangs off the clause it reports (`Y, he said.`).
- `verb.learned_v1`: a verb outside the hand lexicon in a frame annotators mark as a report.
- `according_to_v1`: `according to X`, content is the rest of the sentence.
- `in_poll_v1`: `in a new Fox News poll` (one named poll, survey or study), the same way.
- `noun.that_v1`: a possessed speech noun with a clause (`his warning that Y`).
- `quote.*`: direct quotes: attributed by a verb in the sentence (`quote.verb_v1`), a colon
  after a name (`quote.colon_v1`), or continuing the previous speaker (`quote.continued_v1`).
- `colon.turn_v1`: a paragraph opening with a name and a colon (`MATTHEWS: ...`, transcripts).
- `headline.*`: `X: Y` and `Y, X Says` headline forms.
- `model.cue_v1`: a cue word the rules do not know (`questioned`, `praised`, `was critical of`),
  found by the learned detector (saidwhat/extract/cue_model.py), which also picks the dependents
  that are the content and the source. The same detector vetoes rule readings whose cue word
  it scores as almost never a report.
A verb statement whose content is (almost) all quoted becomes direct, with the whole quote
(`quote.verb.clause_v1`, ...).
A quote that runs on from the report before it keeps the speaker and cue of the report that ends
last before it (`"A," X said. "B"`: B is X's, as annotators link it); a speech tag split off as a
sentence of its own (`"...!" he wrote.`) still attributes the quote before it.
Candidate statements other than quotes pass a learned filter (cue_model `stmt`: rule, cue word,
speaker kind, content length and shape, cue score), trained cross-fitted on PolNeAR train.

Modules: `sentences` (which rule reads a word), `verbs`, `phrases`, `learned` (sentence rules),
`quoted`, `turns`, `headlines` (rules over quotes, paragraphs, the title), `speakers` (speaker
rules), `content` (where contents end), `filters` (what is kept), `spans` (shared helpers).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from saidwhat.extract.statements.content import cut_at_next_report, cut_tails, include_that, run_into_quotes
from saidwhat.extract.statements.filters import dedupe, plausible, relayed, reputation, timed_speaker, weak
from saidwhat.extract.statements.headlines import headline_statements
from saidwhat.extract.statements.quoted import directify, join_split_quotes, quote_statements
from saidwhat.extract.statements.sentences import possible_cues, sentence_statements
from saidwhat.extract.statements.spans import overlaps
from saidwhat.extract.statements.speakers import dateline_speakers, inherit_speakers
from saidwhat.extract.statements.turns import turn_statements
from saidwhat.parse import doc_sents, doc_text, token_table
from saidwhat.parse.quotes import Quote
from saidwhat.records import DocumentInfo, Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from saidwhat.extract.cue_model import CueModel
    from saidwhat.extract.cues import CueLexicon
    from saidwhat.parse import ParsedDoc

__all__ = ["extract_statements"]


def extract_statements(parsed: ParsedDoc, info: DocumentInfo, cue_model: CueModel,
                       cue_lexicon: CueLexicon) -> list[Statement]:
    """The statements of a parsed article: sentence rules, passes that mend speakers and contents,
    rules over quotes, paragraphs and the title, then the filters; in order of content. The
    learned cue detector and the learned cue frames come from the run's resources."""
    doc, text, quotes = parsed.doc, parsed.text, parsed.quotes
    headline = headline_statements(doc, info)
    statements = read_sentences(doc, quotes, headline, cue_model, cue_lexicon)
    inherit_speakers(statements)
    dateline_speakers(doc, statements)
    cut_at_next_report(statements, text)
    cut_tails(doc, statements)
    run_into_quotes(statements, quotes, text)
    statements = directify(statements, quotes, text)
    statements.extend(quote_statements(doc, quotes, statements))
    statements.extend(turn_statements(doc, info, statements))
    statements.extend(headline)
    statements = keep(doc, statements, cue_model)
    include_that(doc, statements)
    statements = dedupe(sorted(statements, key=lambda s: (s.content.start, s.content.end)))
    return join_split_quotes(relayed(doc, statements), text)


def read_sentences(doc: Doc, quotes: list[Quote], headline: list[Statement], cue_model: CueModel,
                   cue_lexicon: CueLexicon) -> list[Statement]:
    """The sentence rules, sentence by sentence: most statements have their cue in the body's text."""
    text = doc_text(doc)
    possible = possible_cues(token_table(doc), quotes)
    statements: list[Statement] = []
    for sent in doc_sents(doc):
        if not text[sent.start_char:sent.end_char].strip():  # `sent.text`, without joining its tokens
            continue
        if headline and overlaps(headline[0].sentence, sent.start_char, sent.end_char):
            continue  # the headline form already read it; Title Case confuses the parser
        statements.extend(sentence_statements(sent, quotes, possible, cue_model, cue_lexicon))
    return statements


def keep(doc: Doc, statements: list[Statement], cue_model: CueModel) -> list[Statement]:
    """Drop weak paraphrases, speakers that are times, and what the learned filter finds
    implausible: most are not reports."""
    return [st for st in statements if not weak(st) and not reputation(st) and not timed_speaker(doc, st)
            and plausible(doc, st, cue_model)]
