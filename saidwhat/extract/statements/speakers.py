"""Speakers: who made a report. Small named speaker rules (registered in
`saidwhat.rules.speaker_rules`), each for one construction; a statement records the name of
the rule that chose its speaker in `speaker_rule` (`""` when it has no speaker).

`speaker_of` tries the rules for a reporting word in a fixed order; `inherit_speakers` and
`dateline_speakers` are passes over all statements of an article; statement rules whose form
names the speaker (`according to X`, `X: "..."`, headlines) are registered as speaker rules too.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple, ParamSpec

from saidwhat.clean.datelines import PARAGRAPH_DATELINE
from saidwhat.extract.cues import AGENT_NOUNS, QUOTING_VERBS, cue_class
from saidwhat.extract.statements.spans import SUBJECT_DEPS, in_subtree, np_span
from saidwhat.lexicons import words
from saidwhat.parse import doc_text, sent_of
from saidwhat.parse.quotes import Quote
from saidwhat.records import Span, Statement
from saidwhat.rules import speaker_rules

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

P = ParamSpec("P")


class Speaker(NamedTuple):
    """A speaker mention and the name of the speaker rule that chose it."""

    span: Span | None  # None: no speaker (and `rule` is "")
    rule: str


NO_SPEAKER = Speaker(None, "")


def speaker_rule(name: str) -> Callable[[Callable[P, Span | None]], Callable[P, Speaker | None]]:
    """Register a speaker rule that returns a mention, or None when the construction is not its
    own; callers get the mention with the rule's name, as the records carry it."""

    def named(func: Callable[P, Span | None]) -> Callable[P, Speaker | None]:
        @functools.wraps(func)
        def rule(*args: P.args, **kwargs: P.kwargs) -> Speaker | None:
            span = func(*args, **kwargs)
            return None if span is None else Speaker(span, name)

        speaker_rules.register(name)(rule)
        return rule

    return named


# Verbs whose subject is the source whatever it is (`the report says`, `Sixty-six percent said`).
PLAIN_SPEECH = words("plain_speech_verbs")


# People a verb may ask or lead to speak (`asked the woman to say`), beyond AGENT_NOUNS.
PERSON_NOUNS = words("person_nouns")

# What a source issues (`released a statement saying`, `sent an email asking`).
DOCUMENT_NOUNS = words("sent_document_nouns")

# Things that show or claim something themselves (`a lawsuit alleging`, `evidence suggesting`).
EVIDENCE_NOUNS = frozenset("""lawsuit suit evidence call precedent item picture photo photograph image data record
poll survey study report analysis research finding document filing complaint ad advertisement video sign
banner card""".split())


def speaker_of(verb: Token, citer: bool = False) -> Speaker:
    """The source of a report: the first speaker rule that decides, in this order; `citer`: of a
    quote/cite verb whose object is what it reports."""
    lemma = verb.lemma_.lower()
    found = opening_participle(verb) or asked_by(verb) or comma_tag(verb, lemma) or \
        (None if citer else quoted_object(verb, lemma))
    if found is not None:
        return found
    found, node = _walk_to_subject(verb, lemma)
    if found is not None:
        return found
    return root_noun(verb, node) or participle_after_comma(verb) or left_neighbour(verb) or \
        inverted_tag(verb, lemma) or NO_SPEAKER


# --- before the subject -----------------------------------------------------------------------


@speaker_rule("speaker.opening_participle_v1")
def opening_participle(verb: Token) -> Span | None:
    """`Noting that X, Trump said ...`: a participle that opens the sentence has the subject of
    the clause after its comma, which the parser often hangs elsewhere (inside a quote)."""
    if not (verb.tag_ == "VBG" and verb.i == sent_of(verb).start):
        return None
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
            return np_span(doc[j])
    return None


@speaker_rule("speaker.asked_by_v1")
def asked_by(verb: Token) -> Span | None:
    """`Asked by Matt Lauer whether ...`: the one who asked is the agent, not the clause's subject."""
    if verb.tag_ == "VBN" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if pobj is not None:
            return np_span(pobj)
    return None


@speaker_rule("speaker.comma_tag_v1")
def comma_tag(verb: Token, lemma: str) -> Span | None:
    """`And Trump, said Sunshine, doesn't forgive`: a tag set off by commas inside the sentence;
    the person named right after the verb is the speaker, whatever the parse."""
    if lemma in PLAIN_SPEECH and 0 < verb.i < len(verb.doc) - 2 and verb.doc[verb.i - 1].text == "," and \
            verb.doc[verb.i + 1].ent_type_ == "PERSON":
        name = verb.doc[verb.i + 1]
        while name.i + 1 < len(verb.doc) and verb.doc[name.i + 1].ent_type_ == "PERSON":
            name = verb.doc[name.i + 1]
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if name.i + 1 < len(verb.doc) and verb.doc[name.i + 1].text == "," and subj is not None and \
                subj.i < verb.i and not subj.is_punct:
            return Span.of(doc_text(verb.doc), verb.doc[verb.i + 1].idx, name.idx + len(name))
    return None


@speaker_rule("speaker.quoted_object_v1")
def quoted_object(verb: Token, lemma: str) -> Span | None:
    """`CNN quoted a witness`: who is quoted (the object) is the speaker, not who quotes."""
    if lemma in QUOTING_VERBS:
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is not None:
            return np_span(obj)
    return None


# --- the subject, up the tree -------------------------------------------------------------------


def _walk_to_subject(verb: Token, lemma: str) -> tuple[Speaker | None, Token]:
    """Up from the verb (through conjuncts, xcomps, adverbial clauses) to the first node with a
    subject or a noun it modifies, where a rule decides; else None and the node it stopped at."""
    node = verb
    via_conj = via_xcomp = False
    reports = cue_class(lemma) == "speech"
    for _ in range(5):
        if node is not verb and reports and node.dep_ == "ccomp" and cue_class(node.head.lemma_) == "speech":
            # "X said A, saying B" / "X said A but added B", parsed below A: X goes on speaking
            node = node.head
            continue
        subj = _nearest_subject(node)
        if subj is None and (node.dep_ == "relcl" or node.dep_ == "acl" and node.tag_ in ("VBG", "VBD")
                             and node.head.pos_ in ("NOUN", "PROPN")):
            # "the group backing Rubio", "a statement saying"; a past tense read as a modifier
            # is a misparsed predicate: `"...?" the 43-year-old asked`
            found = document_author(node) or thing_owner(node)
            if found is not None:
                return found, node
            above = _verb_above_thing(node)
            if above is not None:
                node = above
                continue
            return modified_noun(node) or NO_SPEAKER, node
        if subj is not None:
            return _by_subject(verb, node, subj, lemma, via_conj, via_xcomp), node
        found = object_of_head(node)
        if found is not None:
            return found, node
        # `went out of his way to say`, `used a crude expression to describe`: not a person,
        # so the head verb's subject (below) is the source
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
                found = quoted_as(node)
                if found is not None:
                    return found, node
                node = node.head
            continue
        break
    return None, node


def _nearest_subject(node: Token) -> Token | None:
    """The verb's subject. Of two before it (`A media analyst at USC, Gatov also noted`), the one
    next to the verb: the first, set off by a comma, is a description put in front of the name."""
    subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
    before = [c for c in subjects if c.i < node.i]
    if len(before) >= 2 and any(t.text == "," for t in node.doc[before[-2].i:before[-1].left_edge.i]):
        return before[-1]
    return subjects[0] if subjects else None


@speaker_rule("speaker.document_author_v1")
def document_author(node: Token) -> Span | None:
    """`Gowdy released a statement saying ...`: the one who issued the document is the source."""
    doc_noun = node.head
    if node.dep_ == "acl" and doc_noun.lemma_.lower() in DOCUMENT_NOUNS and doc_noun.dep_ == "dobj" \
            and doc_noun.head.pos_ == "VERB":
        author = next((c for c in doc_noun.head.children if c.dep_ == "nsubj"), None)
        if author is not None:
            return np_span(author)
    return None


def _about_a_thing(node: Token) -> bool:
    """`went out of his way to say`, `spent much of his speech defending`: the noun the verb
    modifies is not who speaks."""
    doc_noun = node.head
    return _is_thing(doc_noun) and (node.dep_ == "acl" or any(c.dep_ == "aux" and c.lower_ == "to"
                                                              for c in node.children))


@speaker_rule("speaker.thing_owner_v1")
def thing_owner(node: Token) -> Span | None:
    """`Clinton's speech denouncing`: the owner of the thing the verb modifies is the source."""
    if not _about_a_thing(node):
        return None
    owner = next((c for c in node.head.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ in ("PROPN", "NOUN"):
        return np_span(owner)
    return None


def _verb_above_thing(node: Token) -> Token | None:
    """The verb the thing hangs from (`went out of his way to say`), which has the source."""
    if not _about_a_thing(node):
        return None
    doc_noun = node.head
    verb_above = doc_noun.head
    while verb_above.pos_ not in ("VERB", "AUX") and verb_above.head.i != verb_above.i:
        verb_above = verb_above.head
    if verb_above.pos_ in ("VERB", "AUX") and verb_above.i != doc_noun.i:
        return verb_above
    return None


@speaker_rule("speaker.modified_noun_v1")
def modified_noun(node: Token) -> Span | None:
    """`the group backing Rubio`, `a statement saying`: the noun the verb modifies."""
    return np_span(node.head)


@speaker_rule("speaker.object_of_head_v1")
def object_of_head(node: Token) -> Span | None:
    """`led some to speculate`, `urged him to say`: the object of the head is the subject (when
    it can be a person)."""
    if node.dep_ == "xcomp" and node.head.lemma_.lower() not in QUOTING_VERBS:
        obj = next((c for c in node.head.children if c.dep_ == "dobj" and c.i < node.i), None)
        if obj is not None and (obj.pos_ in ("PRON", "PROPN") or obj.pos_ == "NOUN" and (
                obj.lemma_.lower() in AGENT_NOUNS or obj.lemma_.lower() in PERSON_NOUNS or
                obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"))):
            return np_span(obj)
    return None


@speaker_rule("speaker.quoted_as_v1")
def quoted_as(prep: Token) -> Span | None:
    """`Reuters quoted Sullivan as saying`: Sullivan said it."""
    if prep.lower_ == "as" and prep.head.lemma_.lower() in QUOTING_VERBS:
        obj = next((c for c in prep.head.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is not None:
            return np_span(obj)
    return None


def _by_subject(verb: Token, node: Token, subj: Token, lemma: str, via_conj: bool, via_xcomp: bool) -> Speaker:
    """A node with a subject: one of these rules decides (no rule after the walk is tried)."""
    if subj.dep_ == "nsubjpass":
        return passive_subject(verb, node, subj, lemma, via_conj, via_xcomp) or passive_agent(node) or NO_SPEAKER
    found = relative_antecedent(verb, node, subj)
    if found is not None:
        return found
    if subj.lower_ == "it" and any(c.dep_ == "expl" for c in node.children):
        return NO_SPEAKER  # `it is said that`
    return subject(subj) or NO_SPEAKER


@speaker_rule("speaker.passive_subject_v1")
def passive_subject(verb: Token, node: Token, subj: Token, lemma: str, via_conj: bool,
                    via_xcomp: bool) -> Span | None:
    """The subject of a passive that is the source: `the report was finalized and denied the
    change`, `the Times is expected to endorse`, `he was quoted as saying`."""
    if via_conj and not any(c.dep_ == "auxpass" for c in verb.children):
        return np_span(subj)  # "the report was finalized and denied the change"
    if via_xcomp and not any(c.dep_ == "agent" for c in node.children):
        return np_span(subj)  # "the Times is expected to endorse": the Times endorses
    if lemma in QUOTING_VERBS or node.lemma_.lower() in QUOTING_VERBS:
        return np_span(subj)  # "he was quoted as saying": he is the speaker
    return None


@speaker_rule("speaker.passive_agent_v1")
def passive_agent(node: Token) -> Span | None:
    """`X was denounced by Y`: the agent of a passive is the source (none without one)."""
    agent = next((c for c in node.children if c.dep_ == "agent"), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    return np_span(pobj) if pobj is not None else None


@speaker_rule("speaker.relative_v1")
def relative_antecedent(verb: Token, node: Token, subj: Token) -> Span | None:
    """`Pardo, who said ...`: the name and the relative pronoun that stands for it."""
    rel = node
    while rel.dep_ == "conj" and rel.head.i < rel.i:
        rel = rel.head  # "Kingson, who is running and who worked the crowd"
    if subj.lower_ in ("who", "which", "that") and rel.dep_ == "relcl":
        ante = np_span(rel.head)
        text = doc_text(verb.doc)
        if ante.start < subj.idx and (subj.idx - ante.end <= 3 or subj.idx - ante.end <= 100
                                      and "\n" not in text[ante.end:subj.idx]):
            # also across the antecedent's modifiers: "Aguilar, the director of X, who said"
            return Span.of(text, ante.start, subj.idx + len(subj))
        return ante
    return None


@speaker_rule("speaker.subject_v1")
def subject(subj: Token) -> Span | None:
    """`X said Y`: the subject of the verb, or of the verb it hangs from (`X met Y and said Z`)."""
    return np_span(subj)


# --- no subject found -----------------------------------------------------------------------


@speaker_rule("speaker.root_noun_v1")
def root_noun(verb: Token, node: Token) -> Span | None:
    """`Trump defended X, calling Y ...`: a misparse made the subject the sentence root."""
    if node is not verb and node.dep_ == "ROOT" and node.pos_ in ("PROPN", "NOUN") and node.i < verb.i \
            and node.ent_type_ in ("PERSON", "ORG", "NORP", "GPE", ""):
        return np_span(node)
    return None


@speaker_rule("speaker.participle_after_comma_v1")
def participle_after_comma(verb: Token) -> Span | None:
    """`X said ..., mentioning Y` with the participle misparsed (csubj, nsubj): the participle's
    implied subject is the subject of the clause before it."""
    if verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        root = sent_of(verb).root
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < verb.i), None) \
            if root.i < verb.i and root.pos_ in ("VERB", "AUX") else None
        if subj is not None and not in_subtree(verb, subj):
            return np_span(subj)
    return None


@speaker_rule("speaker.left_neighbour_v1")
def left_neighbour(verb: Token) -> Span | None:
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
        return np_span(prev)
    if prev.pos_ in ("NOUN", "PROPN") and verb.tag_ in ("VBD", "VBZ", "VBP") and \
            prev.dep_ in ("appos", "conj", "npadvmod") and verb.dep_ == "ROOT":
        # "..., former president Bill Clinton said ...": a finite verb whose subject the parser
        # hung as an apposition on an earlier noun; the noun right before it is its subject
        return np_span(prev)
    if prev.text == "," and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.dep_ == "ROOT" and i - 2 >= start:
        # the same, with the name closed by a comma: "Dodik's lawyer, Anto Nobilo, said", or
        # followed by a relative clause: "Mark Simon, who worked with Lai for decades, argued"
        cand = doc[i - 1]
        if cand.pos_ == "PROPN" and cand.dep_ in ("appos", "npadvmod", "conj"):
            return np_span(cand)
        k = i - 1
        while k > start and doc[k].text != "," and i - k < 25:
            k -= 1
        if doc[k].text == "," and k - 1 >= start and doc[k + 1].lower_ in ("who", "which") and \
                doc[k - 1].pos_ == "PROPN" and doc[k - 1].dep_ in ("appos", "npadvmod", "conj"):
            return np_span(doc[k - 1])
    return None


@speaker_rule("speaker.inverted_tag_v2")
def inverted_tag(verb: Token, lemma: str) -> Span | None:
    """`"...," said international relations expert Soli Ozel of Kadir Has University`, parsed with
    no subject (`Has` read as a verb): the noun phrase right after a speech tag's verb. Right
    after a closing quote mark any speech verb is such a tag (`"...," warned Asli Aydintasbas`),
    when a name follows it: news puts the speaker after the verb only in a tag."""
    if verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    plain = lemma in PLAIN_SPEECH and (before.is_quote or before.text == ",")
    tag = before.is_quote and cue_class(lemma) == "speech"
    if not (plain or tag):
        return None
    doc = verb.doc
    end = min(len(doc), verb.i + 9)  # the parser may end the sentence right after the verb
    j, last = verb.i + 1, None
    while j < end and doc[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") and doc[j].tag_ != "WDT":
        if doc[j].pos_ in ("NOUN", "PROPN"):
            last = doc[j]
        j += 1
    if last is None or not plain and last.pos_ != "PROPN":
        return None
    return Span.of(doc_text(doc), doc[verb.i + 1].idx, last.idx + len(last))


def _is_thing(noun: Token) -> bool:
    """A common noun that names no person, group or document (`his way`, `his speech`)."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and not noun.ent_type_ and lemma not in AGENT_NOUNS and \
        lemma not in PERSON_NOUNS and lemma not in DOCUMENT_NOUNS and noun.lower_ not in AGENT_NOUNS and \
        lemma not in EVIDENCE_NOUNS


# --- quotes and passes over all statements --------------------------------------------------


@speaker_rule("speaker.tag_order_v1")
def tag_speaker(verb: Token, q: Quote) -> Span | None:
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
            return np_span(head)
    return None


@speaker_rules.register("speaker.previous_v1")
def previous_speaker(statements: list[Statement], pos: int, doc: Doc) -> Statement | None:
    """The last attributed statement before `pos`, within the two paragraphs above: a quote that
    stands alone goes on with its speaker (`quote.continued_v1`)."""
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


@speaker_rules.register("speaker.inherited_v1")
def inherit_speakers(statements: list[Statement]) -> None:
    """`he said X, accused NATO of Y and said Z`: later verbs of a sentence share its speaker."""
    for i, st in enumerate(statements):
        if st.speaker is None and st.rule.startswith("verb."):
            prev = next((o for o in reversed(statements[:i]) if o.sentence == st.sentence
                         and o.speaker is not None and o.cue_class == "speech"), None)
            if prev is not None:
                st.speaker, st.confidence = prev.speaker, 0.7
                st.speaker_rule = "speaker.inherited_v1"


# A wire dateline that opens a paragraph: `PHILADELPHIA, July 25 (UPI) —`, `Washington (AFP) –`.
_DATELINE = PARAGRAPH_DATELINE


@speaker_rules.register("speaker.dateline_v1")
def dateline_speakers(doc: Doc, statements: list[Statement]) -> None:
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
            st.speaker_rule = "speaker.dateline_v1"
