"""Event triggers as data: word lemmas -> PLOVER 2.0 (type, mode).

Derived from the definitions in the PLOVER 2.0 manual (CC BY-SA 4.0, `shared/docs/plover/`) and
its CAMEO -> PLOVER table, with verbs from the CAMEO verb groups of PETRARCH2's CAMEO.2.0.txt
(MIT). Kept apart from the rules so the lists can be read, extended or learned from annotated text.

Type and mode follow the manual: a future or promised cooperative act is AGREE, a future
conflictual act THREATEN, an announced retreat CONCEDE (see `FUTURE_TYPE`); reversals of a
restriction are CONCEDE, reversals of cooperation SANCTION (see `REVERSERS`).
"""

from __future__ import annotations

from saidwhat.lexicons import words

TypeMode = tuple[str, str | None]


def _all(words: str, type_: str, mode: str | None = None) -> dict[str, TypeMode]:
    return dict.fromkeys(words.split(), (type_, mode))


# Verbs that name an action by themselves ("Russia invaded Ukraine").
VERBS: dict[str, TypeMode] = {
    # MOBILIZE: military or police moves short of force
    **_all("mobilize mobilise mass amass deploy redeploy station reinforce muster", "MOBILIZE", "troops"),
    **_all("patrol", "MOBILIZE", "police"),
    # ASSAULT: deliberate actions that can cause physical harm
    **_all("attack invade shell bomb bombard raze storm overrun retake recapture occupy capture seize "
           "ambush fight clash besiege encircle annex conquer", "ASSAULT", None),
    **_all("kill murder massacre slaughter wound injure maim", "ASSAULT", None),
    **_all("assassinate execute behead", "ASSAULT", "targeted"),
    **_all("shoot gun", "ASSAULT", "firearms"),
    **_all("torture", "ASSAULT", "torture"),
    **_all("beat lynch", "ASSAULT", "beat"),
    **_all("stab burn torch", "ASSAULT", "primitive"),
    **_all("abduct kidnap hijack", "ASSAULT", "abduct"),
    **_all("rape", "ASSAULT", "sexual"),
    **_all("destroy demolish bulldoze", "ASSAULT", "destroy"),
    # SANCTION: reductions in routine or cooperative relations
    **_all("sanction embargo boycott blacklist sever downgrade", "SANCTION", "discontinue"),
    **_all("expel oust", "SANCTION", "expel"),
    # RETREAT: material retreats, releases, resignations
    **_all("withdraw retreat surrender disarm demobilize demobilise repatriate", "RETREAT", "withdraw"),
    **_all("release free", "RETREAT", "release"),
    **_all("resign quit abdicate", "RETREAT", "resign"),
    # CONSULT: meetings and visits
    **_all("meet negotiate confer consult", "CONSULT", None),
    **_all("visit tour", "CONSULT", "visit"),
    **_all("host", "CONSULT", None),
    **_all("mediate broker", "CONSULT", "third-party"),
    **_all("phone telephone", "CONSULT", "phone"),
    # AID: material aid whose benefits go to the recipient
    **_all("aid donate rescue airlift", "AID", None),
    # COERCE: repression short of violence
    **_all("arrest detain jail imprison intern apprehend", "COERCE", "arrest"),
    **_all("deport", "COERCE", "deport"),
    **_all("ban outlaw bar restrict cordon", "COERCE", "restrict"),
    **_all("censor", "COERCE", "censor"),
    **_all("confiscate raid search expropriate nationalize nationalise", "COERCE", "seize"),
    **_all("hack", "COERCE", "cyber"),
    # PROTEST: collective civilian dissent
    **_all("protest demonstrate rally march picket", "PROTEST", "demo"),
    **_all("riot", "PROTEST", "riot"),
    **_all("strike", "PROTEST", "strike"),
    # ACCUSE: disapproval, accusation, legal action, investigation
    **_all("investigate probe", "ACCUSE", "investigate"),
    **_all("sue indict prosecute charge", "ACCUSE", "allege"),
    **_all("condemn censure denounce criticize criticise accuse blame deplore reprimand rebuke", "ACCUSE",
           "disapprove"),
    # REJECT, REQUEST, THREATEN, AGREE, SUPPORT, CONCEDE, COOPERATE: the verbal ones when not
    # already read as a statement (a vote, a veto, an offer)
    **_all("veto reject refuse rebuff", "REJECT", None),
    **_all("demand urge request seek petition", "REQUEST", None),
    **_all("threaten", "THREATEN", None),
    **_all("agree offer promise pledge invite vow swear", "AGREE", None),
    **_all("support endorse welcome praise hail commend congratulate apologize apologise back "
           "recognize recognise ratify sign defend", "SUPPORT", None),
    **_all("pardon amnesty acquit", "CONCEDE", None),
    **_all("cooperate collaborate share extradite", "COOPERATE", None),
    **_all("allow permit", "CONCEDE", None),
    **_all("renege", "REJECT", None),
    **_all("block blockade", "PROTEST", "obstruct"),
}

# Phrasal verbs: (verb, particle).
PHRASAL: dict[tuple[str, str], TypeMode] = {
    ("build", "up"): ("MOBILIZE", "troops"),
    ("pull", "out"): ("RETREAT", "withdraw"),
    ("pull", "back"): ("RETREAT", "withdraw"),
    ("blow", "up"): ("ASSAULT", "explosives"),
    ("shoot", "down"): ("ASSAULT", None),
    ("crack", "down"): ("COERCE", "restrict"),
    ("round", "up"): ("COERCE", "arrest"),
    ("hand", "over"): ("RETREAT", None),
    ("call", "off"): ("CONCEDE", None),
    ("cut", "off"): ("COERCE", "withhold"),
    ("break", "off"): ("SANCTION", "discontinue"),
    ("step", "down"): ("RETREAT", "resign"),
    ("back", "down"): ("CONCEDE", None),
    ("turn", "down"): ("REJECT", None),
    ("lash", "out"): ("ACCUSE", "disapprove"),
    ("force", "out"): ("SANCTION", "expel"),
}

# Verbs that are an act only with a given preposition ("pushing for", "voted against").
VERB_PREPS: dict[tuple[str, str], TypeMode] = {
    ("push", "for"): ("REQUEST", None), ("press", "for"): ("REQUEST", None),
    ("lobby", "for"): ("REQUEST", None), ("appeal", "for"): ("REQUEST", None),
    ("vote", "against"): ("REJECT", None),
}

# Nouns that name an action ("Russia's invasion of Ukraine", "sanctions against Russia").
NOUNS: dict[str, TypeMode] = {
    **_all("mobilization mobilisation buildup build-up massing deployment redeployment "
           "reinforcement", "MOBILIZE", "troops"),
    **_all("exercise drill maneuver manoeuvre alert", "MOBILIZE", "troops"),
    **_all("patrol", "MOBILIZE", "police"),
    **_all("attack assault invasion offensive incursion raid shelling bombardment bombing airstrike "
           "fighting clash battle hostility occupation siege capture annexation ambush "
           "killing cleansing massacre gunfire", "ASSAULT", None),
    **_all("assassination execution", "ASSAULT", "targeted"),
    **_all("torture", "ASSAULT", "torture"),
    **_all("kidnapping abduction hijacking", "ASSAULT", "abduct"),
    **_all("sanction embargo expulsion suspension", "SANCTION", "discontinue"),
    **_all("withdrawal pullout retreat surrender", "RETREAT", "withdraw"),
    **_all("release", "RETREAT", "release"),
    **_all("resignation", "RETREAT", "resign"),
    **_all("ceasefire cease-fire truce", "RETREAT", "ceasefire"),
    **_all("talk meeting summit negotiation consultation discussion welcome", "CONSULT", None),
    **_all("visit trip", "CONSULT", "visit"),
    **_all("mediation", "CONSULT", "third-party"),
    **_all("aid assistance donation grant loan asylum relief delivery shipment", "AID", None),
    **_all("arrest detention imprisonment", "COERCE", "arrest"),
    **_all("deportation extradition", "COERCE", "deport"),
    **_all("crackdown ban restriction blockade blackout", "COERCE", "restrict"),
    **_all("curfew", "COERCE", "curfew"),
    **_all("censorship", "COERCE", "censor"),
    **_all("protest demonstration rally march sit-in", "PROTEST", "demo"),
    **_all("riot", "PROTEST", "riot"),
    **_all("strike walkout", "PROTEST", "strike"),
    **_all("boycott", "PROTEST", "boycott"),
    **_all("investigation inquiry probe hearing", "ACCUSE", "investigate"),
    **_all("lawsuit suit indictment", "ACCUSE", "allege"),
    **_all("condemnation criticism", "ACCUSE", "disapprove"),
    **_all("veto rejection refusal", "REJECT", None),
    **_all("ultimatum threat", "THREATEN", None),
    **_all("demand appeal request plea", "REQUEST", None),
    **_all("accusation", "ACCUSE", "allege"),
    **_all("cooperation", "COOPERATE", None),
}

# Compounds that change what a noun names ("hunger strike" is not an air strike).
NOUN_COMPOUNDS: dict[tuple[str, str], TypeMode] = {
    ("hunger", "strike"): ("PROTEST", "hunger"),
    ("general", "strike"): ("PROTEST", "strike"),
    ("martial", "law"): ("COERCE", "martial-law"),
    ("state", "emergency"): ("COERCE", "martial-law"),
    ("state", "siege"): ("COERCE", "martial-law"),
    ("air", "strike"): ("ASSAULT", "aerial"),
    ("military", "strike"): ("ASSAULT", None),
    ("retaliatory", "strike"): ("ASSAULT", None),
    ("drone", "strike"): ("ASSAULT", "drone"),
    ("rocket", "strike"): ("ASSAULT", "heavy-weapons"),
    ("emergency", "measure"): ("COERCE", "martial-law"),
    ("security", "measure"): ("COERCE", "restrict"),
    ("missile", "strike"): ("ASSAULT", "heavy-weapons"),
    ("suicide", "attack"): ("ASSAULT", "suicide-attack"),
    ("suicide", "bombing"): ("ASSAULT", "suicide-attack"),
    ("bomb", "attack"): ("ASSAULT", "explosives"),
    ("military", "exercise"): ("MOBILIZE", "troops"),
    ("ethnic", "cleansing"): ("ASSAULT", "targeted"),
}

# (`stag` is how the lemmatizer reads "staged".)
# Verbs that take their event from their object ("imposed sanctions", "launched an attack",
# "held talks", "opened fire", "lodged a protest"), with overrides for some pairs.
LIGHT_VERBS = frozenset("""
impose launch conduct carry stage hold mount begin start declare announce continue resume
intensify escalate order organize organise wage issue make pay give open lodge file tighten extend
step go engage unleash introduce slap apply enforce undertake complete finish
stag
""".split())
LIGHT_PAIRS: dict[tuple[str, str], TypeMode] = {
    ("open", "fire"): ("ASSAULT", "firearms"),
    ("launch", "fire"): ("ASSAULT", None),
    ("return", "fire"): ("ASSAULT", "firearms"),
    ("exchange", "fire"): ("ASSAULT", "firearms"),
    ("open", "border"): ("AID", None),
    ("lodge", "protest"): ("ACCUSE", "disapprove"),
    ("file", "protest"): ("ACCUSE", "disapprove"),
    ("issue", "protest"): ("ACCUSE", "disapprove"),
    ("give", "welcome"): ("CONSULT", None),
    ("pay", "compensation"): ("AID", None),
    ("share", "intelligence"): ("COOPERATE", None),
    ("share", "information"): ("COOPERATE", None),
    ("share", "evidence"): ("COOPERATE", None),
    ("use", "gas"): ("ASSAULT", "crowd-control"),
    ("fire", "shell"): ("ASSAULT", "heavy-weapons"),
    ("fire", "missile"): ("ASSAULT", "heavy-weapons"),
    ("fire", "rocket"): ("ASSAULT", "heavy-weapons"),
    ("fire", "shot"): ("ASSAULT", "firearms"),
    ("hold", "election"): ("", None),
    ("violate", "ceasefire"): ("ASSAULT", None),
    ("violate", "truce"): ("ASSAULT", None),
    ("break", "ceasefire"): ("ASSAULT", None),
    ("stop", "work"): ("PROTEST", "strike"),
    ("shun", "work"): ("PROTEST", "strike"),
    ("collect", "signature"): ("PROTEST", "demo"),
}

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
                         "decide propose consider mull seek swear".split())
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
WEAPON_MODES: dict[str, str] = {
    **dict.fromkeys("tank artillery shell mortar rocket missile howitzer shelling".split(), "heavy-weapons"),
    **dict.fromkeys("aircraft helicopter jet bomber warplane gunship airstrike".split(), "aerial"),
    **dict.fromkeys("drone uav".split(), "drone"),
    **dict.fromkeys("bomb explosive mine ied grenade".split(), "explosives"),
    **dict.fromkeys("gun rifle pistol gunfire gunman sniper bullet".split(), "firearms"),
    **dict.fromkeys("machete knife axe stone rock club".split(), "primitive"),
    **dict.fromkeys("suicide".split(), "suicide-attack"),
    **dict.fromkeys("gas cannon".split(), "crowd-control"),
}

# Nouns that name groups able to act (used to tell an actor from a thing or a place).
GROUP_NOUNS = words("acting_group_nouns")
