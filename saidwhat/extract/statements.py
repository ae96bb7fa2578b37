"""Statements: what sources said, claimed or wrote, read from a parsed article body.

Rules (each record carries the versioned name of the rule that found it):
- `verb.clause_v1`: a reporting verb with a subject and a complement (`X said Y`, `Y, X said`,
  `X accused Y of Z`, `X called Y false`, `X urged Y to Z`); content is the complement.
- `verb.inverted_v1`: the reporting verb hangs off the clause it reports (`Y, he said.`).
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
A verb statement whose content is (almost) all quoted becomes direct, with the whole quote.
A quote that runs on from the report before it keeps the speaker and cue of the report that ends
last before it (`"A," X said. "B"`: B is X's, as annotators link it); a speech tag split off as a
sentence of its own (`"...!" he wrote.`) still attributes the quote before it.
Candidate statements other than quotes pass a learned filter (cue_model `stmt`: rule, cue word,
speaker kind, content length and shape, cue score), trained cross-fitted on PolNeAR train.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from saidwhat.extract import cue_model
from saidwhat.extract.cues import (
    AGENT_NOUNS,
    LEARNED_CLASS,
    NEEDS_CLAUSE,
    QUOTING_VERBS,
    SPEECH_NOUNS,
    cue_class,
    learned_frames,
)
from saidwhat.parse import TokenTable, doc_ents, doc_sents, doc_text, parsed_of, sent_of, token_table
from saidwhat.parse.quotes import Quote, inside
from saidwhat.records import DocumentInfo, Span, Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

CONTENT_DEPS = ("ccomp", "xcomp", "dobj", "oprd", "parataxis", "dep", "attr")
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
PRONOUN_CONTENT = {"it", "this", "that", "so", "something", "nothing", "anything", "what", "which"}
TRIM_CHARS = " \t\r\n,;:—–-"
MIN_QUOTE_WORDS = 4  # shorter quoted bits are scare quotes or fragments inside a paraphrase
WEAK_WORDS = 3  # one- and two-word paraphrases from learned or belief cues are dropped (see _weak)


def extract_statements(doc: Doc, info: DocumentInfo) -> list[Statement]:
    text = doc_text(doc)
    quotes = parsed_of(doc).quotes
    headline = _headline_statements(doc, info)
    cues = _possible_cues(token_table(doc), quotes)
    statements: list[Statement] = []
    for sent in doc_sents(doc):
        if not text[sent.start_char:sent.end_char].strip():  # `sent.text`, without joining its tokens
            continue
        if headline and _overlaps(headline[0].sentence, sent.start_char, sent.end_char):
            continue  # the headline form already read it; Title Case confuses the parser
        statements.extend(_sentence_statements(sent, quotes, cues))
    _inherit_speakers(statements)
    _dateline_speakers(doc, statements)
    _cut_at_next_report(statements, text)
    _cut_tails(doc, statements)
    _run_into_quotes(statements, quotes, text)
    statements = _directify(statements, quotes, text)
    statements.extend(_quote_statements(doc, quotes, statements))
    statements.extend(_turn_statements(doc, info, statements))
    statements.extend(headline)
    statements = [st for st in statements if not _weak(st) and _plausible(doc, st)]
    _include_that(doc, statements)
    return _dedupe(sorted(statements, key=lambda s: (s.content.start, s.content.end)))


def _include_that(doc: Doc, statements: list[Statement]) -> None:
    """`said that X`: annotators start the content at `that` (2,322 times on PolNeAR train, against
    30 after it). Done after the filter, which was trained on contents without it."""
    text = doc_text(doc)
    for st in statements:
        if st.direct or st.content.start < 5 or text[st.content.start - 5:st.content.start].lower() != "that ":
            continue
        tok = doc.char_span(st.content.start - 5, st.content.start - 1)
        if tok is not None and tok[0].dep_ == "mark" and st.content.start <= tok[0].head.idx < st.content.end:
            st.content = Span.of(text, st.content.start - 5, st.content.end)


def _plausible(doc: Doc, st: Statement) -> bool:
    """The learned statement filter (cue_model `stmt`), for the rules it was chosen for."""
    th = cue_model.threshold("stmt", 0.0)
    if not th or not cue_model.available() or st.rule.startswith("quote."):
        return True  # quotes are kept: on train almost all of them are attributions
    return cue_model.prob("stmt", cue_model.statement_features(doc, st)) >= th


def _weak(st: Statement) -> bool:
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


_OBJECT_PRONOUNS = frozenset("him her them it me us you this that these those".split())


# A wire dateline that opens a paragraph: `PHILADELPHIA, July 25 (UPI) —`, `Washington (AFP) –`.
_DATELINE = re.compile(r"[ \t]*(?P<place>[A-Z][A-Za-z.'’ -]{1,40}?)(?P<date>,\s*[A-Z][a-z]{2,}\.?\s+\d{1,2})?"
                       r"\s*(?P<agency>\([A-Za-z.]{2,12}\))?\s*[—–―-]{1,2}\s+")


def _dateline_speakers(doc: Doc, statements: list[Statement]) -> None:
    """`PHILADELPHIA, July 25 (UPI) — The Democratic National Committee released a statement ...`:
    the parser reads the place of the dateline as the subject; the source is the noun phrase
    right after the dash."""
    text = doc_text(doc)
    for st in statements:
        sp = st.speaker
        if sp is None or not sp.text[:1].isupper():
            continue
        line_start = text.rfind("\n", 0, sp.start) + 1
        if sp.start - line_start > 3:
            continue
        m = _DATELINE.match(text, line_start, min(len(text), line_start + 80))
        if m is None or sp.end > m.end() or not (m.group("date") or m.group("agency") or
                                                 m.group("place").replace(" ", "").isupper()):
            continue
        first = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if first is None:
            continue
        head = first[0]
        while head.i + 1 < len(doc) and head.i - first[0].i < 8 and (
                head.pos_ not in ("NOUN", "PROPN", "PRON") or head.dep_ == "compound" or
                head.pos_ == "PROPN" and doc[head.i + 1].pos_ == "PROPN"):
            head = doc[head.i + 1]
        if head.pos_ in ("NOUN", "PROPN", "PRON") and head.idx < (st.cue.start if st.cue else len(text)):
            st.speaker = Span.of(text, first[0].idx, head.idx + len(head))


def _inherit_speakers(statements: list[Statement]) -> None:
    """`he said X, accused NATO of Y and said Z`: later verbs of a sentence share its speaker."""
    for i, st in enumerate(statements):
        if st.speaker is None and st.rule.startswith("verb."):
            prev = next((o for o in reversed(statements[:i]) if o.sentence == st.sentence
                         and o.speaker is not None and o.cue_class == "speech"), None)
            if prev is not None:
                st.speaker, st.confidence = prev.speaker, 0.7


_TRAILING_JOINERS = re.compile(r"(?:[\s,;:—–-]|\b(?:and|but|while|whereas|as|though|although|even)\b)+$", re.I)


def _cut_at_next_report(statements: list[Statement], text: str) -> None:
    """`X said A, and Y said B`: A's clause ends where another source's report begins."""
    for st in statements:
        if st.direct:
            continue
        for other in statements:
            if other is st or other.speaker is None or other.cue is None:
                continue
            sp = other.speaker
            same = st.speaker is not None and (sp.start, sp.end) == (st.speaker.start, st.speaker.end)
            if same and st.content.start + 15 <= other.cue.start < st.content.end and \
                    other.content.start > other.cue.start:
                sp = other.cue  # "X said A, saying B" / "A, but added B": the same source goes on
            elif not (st.content.start < sp.start < st.content.end and st.content.start < other.cue.start
                      < st.content.end) or sp.start - st.content.start < 15:
                continue
            head = text[st.content.start:sp.start]
            cut = _TRAILING_JOINERS.search(head)
            if cut is None or not cut.group().strip():
                continue  # no comma or conjunction before it: a report nested in the clause
            end = st.content.start + cut.start()
            if len(text[st.content.start:end].split()) >= 3:
                st.content = _trim(text, st.content.start, end)


def _run_into_quotes(statements: list[Statement], quotes: list[Quote], text: str) -> None:
    """`said that “ethanol people” “do a fantastic job. And it’s so important.”`: a paraphrase
    that opens a quote goes on to the quote's end, past the sentence the parser ended inside it."""
    for st in statements:
        if st.direct or not (st.rule.startswith("verb.") or st.rule.startswith("model.")):
            continue
        for q in quotes:
            if q.start > st.content.end:
                break
            if st.content.start < q.start and q.closed and st.content.end < q.end <= st.content.end + 600 \
                    and "\n" not in text[st.content.end:q.end]:
                st.content = _trim(text, st.content.start, q.end)
                break


def _cut_tails(doc: Doc, statements: list[Statement]) -> None:
    """Cut what the writer adds at the end of a paraphrase: a non-restrictive relative clause
    (`, which votes on March 1`) or an apposition (`, a swipe at ...`); annotators leave them out."""
    text = doc_text(doc)
    for st in statements:
        if st.direct or not (st.rule.startswith("verb.") or st.rule.startswith("model.")):
            continue
        span = doc.char_span(st.content.start, st.content.end, alignment_mode="expand")
        if span is None or len(span) < 6:
            continue
        end_i = span.end - 1
        cut = None
        for t in span[2:]:
            if t.idx >= st.content.end:
                break
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if t.lower_ in ("when", "after", "if") and nxt is not None and nxt.lower_ == "asked":
                cut = t  # `"We'll see," when asked whether ...`: the question, not the answer
                break
            if t.i < span.start + 4 or t.text != "," or nxt is None or nxt.i > end_i:
                continue
            # the added clause or apposition runs to the end of the content
            if nxt.lower_ in ("which", "who") and nxt.head.dep_ == "relcl" and nxt.head.right_edge.i >= end_i - 1 \
                    or nxt.dep_ == "det" and nxt.head.dep_ == "appos" and nxt.head.right_edge.i >= end_i - 1 \
                    and nxt.head.head.i < t.i:
                cut = t
                break
        if cut is not None and len(text[st.content.start:cut.idx].split()) >= (1 if cut.lower_ != "," else 3):
            st.content = _trim(text, st.content.start, cut.idx)


# --- verbs and nouns ------------------------------------------------------------------------


def _sentence_statements(sent: SpacySpan, quotes: list[Quote], cues: list[bool]) -> list[Statement]:
    """The statements whose cue is a word of the sentence (`cues`: see `_possible_cues`)."""
    out: list[Statement] = []
    doc, tab = sent.doc, token_table(sent.doc)
    model = cue_model.available()  # the model in use cannot change while a sentence is read
    for i in range(sent.start, sent.end):
        if not cues[i]:
            continue  # no rule below reads this word: no Token object is made for it
        tok = doc[i]
        # the word's attributes from the token table: spaCy makes a new string on every read
        lower, pos = tab.lower[i], tab.pos[i]
        if lower == "according" and any(tab.lower[c] == "to" for c in tab.children[i]):
            st = _according_to(tok, sent)
        elif lower == "in" and tab.dep[i] == "prep":
            st = _in_poll(tok, sent)
        elif pos in ("VERB", "AUX") or tab.tag[i].startswith("VB"):
            st = _verb_statement(tok, sent, quotes)
        elif pos == "NOUN" and tab.lemma[i] in SPEECH_NOUNS:
            st = _noun_statement(tok, sent)
        else:
            st = None
        candidate = model and pos in cue_model.CANDIDATE_POS and tok.is_alpha  # `cue_model.is_candidate`
        if st is None and candidate:
            st = _model_statement(tok, sent)
        elif st is not None and st.rule in VETO_RULES and candidate and \
                cue_model.cue_prob(tok) < cue_model.threshold("veto", 0.0):
            st = None  # the learned detector says this word is rarely a report in this frame
        if st is not None:
            out.append(st)
    return out


def _possible_cues(tab: TokenTable, quotes: list[Quote]) -> list[bool]:
    """For each token of the document: can one of the rules of `_sentence_statements` read it as
    a cue? Not a word inside a quote (`inside`): that is what was said, not who said it."""
    quoted = [False] * len(tab.idx)
    for q in quotes:  # the tokens that start in [q.start, q.end)
        lo, hi = bisect_left(tab.idx, q.start), bisect_left(tab.idx, q.end)
        quoted[lo:hi] = [True] * (hi - lo)
    return [not in_quote and (pos in ("VERB", "AUX", "NOUN", "ADJ") or tag.startswith("VB") or
                              lower in ("according", "in"))
            for in_quote, pos, tag, lower in zip(quoted, tab.pos, tab.tag, tab.lower, strict=True)]


VETO_RULES = ("verb.clause_v1", "verb.inverted_v1", "verb.learned_v1", "noun.that_v1")


def _model_statement(tok: Token, sent: SpacySpan) -> Statement | None:
    """A cue the rules do not know, found by the learned detector (saidwhat/extract/cue_model.py):
    content = the dependents it scores as what was said, speaker = the one it scores as the source
    (else the subject rules)."""
    p = cue_model.cue_prob(tok)
    if p < cue_model.threshold("cue"):
        return None
    doc = sent.doc
    toks: list[Token] = []
    best_src, best_p = None, cue_model.threshold("source")
    clause = citer = False
    for child in tok.children:
        if child.dep_ in cue_model.SKIP_CHILD_DEPS:
            continue
        feats = cue_model.part_features(tok, child, False)
        if cue_model.prob("content", feats) >= cue_model.threshold("content"):
            toks.extend(child.subtree)
            clause = clause or child.dep_ in ("ccomp", "xcomp", "parataxis", "advcl") or \
                child.dep_ == "prep" and any(c.dep_ == "pcomp" for c in child.children)
        ps = cue_model.prob("source", feats)
        if ps >= best_p:
            best_src, best_p = child, ps
    head = tok.head
    if head.i != tok.i and sent_of(head) == sent and cue_model.prob(
            "content", cue_model.part_features(tok, head, True)) >= cue_model.threshold("content"):
        toks.extend(t for t in head.subtree if sent_of(t) == sent and not tok.left_edge.i <= t.i <= tok.right_edge.i)
        clause = True
    cited = next((c for c in tok.children if c.dep_ == "dobj"), None) \
        if tok.lemma_.lower() in QUOTING_VERBS else None
    if cited is not None and toks:
        # "citing data from X", "quoted a witness as saying": the object is what is cited,
        # the one who cites is the source
        toks.extend(cited.subtree)
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
        if best_src.dep_ in ("prep", "agent"):
            best_src = next((c for c in best_src.children if c.dep_ == "pobj"), None)
        speaker = _np_span(best_src) if best_src is not None else None
    elif tok.pos_ == "VERB":
        speaker = _speaker_of(tok, citer=citer)
    elif tok.dep_ in ("dobj", "acomp", "attr", "oprd") and tok.head.pos_ in ("VERB", "AUX"):
        speaker = _speaker_of(tok.head)  # light verbs: "made the point that", "was critical of"
    elif tok.dep_ == "appos" and tok.head.pos_ in ("PROPN", "NOUN"):
        speaker = _np_span(tok.head)  # "Adelson, a fierce supporter of Israel"
    else:
        speaker = None
    if speaker is None:
        # "Obama made clear his aim", "Will had nothing but praise for": the verb the cue word
        # hangs off has the subject
        verb = tok
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            speaker = _speaker_of(verb)
    content = _token_range(doc, sorted(set(toks), key=lambda t: t.i))
    if content is None or _trivial(content):
        return None
    if speaker is not None and _overlaps(content, speaker.start, speaker.end):
        text = doc_text(doc)
        before, after = _trim(text, content.start, speaker.start), _trim(text, speaker.end, content.end)
        content = before if len(before.text) >= len(after.text) else after
        if _trivial(content):
            return None
    return Statement(content=content, sentence=_sent_span(sent), speaker=speaker, cue=_cue_span(tok),
                     cue_class=cue_class(tok.lemma_) or LEARNED_CLASS, rule="model.cue_v1",
                     confidence=round(0.3 + 0.4 * p, 3))


# Verbs whose subject is the source whatever it is (`the report says`, `Sixty-six percent said`).
PLAIN_SPEECH = frozenset("say tell write tweet state declare announce claim insist argue add".split())


def _verb_statement(verb: Token, sent: SpacySpan, quotes: list[Quote]) -> Statement | None:
    lemma = verb.lemma_.lower()
    cls = cue_class(lemma)
    if cls is None:
        return _learned_statement(verb, sent)
    # "CNN quoted a witness as saying ...", "citing data": who quotes or cites is the source
    # of a content that holds the object
    speaker = _speaker_of(verb, citer=lemma in QUOTING_VERBS)
    content_toks = _complement(verb)
    if lemma in QUOTING_VERBS:
        # "citing threats such as X", "cites records to ground its claims": what is cited is
        # part of the content
        content_toks += [t for c in verb.children if c.dep_ == "dobj" or not content_toks and
                         c.dep_ == "prep" and c.i > verb.i for t in c.subtree]
    rule = "verb.clause_v1"
    if not content_toks and verb.dep_ in ("parataxis", "ccomp", "advcl", "conj") and speaker is not None:
        # "Y, he said." parsed with the report as the head of the sentence
        head = verb.head
        if head.i < verb.i and sent_of(head) == sent_of(verb) and not inside(quotes, head.idx) or \
                head.i < verb.i and inside(quotes, head.idx):
            content_toks = [t for t in head.subtree if t.i < verb.i and not _in_subtree(t, verb)]
            rule = "verb.inverted_v1"
    if not content_toks:
        return None
    if cls == "belief" and not any(c.dep_ == "ccomp" for c in verb.children) and lemma not in ("want",):
        return None
    if lemma in NEEDS_CLAUSE and not _has_clause(verb):
        return None
    content = _token_range(sent.doc, content_toks)
    if content is not None and speaker is not None and _overlaps(content, speaker.start, speaker.end):
        # a misparse put the speaker inside the clause: keep the side that holds the content
        text = doc_text(sent.doc)
        before, after = _trim(text, content.start, speaker.start), _trim(text, speaker.end, content.end)
        right = [t for t in content_toks if t.i > verb.i]
        if verb.idx >= speaker.end and right and any(t.idx < speaker.start for t in content_toks):
            # `Over decades in business, Trump has demonstrated that X`, `For that she drew his
            # ire - he called her "weak"`: what the verb reports is to its right
            after = _token_range(sent.doc, right)
            content = after if after is not None and not _trivial(after) else before
        else:
            content = before if len(before.text) >= len(after.text) else after
    if content is None or _trivial(content) and not any(c.dep_ == "oprd" for c in verb.children):
        return None  # but `called it "predatory"`, `calling them rapists` say something
    if speaker is None and cls != "speech":
        return None
    if speaker is not None and cls != "evidence" and lemma not in PLAIN_SPEECH and \
            not _is_agent(sent.doc, speaker):
        return None
    cue = _cue_span(verb)
    return Statement(
        content=content, sentence=_sent_span(sent), speaker=speaker, cue=cue, direct=False,
        cue_class=cls, rule=rule, confidence=0.8 if speaker is not None else 0.4,
    )


def _learned_statement(verb: Token, sent: SpacySpan) -> Statement | None:
    """A verb outside the hand lexicon that annotators mark as a report in a given frame
    (`endorsed Trump`, `complained about X`), from saidwhat/data/cue_lexicon.json."""
    frames = learned_frames(verb.lemma_)
    if not frames or not (verb.pos_ == "VERB" or verb.tag_.startswith("VB")):
        return None
    toks: list[Token] = []
    for child in verb.children:
        frame = "prep:" + child.lower_ if child.dep_ == "prep" else child.dep_
        if frame not in frames or child.i < verb.i:
            continue
        if child.dep_ == "prep":
            toks.extend(t for c in child.children if c.dep_ in ("pobj", "pcomp") for t in c.subtree)
        else:
            toks.extend(child.subtree)
    if not toks:
        return None
    speaker = _speaker_of(verb)
    if speaker is None or not _is_agent(sent.doc, speaker):
        return None
    content = _token_range(sent.doc, sorted(set(toks), key=lambda t: t.i))
    if content is None or _trivial(content) or _overlaps(content, speaker.start, speaker.end):
        return None
    return Statement(content=content, sentence=_sent_span(sent), speaker=speaker, cue=_cue_span(verb),
                     cue_class=LEARNED_CLASS, rule="verb.learned_v1", confidence=0.5)


def _is_agent(doc: Doc, speaker: Span) -> bool:
    """Can the subject be a source? Names, pronouns and nouns of people and institutions."""
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if span is None:
        return True
    root = span.root
    if root.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC") or root.pos_ in ("PRON", "PROPN"):
        return True
    return root.lemma_.lower() in AGENT_NOUNS or root.lower_ in AGENT_NOUNS


CLAUSE_MARKS = frozenset("while because although though since as if unless whereas so".split())


def _complement(verb: Token) -> list[Token]:
    """Tokens of what a reporting verb reports: its clause, object and how it frames them."""
    toks: list[Token] = []
    lemma = verb.lemma_.lower()
    for child in verb.children:
        dep = child.dep_
        if dep in ("ccomp", "parataxis") or (dep in ("xcomp", "oprd", "attr") and child.i > verb.i):
            toks.extend(child.subtree)
        elif dep == "conj" and child.i > verb.i and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            toks.extend(child.subtree)  # "said A, but that B": a second reported clause
        elif dep == "dobj" and lemma not in QUOTING_VERBS:
            toks.extend(child.subtree)
        elif dep == "prep" and lemma in QUOTING_VERBS:
            # "quoted X as saying Y": the content hangs below "saying", if the parse has it there
            toks.extend(t for c in child.subtree if c.dep_ == "ccomp" and c.head.lemma_ == "say"
                        for t in c.subtree)
        elif dep == "prep" and child.i > verb.i and \
                child.lower_ in ("of", "for", "on", "against", "over", "as", "about", "to") and lemma not in ("say", "tell", "write", "report", "add", "ask"):
            toks.extend(child.subtree)
    if toks and min(t.i for t in toks) > verb.i and any(c.dep_ == "ccomp" for c in verb.children):
        # "said A, because B" / "said A, but B did C": the parser often hangs the rest of the
        # reported sentence on the reporting verb; annotators count it as what was said (not
        # after `Y, X said Friday as ...`, where what follows the verb is the writer's)
        last = max(t.i for t in toks)
        for child in verb.children:
            if child.i <= last:
                continue
            if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CLAUSE_MARKS
                                             for c in child.children):
                toks.extend(child.subtree)
            elif child.dep_ == "conj" and cue_class(child.lemma_) is None and any(
                    c.dep_ == "nsubj" for c in child.children) and any(
                    c.dep_ == "cc" and c.lower_ in ("but", "while", "yet") and last < c.i < child.i
                    for c in verb.children):
                toks.extend(child.subtree)
    elif toks and min(t.i for t in toks) > verb.i:
        # "vowed to X unless Y", "pledged to X if he wins", "wants X should Trump win": a
        # condition after what was promised or threatened is part of it
        last = max(t.i for t in toks)
        toks.extend(t for child in verb.children if child.i > last and child.dep_ == "advcl" and
                    _conditional(child) for t in child.subtree)
    if lemma in ("tell", "ask", "inform", "assure"):
        # "told reporters that ..." — the listener is not what was said
        toks = [t for t in toks if not _is_listener(t, verb)]
    return sorted(set(toks), key=lambda t: t.i)


def _conditional(clause: Token) -> bool:
    """`if he wins`, `unless he is paid`, `should Trump win`."""
    first = clause.left_edge
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children) or \
        first.lower_ == "should" and first.head.i == clause.i


def _is_listener(tok: Token, verb: Token) -> bool:
    node = tok
    while node.head.i != node.i and node.head.i != verb.i:
        node = node.head
    return node.dep_ in ("dobj", "dative", "iobj") and not any(
        c.dep_ in ("ccomp", "xcomp", "relcl") for c in node.children)


def _has_clause(verb: Token) -> bool:
    return any(c.dep_ in ("ccomp", "xcomp", "oprd", "parataxis") or
               (c.dep_ == "prep" and c.lower_ in ("for", "on", "as", "of")) for c in verb.children) \
        or verb.dep_ in ("parataxis", "ccomp")


# People a verb may ask or lead to speak (`asked the woman to say`), beyond AGENT_NOUNS.
PERSON_NOUNS = frozenset("""woman man person child voter supporter reporter member crowd audience friend
colleague student worker citizen fan follower lawyer doctor staff delegate donor journalist activist
protester protestor resident neighbor parent mother father wife husband son daughter user""".split())

# What a source issues (`released a statement saying`, `sent an email asking`).
DOCUMENT_NOUNS = frozenset("""statement response email e-mail letter tweet post message memo note release
video ad advertisement op-ed column editorial report filing complaint petition notice press""".split())


def _speaker_of(verb: Token, citer: bool = False) -> Span | None:
    """The source of a report; `citer`: of a quote/cite verb whose object is what it reports."""
    lemma = verb.lemma_.lower()
    if verb.tag_ == "VBG" and verb.i == sent_of(verb).start:
        opener = _opening_participle_subject(verb)
        if opener is not None:
            return opener
    if verb.tag_ == "VBN" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        # "Asked by Matt Lauer whether ...": the one who asked is the agent, not the clause's subject
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if pobj is not None:
            return _np_span(pobj)
    if lemma in PLAIN_SPEECH and 0 < verb.i < len(verb.doc) - 2 and verb.doc[verb.i - 1].text == "," and \
            verb.doc[verb.i + 1].ent_type_ == "PERSON":
        # "And Trump, said Sunshine, doesn't forgive": a tag set off by commas inside the
        # sentence; the person named right after the verb is the speaker, whatever the parse
        name = verb.doc[verb.i + 1]
        while name.i + 1 < len(verb.doc) and verb.doc[name.i + 1].ent_type_ == "PERSON":
            name = verb.doc[name.i + 1]
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if name.i + 1 < len(verb.doc) and verb.doc[name.i + 1].text == "," and subj is not None and \
                subj.i < verb.i and not subj.is_punct:
            return Span.of(doc_text(verb.doc), verb.doc[verb.i + 1].idx, name.idx + len(name))
    if lemma in QUOTING_VERBS and not citer:
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is not None:
            return _np_span(obj)
    node = verb
    via_conj = via_xcomp = False
    reports = cue_class(lemma) == "speech"
    for _ in range(5):
        if node is not verb and reports and node.dep_ == "ccomp" and cue_class(node.head.lemma_) == "speech":
            # "X said A, saying B" / "X said A but added B", parsed below A: X goes on speaking
            node = node.head
            continue
        subj = next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is None and (node.dep_ == "relcl" or node.dep_ == "acl" and node.tag_ in ("VBG", "VBD")
                             and node.head.pos_ in ("NOUN", "PROPN")):
            # "the group backing Rubio", "a statement saying"; a past tense read as a modifier
            # is a misparsed predicate: `"...?" the 43-year-old asked`
            doc_noun = node.head
            if node.dep_ == "acl" and doc_noun.lemma_.lower() in DOCUMENT_NOUNS and doc_noun.dep_ == "dobj" \
                    and doc_noun.head.pos_ == "VERB":
                # "Gowdy released a statement saying ...": the one who issued it is the source
                author = next((c for c in doc_noun.head.children if c.dep_ == "nsubj"), None)
                if author is not None:
                    return _np_span(author)
            if _is_thing(doc_noun) and (node.dep_ == "acl" or any(c.dep_ == "aux" and c.lower_ == "to"
                                                                 for c in node.children)):
                # `went out of his way to say`, `spent much of his speech defending`: not who
                # speaks; the verb the noun hangs from has the source (`Clinton's speech
                # denouncing`: the owner of the speech)
                owner = next((c for c in doc_noun.children if c.dep_ == "poss"), None)
                if owner is not None and owner.pos_ in ("PROPN", "NOUN"):
                    return _np_span(owner)
                verb_above = doc_noun.head
                while verb_above.pos_ not in ("VERB", "AUX") and verb_above.head.i != verb_above.i:
                    verb_above = verb_above.head
                if verb_above.pos_ in ("VERB", "AUX") and verb_above.i != doc_noun.i:
                    node = verb_above
                    continue
            return _np_span(doc_noun)
        if subj is None and node.dep_ == "xcomp" and node.head.lemma_.lower() not in QUOTING_VERBS:
            # "led some to speculate", "urged him to say": the object of the head is the subject
            obj = next((c for c in node.head.children if c.dep_ == "dobj" and c.i < node.i), None)
            if obj is not None and (obj.pos_ in ("PRON", "PROPN") or obj.pos_ == "NOUN" and (
                    obj.lemma_.lower() in AGENT_NOUNS or obj.lemma_.lower() in PERSON_NOUNS or
                    obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"))):
                return _np_span(obj)
            # `went out of his way to say`, `used a crude expression to describe`: not a person,
            # so the head verb's subject (below) is the source
        if subj is not None:
            if subj.dep_ == "nsubjpass" and via_conj and not any(
                    c.dep_ == "auxpass" for c in verb.children):
                return _np_span(subj)  # "the report was finalized and denied the change"
            if subj.dep_ == "nsubjpass" and via_xcomp and not any(c.dep_ == "agent" for c in node.children):
                return _np_span(subj)  # "the Times is expected to endorse": the Times endorses
            if subj.dep_ == "nsubjpass":
                agent = next((c for c in node.children if c.dep_ == "agent"), None)
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
                if lemma in QUOTING_VERBS or node.lemma_.lower() in QUOTING_VERBS:
                    return _np_span(subj)  # "he was quoted as saying": he is the speaker
                return _np_span(pobj) if pobj is not None else None
            rel = node
            while rel.dep_ == "conj" and rel.head.i < rel.i:
                rel = rel.head  # "Kingson, who is running and who worked the crowd"
            if subj.lower_ in ("who", "which", "that") and rel.dep_ == "relcl":
                # "Pardo, who said ...": the name and the relative pronoun that stands for it
                ante = _np_span(rel.head)
                text = doc_text(verb.doc)
                if ante.start < subj.idx and (subj.idx - ante.end <= 3 or subj.idx - ante.end <= 100
                                              and "\n" not in text[ante.end:subj.idx]):
                    # also across the antecedent's modifiers: "Aguilar, the director of X, who said"
                    return Span.of(text, ante.start, subj.idx + len(subj))
                return ante
            if subj.lower_ == "it" and any(c.dep_ == "expl" for c in node.children):
                return None
            return _np_span(subj)
        if node.dep_ == "acomp" and via_xcomp and node.head.pos_ in ("AUX", "VERB"):
            node = node.head  # "voters are more likely to say": the copula has the subject
            continue
        if (node.dep_ in ("conj", "xcomp", "advcl", "pcomp") or node.dep_ == "dep" and
                node.head.i < node.i and node.head.pos_ == "VERB") and node.head.i != node.i:
            # `dep`: "Clinton paused, then revealed why ...", the second verb left unattached
            via_conj = node.dep_ in ("conj", "dep")
            via_xcomp = node.dep_ == "xcomp"
            node = node.head
            if node.dep_ == "prep":
                if node.lower_ == "as" and node.head.lemma_.lower() in QUOTING_VERBS:
                    # "Reuters quoted Sullivan as saying": Sullivan said it
                    obj = next((c for c in node.head.children if c.dep_ in ("dobj", "nsubjpass")), None)
                    if obj is not None:
                        return _np_span(obj)
                node = node.head
            continue
        break
    if node is not verb and node.dep_ == "ROOT" and node.pos_ in ("PROPN", "NOUN") and node.i < verb.i \
            and node.ent_type_ in ("PERSON", "ORG", "NORP", "GPE", ""):
        # "Trump defended X, calling Y ...": a misparse made the subject the sentence root
        return _np_span(node)
    if verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        # "X said ..., mentioning Y" with the participle misparsed (csubj, nsubj): the
        # participle's implied subject is the subject of the clause before it
        root = sent_of(verb).root
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < verb.i), None) \
            if root.i < verb.i and root.pos_ in ("VERB", "AUX") else None
        if subj is not None and not _in_subtree(verb, subj):
            return _np_span(subj)
    left = _left_neighbour(verb)
    if left is None and lemma in PLAIN_SPEECH and verb.i > 0 and \
            (verb.doc[verb.i - 1].is_quote or verb.doc[verb.i - 1].text == ","):
        return _inverted_tag_speaker(verb)
    return left


def _inverted_tag_speaker(verb: Token) -> Span | None:
    """`"...," said international relations expert Soli Ozel of Kadir Has University`, parsed with
    no subject (`Has` read as a verb): the noun phrase right after a speech tag's verb."""
    doc = verb.doc
    end = min(len(doc), verb.i + 9)  # the parser may end the sentence right after the verb
    j, last = verb.i + 1, None
    while j < end and doc[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") and doc[j].tag_ != "WDT":
        if doc[j].pos_ in ("NOUN", "PROPN"):
            last = doc[j]
        j += 1
    if last is None:
        return None
    return Span.of(doc_text(doc), doc[verb.i + 1].idx, last.idx + len(last))


def _is_thing(noun: Token) -> bool:
    """A common noun that names no person, group or document (`his way`, `his speech`)."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and not noun.ent_type_ and lemma not in AGENT_NOUNS and \
        lemma not in PERSON_NOUNS and lemma not in DOCUMENT_NOUNS and noun.lower_ not in AGENT_NOUNS and \
        lemma not in EVIDENCE_NOUNS


# Things that show or claim something themselves (`a lawsuit alleging`, `evidence suggesting`).
EVIDENCE_NOUNS = frozenset("""lawsuit suit evidence call precedent item picture photo photograph image data record
poll survey study report analysis research finding document filing complaint ad advertisement video sign
banner card""".split())


def _opening_participle_subject(verb: Token) -> Span | None:
    """`Noting that X, Trump said ...`: a participle that opens the sentence has the subject of
    the clause after its comma, which the parser often hangs elsewhere (inside a quote)."""
    doc = verb.doc
    end = min(sent_of(verb).end, verb.i + 40)
    for i in range(verb.i + 1, end - 1):
        t = doc[i]
        if t.is_quote or t.text in (";", ":"):
            return None  # past the participle's clause
        if t.text != ",":
            continue
        j = i + 1
        while j < end and doc[j].dep_ in ("det", "compound", "amod", "poss", "case") and j - i < 6:
            j += 1
        if j < end and doc[j].dep_ == "nsubj" and doc[j].pos_ in ("PROPN", "NOUN", "PRON") and \
                doc[j].head.i > j:
            return _np_span(doc[j])
    return None


def _left_neighbour(verb: Token) -> Span | None:
    """`..., the country's top diplomat said Friday`, parsed with no subject: the noun right
    before a reporting verb that reports a clause to its left is its speaker."""
    doc = verb.doc
    start = sent_of(verb).start
    i = verb.i - 1
    while i >= start and doc[i].is_space:
        i -= 1
    if i < start:
        return None
    prev = doc[i]
    reports_left = any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children) or \
        verb.dep_ in ("parataxis",)
    if prev.pos_ in ("NOUN", "PROPN", "PRON") and reports_left:
        return _np_span(prev)
    if prev.pos_ in ("NOUN", "PROPN") and verb.tag_ in ("VBD", "VBZ", "VBP") and \
            prev.dep_ in ("appos", "conj", "npadvmod") and verb.dep_ == "ROOT":
        # "..., former president Bill Clinton said ...": a finite verb whose subject the parser
        # hung as an apposition on an earlier noun; the noun right before it is its subject
        return _np_span(prev)
    if prev.text == "," and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.dep_ == "ROOT" and i - 2 >= start:
        # the same, with the name closed by a comma: "Dodik's lawyer, Anto Nobilo, said", or
        # followed by a relative clause: "Mark Simon, who worked with Lai for decades, argued"
        cand = doc[i - 1]
        if cand.pos_ == "PROPN" and cand.dep_ in ("appos", "npadvmod", "conj"):
            return _np_span(cand)
        k = i - 1
        while k > start and doc[k].text != "," and i - k < 25:
            k -= 1
        if doc[k].text == "," and k - 1 >= start and doc[k + 1].lower_ in ("who", "which") and \
                doc[k - 1].pos_ == "PROPN" and doc[k - 1].dep_ in ("appos", "npadvmod", "conj"):
            return _np_span(doc[k - 1])
    return None


def _np_span(tok: Token) -> Span:
    """The noun phrase a subject token heads: its modifiers to the left, itself, and flat names."""
    doc = tok.doc
    if tok.pos_ == "NOUN" and not tok.ent_type_:
        # "The head of a super PAC backing Bush, Mike Murphy, praised ...": the name in apposition
        name = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        if name is not None:
            tok = name
    left = tok
    for child in tok.lefts:
        if child.dep_ in ("det", "compound", "amod", "poss", "nmod", "nummod", "case", "predet"):
            left = min(left, child.left_edge, key=lambda t: t.i)
    right = tok
    for child in tok.rights:
        if child.dep_ in ("compound", "flat", "case") and child.i == right.i + 1:
            right = child
    while left.i < tok.i and (left.is_punct or left.is_space):
        left = doc[left.i + 1]  # a closing quote mark hung on the name: `” reporter Jackie Nespral`
    start, end = doc[left.i].idx, doc[right.i].idx + len(doc[right.i])
    return Span.of(doc_text(doc), start, end)


def _cue_span(verb: Token) -> Span:
    """The reporting word, with its particles and the fixed phrases news uses around it."""
    doc = verb.doc
    toks = [verb]
    for child in verb.children:
        if child.dep_ == "prt" or (child.dep_ == "prep" and child.lower_ in ("for", "on") and
                                   verb.lemma_.lower() == "call"):
            toks.append(child)
        if child.dep_ == "advcl" and verb.lemma_.lower() in QUOTING_VERBS:
            toks.extend(t for t in child.subtree if t.i <= child.i)
    lo, hi = min(t.i for t in toks), max(t.i for t in toks)
    if hi - lo > 4:
        lo = hi = verb.i
    return Span.of(doc_text(doc), doc[lo].idx, doc[hi].idx + len(doc[hi]))


def _according_to(tok: Token, sent: SpacySpan) -> Statement | None:
    to = next(c for c in tok.children if c.lower_ == "to")
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    doc = sent.doc
    # the phrase is `according to` and its object; what else hangs off `according` is a misparse
    lo, hi = tok.i, max(to.right_edge.i, to.i)
    text = doc_text(doc)
    before = _trim(text, sent.start_char, doc[lo].idx)
    after = _trim(text, doc[hi].idx + len(doc[hi]), sent.end_char)
    content = before if (before.end - before.start) >= (after.end - after.start) else after
    if _trivial(content):
        return None
    cue = Span.of(doc_text(doc), tok.idx, to.idx + len(to))
    return Statement(content=content, sentence=_sent_span(sent), speaker=_np_span(pobj), cue=cue,
                     cue_class="evidence" if pobj.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP")
                     and pobj.pos_ != "PROPN" else "speech",
                     rule="according_to_v1", confidence=0.75)


# Sources of evidence named by `in`: "Trump leads in the latest CNN poll", "In a new survey, ...".
POLL_NOUNS = frozenset("poll survey study".split())  # one named poll; `in the polls` is an idiom


def _in_poll(tok: Token, sent: SpacySpan) -> Statement | None:
    """`In a new Fox News poll, Trump achieved 45 percent` / `Clinton leads in the latest CNN poll`:
    the poll is the source, the rest of the sentence what it shows (as for `according to`)."""
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lower_ not in POLL_NOUNS:
        return None
    doc = sent.doc
    text = doc_text(doc)
    lo, hi = tok.i, tok.right_edge.i
    before = _trim(text, sent.start_char, doc[lo].idx)
    after = _trim(text, doc[hi].idx + len(doc[hi]), sent.end_char)
    content = before if (before.end - before.start) >= (after.end - after.start) else after
    if _trivial(content) or len(content.text.split()) < 4:
        return None
    return Statement(content=content, sentence=_sent_span(sent), speaker=_np_span(pobj),
                     cue=Span.of(text, tok.idx, tok.idx + len(tok)), cue_class="evidence",
                     rule="in_poll_v1", confidence=0.5)


def _noun_statement(noun: Token, sent: SpacySpan) -> Statement | None:
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "appos")
                   and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)), None)
    if poss is None or clause is None or poss.lower_ in ("its",):
        return None
    content = _token_range(sent.doc, list(clause.subtree))
    if content is None or _trivial(content):
        return None
    return Statement(content=content, sentence=_sent_span(sent), speaker=_np_span(poss),
                     cue=Span.of(doc_text(sent.doc), noun.idx, noun.idx + len(noun)),
                     cue_class="belief" if noun.lemma_.lower() in ("belief", "view", "position") else "speech",
                     rule="noun.that_v1", confidence=0.6)


# --- quotes ---------------------------------------------------------------------------------


def _directify(statements: list[Statement], quotes: list[Quote], text: str) -> list[Statement]:
    """A reported clause that is all inside one quote is a direct quote: the whole quote."""
    for st in statements:
        q = _covering_quote(quotes, st.content, text)
        if q is not None and q.words(text) >= 2:
            # `such reports "constitute ..."`: words of the paraphrase before the quote make it mixed
            lead = [m for m in re.finditer(r"\w+", text[st.content.start:max(q.start, st.content.start)])
                    if not inside(quotes, st.content.start + m.start())]
            st.content = _quote_span(text, q)
            st.direct = not q.plain and len(lead) < 2
            st.rule = st.rule.replace("verb.", "quote.verb.")
            st.confidence = max(st.confidence, 0.85)
    return statements


def _covering_quote(quotes: list[Quote], content: Span, text: str) -> Quote | None:
    chars = [i for i in range(content.start, content.end) if text[i].isalnum()]
    if not chars:
        return None
    for q in quotes:
        if q.end <= content.start or q.start >= content.end:
            continue
        covered = sum(q.start <= i < q.end for i in chars)
        if covered / len(chars) >= 0.85:
            return q
    return None


def _quote_statements(doc: Doc, quotes: list[Quote], found: list[Statement]) -> list[Statement]:
    """Direct quotes no verb rule claimed: attribute them by the sentence, a colon, or the flow."""
    text = doc_text(doc)
    out: list[Statement] = []
    claimed = [s.content for s in found]
    for q in quotes:
        if any(_overlaps(c, q.start, q.end) for c in claimed):
            continue
        # a short quote counts only as a line of dialogue: `"But why?" the reporter asked.`
        short = q.words(text) < MIN_QUOTE_WORDS
        if short and not _dialogue_line(text, q):
            continue
        if not short and q.words(text) < 8 and not any(
                t.pos_ in ("VERB", "AUX") for t in doc.char_span(q.start, q.end, alignment_mode="expand") or ()):
            continue  # a quoted phrase, not a quoted statement
        sents = _sents_of(doc, q)
        if not sents:
            continue
        sentence = Span.of(text, sents[0].start_char, sents[-1].end_char)
        sentence = _trim(text, sentence.start, sentence.end)
        content = _quote_span(text, q)
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
            prev = _previous_speaker(out + found, q.start, doc)
            if prev is not None:
                # annotators link a quote that runs on to the report that opened it: same cue
                st = Statement(content=content, sentence=sentence, speaker=prev.speaker, cue=prev.cue,
                               actor=None, rule="quote.continued_v1", confidence=0.6)
        if st is None:
            if q.words(text) < 6:
                continue
            st = Statement(content=content, sentence=sentence, rule="quote.unattributed_v1",
                           confidence=0.3)
        st.content, st.sentence, st.direct = content, sentence, not q.plain
        out.append(st)
        claimed.append(content)
    return out


def _dialogue_line(text: str, q: Quote) -> bool:
    """A quote that opens its paragraph or sentence and ends in `,` `?` or `!` inside the marks,
    followed by the speech tag: `"No," he said.`"""
    before = text[max(0, q.start - 3):q.start - 1].rstrip(" \t'")
    opens = not before or before[-1] in "\n.?!"
    body = text[q.start:q.end].rstrip()
    return opens and body[-1:] in (",", "?", "!") and text[q.end + 1:q.end + 2].isspace()


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
            distance = min(abs(tok.idx - q.start), abs(tok.idx - q.end))
            rank = (0 if governs else 1 if tok.dep_ == "ROOT" else 2) * 100_000 + distance
            candidates.append((rank, tok))
    for _, tok in sorted(candidates, key=lambda c: c[0]):
        speaker = _speaker_of(tok)
        if speaker is None or inside(quotes, speaker.start):
            speaker = _tag_speaker(tok, q)
        if speaker is None or inside(quotes, speaker.start) or \
                tok.lemma_.lower() not in PLAIN_SPEECH and not _is_agent(doc, speaker):
            continue  # `the email went on to say, "..."`: a plain speech verb's subject is the source
        return Statement(content=Span(0, 0, ""), sentence=Span(0, 0, ""), speaker=speaker,
                         cue=_cue_span(tok), rule="quote.verb_v1", confidence=0.8)
    return None


def _tag_speaker(verb: Token, q: Quote) -> Span | None:
    """The speaker of a speech tag right after a quote, read from word order when the parse
    took a quoted word for the subject: `"...," Mr. Obama added.` / `"...," said one person`."""
    doc = verb.doc
    if verb.idx < q.end:
        return None
    between = [t for t in doc[max(0, verb.i - 8):verb.i] if t.idx >= q.end and not (t.is_punct or t.is_space)]
    if between:
        last = between[-1]
        if last.pos_ in ("PROPN", "NOUN", "PRON") and all(t.pos_ in ("PROPN", "NOUN", "PRON", "DET", "ADJ")
                                                           for t in between):
            return Span.of(doc_text(doc), between[0].idx, last.idx + len(last))
        return None
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ in ("PROPN", "NOUN", "PRON", "DET", "NUM", "ADJ"):
        head = nxt
        while head.i < len(doc) - 1 and head.pos_ not in ("PROPN", "NOUN", "PRON") and head.i - verb.i < 4:
            head = doc[head.i + 1]
        if head.pos_ in ("PROPN", "NOUN", "PRON"):
            return _np_span(head)
    return None


def _attribute_by_colon(doc: Doc, q: Quote, sent: SpacySpan) -> Statement | None:
    """`Name: "..."` and `Name said: "..."` — a name ending right before the colon."""
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
        if m is None or m.group("speaker").split()[0].lower() in _NOT_SPEAKERS or \
                m.group("speaker").lower() in HEADLINE_KICKERS:
            return None
        speaker, colon = Span.of(text, m.start("speaker"), m.end("speaker")), m.end("speaker")
        while text[colon] != ":":
            colon += 1
    return Statement(content=Span(0, 0, ""), sentence=Span(0, 0, ""), speaker=speaker,
                     cue=Span.of(text, colon, colon + 1), rule="quote.colon_v1", confidence=0.7)


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


def _stands_alone(text: str, q: Quote, sentence: Span) -> bool:
    """The quote is all there is in its sentence(s), apart from punctuation."""
    outside = text[sentence.start:q.start] + text[q.end:sentence.end]
    return not any(c.isalnum() for c in outside)


def _previous_speaker(statements: list[Statement], pos: int, doc: Doc) -> Statement | None:
    """The last attributed statement before `pos`, within the two paragraphs above."""
    before = [s for s in statements if s.speaker is not None and s.content.end <= pos
              and (s.cue is None or s.cue.end <= pos)]
    if not before:
        return None
    # the report that ends last (`"A," X said. "B"`: A's sentence may run on into B)
    last = max(before, key=lambda s: max(s.content.end, s.cue.end if s.cue else 0))
    gap = doc_text(doc)[min(last.sentence.end, pos):pos]
    if gap.count("\n\n") > 2 or (gap.count("\n") > 4) or len(gap) > 800:
        return None
    return last


# --- transcripts ----------------------------------------------------------------------------

_TURN = re.compile(r"^[ \t]*(?P<speaker>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4})[ \t]*:[ \t\xa0]+(?P<content>\S.{15,})$")
_NOT_SPEAKERS = frozenset("""note update updated editor editor’s editor's related read watch photo photos video
source sources credit caption warning disclaimer q a question answer story the and but correction
clarification email contact share follow tags stat""".split())


def _turn_statements(doc: Doc, info: DocumentInfo, found: list[Statement]) -> list[Statement]:
    """`MATTHEWS: Here's the irony ...` / `Jones: The partisanship ...`: a paragraph that opens with
    a name (a PERSON or ORG, or a word in capitals) and a colon is that speaker's turn."""
    text = doc_text(doc)
    out: list[Statement] = []
    for span in info.body:
        pos = span.start
        for para in text[span.start:span.end].split("\n"):
            start, pos = pos, pos + len(para) + 1
            m = _TURN.match(para)
            if m is None or m.group("content")[0] in "“\"‘'" or \
                    m.group("speaker").split()[0].lower() in _NOT_SPEAKERS:
                continue
            sp = Span.of(text, start + m.start("speaker"), start + m.end("speaker"))
            named = sp.text.isupper() and len(sp.text) > 2 or any(
                e.label_ in ("PERSON", "ORG") and e.start_char < sp.end and e.end_char > sp.start
                for e in doc.char_span(sp.start, sp.end, alignment_mode="expand").ents)
            content = _trim(text, start + m.start("content"), start + m.end("content"))
            if not named or any(o.direct and _overlaps(o.content, content.start, content.end) for o in found):
                continue
            colon = text.index(":", sp.end)
            out.append(Statement(content=content, sentence=_trim(text, start, start + len(para)),
                                 speaker=sp, cue=Span.of(text, colon, colon + 1), rule="colon.turn_v1",
                                 confidence=0.6))
    return out


# --- headlines ------------------------------------------------------------------------------

_SAYS = r"(?:Says|Said|Warns|Claims|Insists|Tells|Urges|Admits|Denies|Accuses|Vows|says|said|warns|claims|insists|tells|urges|admits|denies|vows)"
_TRAILING_SAYS = re.compile(r"^(?P<content>.{12,}?),\s+(?P<speaker>[^,:]{2,60}?)\s+(?P<cue>" + _SAYS + r")\s*$")
_COLON = re.compile(r"^(?P<speaker>[^:\"“”]{2,60}?)\s*(?P<cue>:)\s+(?P<content>\S.{8,})$")


# Words that head a headline before a colon as a label (`Breaking: ...`, `WATCH: ...`).
HEADLINE_KICKERS = frozenset("""breaking revealed wow boom look watch bombshell exclusive update updated
video photos photo report analysis opinion editorial live confirmed busted shocking review explainer
factbox timeline transcript listen latest developing alert warning oops ouch yikes whoa epic huge
why what how""".split()) | {"just in", "breaking news", "the latest", "must see", "fact check",
                               "read more", "uh oh", "here's why", "q&a"}


def _headline_statements(doc: Doc, info: DocumentInfo) -> list[Statement]:
    span = info.title_span
    if span is None:
        return []
    text = doc_text(doc)
    line = text[span.start:span.end]
    out: list[Statement] = []
    m = _COLON.match(line)
    rule = "headline.colon_v1"
    if m is None:
        m = _TRAILING_SAYS.match(line)
        rule = "headline.says_v1"
    if m is None:
        return out
    sp_start, sp_end = span.start + m.start("speaker"), span.start + m.end("speaker")
    speaker_text = text[sp_start:sp_end]
    if len(speaker_text.split()) > 6 or not any(w[:1].isupper() for w in speaker_text.split()):
        return out
    if " ".join(speaker_text.lower().split()).strip(" !.") in HEADLINE_KICKERS or "," in speaker_text:
        return out  # `Breaking: ...`, `Beyond plagiarism, a bigger issue: ...`: a label, not a source
    content = _trim(text, span.start + m.start("content"), span.start + m.end("content"))
    direct = False
    body = content.text.rstrip(".!?")
    if len(body) > 2 and body[0] in "“\"‘'" and body[-1] in "”\"’'" and not any(
            c in "“”\"" for c in body[1:-1]):
        content, direct = Span.of(text, content.start + 1, content.start + len(body) - 1), True
    out.append(Statement(content=content, sentence=_trim(text, span.start, span.end), direct=direct,
                         speaker=Span.of(text, sp_start, sp_end),
                         cue=Span.of(text, span.start + m.start("cue"), span.start + m.end("cue")),
                         rule=rule, confidence=0.7))
    return out


# --- helpers --------------------------------------------------------------------------------


def _in_subtree(tok: Token, root: Token) -> bool:
    return root.left_edge.i <= tok.i <= root.right_edge.i and root in tok.ancestors or tok.i == root.i


def _token_range(doc: Doc, toks: list[Token]) -> Span | None:
    toks = [t for t in toks if not t.is_space]
    if not toks:
        return None
    lo, hi = min(t.i for t in toks), max(t.i for t in toks)
    while lo <= hi and (doc[lo].is_punct and doc[lo].text not in "“\"‘«" or doc[lo].lower_ == "that"
                        and doc[lo].dep_ == "mark"):
        lo += 1
    while hi >= lo and doc[hi].is_punct and doc[hi].text not in "”\"’»":
        hi -= 1
    if lo > hi:
        return None
    return Span.of(doc_text(doc), doc[lo].idx, doc[hi].idx + len(doc[hi]))


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in TRIM_CHARS:
        end -= 1
    return Span.of(text, start, end)


def _trivial(content: Span) -> bool:
    """Content that only points back at something said elsewhere (`this claim`, `it`)."""
    words = content.text.split()
    if not words or not any(c.isalpha() for c in content.text):
        return True
    first = words[0].lower().strip(".,")
    return (len(words) == 1 and first in PRONOUN_CONTENT) or \
        (len(words) <= 2 and first in ("this", "that", "these", "those", "the", "such", "it", "them"))


def _sent_span(sent: SpacySpan) -> Span:
    return _trim(doc_text(sent.doc), sent.start_char, sent.end_char)


def _quote_span(text: str, q: Quote) -> Span:
    start, end = q.start, q.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return Span.of(text, start, end)


def _overlaps(span: Span, start: int, end: int) -> bool:
    return min(span.end, end) > max(span.start, start)


def _sents_of(doc: Doc, q: Quote) -> list[SpacySpan]:
    return [s for s in doc_sents(doc) if s.start_char < q.end and s.end_char > q.start - 1]


def _dedupe(statements: list[Statement]) -> list[Statement]:
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
        elif st.confidence > out[dup].confidence:
            out[dup] = st
    return out


def _same_content(a: Span, b: Span) -> bool:
    inter = min(a.end, b.end) - max(a.start, b.start)
    union = max(a.end, b.end) - min(a.start, b.start)
    return union > 0 and inter / union >= 0.8
