"""Event triggers as data: word lemmas -> PLOVER 2.0 (type, mode).

Derived from the definitions in the PLOVER 2.0 manual (CC BY-SA 4.0, `shared/docs/plover/`) and
its CAMEO -> PLOVER table, with verbs from the CAMEO verb groups of PETRARCH2's CAMEO.2.0.txt
(MIT). Kept apart from the rules so the lists can be read, extended or learned from annotated text.
The trigger tables are lexicon files (`saidwhat/lexicons/event_*.csv`: word or words, type,
mode); the smaller word lists stay here.

Type and mode follow the manual: a future or promised cooperative act is AGREE, a future
conflictual act THREATEN, an announced retreat CONCEDE (see `FUTURE_TYPE`); reversals of a
restriction are CONCEDE, reversals of cooperation SANCTION (see `REVERSERS`).
"""

from __future__ import annotations

from saidwhat.lexicons import table, words

TypeMode = tuple[str, str | None]


def type_table(name: str) -> dict[str, TypeMode]:
    """word -> (type, mode) from lexicons/<name>.csv (an empty mode is none)."""
    return {r["word"]: (r["type"], r["mode"] or None) for r in table(name)}


def pair_type_table(name: str) -> dict[tuple[str, str], TypeMode]:
    """(word, word) -> (type, mode) from lexicons/<name>.csv, whose `words` are two words."""
    return {_pair(r["words"]): (r["type"], r["mode"] or None) for r in table(name)}


def _pair(words: str) -> tuple[str, str]:
    first, second = words.split()
    return first, second


# Verbs that name an action by themselves ("Russia invaded Ukraine").
VERBS = type_table("event_verbs")

# Phrasal verbs: (verb, particle).
PHRASAL = pair_type_table("event_phrasal_verbs")

# Verbs that are an act only with a given preposition ("pushing for", "voted against").
VERB_PREPS = pair_type_table("event_verb_preps")

# Nouns that name an action ("Russia's invasion of Ukraine", "sanctions against Russia").
NOUNS = type_table("event_nouns")

# Compounds that change what a noun names ("hunger strike" is not an air strike).
NOUN_COMPOUNDS = pair_type_table("event_noun_compounds")

# (`stag` is how the lemmatizer reads "staged".)
# Verbs that take their event from their object ("imposed sanctions", "launched an attack",
# "held talks", "opened fire", "lodged a protest"), with overrides for some pairs.
LIGHT_VERBS = frozenset("""
impose launch conduct carry stage hold mount begin start declare announce continue resume
intensify escalate order organize organise wage issue make pay give open lodge file tighten extend
step go engage unleash introduce slap apply enforce undertake complete finish
stag
""".split())
LIGHT_PAIRS = pair_type_table("event_light_pairs")

# Objects that only count or group the real one ("several rounds of sanctions").
QUANTITY_NOUNS = frozenset("round wave series set package number string raft batch spate host slew".split())
# Heads whose infinitive is the act itself, not a clause below it ("voted to condemn", "tried to hack").
LIGHT_HEADS = frozenset("vote decide begin start continue try attempt manage resume move opt".split())
WEAPON_OBJECTS = frozenset("""
tank warship ship submarine jet aircraft plane bomber fighter missile weapon artillery vehicle helicopter
launcher system drone
""".split())

# Verbs whose event depends on what they move or give: troops -> MOBILIZE, aid -> AID.
TRANSFER_VERBS = frozenset("send dispatch move give provide supply deliver ship grant transfer offer "
                           "evacuate hold strengthen boost bolster increase reinforce".split())
MILITARY_OBJECTS = frozenset("""
troop soldier force army unit battalion brigade division regiment tank warship ship submarine jet
aircraft plane bomber fighter missile weapon artillery paratrooper marine reservist vehicle helicopter
""".split())
AID_OBJECTS = frozenset("""
aid assistance arm weapon money dollar fund grant loan credit food medicine supply equipment help
relief asylum shelter refuge vaccine fuel grain
""".split())
PEOPLE_OBJECTS = frozenset("""
wounded injured wound civilian refugee people resident citizen national child woman survivor hostage
""".split())
HELD_OBJECTS = frozenset("prisoner hostage captive detainee civilian refugee shield people thousand "
                         "hundred dozen score".split())

# Verbs that undo what their object names: lifting a curfew is a concession, ending mediation a sanction.
REVERSERS = frozenset("""
lift ease relax end halt suspend stop cancel abandon postpone shorten reduce cut sever break scrap
drop revoke rescind freeze terminate postpone
""".split())
# Verbs that cut cooperation but restrict nothing when applied to a restriction ("banned aid").
CUTTERS = frozenset("prohibit ban deny block bar withhold".split())
# What a reverser turns each object type into.
REVERSED: dict[str, TypeMode] = {
    "COERCE": ("CONCEDE", None), "SANCTION": ("CONCEDE", None), "PROTEST": ("CONCEDE", None),
    "ASSAULT": ("RETREAT", "ceasefire"), "MOBILIZE": ("RETREAT", "withdraw"),
    "CONSULT": ("SANCTION", "discontinue"), "AID": ("SANCTION", "withdraw"),
    "COOPERATE": ("SANCTION", "discontinue"), "SUPPORT": ("SANCTION", "discontinue"),
    "RELATIONS": ("SANCTION", "discontinue"),
}
# Ties whose breaking is a SANCTION and whose restoring is SUPPORT.
RELATION_NOUNS = frozenset("relation tie link contact flight trade cooperation exchange".split())
RESTORERS = frozenset("restore resume upgrade establish normalize normalise improve renew".split())

# Agent nouns for the crowd: a protest verb with these as subject is PROTEST, else a complaint.
CROWD_NOUNS = words("crowd_nouns")

# Verbs and modals that put an act in the future or make it a plan, not a fact.
FUTURE_AUX = frozenset("will would shall 'll wo".split())
FUTURE_HEADS = frozenset("plan intend prepare aim hope want vow pledge promise offer agree threaten "
                         "decide propose consider mull seek swear schedule due set slate expect".split())
HYPOTHETICAL_AUX = frozenset("could might may can".split())
# What an act becomes when it is only promised or planned (manual: AGREE, THREATEN, CONCEDE).
FUTURE_TYPE: dict[str, str] = {
    "ASSAULT": "THREATEN", "COERCE": "THREATEN", "SANCTION": "THREATEN", "PROTEST": "THREATEN",
    "MOBILIZE": "THREATEN",
    "CONSULT": "AGREE", "AID": "AGREE", "COOPERATE": "AGREE", "SUPPORT": "AGREE",
    "RETREAT": "CONCEDE",
}
# The THREATEN mode is the content of the threat (manual, THREATEN modes).
THREAT_MODE: dict[str, str] = {
    "ASSAULT": "violence", "MOBILIZE": "violence", "PROTEST": "restrict", "COERCE": "restrict",
    "SANCTION": "relations",
}

# Mode of violence from the weapons named in the sentence.
WEAPON_MODES = {r["word"]: r["mode"] for r in table("event_weapon_modes")}

# Nouns that name groups able to act (used to tell an actor from a thing or a place).
GROUP_NOUNS = words("acting_group_nouns")

# PETRARCH2's verb dictionary through the manual's CAMEO -> PLOVER table (scripts/build_petrarch_verbs.py):
# verb -> the blocks it is in and their default types; block -> {(object, prep): type}.
PETRARCH_VERBS: dict[str, list[tuple[int, str]]] = {}
for _r in table("event_petrarch_verbs"):
    PETRARCH_VERBS.setdefault(_r["verb"], []).append((int(_r["block"]), _r["type"]))
PETRARCH_PATTERNS: dict[int, dict[tuple[str, str], str]] = {}
for _r in table("event_petrarch_patterns"):
    PETRARCH_PATTERNS.setdefault(int(_r["block"]), {}).setdefault((_r["object"], _r["prep"]), _r["type"])
