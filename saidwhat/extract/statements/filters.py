"""Filters: which candidate statements are kept, and one record per speech act."""

from __future__ import annotations

from typing import TYPE_CHECKING

from saidwhat.clean.outlets import outlet_named
from saidwhat.extract.statements.speakers import DOCUMENT_NOUNS
from saidwhat.lexicons import words
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
    """Is the speaker a news outlet (which relays what others say more often than it speaks)?"""
    return st.speaker is not None and outlet_named(st.speaker.text.strip()) is not None


def relayed(statements: list[Statement], text: str) -> list[Statement]:
    """Drop an outlet's report that only carries someone else's words: `Reuters quoted Sullivan
    as saying "..."` and `Lavrov told state television that ..., according to Reuters` are
    Sullivan's and Lavrov's statements (kept as their own records); the agency relays them. An
    outlet's own reporting (`Russia has captured one city, Reuters reported`) stays."""
    out = []
    for st in statements:
        if st.speaker is not None and st.cue is not None and outlet_named(st.speaker.text.strip()) and (
                _quoted_as_saying(st, text) or any(
                    other is not st and other.speaker is not None and other.cue is not None
                    and _opens(text, st.content, other.speaker) and other.cue.end <= st.content.end
                    and outlet_named(other.speaker.text.strip()) is None for other in statements)):
            continue
        out.append(st)
    return out


def _opens(text: str, content: Span, speaker: Span) -> bool:
    """The speaker of another report opens the content (`Lavrov told ...`), give or take a word or two."""
    return content.start <= speaker.start and len(text[content.start:speaker.start].split()) <= 2


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
