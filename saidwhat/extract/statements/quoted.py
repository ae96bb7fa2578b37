"""Direct quotes: a paraphrase all in quote marks, and quotes no verb rule claimed."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate, islice
from typing import TYPE_CHECKING

from saidwhat.extract.cues import cue_class
from saidwhat.extract.statements.headlines import HEADLINE_KICKERS
from saidwhat.extract.statements.spans import cue_span, overlaps, quote_span, sents_of, trim
from saidwhat.extract.statements.speakers import (
    NO_SPEAKER,
    PLAIN_SPEECH,
    previous_speaker,
    speaker_of,
    tag_speaker,
)
from saidwhat.extract.statements.turns import NOT_SPEAKERS
from saidwhat.extract.statements.verbs import is_agent
from saidwhat.parse import doc_ents, doc_text, sent_of
from saidwhat.parse.quotes import Quote, containing, inside
from saidwhat.records import Span, Statement
from saidwhat.rules import speaker_rules, statement_rules

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


_WORD = re.compile(r"\w+")
MIN_QUOTE_WORDS = 4  # shorter quoted bits are scare quotes or fragments inside a paraphrase


@statement_rules.register("quote.verb.clause_v1")
@statement_rules.register("quote.verb.inverted_v1")
@statement_rules.register("quote.verb.learned_v1")
def directify(statements: list[Statement], quotes: list[Quote], text: str) -> list[Statement]:
    """A reported clause that is all inside one quote is a direct quote: the whole quote
    (`verb.clause_v1` becomes `quote.verb.clause_v1`, and so on)."""
    alnum = _alnum_counts(text) if statements else []
    for st in statements:
        q = _covering_quote(quotes, st.content, alnum)
        if q is not None and q.words(text) >= 2:
            # `such reports "constitute ..."`: words of the paraphrase before the quote make it mixed
            # (two such words decide it: the rest is not read)
            lead = islice((m for m in _WORD.finditer(text, st.content.start, max(q.start, st.content.start))
                           if not inside(quotes, m.start())), 2)
            st.content = quote_span(text, q)
            st.direct = not q.plain and len(list(lead)) < 2
            st.rule = st.rule.replace("verb.", "quote.verb.")
            st.confidence = max(st.confidence, 0.85)
    return statements


def _alnum_counts(text: str) -> list[int]:
    """`counts[i]`: how many of `text[:i]` are letters or digits."""
    return list(accumulate(map(str.isalnum, text), initial=0))


def _covering_quote(quotes: list[Quote], content: Span, alnum: list[int]) -> Quote | None:
    """The first quote holding at least 85% of the content's letters and digits. Such a quote
    holds a run of them that includes the middle one, so only the quotes around that character
    are counted (with the prefix counts), never every quote of the document."""
    total = alnum[content.end] - alnum[content.start]
    if not total:
        return None
    # the position of the content's middle letter: the first i with counts[i + 1] past it
    middle = bisect_right(alnum, alnum[content.start] + total // 2, content.start, content.end + 1) - 1
    for q in containing(quotes, middle):
        if q.end <= content.start or q.start >= content.end:
            continue
        covered = alnum[min(q.end, content.end)] - alnum[max(q.start, content.start)]
        if covered / total >= 0.85:
            return q
    return None


class _Claimed:
    """The contents already found, searched by bisection: does any overlap a range? (A scan of
    them all for every quote is quadratic on a text that is all quotes and reports.) Contents
    added later come in order of the quotes; kept in a second, growing index."""

    def __init__(self, spans: list[Span]) -> None:
        spans = sorted((c for c in spans if c.end > c.start), key=lambda c: c.start)
        self.starts = [c.start for c in spans]
        self.reach = list(accumulate((c.end for c in spans), max))  # furthest end so far
        self.added_starts: list[int] = []
        self.added_reach: list[int] = []
        self.unordered: list[Span] = []  # added out of order (not seen): scanned

    def append(self, span: Span) -> None:
        if span.end <= span.start:
            return
        if self.added_starts and span.start < self.added_starts[-1]:
            self.unordered.append(span)
            return
        self.added_starts.append(span.start)
        self.added_reach.append(max(span.end, self.added_reach[-1] if self.added_reach else span.end))

    def overlaps(self, start: int, end: int) -> bool:
        """`any(overlaps(c, start, end) for c in spans)`."""
        if start >= end:
            return False
        for starts, reach in ((self.starts, self.reach), (self.added_starts, self.added_reach)):
            hi = bisect_left(starts, end)  # those starting before the range ends
            if hi > 0 and reach[hi - 1] > start:
                return True
        return any(overlaps(c, start, end) for c in self.unordered)


def quote_statements(doc: Doc, quotes: list[Quote], found: list[Statement]) -> list[Statement]:
    """Direct quotes no verb rule claimed: attribute them by the sentence, a colon, or the flow."""
    text = doc_text(doc)
    out: list[Statement] = []
    claimed = _Claimed([s.content for s in found])
    for q in quotes:
        if claimed.overlaps(q.start, q.end):
            continue
        # a short quote counts only as a line of dialogue: `"But why?" the reporter asked.`
        short = q.words(text) < MIN_QUOTE_WORDS
        if short and not _dialogue_line(text, q):
            continue
        if not short and q.words(text) < 8 and not any(
                t.pos_ in ("VERB", "AUX") for t in doc.char_span(q.start, q.end, alignment_mode="expand") or ()):
            continue  # a quoted phrase, not a quoted statement
        sents = sents_of(doc, q)
        if not sents:
            continue
        sentence = Span.of(text, sents[0].start_char, sents[-1].end_char)
        sentence = trim(text, sentence.start, sentence.end)
        content = quote_span(text, q)
        st = _attribute_in_sentence(doc, q, sents, quotes)
        if short:
            if st is not None and st.cue is not None and st.cue.start > q.end:
                st.content, st.sentence, st.direct = content, sentence, not q.plain
                out.append(st)
                claimed.append(content)
            continue
        nxt = _next_sentence(doc, sents[-1])
        if st is None and nxt is not None and _stands_alone(text, q, sentence) and \
                "\n" not in text[q.end:nxt.start_char] and len(nxt) <= 25:
            # `"... A pathetic figure!" he wrote.`: the tag was split off as a sentence of its own
            st = _attribute_in_sentence(doc, q, [nxt], quotes)
        if st is None:
            st = _attribute_by_colon(doc, q, sents[0])
        if st is None and _stands_alone(text, q, sentence):
            st = _attribute_by_lead_in(doc, q, sents[0], quotes)
        if st is None and _stands_alone(text, q, sentence):
            st = continued_quote(out + found, q, doc, content, sentence)
        if st is None:
            st = unattributed_quote(text, q, content, sentence)
            if st is None:
                continue
        st.content, st.sentence, st.direct = content, sentence, not q.plain
        out.append(st)
        claimed.append(content)
    return out


@statement_rules.register("quote.continued_v1")
def continued_quote(statements: list[Statement], q: Quote, doc: Doc, content: Span,
                    sentence: Span) -> Statement | None:
    """A quote that stands alone after a report goes on with its speaker and cue: annotators link
    a quote that runs on to the report that opened it."""
    prev = previous_speaker(statements, q.start, doc)
    if prev is None:
        return None
    return Statement(content=content, sentence=sentence, speaker=prev.speaker, cue=prev.cue,
                     actor=None, rule="quote.continued_v1", confidence=0.6, speaker_rule="speaker.previous_v1")


def join_split_quotes(statements: list[Statement], text: str) -> list[Statement]:
    """`"A," X said. "B."`: a quote broken by its speech tag is one speech act, so the quote
    that goes on after the tag (`quote.continued_v1`) joins the quote before it; the content
    runs from the first quoted word to the last, as annotators mark a split quote. `statements`
    come in order of where their content starts."""
    out: list[Statement] = []
    for st in statements:
        prev = out[-1] if out else None
        if prev is not None and st.rule == "quote.continued_v1" and prev.rule.startswith("quote.") \
                and prev.cue is not None and st.cue == prev.cue and st.speaker == prev.speaker \
                and _tag_between(text, prev, st):
            prev.content = Span.of(text, prev.content.start, st.content.end)
            prev.sentence = Span.of(text, prev.sentence.start, max(prev.sentence.end, st.sentence.end))
            prev.direct = prev.direct and st.direct
            continue
        out.append(st)
    return out


def _tag_between(text: str, first: Statement, then: Statement) -> bool:
    """Only the speech tag of `first` (and punctuation) stands between the two quotes."""
    assert first.cue is not None
    if not first.content.end <= first.cue.start < then.content.start:
        return False
    gap = text[first.content.end:then.content.start]
    if len(gap) > TAG_SENTENCE_CHARS or "\n" in gap.strip():
        return False
    if _tag_sentence_only(text, first, then):
        return True
    if len(gap) > 120:
        return False
    spans = [s for s in (first.speaker, first.cue) if s is not None and first.content.end <= s.start]
    for s in sorted(spans, key=lambda s: -s.start):
        gap = gap[:s.start - first.content.end] + gap[s.end - first.content.end:]
    return len(re.findall(r"\w+", gap)) <= 2  # `on Monday` may stay; a description or clause of its own may not


TAG_SENTENCE_CHARS = 300  # a tag with a long description after the name still ends its sentence


def _tag_sentence_only(text: str, first: Statement, then: Statement) -> bool:
    """`"A," Simon said at the Cato Institute. "B."`: the tag's sentence ends, and the next quote
    opens right after it, with no statement in between (the caller's statements are in order
    of content, so none is), and the tag sentence is one sentence, not narration after it."""
    tail = text[first.sentence.end:then.content.start]
    tag = text[first.content.end:first.sentence.end].rstrip()
    words = tag.lstrip(",\"”’' ")
    return first.sentence.end <= then.content.start and not any(c.isalnum() for c in tail) and \
        tag.endswith((".", "!", "?")) and not re.search(r"[.!?]\s+[\"“A-Z]", tag[:-1]) and "," not in words


@statement_rules.register("quote.unattributed_v1")
def unattributed_quote(text: str, q: Quote, content: Span, sentence: Span) -> Statement | None:
    """A quote of six words or more that no rule attributes is kept, with no speaker."""
    if q.words(text) < 6:
        return None
    return Statement(content=content, sentence=sentence, rule="quote.unattributed_v1",
                     confidence=0.3)


def _dialogue_line(text: str, q: Quote) -> bool:
    """A quote that opens its paragraph or sentence and ends in `,` `?` or `!` inside the marks,
    followed by the speech tag: `"No," he said.`"""
    before = text[max(0, q.start - 3):q.start - 1].rstrip(" \t'")
    opens = not before or before[-1] in "\n.?!"
    body = text[q.start:q.end].rstrip()
    return opens and body[-1:] in (",", "?", "!") and text[q.end + 1:q.end + 2].isspace()


@statement_rules.register("quote.verb_v1")
def _attribute_in_sentence(doc: Doc, q: Quote, sents: list[SpacySpan],
                           quotes: list[Quote]) -> Statement | None:
    """A reporting verb outside the quote, in the sentences the quote belongs to.

    Verbs that govern the quote come first, then the sentence root, then the nearest.
    """
    candidates: list[tuple[int, Token]] = []
    quoted = [t for s in sents for t in s if q.start <= t.idx < q.end]
    for sent in sents:
        for tok in sent:
            if inside(quotes, tok.idx) or cue_class(tok.lemma_) != "speech":
                continue
            if not (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")):
                continue
            governs = any(tok in t.ancestors for t in quoted[:3])
            if not governs and tok.idx > q.end and any(
                    c.dep_ == "ccomp" and c.i > tok.i and not inside(quotes, c.idx) for c in tok.children):
                continue  # `"A." Akar on Saturday said B`: the verb after the quote reports a clause of its own
            if not governs and tok.idx > q.end and _closes_sentence(doc, q) and not _bare_tag(tok, quotes):
                continue  # `"... A." The U.N. urged leaders to agree`: a new sentence with its own report
            distance = min(abs(tok.idx - q.start), abs(tok.idx - q.end))
            rank = (0 if governs else 1 if tok.dep_ == "ROOT" else 2) * 100_000 + distance
            candidates.append((rank, tok))
    for _, tok in sorted(candidates, key=lambda c: c[0]):
        found = speaker_of(tok)
        if found.span is None or inside(quotes, found.span.start):
            found = tag_speaker(tok, q) or NO_SPEAKER
        speaker = found.span
        if speaker is None or inside(quotes, speaker.start) or \
                tok.lemma_.lower() not in PLAIN_SPEECH and not is_agent(doc, speaker):
            continue  # `the email went on to say, "..."`: a plain speech verb's subject is the source
        return Statement(content=Span(0, 0, ""), sentence=Span(0, 0, ""), speaker=speaker,
                         cue=cue_span(tok), rule="quote.verb_v1", confidence=0.8, speaker_rule=found.rule)
    return None


_OWN_COMPLEMENTS = frozenset({"dobj", "xcomp", "ccomp", "oprd", "dative"})


def _closes_sentence(doc: Doc, q: Quote) -> bool:
    """Does the quote end on a full stop inside its marks (`... travel ban."`)? A tag after a
    quote follows a comma, question or exclamation mark; after a full stop a new sentence begins."""
    return doc_text(doc)[q.start:q.end].rstrip().endswith(".")


def _bare_tag(tok: Token, quotes: list[Quote]) -> bool:
    """Is the verb a bare speech tag (`Mudane said.`): no object or clause of its own outside quote
    marks (`urged leaders to agree`, `called the test anti-Turkish`) and not itself the complement
    of another verb (`to agree` in `urged leaders to agree`)?"""
    return tok.dep_ not in _OWN_COMPLEMENTS | {"advcl", "relcl", "acl", "conj"} and not any(
        c.dep_ in _OWN_COMPLEMENTS and c.i > tok.i and not inside(quotes, c.idx) for c in tok.children)


@statement_rules.register("quote.colon_v1")
@speaker_rules.register("speaker.colon_name_v1")
def _attribute_by_colon(doc: Doc, q: Quote, sent: SpacySpan) -> Statement | None:
    """`Name: "..."` and `Name said: "..."` — a name ending right before the colon is the speaker."""
    text = doc_text(doc)
    head = text[sent.start_char:q.start - 1].rstrip()
    ents = []
    if head.endswith(":"):
        colon = sent.start_char + len(head) - 1
        ents = [e for e in doc_ents(doc) if e.start_char >= sent.start_char and e.end_char <= colon
                and e.label_ in ("PERSON", "ORG", "GPE", "NORP")]
    if ents:
        name = ents[-1]
        speaker = Span.of(text, name.start_char, name.end_char)
    else:
        # `Dr. Ben Carson: Hillary Clinton ‘Not Fit To Serve ...’` (a headline form in the body):
        # a short capitalised name opening the sentence, then a colon, then the quote
        m = _LEAD_NAME.match(text, sent.start_char, q.start)
        if m is None or m.group("speaker").split()[0].lower() in NOT_SPEAKERS or \
                m.group("speaker").lower() in HEADLINE_KICKERS:
            return None
        speaker, colon = Span.of(text, m.start("speaker"), m.end("speaker")), m.end("speaker")
        while text[colon] != ":":
            colon += 1
    return Statement(content=Span(0, 0, ""), sentence=Span(0, 0, ""), speaker=speaker,
                     cue=Span.of(text, colon, colon + 1), rule="quote.colon_v1", confidence=0.7,
                     speaker_rule="speaker.colon_name_v1")


_LEAD_NAME = re.compile(r"[ \t]*(?P<speaker>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4})[ \t]*:[ \t\xa0]")


def _attribute_by_lead_in(doc: Doc, q: Quote, sent: SpacySpan, quotes: list[Quote]) -> Statement | None:
    """`Cruz continued:` / `17-year-old Jared Potts echoed:` closing the sentence (or paragraph)
    before a quote that stands alone: that lead-in attributes it, not the last speaker."""
    if sent.start == 0:
        return None
    prev = sent_of(doc[sent.start - 1])
    if prev.start > 0 and not prev.text.strip():
        prev = sent_of(doc[prev.start - 1])
    text = doc_text(doc)
    if not text[prev.start_char:prev.end_char].rstrip().endswith(":") or \
            text[prev.end_char:q.start].strip(" \t\r\n\"“‘'"):
        return None
    st = _attribute_in_sentence(doc, q, [prev], quotes)
    if st is None:
        st = _attribute_by_colon(doc, q, prev)
    return st


def _next_sentence(doc: Doc, sent: SpacySpan) -> SpacySpan | None:
    if sent.end >= len(doc):
        return None
    return sent_of(doc[sent.end])


# Connectives that may open a sentence before a quote without attributing it: `But "..."`
# goes on with the speaker before, as a bare quote does.
_OPENING_CONNECTIVE = re.compile(r"^\W*(?:and|but|yet|so|still|however|though|instead)\W*$", re.I)


def _stands_alone(text: str, q: Quote, sentence: Span) -> bool:
    """The quote is all there is in its sentence(s), apart from punctuation and a connective
    before it (`But "..."`)."""
    before, after = text[sentence.start:q.start], text[q.end:sentence.end]
    return not any(c.isalnum() for c in after) and \
        (not any(c.isalnum() for c in before) or _OPENING_CONNECTIVE.match(before) is not None)
