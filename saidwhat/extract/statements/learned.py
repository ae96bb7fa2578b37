"""`model.cue_v1`: cue words the rules do not know, found by the learned detector."""

from __future__ import annotations

from typing import TYPE_CHECKING

from saidwhat.extract.cue_model import SKIP_CHILD_DEPS, part_features
from saidwhat.extract.cues import LEARNED_CLASS, QUOTING_VERBS, cue_class, physical_force
from saidwhat.extract.statements.spans import (
    cue_span,
    np_span,
    overlaps,
    sent_span,
    token_range,
    trim,
    trivial,
)
from saidwhat.extract.statements.speakers import NO_SPEAKER, speaker_of, speaker_rule
from saidwhat.lexicons import words
from saidwhat.parse import doc_text, sent_of, subtree
from saidwhat.records import Span, Statement
from saidwhat.rules import statement_rules

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from saidwhat.extract.cue_model import CueModel


# `signed a measure`, `launched an operation`: deeds, whatever the detector scores them
DEED_VERBS = words("deed_verbs")


@statement_rules.register("model.cue_v1")
def model_statement(tok: Token, sent: SpacySpan, cue_model: CueModel) -> Statement | None:
    """A cue the rules do not know, found by the learned detector (saidwhat/extract/cue_model.py):
    content = the dependents it scores as what was said, speaker = the one it scores as the source
    (else the subject rules)."""
    p = cue_model.cue_prob(tok)
    if p < cue_model.threshold("cue") or physical_force(tok):
        return None
    if tok.lemma_.lower() in DEED_VERBS and not any(c.dep_ == "ccomp" for c in tok.children):
        return None  # `launched an operation to flush out ...`: a deed, unless a clause says what was said
    doc = sent.doc
    toks: list[Token] = []
    best_src, best_p = None, cue_model.threshold("source")
    clause = citer = False
    for child in tok.children:
        if child.dep_ in SKIP_CHILD_DEPS:
            continue
        feats = part_features(tok, child, False)
        if cue_model.prob("content", feats) >= cue_model.threshold("content"):
            toks.extend(subtree(child))
            clause = clause or child.dep_ in ("ccomp", "xcomp", "parataxis", "advcl") or \
                child.dep_ == "prep" and any(c.dep_ == "pcomp" for c in child.children)
        ps = cue_model.prob("source", feats)
        if ps >= best_p:
            best_src, best_p = child, ps
    head = tok.head
    if head.i != tok.i and sent_of(head) == sent and cue_model.prob(
            "content", part_features(tok, head, True)) >= cue_model.threshold("content"):
        toks.extend(t for t in subtree(head) if sent_of(t) == sent and not tok.left_edge.i <= t.i <= tok.right_edge.i)
        clause = True
    cited = next((c for c in tok.children if c.dep_ == "dobj"), None) \
        if tok.lemma_.lower() in QUOTING_VERBS else None
    if cited is not None and toks:
        # "citing data from X", "quoted a witness as saying": the object is what is cited,
        # the one who cites is the source
        toks.extend(subtree(cited))
        best_src = None if best_src is cited else best_src
        citer = True
    if not toks:
        return None
    if not clause and (p < cue_model.threshold("nominal", 0.0) or
                       cue_model.lemma_weight(tok.lemma_) < cue_model.threshold("nominal_lemma", 0.0)):
        return None  # `signed a measure`, `filed cases`: an act, unless the word is a known cue
    if best_src is not None and best_src.tag_ in ("WP", "WDT") and best_src.dep_ == "nsubj":
        # "said O'Donnell, who wrote ...": the subject rules give the name the pronoun stands for
        best_src = None
    if best_src is not None:
        found = scored_source(best_src) or NO_SPEAKER
    elif tok.pos_ == "VERB":
        found = speaker_of(tok, citer=citer)
    elif tok.dep_ in ("dobj", "acomp", "attr", "oprd") and tok.head.pos_ in ("VERB", "AUX"):
        found = speaker_of(tok.head)  # light verbs: "made the point that", "was critical of"
    elif tok.dep_ == "appos" and tok.head.pos_ in ("PROPN", "NOUN"):
        found = apposition_head(tok) or NO_SPEAKER
    else:
        found = NO_SPEAKER
    if found.span is None:
        # "Obama made clear his aim", "Will had nothing but praise for": the verb the cue word
        # hangs off has the subject
        verb = tok
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            found = speaker_of(verb)
    speaker = found.span
    content = token_range(doc, sorted(set(toks), key=lambda t: t.i))
    if content is None or trivial(content):
        return None
    if speaker is not None and overlaps(content, speaker.start, speaker.end):
        text = doc_text(doc)
        before, after = trim(text, content.start, speaker.start), trim(text, speaker.end, content.end)
        content = before if len(before.text) >= len(after.text) else after
        if trivial(content):
            return None
    return Statement(content=content, sentence=sent_span(sent), speaker=speaker, cue=cue_span(tok),
                     cue_class=cue_class(tok.lemma_) or LEARNED_CLASS, rule="model.cue_v1",
                     confidence=round(0.3 + 0.4 * p, 3), speaker_rule=found.rule)


@speaker_rule("speaker.scored_source_v1")
def scored_source(src: Token) -> Span | None:
    """The dependent of a cue word the learned detector scores as the source (of `by X`, `from X`:
    X)."""
    pobj: Token | None = src
    if src.dep_ in ("prep", "agent"):
        pobj = next((c for c in src.children if c.dep_ == "pobj"), None)
    return np_span(pobj) if pobj is not None else None


@speaker_rule("speaker.apposition_v1")
def apposition_head(cue: Token) -> Span | None:
    """`Adelson, a fierce supporter of Israel`: a cue noun in apposition describes the noun before it."""
    return np_span(cue.head)
