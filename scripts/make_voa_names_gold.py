#!/usr/bin/env python3
"""Build tests/golden/voa_names_gold.jsonl: 30 more Voice of America stories (public domain) annotated
with every attribution (who said what) and the canonical speaker name of each, for the speaker-identity
development set (see tests/golden/NAMES.md and docs/annotation/SPEAKER_NAMES.md).

The annotations are written as text, never as offsets, exactly as in scripts/make_voa_gold.py, whose
helpers (A, build_doc, review) this script imports:

    A(source, cue, content, speaker_name, cls=..., tier=..., at=..., s_at=..., c_at=..., note=...)

Attribution conventions (what counts, content spans, direct/mixed/indirect, tiers) are those of
tests/golden/README.md. The `speaker_name` follows docs/annotation/SPEAKER_NAMES.md (which differs from
the 15-story set on one point: an unnamed group is named by its noun phrase, not null).

These stories were annotated from the text alone; saidwhat was not run on them.

Usage: python3 scripts/make_voa_names_gold.py [--src shared/data/voa/voa_all.jsonl] [--out tests/golden/voa_names_gold.jsonl] [--review]
"""
import argparse
import json
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_voa_gold as g  # noqa: E402
from make_voa_gold import A  # noqa: E402

ROOT = g.ROOT
DEFAULT_OUT = os.path.join(ROOT, "tests/golden/voa_names_gold.jsonl")

ANN = {}

# ---------------------------------------------------------------------------------------------
# Middle East
# ---------------------------------------------------------------------------------------------

# UN urges end to violence in Syria (2025)
ANN["voa:8010694"] = [
    A("The U.N. special envoy for Syria", "is calling for", "an end to violence and for the protection of civilians", "Geir Pedersen",
      note="description resolved to the person named in the next sentence"),
    A("Pederson", "said", ("What began as a plea for reform~~harrowing conflicts of our time",
                           "The conflict exposed the darkest depths~~search for the missing."), "Geir Pedersen",
      note="misspelt 'Pederson' in the article; the name as first introduced is 'Geir Pedersen'"),
    A("The U.N.", "says", "the conflict displaced some 12 million people in Syria, including more than 6 million refugees",
      "United Nations"),
    A("Syria’s transitional authorities", "said", "their forces in the sect's coastal region~~in an attempted insurrection",
      "Syria's transitional authorities"),
    A("Pedersen", "said", "recent agreements between Syria’s transitional authorities~~territorial integrity.", "Geir Pedersen",
      s_at="Pedersen said Friday"),
    A("He", "called for", "the creation of a “credible and inclusive transitional government~~genuine transitional justice.",
      "Geir Pedersen"),
]

# ---------------------------------------------------------------------------------------------
# Ukraine
# ---------------------------------------------------------------------------------------------

# US lawmakers welcome Ukraine's ceasefire agreement (2025)
ANN["voa:8008456"] = [
    A("U.S. lawmakers", "welcomed", "Tuesday’s announcement that Ukraine had agreed to a 30-day ceasefire as a step toward peace in Europe",
      "U.S. lawmakers", tier="extra"),
    A("Michael McCaul", "told", "I'm very encouraged the parties have reached an agreement.~~very significant", "Michael McCaul"),
    A("The United States", "announced", "it would cease military aid and intelligence sharing with Ukraine", "United States"),
    A("the United States", "said", "it would resume cooperation with Ukraine", "United States"),
    A("Jason Crow", "told", "That actually should never have happened in the first place.~~lifted by the administration",
      "Jason Crow"),
    A("McCaul", "said", "The next step will be for President Zelenskyy~~turn to Mr. Putin", "Michael McCaul"),
    A("Trump", "said", "he had representatives on their way to Moscow for discussions", "Donald Trump",
      s_at="Trump said Tuesday"),
    A("Glenn Ivey", "told", "I'm hoping the Trump administration will start reaching out~~beneficial to the Ukrainian people",
      "Glenn Ivey"),
    A("Steven Pifer", "told", "there was still a great deal of uncertainty", "Steven Pifer"),
    A("Pifer", "said", ("Russia, unfortunately, does not have a good record of living up to ceasefires",
                        "We saw what happened between 2014 and 2021~~a solution to this war."), "Steven Pifer",
      s_at="ceasefires,” Pifer said"),
    A("Crow", "told", "We have to understand that Vladimir Putin is the aggressor.~~the United States and Ukraine", "Jason Crow"),
    A("Republican lawmakers", "praised", "Trump and his Cabinet for their strong negotiating stance", "Republican lawmakers",
      tier="extra"),
    A("Derrick Van Orden", "told", "For three years now~~national security adviser", "Derrick Van Orden"),
    A("Lawmakers", "expressed hope", "economic cooperation between the United States and Ukraine could resume", "lawmakers",
      cls="belief"),
    A("Andy Barr", "told", "President Trump is right~~deterrence against Russian aggression", "Andy Barr"),
    A("Pifer", "noted", "the ceasefire deal “also has language~~at some point in the future.", "Steven Pifer"),
]

# Europe talks on rearming (2025)
ANN["voa:8007271"] = [
    A("Ruben Brekelmans", "stressed", "the urgency of boosting Europe’s defense", "Ruben Brekelmans"),
    A("he", "said", "Europeans can no longer take U.S. protection for granted", "Ruben Brekelmans"),
    A("Brekelmans", "said", "Europe therefore needs to fortify its security architecture.~~We only have one shot", "Ruben Brekelmans"),
    A("she", "said", "We need a surge in European defense, and we need it now", "Ursula von der Leyen"),
    A("European leaders", "are worried", "Russia may not stop at Ukraine", "European leaders", cls="belief"),
    A("One Ipsos survey", "found", "three-quarters of French and half of Germans are concerned~~elsewhere in Europe", "Ipsos",
      cls="evidence"),
    A("Another poll", "found", "few Europeans want to pay more for defense", None, cls="evidence",
      note="an unnamed poll: no name"),
    A("Critics, including Hungary’s Viktor Orban", "suggest", "Europe can’t afford to defend Ukraine", "critics"),
    A("Others", "argue", "Brussels is assuming too much power", None, note="'others': an unspecified group, no name"),
    A("Michel Duclos", "said", "They want to continue to sell weapons to European counties.", "Michel Duclos"),
    A("he", "believes", ("That’s one argument", "for Washington’s at least short-term commitment to Europe’s security"),
      "Michel Duclos", cls="belief"),
    A("he", "said", "What I fear more is not that they [the U.S.] will disengage.~~for European protection", "Michel Duclos"),
]

# ---------------------------------------------------------------------------------------------
# Africa
# ---------------------------------------------------------------------------------------------

# Children in Sudan's war, UNICEF and MSF (2025)
ANN["voa:8009853"] = [
    A("The head of the U.N. children’s program, UNICEF,", "said",
      "16 million children in Sudan are suffering horribly~~disease and sexual assault", "Catherine Russell"),
    A("Catherine Russell", "told", "The fighting is happening right at their doorsteps~~cities, towns, and villages",
      "Catherine Russell"),
    A("She", "said", "children under the age of five are particularly at risk~~the failing health system", "Catherine Russell"),
    A("Russell", "said", "there were 221 cases of rape against children~~last year", "Catherine Russell"),
    A("She", "said", "two-thirds were girls", "Catherine Russell"),
    A("she", "said", "In 16 of the recorded cases~~babies under the age of one", "Catherine Russell"),
    A("she", "demanded", "an end to the hostilities", "Catherine Russell", s_at="While she demanded"),
    A("she", "said", "it would not erase the pain those children have endured", "Catherine Russell"),
    A("she", "said", ("The trauma these children experience~~or a peace agreement",
                      "They will need ongoing care and support to heal and rebuild their lives."), "Catherine Russell",
      s_at="peace agreement,” she said"),
    A("The head of Doctors Without Borders (MSF)", "told", "his teams in Sudan have also seen evidence of sexual violence~~last year",
      "Christopher Lockyear"),
    A("Christopher Lockyear", "said", ("The vast majority — including some younger than five~~by armed men",
                                       "Nearly half were assaulted~~brutally targeted."), "Christopher Lockyear"),
    A("the United Nations", "says", "both sides have committed grave human rights abuses", "United Nations"),
    A("The head of MSF", "told", "he was in Sudan six weeks ago and witnessed a scene of “utter carnage”~~near the capital",
      "Christopher Lockyear"),
    A("Lockyear", "said", "I witnessed the lives of men, women, and children being torn apart in front of me", "Christopher Lockyear"),
    A("He", "told", "their repeated calls on the parties to end the war have gone unanswered", "Christopher Lockyear"),
    A("Lockyear", "said", "While statements are made in this chamber~~of dignity", "Christopher Lockyear"),
    A("He", "told", "the situation in Sudan “is so catastrophic~~on a daily basis.", "Christopher Lockyear"),
    A("The UNICEF director", "said", "the agency needs a billion dollars this year~~health, and education", "Catherine Russell"),
    A("She and Lockyear", "urged", "the council to press the warring parties to remove obstacles to the delivery of aid", None,
      note="two named speakers together: no single name, the source span names them"),
]

# Somali forces end hotel siege (2025)
ANN["voa:8008152"] = [
    A("Security forces in Somalia", "say", "they killed all six attackers~~at least 50 al-Shabab militants in airstrikes",
      "security forces in Somalia"),
    A("Omar Osman Alasow", "confirmed", "the hotel siege ended early Wednesday", "Omar Osman Alasow"),
    A("he", "said", "Our security forces successfully got rid of six militants~~were meeting", "Omar Osman Alasow"),
    A("Al-Shabab", "claimed", "responsibility for the hotel attack", "al-Shabab", tier="extra"),
    A("Alasow", "said", "the government soldiers backed by African Union troops~~trapped inside the hotel", "Omar Osman Alasow"),
    A("he", "said", ("During 18 hours of siege~~could not escape", "Seven other people, including~~were killed."),
      "Omar Osman Alasow"),
    A("Hassan Sheikh Mohamud", "called for", "a “total war” against al-Shabab", "Hassan Sheikh Mohamud"),
    A("Somalia’s National Intelligence and Security Agency, or NISA,", "said",
      "the country’s security forces killed dozens of al-Shabab members elsewhere in Hirshabelle",
      "National Intelligence and Security Agency"),
    A("the NISA statement", "said", "Coordinated airstrikes by the Somali army~~combat vehicles", "National Intelligence and Security Agency"),
    A("NISA", "said", "the airstrikes targeted the Damasha and Shabeelow areas~~for terrorist attacks",
      "National Intelligence and Security Agency", s_at="NISA said the airstrikes"),
    A("the Somali Military Command", "said", "The operation was a significant blow~~in the region.", "Somali Military Command"),
    A("NISA", "said", "it closed 12 media outlets and websites linked to the Khawarij", "National Intelligence and Security Agency",
      s_at="NISA said Wednesday"),
    A("a statement posted by the government’s National News Agency", "said",
      "The operation targeted platforms spreading extremist ideologies~~identified individuals involved",
      "National News Agency", note="a statement as speaker: the organisation that posted it"),
]

ORDER = list(ANN)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--src", default=next((p for p in g.DEFAULT_SRC if os.path.exists(p)), g.DEFAULT_SRC[0]))
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--review", action="store_true", help="print every attribution with its markers")
    args = ap.parse_args(argv)
    docs = {}
    with open(args.src, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                docs[d["id"]] = d
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    c = Counter()
    with open(args.out, "w", encoding="utf-8") as f:
        for did in ORDER:
            d = docs[did]
            recs = g.build_doc(d, ANN[did])
            if args.review:
                print(f"== {did} {d['title']}")
                g.review(d, recs)
            row = {"id": d["id"], "text": d["text"], "title": d.get("title"), "outlet": d.get("outlet") or "Voice of America",
                   "date": d.get("date"), "url": d.get("url"), "attributions": recs}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            c["stories"] += 1
            for r in recs:
                c["attributions"] += 1
                c[r["extra"]["quote_type"]] += 1
                c["tier_" + r["tier"]] += 1
                c["cue_" + r["extra"]["cue_class"]] += 1
                c["no_source"] += r["source"] is None
                c["no_name"] += r["speaker_name"] is None
                c["pieces"] += "pieces" in r["extra"]
    print(json.dumps(dict(c)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
