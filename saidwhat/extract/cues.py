"""Reporting cues: the verbs and nouns that introduce what a source said, believes or shows.

Lemmas, grouped by `cue_class` (speech | belief | evidence). Kept as data so they can be read,
extended and learned from annotated text without touching the rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from saidwhat.lexicons import words

if TYPE_CHECKING:
    from spacy.tokens import Token

SPEECH_VERBS = words("speech_verbs")

BELIEF_VERBS = frozenset("""
believe think feel hope fear expect doubt worry know consider suspect assume reckon wonder
want prefer wish intend support oppose back favor favour endorse understand see view regard
""".split())

EVIDENCE_VERBS = frozenset("""
show find suggest indicate reveal demonstrate prove confirm cite
""".split())

# Verbs that report speech only with a clause or a named target, never on their own.
NEEDS_CLAUSE = frozenset("""
add continue note point call ask see know understand feel find show consider view regard
describe characterize characterise welcome attack decline refuse order rule highlight outline
detail brief want threaten maintain blame promise signal slam blast hail praise dispute question
""".split())

# Heads of subjects that can be a source (besides names and pronouns); anything else
# ("weapons threaten Russia", "the seizure threatened security") is not someone speaking.
AGENT_NOUNS = words("agent_nouns")

# Nouns that carry reported speech when a possessor owns them: "his warning that ...".
SPEECH_NOUNS = words("speech_nouns")

# "Reuters quoted Sullivan as saying": the quoted person is the speaker, the quoting outlet is not.
QUOTING_VERBS = frozenset({"quote", "cite"})


# Speech verbs that also name a use of force ("slammed the plan" / "hit the convoy").
FORCE_VERBS = frozenset({"attack", "hit", "strike", "blast", "slam", "assail", "pound"})
ARMED_FORCE_NOUNS = words("armed_force_nouns")
PHYSICAL_TARGET_NOUNS = words("physical_target_nouns")
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def physical_force(verb: Token) -> bool:
    """"Rebels attacked the village", "jets hit Kharkiv", "residents attacked a police post": a
    force verb whose subject is an armed force, or whose object is a place or a built thing,
    reports an act, not words."""
    if verb.lemma_.lower() not in FORCE_VERBS:
        return False
    for child in verb.children:
        head = child.lemma_.lower()
        if child.dep_ in ("nsubj", "nsubjpass", "agent") and (head in ARMED_FORCE_NOUNS or head.removesuffix("s") in
                                                             ARMED_FORCE_NOUNS):  # "Rebels" as a name
            return True
        if child.dep_ == "dobj" and (child.ent_type_ in PLACE_ENTS or head in PHYSICAL_TARGET_NOUNS
                                     or head.removesuffix("s") in PHYSICAL_TARGET_NOUNS):
            return True  # "attacked Kharkiv", "attacked a police post": a place or thing is hit
    return False


def cue_class(lemma: str) -> str | None:
    lemma = lemma.lower()
    if lemma in SPEECH_VERBS or lemma in QUOTING_VERBS:
        return "speech"
    if lemma in BELIEF_VERBS:
        return "belief"
    if lemma in EVIDENCE_VERBS:
        return "evidence"
    return None


# --- learned cues ---------------------------------------------------------------------------
# saidwhat/data/cue_lexicon.json (scripts/learn_cues.py): verbs and the frames in which annotators
# marked them as reporting, with how often; used for cues outside the hand lists above.
LEARNED_MIN_RATE = 0.6  # a learned frame counts when at least this share of its uses were reports
LEARNED_CLASS = "belief"  # learned-only cues are mostly positions (endorse, back, seek, oppose)

# The lexicon as loaded by saidwhat.resources: {"verbs"|"nouns": {lemma: {frame: [hits, seen]}}}
CueLexicon = dict[str, dict[str, dict[str, list[int]]]]


def frame_of(child: Token) -> str:
    """The frame a child of a cue word opens, as the lexicon knows frames: its dependency, or
    `prep:<word>` for a preposition (scripts/learn_cues.py counts them)."""
    if child.dep_ == "prep":
        return "prep:" + child.lower_
    return child.dep_


def learned_frames(lexicon: CueLexicon, lemma: str, kind: str = "verbs") -> frozenset[str]:
    """Frames (`ccomp`, `dobj`, `prep:about`, ...) in which a word was learned to report."""
    frames = lexicon[kind].get(lemma.lower(), {})
    return frozenset(f for f, (hits, seen) in frames.items() if hits / max(seen, 1) >= LEARNED_MIN_RATE)
