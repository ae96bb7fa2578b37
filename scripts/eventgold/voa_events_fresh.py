"""Hand annotations of the 10 FRESH held-out VOA stories (tests/golden/EVENTS.md, "Fresh held-out set"):
article-level events (E, X) and sentence-level events (S), in the format of scripts/eventgold/voa_events.py.
Rules: docs/annotation/EVENTS.md. Sentence indexes k are those of make_voa_event_gold.sentences().
Annotated 2026-12-08 by one annotator from the text and the guideline only (saidwhat was not run on these
stories)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from make_voa_event_gold import E, S, X  # noqa: E402

# rule: VOA stories of shared/data/voa/voa_all.jsonl in no earlier gold, sorted by
# sha1("heldout2026-12-08:"+id), first 10
IDS = ["voa:7678740", "voa:6180790", "voa:6180206", "voa:8008079", "voa:6180705",
       "voa:8010657", "voa:6181245", "voa:8009714", "voa:6183074", "voa:8006651"]

DOCS = {}

# Finance minister: Pakistan's new IMF loan program 'on track' for up to $8 billion (2024-06-30, a Sunday)
DOCS["voa:7678740"] = ([
    E(0, "discussions", "CONSULT", None, "Pakistan", "PAK", "International Monetary Fund", "IGO",
      note="ongoing loan negotiations; stated by the outlet in s6/s13 ('ongoing talks')"),
    X(1, "negotiating", "CONSULT", None, "Pakistan", "PAK", "International Monetary Fund", "IGO", why="same happening"),
    X(6, "talks", "CONSULT", None, "Muhammad Aurangzeb", "PAK", "International Monetary Fund", "IGO", why="same happening"),
    X(13, "talks", "CONSULT", None, "Pakistan", "PAK", "International Monetary Fund", "IGO", why="same happening"),
    X(14, "negotiate", "CONSULT", None, "Pakistan", "PAK", "International Monetary Fund", "IGO", why="same happening"),
    X(0, "secure", "AID", None, "International Monetary Fund", "IGO", "Pakistan", "PAK", why="planned (loan not yet agreed)"),
    X(6, "take", "AID", None, "International Monetary Fund", "IGO", "Pakistan", "PAK", why="planned (hoped-for Extended Fund Program)"),
    E(9, "passed", "SUPPORT", None, "Pakistan's parliament", "PAK", "Pakistani government", "PAK", tier="extra",
      note="parliament passed the government's budget 'last week'; domestic vote, closest type SUPPORT"),
    E(13, "resolution", "REQUEST", None, "U.S. House of Representatives", "USA", "Pakistan", "PAK", date="-Tue",
      alt=["ACCUSE"], note="House vote (368-7, s15 'On Tuesday') on a resolution urging an investigation of the "
      "February election; a formal act (vote)"),
    X(15, "voted", "REQUEST", None, "U.S. House of Representatives", "USA", "Pakistan", "PAK", date="-Tue", why="same happening"),
    X(16, "resolution", "REQUEST", None, "U.S. House of Representatives", "USA", "Pakistan", "PAK", why="same happening"),
    X(13, "probe", "ACCUSE", "investigate", "U.S. Congress", "USA", "Pakistan", "PAK", why="demanded (the resolution calls for it)"),
    X(15, "investigation", "ACCUSE", "investigate", None, None, "Pakistan", "PAK", why="demanded"),
    E(17, "passed", "ACCUSE", "disapprove", "ruling coalition lawmakers (Pakistan's lower house)", "PAK",
      "U.S. Congress", "USA", date="-Fri", alt=["REJECT"],
      note="counter-resolution decrying the congressional move as interference; a formal act (vote)"),
    E(18, "rigging", "COERCE", None, "Pakistani military", "PAK", "Pakistani voters", "PAK", date="2024-02-08",
      asserted=False, tier="extra", alt=["ACCUSE"],
      note="alleged rigging of the February 8 election, incl. phone and internet shutdowns; only claimed by the "
      "opposition and observers, denied by the election commission"),
    E(20, "received", "AID", None, "International Monetary Fund", "IGO", "Pakistan", "PAK", tier="extra",
      note="23 bailout packages since 1947 (aggregate, historical)"),
], [
    S(0, "CONSULT Pakistan=PAKGOV > the International Monetary Fund=IGOBUSIMF"),
    S(1, "CONSULT Islamabad=PAKGOV"),
    S(6, "CONSULT the minister=PAKGOV > the U.S.-based global lender=IGOBUSIMF"),
    S(9, "SUPPORT Pakistan’s parliament=PAKLEG > the government’s tax-laden budget=PAKGOV"),
    S(11, "REJECT Opposition parties=PAKOPP > the budget=PAKGOV"),
    S(13, "REJECT Aurangzeb=PAKGOV", "REQUEST a recent resolution in the U.S. Congress=USALEG"),
    S(15, "REQUEST the U.S. House of Representatives=USALEG"),
    S(16, "REJECT Prime Minister Shehbaz Sharif’s administration=PAKGOV > the resolution=USALEG"),
    S(17, "ACCUSE/disapprove ruling coalition lawmakers=PAKLEG > the congressional move=USALEG"),
    S(18, "ACCUSE/allege The opposition party of jailed former Prime Minister Imran Khan and independent observers=PAKOPP"
          " > the powerful military=PAKMIL",
      "REJECT Pakistan’s election commission=PAKGOV > The opposition party of jailed former Prime Minister Imran Khan=PAKOPP"),
    S(20, "AID the IMF=IGOBUSIMF > Pakistan=PAKGOV"),
    S(21, "ACCUSE Critics=PAKCVL > repeated military-led dictatorial rules=PAKMIL"),
])

# More Wind Power, Renewables Needed to Fight Climate Change, Experts Warn (2019-12-09, a Monday):
# one political happening (the Madrid climate talks); the rest is energy-industry background
DOCS["voa:6180790"] = ([
    E(4, "talks", "CONSULT", "multilateral", "governments at the UN climate talks in Madrid (COP25)", "IGO",
      note="ongoing UN climate conference in Madrid"),
    X(20, "talks", "CONSULT", "multilateral", "governments at the UN climate talks in Madrid (COP25)", "IGO",
      why="same happening"),
    X(20, "influence", "REQUEST", "change", "Iberdrola and Endesa", "ESP", "Madrid climate talks", "IGO",
      why="claimed only as an accusation (lobbying, not a PLOVER act the story asserts)"),
], [
    S(4, "CONSULT/multilateral governments=IGOUNO"),
    S(20, "ACCUSE several environment groups=NGOENV > the Spanish company=ESPBUS"),
    S(21, "REJECT Iberdrola spokesman Eduardo Gonzalez=ESPBUS"),
    S(27, "REQUEST/change the agency=IGOUNOAIE"),
    S(29, "AGREE The EU’s new Commission President Ursula Von der Leyen=IGOEUREEC"),
])
