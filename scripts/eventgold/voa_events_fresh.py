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

# New Law in Sudan Dismantles Foundations of Bashir's Government (2019-11-29, a Friday)
DOCS["voa:6180206"] = ([
    E(0, "approved", "COERCE", "restrict", "Sudanese authorities (sovereign council and cabinet)", "SDN",
      "National Congress Party", "SDN",
      note="the law dissolving Bashir's NCP and barring its members from politics for 10 years (s2, s14, s17); "
      "approved before Thursday's march (s2)"),
    X(2, "dissolved", "COERCE", "restrict", "Sudan's sovereign council and cabinet", "SDN", "National Congress Party", "SDN",
      why="same happening"),
    X(3, "passed", "COERCE", "restrict", "Sudanese authorities", "SDN", "National Congress Party", "SDN", why="same happening"),
    X(14, "law", "COERCE", "restrict", "Sudanese authorities", "SDN", "members of Bashir's government or party", "SDN",
      why="same happening (content of the law)"),
    X(17, "decision", "COERCE", "restrict", "Sudanese authorities", "SDN", "National Congress Party", "SDN",
      why="same happening"),
    X(4, "seize", "COERCE", "seize", "Sudanese government", "SDN", "National Congress Party", "SDN",
      why="hypothetical (the law allows it)"),
    E(1, "repeals", "CONCEDE", None, "Sudanese authorities", "SDN", "Sudanese women", "SDN",
      note="repeal of the public order act regulating women's dress (easing of legal restrictions)"),
    X(19, "repeals", "CONCEDE", None, "Sudanese authorities", "SDN", "Sudanese women", "SDN", why="same happening"),
    E(1, "flooded", "PROTEST", "demo", "demonstrators in Khartoum", "SDN", date="-Thu", alt=["SUPPORT"], tier="extra",
      note="celebratory street demonstration for the law ('march in Khartoum Thursday', s2)"),
    X(2, "march", "PROTEST", "demo", "demonstrators in Khartoum", "SDN", date="-Thu", why="same happening"),
    X(5, "celebrated", "PROTEST", "demo", "demonstrators", "SDN", why="same happening"),
    E(3, "signed", "SUPPORT", None, "Sudanese military and protest leaders", "SDN", alt=["AGREE"], tier="extra",
      note="the August 2019 power-sharing agreement / constitutional draft (s21)"),
    X(21, "signed", "SUPPORT", None, "Sudanese military and protest leaders", "SDN", why="same happening"),
    E(9, "protesting", "PROTEST", "demo", "Sudanese protesters", "SDN", "Omar al-Bashir's government", "SDN", tier="extra",
      note="the protests that began late 2018 (historical)"),
    E(11, "removed", "ASSAULT", None, "Sudanese military", "SDN", "Omar al-Bashir", "SDN", alt=["COERCE"], tier="extra",
      note="the April 2019 coup (historical); coups are ASSAULT, alt COERCE"),
    X(21, "remove", "ASSAULT", None, "Sudanese military", "SDN", "Omar al-Bashir", "SDN", why="same happening"),
    E(11, "jailed", "COERCE", "arrest", "Sudanese military", "SDN", "Omar al-Bashir", "SDN", tier="extra",
      note="historical"),
    E(13, "jail", "COERCE", "arrest", "Sudanese authorities", "SDN", "officials of Bashir's government and NCP members", "SDN",
      tier="extra", note="several officials in jail; date not given"),
    E(13, "charges", "ACCUSE", "allege", "Sudanese authorities", "SDN",
      "officials of Bashir's government and NCP members", "SDN", tier="extra", note="facing trial on corruption charges"),
    E(23, "confiscating", "COERCE", "seize", "Sudanese government", "SDN", "National Congress Party", "SDN",
      asserted=False, tier="extra", note="per the NCP's statement"),
], [
    S(0, "COERCE/restrict Sudanese authorities=SDNGOV > former president Omar al-Bashir's government=SDNPTY"),
    S(1, "PROTEST/demo Demonstrators=SDNCVL", "CONCEDE the new law=SDNGOV"),
    S(2, "PROTEST/demo Demonstrators=SDNCVL",
      "COERCE/restrict Sudan's new ruling sovereign council and the cabinet led by Prime Minister Abdalla Hamdok=SDNGOV"
      " > the party of former President Omar al-Bashir=SDNPTY"),
    S(3, "SUPPORT the military and protest leaders=SDNMIL"),
    S(9, "PROTEST/demo Tens of thousands of Sudanese=SDNCVL"),
    S(10, "REQUEST/change They=SDNCVL > Bashir=SDNGOV"),
    S(11, "ASSAULT the military=SDNMIL > Bashir=SDNGOV", "COERCE/arrest the military=SDNMIL > him=SDNGOV"),
    S(12, "REQUEST/change protesters=SDNCVL > his National Congress Party=SDNPTY"),
    S(13, "COERCE/arrest - > Several other officials of his government and senior party members=SDNELI",
      "ACCUSE/allege - > Several other officials of his government and senior party members=SDNELI"),
    S(14, "COERCE/restrict the new law=SDNGOV > members of Bashir's government or party=SDNPTY"),
    S(17, "COERCE/restrict - > the National Congress Party=SDNPTY"),
    S(19, "CONCEDE The new law=SDNGOV"),
    S(21, "SUPPORT The general who led the effort to remove Bashir and protest leaders=SDNMIL"),
    S(23, "ACCUSE The National Congress Party=SDNPTY > \"illegal\" government=SDNGOV",
      "COERCE/seize \"illegal\" government=SDNGOV > party assets=SDNPTY"),
])

# India, Mauritius upgrade strategic ties with eye on China (2025-03-12, a Wednesday)
DOCS["voa:8008079"] = ([
    E(0, "upgraded", "SUPPORT", None, "India and Mauritius", "IND", "Mauritius", "MUS", alt=["AGREE", "COOPERATE"],
      note="ties elevated to an 'enhanced strategic partnership', announced during Modi's visit"),
    X(1, "announcement", "SUPPORT", None, "India and Mauritius", "IND", "Mauritius", "MUS", why="same happening"),
    X(2, "elevated", "SUPPORT", None, "India and Mauritius", "IND", "Mauritius", "MUS", why="same happening"),
    E(1, "visit", "CONSULT", "visit", "Narendra Modi", "IND", "Mauritius", "MUS",
      note="two-day visit; incl. National Day (Wednesday) and talks with Ramgoolam (s3)"),
    X(3, "talks", "CONSULT", "visit", "Narendra Modi", "IND", "Navinchandra Ramgoolam", "MUS", why="same happening (the visit)"),
    X(6, "visit", "CONSULT", "visit", "Narendra Modi", "IND", "Mauritius", "MUS", why="same happening"),
    E(4, "conferred", "SUPPORT", None, "Mauritius", "MUS", "Narendra Modi", "IND", note="highest civilian honour"),
    E(4, "signed", "SUPPORT", None, "Indian and Mauritian prime ministers", "IND", "Mauritius", "MUS", alt=["AGREE"],
      note="eight cooperation pacts incl. maritime security"),
    X(5, "invest", "AGREE", None, "India", "IND", "Mauritius", "MUS", why="planned (promised investment)"),
    X(5, "cooperate", "AGREE", None, "India", "IND", "Mauritius", "MUS", why="planned (promised help building a parliament)"),
    E(9, "signed", "SUPPORT", None, "China", "CHN", "Mauritius", "MUS", alt=["AGREE"], tier="extra",
      note="2019 free trade agreement (historical)"),
    E(13, "participated", "COOPERATE", None, "Indian navy", "IND", "Mauritius", "MUS", date="-Wed",
      alt=["MOBILIZE", "CONSULT"], tier="extra",
      note="navy contingent in the National Day parade and warship visit to Port Louis: naval cooperation"),
    X(13, "visit", "COOPERATE", None, "Indian navy (INS Imphal)", "IND", "Mauritius", "MUS",
      why="same happening (the naval presence at National Day)"),
    E(14, "helped", "AID", None, "India", "IND", "Mauritius", "MUS", alt=["COOPERATE"], tier="extra",
      note="airstrip and jetty on Agalega, last year"),
    X(16, "construction", "AID", None, "India", "IND", "Mauritius", "MUS", why="same happening"),
    X(17, "hand", "CONCEDE", None, "Britain", "GBR", "Mauritius", "MUS", why="planned (deal being finalized)"),
    X(19, "cede", "CONCEDE", None, "Britain", "GBR", "Mauritius", "MUS", why="planned (reported by British media)"),
    X(20, "visit", "AGREE", None, "Narendra Modi", "IND", "Maldives", "MDV", why="planned"),
    X(22, "go", "AGREE", None, "Donald Trump", "USA", "Britain", "GBR", why="hypothetical ('inclined' to go along)"),
], [
    S(0, "SUPPORT India=INDGOV > Mauritius=MUSGOV"),
    S(1, "CONSULT/visit Indian Prime Minister Narendra Modi=INDGOV > Mauritius=MUSGOV"),
    S(2, "SUPPORT the countries=INDGOV"),
    S(3, "CONSULT/visit both leaders=INDGOV", "AGREE both leaders=INDGOV"),
    S(4, "SUPPORT Mauritius=MUSGOV > Modi=INDGOV", "SUPPORT the prime ministers=INDGOV"),
    S(5, "AGREE Modi=INDGOV > Mauritius=MUSGOV"),
    S(9, "SUPPORT China=CHNGOV > Mauritius=MUSGOV"),
    S(13, "COOPERATE an Indian navy contingent=INDMIL > Mauritius=MUSGOV"),
    S(14, "AID India=INDGOV > Mauritius=MUSGOV"),
    S(17, "SUPPORT Indian officials=INDGOV > Mauritius=MUSGOV", "CONCEDE Britain=GBRGOV > Mauritius=MUSGOV"),
    S(19, "CONCEDE Britain=GBRGOV > Mauritius=MUSGOV"),
    S(20, "SUPPORT Indian foreign secretary Vikram Misri=INDGOV > Mauritius=MUSGOV", "AGREE Modi=INDGOV > the Maldives=MDVGOV"),
    S(22, "AGREE U.S. President Donald Trump=USAGOV > the deal between Mauritius and Britain=GBRGOV"),
])

# Australian Firefighters Confront 'Mega Blaze' Near Sydney (2019-12-07, a Saturday): a disaster story; the
# only political acts are the foreign firefighting assistance
DOCS["voa:6180705"] = ([
    E(13, "reinforcements", "AID", None, "Canada, New Zealand and the United States", "CAN", "Australia", "AUS",
      note="foreign firefighters sent to help fight the New South Wales fires"),
    X(14, "join", "AID", None, "Canada", "CAN", "Australia", "AUS", why="same happening"),
    E(14, "battled", "AID", None, "Australian firefighters", "AUS", "Canada", "CAN", tier="extra",
      note="in previous years (historical, aggregate); s17 'assisted four times' is the same"),
    X(17, "assisted", "AID", None, "Australia", "AUS", "Canada", "CAN", why="same happening"),
    X(4, "cancelled", "COERCE", "restrict", None, None, why="disaster response, not an event (health warnings and "
      "cancelled sport because of smoke)"),
], [
    S(13, "AID reinforcements=CANGOV"),
    S(14, "AID Morgan Kehr, a senior firefighter from Edmonton=CANGOV > his Australian counterparts=AUSGOV",
      "AID his Australian counterparts=AUSGOV > Canada=CANGOV"),
    S(17, "AID - > We=CANGOV"),
])

# Chinese officials look to limit social media and screen time in China (2025-03-14, a Friday): the limits are
# proposals (excluded); the earlier regulations are events
DOCS["voa:8010657"] = ([
    X(0, "proposals", "COERCE", "restrict", "Chinese government", "CHN", "young Chinese", "CHN", why="proposed"),
    X(1, "limits", "COERCE", "restrict", "Yao Ming", "CHN", "young people in China", "CHN", why="proposed"),
    X(2, "mandate", "COERCE", "restrict", None, "CHN", "children", "CHN", why="proposed"),
    X(3, "controls", "COERCE", "censor", "Chinese officials", "CHN", why="demanded"),
    X(14, "limit", "COERCE", "restrict", None, "CHN", "young people", "CHN", why="proposed"),
    X(25, "limit", "COERCE", "restrict", None, "CHN", why="proposed"),
    E(1, "meetings", "CONSULT", None, "Chinese officials and delegates (annual political meetings)", "CHN", tier="extra",
      note="the annual 'two sessions' in Beijing, wrapped up this week; a domestic gathering, closest type CONSULT"),
    X(33, "meetings", "CONSULT", None, "Chinese officials and delegates", "CHN", why="same happening"),
    E(4, "blocked", "COERCE", "censor", "Chinese government", "CHN", tier="extra",
      note="standing internet controls (generic, ongoing)"),
    E(26, "revised", "COERCE", "restrict", "China", "CHN", "social media, gaming and live streaming platforms", "CHN",
      tier="extra", note="October 2020 revision of the Law on the Protection of Minors; regulation, closest type COERCE"),
    X(27, "targeted", "COERCE", "restrict", "China", "CHN", why="same happening"),
    E(28, "required", "COERCE", "restrict", "Chinese authorities", "CHN", "minors", "CHN", tier="extra",
      note="2021 notice limiting gaming time for minors"),
    X(29, "banned", "COERCE", "restrict", "Chinese authorities", "CHN", "minors", "CHN", why="same happening"),
    E(30, "issued", "COERCE", "restrict", "Tencent Games", "CHN", "minors", "CHN", tier="extra",
      note="company's 'limited play order' over Chinese New Year; a company rule, closest type COERCE"),
    X(31, "permitted", "COERCE", "restrict", "Tencent Games", "CHN", "teenagers", "CHN", why="same happening"),
], [
    S(1, "REQUEST/change retired international basketball star Yao Ming=CHNELI"),
    S(2, "REQUEST/change Yao=CHNELI"),
    S(3, "REQUEST/change Officials=CHNGOV"),
    S(4, "COERCE/censor China=CHNGOV"),
    S(6, "SUPPORT some commenters=CHNCVL > the efforts=CHNGOV", "ACCUSE/disapprove many=CHNCVL > the policies=CHNGOV"),
    S(8, "REQUEST/change one user from northern Hebei Province=CHNCVL > Schools=CHNEDU"),
    S(10, "SUPPORT A college student in Beijing=CHNCVL > officials’ concerns=CHNGOV"),
    S(26, "COERCE/restrict China=CHNGOV > social media, gaming and live streaming platforms=CHNBUS"),
    S(28, "COERCE/restrict A 2021 notice=CHNGOV > children under 18=CHNCVL"),
    S(29, "COERCE/restrict The regulation=CHNGOV > minors=CHNCVL"),
    S(30, "COERCE/restrict Tencent Games=CHNBUS > minors=CHNCVL"),
    S(31, "COERCE/restrict - > teenagers=CHNCVL"),
])

# Vietnam Turning into Medical Tourism Destination for Dental, Cosmetic Care (2019-12-18): no political event
DOCS["voa:6181245"] = ([
    X(21, "visited", "CONSULT", "visit", "Chinese tourists", "CHN", "Vietnam", "VNM",
      why="not an event: private tourism, not a political visit"),
    X(30, "visit", "CONSULT", "visit", "foreigners", None, "Thai hospitals", "THA", why="not an event: medical tourism"),
    X(32, "lawsuits", "ACCUSE", "allege", None, "VNM", why="generic (malpractice lawsuits are rare), no happening"),
], [])

# Under what circumstances can a US green card be revoked? (2025-03-13, a Thursday): mostly an explainer;
# the happenings are those of the Mahmoud Khalil case
DOCS["voa:8009714"] = ([
    E(0, "arrest", "COERCE", "arrest", "U.S. immigration authorities", "USA", "Mahmoud Khalil", "PSE",
      note="recent arrest; who arrested him is implied (the U.S. government), not named"),
    X(2, "detention", "COERCE", "arrest", "U.S. immigration authorities", "USA", "Mahmoud Khalil", "PSE",
      why="same happening"),
    X(2, "charged", "ACCUSE", "allege", None, "USA", "Mahmoud Khalil", "PSE", why="negated (not charged with any crime)"),
    E(0, "protests", "PROTEST", "demo", "Mahmoud Khalil and Columbia University protesters", "PSE", tier="extra",
      note="last year's campus protests over the war in Gaza (historical)"),
    E(0, "war", "ASSAULT", None, None, None, "Gaza", "PSE", tier="extra",
      note="the war in Gaza, mentioned in passing; the story names no party"),
    E(2, "halt", "CONCEDE", None, "U.S. federal judge", "USA", "Mahmoud Khalil", "PSE", date="-Wed", alt=["REJECT"],
      note="judge extended the order halting Khalil's deportation on Wednesday"),
    X(2, "deportation", "COERCE", "deport", "U.S. government", "USA", "Mahmoud Khalil", "PSE", why="negated (halted)"),
    E(27, "determination", "ACCUSE", "allege", "Marco Rubio", "USA", "Mahmoud Khalil", "PSE", asserted=False,
      alt=["COERCE"], note="Rubio deemed Khalil deportable, according to his Notice to Appear (the charging document)"),
    X(28, "ordered", "ACCUSE", "allege", "U.S. government", "USA", "Mahmoud Khalil", "PSE",
      why="same happening (the Notice to Appear)"),
    X(28, "appear", "CONSULT", None, "Mahmoud Khalil", "PSE", "immigration judge", "USA", date="2025-03-27",
      why="planned (hearing on March 27)"),
    X(24, "revoke", "THREATEN", None, "Marco Rubio", "USA", why="threatened (generic)"),
    X(30, "deportation", "REQUEST", None, "ICE attorneys", "USA", "Mahmoud Khalil", "PSE", why="planned (will ask for)"),
], [
    S(0, "COERCE/arrest - > Palestinian activist and U.S. legal permanent resident Mahmoud Khalil=PSECVL",
      "PROTEST/demo Mahmoud Khalil=PSECVL"),
    S(2, "CONCEDE A federal judge=USAJUD > Khalil=PSECVL", "COERCE/arrest - > the New York resident=PSECVL"),
    S(22, "REJECT Rubio=USAGOV"),
    S(24, "THREATEN we=USAGOV > you=USACVL"),
    S(27, "ACCUSE/allege Rubio=USAGOV > Khalil=PSECVL"),
    S(28, "ACCUSE/allege - > Khalil=PSECVL"),
])

# Malawi High Court Orders Schools to Allow Dreadlocks (2020-01-23, a Thursday)
DOCS["voa:6183074"] = ([
    E(0, "refused", "REJECT", None, "Blantyre Girls Primary School", "MWI", "Makeda Mbewe", "MWI", alt=["COERCE"],
      note="refusal to enrol a Rastafarian girl because of her dreadlocks"),
    E(2, "court", "ACCUSE", "allege", "Feniya Mbewe", "MWI", "Blantyre Girls Primary School", "MWI",
      note="lawsuit: 'took the school to court'"),
    E(3, "ordered", "SANCTION", "convict", "Malawi High Court", "MWI", "Malawi public schools", "MWI", date="2020-01-14",
      alt=["CONCEDE"], note="ruling against the schools' hair policy; also orders extra classes for Makeda (s6)"),
    X(2, "won", "SANCTION", "convict", "Malawi High Court", "MWI", "Blantyre Girls Primary School", "MWI",
      why="same happening (the ruling)"),
    X(6, "ordered", "SANCTION", "convict", "Malawi High Court", "MWI", "Blantyre Girls Primary School", "MWI",
      why="same happening (the ruling)"),
    X(16, "ruling", "SANCTION", "convict", "Malawi High Court", "MWI", "Malawi public schools", "MWI", why="same happening"),
    X(18, "order", "SANCTION", "convict", "Malawi High Court", "MWI", "Malawi public schools", "MWI", why="same happening"),
    E(13, "refused", "REJECT", None, "a Malawian public school", "MWI", "Debora Habakuku's children", "MWI",
      alt=["COERCE"], asserted=False, tier="extra", note="earlier refusal told by the mother; date not given"),
    E(11, "sidelined", "COERCE", "restrict", "Malawi education authorities", "MWI", "Malawi's Rastafarians", "MWI",
      tier="extra", note="long-standing hair policy (generic pattern)"),
    X(17, "refused", "REJECT", None, "Malawi's education authorities", "MWI", why="not an event (declined to comment)"),
    X(18, "appeal", "ACCUSE", "allege", "Malawi's education authorities", "MWI", "Malawi High Court", "MWI",
      date="2020-02-04", why="hypothetical (may appeal until Feb. 4)"),
], [
    S(0, "REJECT the Blantyre Girls Primary School=MWIEDU > her daughter, Makeda Mbewe=MWICVL"),
    S(2, "ACCUSE/allege Mbewe=MWICVL > the school=MWIEDU", "SANCTION/convict - > the school=MWIEDU"),
    S(3, "SANCTION/convict Malawi's High Court=MWIJUD > all public schools=MWIEDU"),
    S(6, "SANCTION/convict The Malawi High Court=MWIJUD > the school=MWIEDU"),
    S(11, "COERCE/restrict education policy=MWIGOV > Malawi's Rastafarians=MWIREL"),
    S(13, "REJECT they=MWIEDU > my children=MWICVL"),
])

# Militants attack train, take hostages in Pakistan's Balochistan province (2025-03-12, a Wednesday); the same
# hijacking as voa:8009314 / voa:8011076 in the earlier gold, coded the same way
DOCS["voa:8006651"] = ([
    E(0, "attacked", "ASSAULT", None, "Baloch Liberation Army", "PAK", "Jaffar Express passengers", "PAK", date="-Tue",
      note="attack on the train (intense fire, s1; tracks blown up per the BLA, s4); BLA claimed responsibility (s3)"),
    X(1, "fire", "ASSAULT", None, "Baloch Liberation Army", "PAK", "Jaffar Express", "PAK", why="same happening"),
    X(2, "attack", "ASSAULT", None, "Baloch Liberation Army", "PAK", "Jaffar Express", "PAK", why="same happening"),
    X(3, "attack", "ASSAULT", None, "Baloch Liberation Army", "PAK", why="same happening"),
    X(4, "blown", "ASSAULT", "explosives", "Baloch Liberation Army", "PAK", why="same happening (BLA's account)"),
    X(11, "stopped", "ASSAULT", None, "attackers", "PAK", "Jaffar Express", "PAK", why="same happening"),
    X(13, "attack", "ASSAULT", None, "Baloch Liberation Army", "PAK", why="same happening"),
    X(14, "attack", "ASSAULT", None, "Baloch Liberation Army", "PAK", why="same happening"),
    X(16, "attack", "ASSAULT", None, "Baloch Liberation Army", "PAK", why="same happening"),
    X(25, "attack", "ASSAULT", None, "Baloch Liberation Army", "PAK", why="same happening"),
    X(13, "death", "ASSAULT", None, "Baloch Liberation Army", "PAK", "train driver", "PAK",
      why="hypothetical (death reported by media, not confirmed)"),
    E(0, "hostages", "ASSAULT", "abduct", "Baloch Liberation Army", "PAK", "Jaffar Express passengers", "PAK", date="-Tue",
      note="hostage taking; more than 100 (s4), over 200 per the BLA (s5)"),
    X(4, "hostage", "ASSAULT", "abduct", "Baloch Liberation Army", "PAK", "passengers", "PAK", why="same happening"),
    X(5, "holding", "ASSAULT", "abduct", "Baloch Liberation Army", "PAK", "hostages", "PAK", why="same happening"),
    E(6, "rescued", "AID", None, "Pakistani security forces", "PAK", "passengers", "PAK", asserted=False,
      note="hostage rescue = AID; 104 rescued according to security sources"),
    E(7, "killed", "ASSAULT", None, "Pakistani security forces", "PAK", "BLA militants", "PAK",
      note="clearance operation against the attackers: 16 killed per security sources; the operation and the "
      "exchange of fire are stated by the outlet (s8)"),
    X(8, "operation", "ASSAULT", None, "Pakistani security forces", "PAK", "BLA militants", "PAK", why="same happening"),
    X(8, "exchange", "ASSAULT", None, "Pakistani security and BLA militants", "PAK", why="same happening"),
    E(12, "departed", "MOBILIZE", "troops", "Pakistani authorities", "PAK", asserted=False,
      note="security forces, a rescue train and ambulances dispatched to the scene (s12 Hayat, s15 Rind)"),
    X(15, "dispatched", "MOBILIZE", "troops", "Balochistan provincial government", "PAK", why="same happening"),
    X(17, "declared", "COERCE", "martial-law", "Sibi government hospital", "PAK",
      why="not an event (hospital emergency to receive the injured)"),
    E(21, "fighting", "ASSAULT", None, "Baloch Liberation Army", "PAK", "Pakistani state", "PAK", tier="extra",
      note="the BLA insurgency (ongoing, generic)"),
    E(24, "designated", "SANCTION", None, "United States and Pakistan", "USA", "Baloch Liberation Army", "PAK",
      tier="extra", note="terrorist designation; date not given"),
    E(28, "attacks", "ASSAULT", None, "Baloch Liberation Army", "PAK", "security forces, settlers and workers", "PAK",
      tier="extra", note="attacks since the beginning of the year (aggregate)"),
    E(29, "detonated", "ASSAULT", "suicide-attack", None, None, "Pakistani military convoy", "PAK", tier="extra",
      note="suicide bombing in Kalat earlier this month; perpetrator group not named"),
    E(30, "ambushed", "ASSAULT", None, "Baloch Liberation Army", "PAK", "paramilitary force (bus)", "PAK", tier="extra",
      note="last month in Kalat, 18 killed"),
    X(30, "killed", "ASSAULT", None, "Baloch Liberation Army", "PAK", "paramilitary force", "PAK", why="same happening"),
    E(31, "blast", "ASSAULT", "explosives", None, None, "coal miners", "PAK", tier="extra",
      note="roadside bomb that killed 11 coal miners, days after the bus ambush; perpetrator not named"),
    E(31, "attacking", "ASSAULT", None, "Baloch Liberation Army", "PAK", "military vehicle escorting a Chinese-run mining convoy",
      "PAK", tier="extra", note="last month in Kalat; 8 security personnel injured (s32)"),
    X(32, "attack", "ASSAULT", None, "Baloch Liberation Army", "PAK", "convoy", "PAK", why="same happening"),
], [
    S(0, "ASSAULT Militants=PAKREB > a cross-country passenger train=PAKCVL", "ASSAULT/abduct Militants=PAKREB > many hostages=PAKCVL"),
    S(1, "ASSAULT - > the Jaffar Express=PAKCVL"),
    S(2, "ASSAULT - > The train=PAKCVL"),
    S(3, "ASSAULT The Baloch Liberation Army=PAKREB"),
    S(4, "ASSAULT/explosives the banned separatist militant outfit=PAKREB",
      "ASSAULT/abduct the banned separatist militant outfit=PAKREB > more than 100 passengers=PAKCVL"),
    S(5, "ASSAULT/abduct It=PAKREB > over 200 hostages=PAKCVL"),
    S(6, "AID - > 104 passengers=PAKCVL"),
    S(7, "ASSAULT - > 16 terrorists=PAKREB"),
    S(8, "ASSAULT Pakistani security and BLA militants=PAKMIL"),
    S(11, "ASSAULT They=PAKREB > the train=PAKCVL"),
    S(12, "MOBILIZE/troops A train carrying security officials=PAKMIL"),
    S(15, "MOBILIZE/troops security forces=PAKMIL"),
    S(21, "ASSAULT The separatist group=PAKREB > the Pakistani state=PAKGOV",
      "ACCUSE The separatist group=PAKREB > the government=PAKGOV"),
    S(22, "REJECT The group=PAKREB > Chinese investment=CHNBUS"),
    S(23, "REJECT Both Pakistan and China=PAKGOV"),
    S(24, "SANCTION The United States and Pakistan=USAGOV > BLA=PAKREB"),
    S(25, "ACCUSE/allege Security sources=PAKMIL > the handlers of Tuesday's attack=AFGREB"),
    S(26, "ACCUSE Islamabad=PAKGOV > militants present on Afghan soil=AFGREB"),
    S(27, "REJECT Afghan Taliban=AFGGOV"),
    S(28, "ASSAULT the BLA=PAKREB > security forces, settlers and workers=PAKMIL"),
    S(29, "ASSAULT/suicide-attack a female suicide bomber=PAKUAF > a military convoy=PAKMIL"),
    S(30, "ASSAULT BLA insurgents=PAKREB > a bus transporting a paramilitary force=PAKMIL"),
    S(31, "ASSAULT/explosives - > 11 coal miners=PAKCVL", "ASSAULT the BLA=PAKREB > a military vehicle=PAKMIL"),
    S(32, "ASSAULT - > the convoy=PAKMIL"),
])
