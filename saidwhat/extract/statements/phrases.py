"""Cues that are not verbs: `according to X`, `in a new poll`, `his warning that Y`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from saidwhat.extract.statements.spans import np_span, sent_span, token_range, trim, trivial
from saidwhat.extract.statements.speakers import PLAIN_SPEECH
from saidwhat.parse import doc_text, subtree
from saidwhat.records import Span, Statement
from saidwhat.rules import speaker_rules, statement_rules

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


@statement_rules.register("according_to_v1")
@speaker_rules.register("speaker.according_to_v1")
def according_to(tok: Token, sent: SpacySpan) -> Statement | None:
    """`according to X`: X is the source, the rest of the sentence what X says or shows."""
    to = next(c for c in tok.children if c.lower_ == "to")
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    doc = sent.doc
    # the phrase is `according to` and its object; what else hangs off `according` is a misparse
    lo, hi = tok.i, max(to.right_edge.i, to.i)
    text = doc_text(doc)
    before = trim(text, sent.start_char, doc[lo].idx)
    after = trim(text, doc[hi].idx + len(doc[hi]), sent.end_char)
    content = before if (before.end - before.start) >= (after.end - after.start) else after
    if trivial(content) or _relays_a_speaker(sent, content):
        return None
    cue = Span.of(doc_text(doc), tok.idx, to.idx + len(to))
    return Statement(content=content, sentence=sent_span(sent), speaker=np_span(pobj), cue=cue,
                     cue_class="evidence" if pobj.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP")
                     and pobj.pos_ != "PROPN" else "speech",
                     rule="according_to_v1", confidence=0.75, speaker_rule="speaker.according_to_v1")


def _relays_a_speaker(sent: SpacySpan, content: Span) -> bool:
    """`"...," he said, according to Reuters` and `Lavrov told TV that ..., according to Reuters`:
    the content already has its speaker, who said it, and X only relays it."""
    for tok in sent:
        if tok.idx < content.start or tok.idx >= content.end or tok.lemma_.lower() not in PLAIN_SPEECH:
            continue
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in tok.children):
            return True
    return False


# Sources of evidence named by `in`: "Trump leads in the latest CNN poll", "In a new survey, ...".
POLL_NOUNS = frozenset("poll survey study".split())  # one named poll; `in the polls` is an idiom


@statement_rules.register("in_poll_v1")
@speaker_rules.register("speaker.poll_v1")
def in_poll(tok: Token, sent: SpacySpan) -> Statement | None:
    """`In a new Fox News poll, Trump achieved 45 percent` / `Clinton leads in the latest CNN poll`:
    the poll is the source, the rest of the sentence what it shows (as for `according to`)."""
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lower_ not in POLL_NOUNS:
        return None
    doc = sent.doc
    text = doc_text(doc)
    lo, hi = tok.i, tok.right_edge.i
    before = trim(text, sent.start_char, doc[lo].idx)
    after = trim(text, doc[hi].idx + len(doc[hi]), sent.end_char)
    content = before if (before.end - before.start) >= (after.end - after.start) else after
    if trivial(content) or len(content.text.split()) < 4:
        return None
    return Statement(content=content, sentence=sent_span(sent), speaker=np_span(pobj),
                     cue=Span.of(text, tok.idx, tok.idx + len(tok)), cue_class="evidence",
                     rule="in_poll_v1", confidence=0.5, speaker_rule="speaker.poll_v1")


@statement_rules.register("noun.that_v1")
@speaker_rules.register("speaker.possessor_v1")
def noun_statement(noun: Token, sent: SpacySpan) -> Statement | None:
    """`his warning that Y`: a possessed speech noun with a clause; the possessor is the source."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "appos")
                   and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)), None)
    if poss is None or clause is None or poss.lower_ in ("its",):
        return None
    content = token_range(sent.doc, list(subtree(clause)))
    if content is None or trivial(content):
        return None
    return Statement(content=content, sentence=sent_span(sent), speaker=np_span(poss),
                     cue=Span.of(doc_text(sent.doc), noun.idx, noun.idx + len(noun)),
                     cue_class="belief" if noun.lemma_.lower() in ("belief", "view", "position") else "speech",
                     rule="noun.that_v1", confidence=0.6, speaker_rule="speaker.possessor_v1")
