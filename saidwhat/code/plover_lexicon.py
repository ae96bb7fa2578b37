"""Statement typing as data: reporting cues and content words -> PLOVER 2.0 types.

From the PLOVER 2.0 manual's definitions of the verbal types (AGREE, SUPPORT, REQUEST, ACCUSE,
REJECT, THREATEN) and the CAMEO verb groups they replace (CAMEO.2.0.txt, MIT).
The cue and noun type tables are lexicon files (`saidwhat/lexicons/statement_*_types.csv`).
"""

from __future__ import annotations

from saidwhat.extract.event_lexicon import TypeMode, type_table
from saidwhat.lexicons import table, words

# A cue that says by itself what kind of speech act the statement is.
CUE_TYPES = type_table("statement_cue_types")
# Cues that are a speech act only with the right complement ("called for", "asked X to").
CALL_PREPS = frozenset({"for", "on", "upon"})
ASK_LEMMAS = frozenset({"ask", "tell", "call", "order", "instruct", "direct"})
# Acts that a source only asks for: a promise or threat inside "demands that NATO promise"
# is the demanded content, not a statement of its own.
REQUEST_HEADS = frozenset("demand urge call appeal ask press insist request plead want seek".split())
# Cues that are speech only when aimed at words: forces attacking targets are not accusing.
FORCE_CUES = frozenset({"attack", "hit", "blast", "slam", "assail"})
# Cues whose type is decided by the content: a warning is a threat when it names consequences.
WARN_LEMMAS = frozenset({"warn", "caution"})
# Cues whose object says what was agreed to or promised ("vowed to fight" is a threat).
PROMISE_LEMMAS = frozenset({"promise", "pledge", "vow", "swear", "offer", "agree", "commit", "guarantee"})
# Verbs that only report: the content decides the type.
NEUTRAL_CUES = words("neutral_speech_verbs")
# Verbs of asserting and arguing ("argue", "reaffirm", "according to"): the content decides too.
CONTENT_CUES = words("statement_content_cues")
# A cue that is a REQUEST only when what it reports is a demand ("insists that he resign"); when
# it reports a claim ("insists it is committed to peace") the content decides.
DEMAND_ONLY_CUES = frozenset({"insist"})
# Possessives that point back to the speaker in indirect speech ("his administration").
SELF_POSSESSIVES = words("self_possessives")

# Words that make a warning or a conditional a threat: retaliation, force, consequences (not
# `price`: "prices could rise" is a forecast; "pay a price" keeps `pay`).
THREAT_WORDS = frozenset("""
retaliate retaliation retaliatory consequence consequences response respond measure measures
force military punish punishment pay action step steps war strike destroy annihilate
crush sanction sanctions retribution revenge reprisal reprisals counter countermeasure
countermeasures hit blow blows attack fight
""".split())
CONDITION_MARKERS = frozenset({"if", "unless", "otherwise", "should"})
# Content that refuses outright.
REFUSAL_PHRASES = ("out of the question", "no intention", "not negotiable", "non-negotiable",
                   "never accept", "will not accept", "won't accept", "rule out", "ruled out",
                   # declaring a course "not an option" or "off the table" refuses it (issue 15, types5)
                   "not an option", "off the table")
# Modals that make a clause about someone else a demand ("X must withdraw").
DEMAND_MODALS = frozenset({"must", "should", "ought"})
# Content verbs that state the speaker's own cooperative intention (AGREE) when in the future.
COOPERATIVE_LEMMAS = frozenset("""
help support cooperate give provide send meet visit talk negotiate sign attend allow permit continue
consider work join contribute host resume restore assist supply back facilitate guarantee
""".split())
# Content verbs that state the speaker's own hostile intention (THREATEN) when in the future.
HOSTILE_LEMMAS = frozenset("""
retaliate respond punish strike attack hit fight destroy boycott ban block cut expel sanction stop
halt suspend withdraw leave break close deny invade crush
""".split())
# Speech nouns a neutral cue reports ("reiterated its demand that ...").
NOUN_TYPES = type_table("statement_noun_types")
# Words that make a neutral report's content a criticism or allegation of another party (ACCUSE).
ACCUSATION_WORDS = words("statement_accusation_words")
# Fixed phrases that condemn or charge by themselves ("politically motivated", "null and void").
ACCUSATION_PHRASES = tuple(tuple(p.split()) for p in words("statement_accusation_phrases"))
# Predicates of necessity: "it is urgent that we ...", "more democracy is needed" call for an act.
NECESSITY_WORDS = words("statement_necessity_words")
# Cues that put forward a course of action: what they report is a proposal when it is a possible
# act of another party ("suggested the United States could shutter the offices").
PROPOSAL_LEMMAS = frozenset({"suggest", "propose", "recommend"})
# Verbs of hoping: the speaker's hope that another party acts is an appeal (REQUEST).
HOPE_LEMMAS = frozenset({"hope", "wish"})
# Words that make a neutral report's content praise or thanks (SUPPORT).
PRAISE_WORDS = words("statement_praise_words")
# Predicate words that approve of (SUPPORT) or find fault with (ACCUSE) another party's act.
POSITIVE_EVALUATION = words("evaluation_positive")
NEGATIVE_EVALUATION = words("evaluation_negative")
# Words of a charge whose negation is a denial (REJECT): the blame words and a few more.
DENIAL_CHARGE_WORDS = words("denial_charge_words") | ACCUSATION_WORDS
# Words that say a claim is untrue ("called the report false", "the charges are baseless"), and
# the nouns of claims they are said of: a denial, REJECT (STATEMENT_TYPES.md rule 4)
UNTRUTH_WORDS = words("statement_untruth_words")
CLAIM_NOUNS = words("statement_claim_nouns")
# Leniency verbs whose negation in the future threatens ("will not be spared").
LENIENT_VERBS = words("lenient_verbs")
# Verbs of knowing: "X should know that S" warns with S.
COGNITION_VERBS = words("cognition_verbs")
# Feelings of disapproval: the speaker's side "troubled by" another's act accuses it.
DISAPPROVAL_FEELINGS = words("disapproval_feelings")
# Words of fighting a wrong: "fighting corruption" charges no one.
COMBAT_WORDS = words("combat_words")
# Verb idioms that name a speech act: (verb, object or particle, preposition) -> type and mode.
IDIOM_TYPES: dict[tuple[str, str, str], TypeMode] = {
    (r["verb"], r["object"], r["prep"]): (r["type"], r["mode"] or None) for r in table("statement_idiom_types")}
