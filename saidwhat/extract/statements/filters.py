"""Filters: which candidate statements are kept, and one record per speech act."""

from __future__ import annotations

from typing import TYPE_CHECKING

from saidwhat.clean.outlets import outlets_in
from saidwhat.extract.statements.speakers import DOCUMENT_NOUNS
from saidwhat.lexicons import words
from saidwhat.parse import doc_text
from saidwhat.records import Span, Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from saidwhat.extract.cue_model import CueModel


WEAK_WORDS = 3  # one- and two-word paraphrases from learned or belief cues are dropped (see weak)


def plausible(doc: Doc, st: Statement, cue_model: CueModel) -> bool:
    """The learned statement filter (cue_model `stmt`), for the rules it was chosen for."""
    th = cue_model.threshold("stmt", 0.0)
    if not th or not cue_model.available() or st.rule.startswith("quote."):
        return True  # quotes are kept: on train almost all of them are attributions
    return cue_model.prob("stmt", cue_model.statement_features(doc, st)) >= th


def weak(st: Statement) -> bool:
    """A paraphrase of one or two words (`supports Trump`, `backed him`) from a learned or belief
    cue: on PolNeAR train most such readings are not annotated as attributions (three words and
    more are right more often than not on held-out train articles: `endorsed Senator Ted Cruz`).
    Readings of the learned cue detector are kept unless they name only a pronoun or a document."""
    words = st.content.text.split()
    if st.direct or len(words) >= WEAK_WORDS:
        return False
    last = words[-1].lower().strip(".,;:")
    if st.rule == "model.cue_v1" and last not in DOCUMENT_NOUNS and last not in _OBJECT_PRONOUNS:
        # `endorsed Trump`, `opposes abortion`: right about half the time on held-out articles
        # (dev), above what a kept reading must reach to raise F1; a pronoun or a document
        # (`backed him`, `issued a statement`) says nothing
        return False
    return st.rule in ("model.cue_v1", "verb.learned_v1") or st.cue_class == "belief"


_OBJECT_PRONOUNS = words("object_pronouns")

# `is known for`, `is widely seen as`, `are viewed as`: a reputation, said by nobody in particular
_REPUTATION_CUES = frozenset({"known", "seen", "viewed", "regarded", "perceived"})


def reputation(st: Statement) -> bool:
    """A learned reading with no speaker whose cue is a passive participle of knowing or seeing
    (`The newspaper was known for its investigations`) says what something is reputed to be; no
    one is reported as saying it (none is annotated in the VOA tune half or PolNeAR dev)."""
    return st.rule == "model.cue_v1" and st.speaker is None and st.cue is not None and \
        st.cue.text.lower() in _REPUTATION_CUES


_TIME_NOUNS = words("time_nouns")


def timed_speaker(doc: Doc, st: Statement) -> bool:
    """A speaker that is a stretch of time (`This week sees ...`, `The past few weeks have seen
    ...`, a date): time neither says nor believes anything; the verb reports what happened."""
    if st.speaker is None:
        return False
    span = doc.char_span(st.speaker.start, st.speaker.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    return head.ent_type_ in ("DATE", "TIME") and head.pos_ != "PROPN" or head.lemma_.lower() in _TIME_NOUNS


def dedupe(statements: list[Statement]) -> list[Statement]:
    """One record per speech act: drop a statement whose content repeats another's.

    `statements` come in order of where their content starts: a kept content that ends before
    the next one starts cannot be repeated by it or any later one, so it is no longer compared
    (comparing every pair made this quadratic in the statements of an article)."""
    out: list[Statement] = []
    live: list[int] = []  # indices in `out` of the contents that reach past the current start
    for st in statements:
        live = [k for k in live if out[k].content.end > st.content.start]
        dup = next((k for k in live if _same_content(out[k].content, st.content)), None)
        if dup is None:
            live.append(len(out))
            out.append(st)
        elif (_relayer(st), -st.confidence) < (_relayer(out[dup]), -out[dup].confidence):
            out[dup] = st  # `"...," he said, according to Reuters`: his words, not the agency's
    return out


def _relayer(st: Statement) -> bool:
    """Is the speaker a news outlet (`Reuters`, `the Interfax news agency`), which relays what others
    say more often than it speaks?"""
    return st.speaker is not None and bool(outlets_in(st.speaker.text))


def relayed(doc: Doc, statements: list[Statement]) -> list[Statement]:
    """Drop an outlet's report that only carries someone else's words: `Reuters quoted Sullivan
    as saying "..."`, `Lavrov told state television that ..., according to Reuters` and
    `Offering no evidence, Lavrov said ..., Reuters reported` are Sullivan's and Lavrov's
    statements (kept as their own records); the agency relays them. An outlet's own reporting
    (`Russia has captured one city, Reuters reported`, even with a report inside it: `Despite a
    plan that Western countries said ...`) stays."""
    text = doc_text(doc)
    out = []
    for st in statements:
        if st.speaker is not None and st.cue is not None and _relayer(st) and (
                _quoted_as_saying(st, text) or any(
                    other is not st and other.speaker is not None and other.cue is not None
                    and not _relayer(other) and _carries(doc, st, other)
                    for other in statements)):
            continue
        out.append(st)
    return out


def _carries(doc: Doc, st: Statement, other: Statement) -> bool:
    """Is the outlet's report `st` only the carrier of `other`: the other report is its sentence's
    main clause (its cue is the root, or what the outlet's cue reports), before the outlet's cue?"""
    assert st.cue is not None and other.cue is not None and other.speaker is not None
    if not (st.sentence.start <= other.speaker.start and other.cue.end <= st.cue.start):
        return False
    cue = doc.char_span(other.cue.start, other.cue.end, alignment_mode="expand")
    outlet_cue = doc.char_span(st.cue.start, st.cue.end, alignment_mode="expand")
    if cue is None or outlet_cue is None:
        return False
    head = cue[0]
    return head.dep_ == "ROOT" or head.head.i in range(outlet_cue.start, outlet_cue.end)


def _quoted_as_saying(st: Statement, text: str) -> bool:
    """`X quoted Y as saying`: the content read off `quoted` is only the name of who spoke."""
    assert st.cue is not None
    after = text[st.content.end:st.content.end + 20].lstrip()
    return st.cue.text.lower().startswith("quot") and after.lower().startswith(("as saying", "as telling",
                                                                                  "as stating"))


def _same_content(a: Span, b: Span) -> bool:
    inter = min(a.end, b.end) - max(a.start, b.start)
    union = max(a.end, b.end) - min(a.start, b.start)
    return union > 0 and inter / union >= 0.8
