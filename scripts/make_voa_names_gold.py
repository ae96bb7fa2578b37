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
import os
import sys

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

# IS in the Sahel (2025)
ANN["voa:8009027"] = [
    A("Authorities", "said", "the group was making remote-controlled bombs to carry out attacks in the North African country",
      "Moroccan authorities", note="'Authorities' refers to the Moroccan authorities of the sentence before"),
    A("Both Moroccan and Spanish authorities", "said", "the groups were aligned with Islamic State in The Sahel",
      "Moroccan and Spanish authorities"),
    A("analysts", "say", "the foiled terror cells farther afield are a worrying sign", "analysts"),
    A("Beverly Ochieng", "said", "Because the counterinsurgency infrastructure in Mali~~perceive to be vulnerable", "Beverly Ochieng"),
    A("Ochieng", "said", "IS Sahel’s strategy appears increasingly focused on exploiting security gaps~~strongholds", "Beverly Ochieng"),
    A("she", "said", "IS Sahel has seen that its expansion~~of strategic interest to it", "Beverly Ochieng"),
    A("Andrew Lebovich", "said", "these disrupted plots are indicative of IS Sahel's broader ambitions", "Andrew Lebovich"),
    A("he", "said", "It does suggest an ongoing effort to increase operations in different ways in other countries", "Andrew Lebovich"),
    A("he", "adding", "Algeria is facing an increasing threat", "Andrew Lebovich", s_at="he said, adding"),
    A("Ochieng", "warns", "countries traditionally seen as stable, such as Guinea or even Senegal~~militants too", "Beverly Ochieng"),
    A("the Global Terrorism Index", "named", "the Sahel the epicenter of global terrorism for the second year running",
      "Global Terrorism Index", cls="evidence", note="a named publication whose publisher the article does not give"),
]

# Kidnapped Nigerian schoolgirls released (2021)
ANN["voa:6202743"] = [
    A("some prominent human rights activists", "are calling for", "accountable leadership to prevent a recurrence",
      "prominent human rights activists"),
    A("State Governor Bello Matawalle", "said", "their release is a big relief to the state and their families", "Bello Matawalle"),
    A("Florence Ozor", "said", "the battle is not won if school children can still be attacked or kidnapped", "Florence Ozor"),
    A("Ozor", "said", ("There is no rejoicing where it is clear~~still lurking around",
                       "It is no longer a question of if school children~~a question of when."), "Florence Ozor"),
    A("Authorities", "said", "no ransom was paid to secure the release of the girls~~in the village of Jangebe", "authorities"),
    A("many leaders and groups", "calling for", "their release", "leaders and groups", tier="extra", at="calling for their release"),
    A("State authorities", "said", "the girls will be treated for physical or psychological injuries~~reunited with their families",
      "state authorities"),
    A("Josephine Odumakin", "said", "authorities should declare a state of emergency over the spate of abductions", "Josephine Odumakin"),
    A("Odumakin", "said", "We must see the continuous attacks in our schools~~national emergency on security", "Josephine Odumakin"),
    A("President Muhammadu Buhari", "said", "his administration will not succumb to mounting pressure from criminal groups",
      "Muhammadu Buhari"),
]

# Kenya's operation against al-Shabab in the Boni Forest (2020)
ANN["voa:6184384"] = [
    A("Bilai Abdi", "said", "she was excited about getting her two children new clothes one afternoon in 2017", "Bilai Abdi"),
    A("she", "says", "My leg was bleeding and one man aimed at me", "Bilai Abdi"),
    A("She", "says", "she tried to duck but the bullet hit her in the neck", "Bilai Abdi"),
    A(None, None, "The man came down and passed by me, thinking I was dead, without even looking at me.", "Bilai Abdi",
      note="quote continues Abdi's statement; no cue of its own"),
    A("Abdi", "says", "she saw security moving around me but couldn’t see clearly", "Bilai Abdi"),
    A("She", "says", "an officer recognized her but another pointed his gun at her and called her al-Shabab", "Bilai Abdi"),
    A("Abdi", "says", "she replied that she was not al-Shabab", "Bilai Abdi"),
    A("she", "asked", "What al-Shabab person has a child", "Bilai Abdi"),
    A("Abdi", "says", "they walked away and soon she was put in the helicopter", "Bilai Abdi",
      s_at="Abdi says they walked"),
    A("Lamu County Commissioner Irungu Macharia", "says", "Kenyan authorities have since banned civilians from traveling with security",
      "Irungu Macharia"),
    A("Macharia", "said", "The terror group mainly targets our security vehicles~~also become a target", "Irungu Macharia",
      s_at="said Macharia"),
    A("local resident Abala Waro", "according to", "villagers still avoid going too far into the forest for fear of attack",
      "Abala Waro"),
    A("Waro", "said", "If you are seen in the forest, you can be killed.~~go deep into the forest", "Abala Waro", s_at="said Waro"),
]

# MSF: 1.2 million Nigerians beyond humanitarian access (2020)
ANN["voa:6183254"] = [
    A("The charity Doctors Without Borders", "says", "insecurity caused by the Boko Haram conflict~~beyond the reach of humanitarian workers",
      "Doctors Without Borders"),
    A("The aid group, known by its French acronym MSF,", "reports",
      "the population of northeast Nigeria is being victimized by all sides~~going on for 11 years", "Doctors Without Borders"),
    A("The Nigerian military", "says", "it has the upper hand over the Islamist insurgents", "Nigerian military"),
    A("MSF and U.N. agencies", "according to", "the humanitarian situation is still dire, especially in Borno state", None,
      note="two speakers together (MSF and U.N. agencies): no single name"),
    A("Luis Eguiluz", "says", "peoples’ movements are limited by the two main Boko Haram factions~~traditional ways of life",
      "Luis Eguiluz"),
    A("He", "says", "people are subject to attacks, abductions, abuse and exploitation~~sexual assault", "Luis Eguiluz"),
    A("Eguiluz", "said", "We are talking about one of the most or biggest humanitarian crises~~health, shelter", "Luis Eguiluz"),
    A("He", "says", "despite insecurity, humanitarian workers can reach the majority of the people", "Luis Eguiluz"),
    A("Eguiluz", "told", "MSF and other agencies have no access at all~~allied with Islamic State", "Luis Eguiluz"),
    A("recent U.N. figures", "According to", "these Nigerians live in 22 enclaves in Borno state", "United Nations", cls="evidence"),
    A("Equiluz", "says", "the Nigerian army does not allow humanitarian agencies~~international counterterrorism laws",
      "Luis Eguiluz", note="misspelt 'Equiluz' in the article"),
    A("he", "said", "These counterterrorism laws prevent humanitarian actors~~making you a terrorist", "Luis Eguiluz"),
    A("Equiluz", "notes", "these laws are preventing access because negotiating with armed groups is considered a crime", "Luis Eguiluz"),
    A("MSF", "is calling on", "the Nigerian government to allow international humanitarian law to supersede the one on counterterrorism",
      "Doctors Without Borders"),
    A("he", "says", ("This", "would enable humanitarian agencies to get access~~in desperate need of aid"), "Luis Eguiluz",
      at="This, he says"),
]

# Nigeria records mpox cases (2024)
ANN["voa:7746511"] = [
    A("the World Health Organization", "declared", "mpox a global health emergency", "World Health Organization", tier="extra"),
    A("Nigeria", "announcing", "new mpox cases", "Nigeria", tier="extra"),
    A("The Nigeria Center for Disease Control and Prevention, or NCDC,", "said",
      "it has recorded 39 cases of mpox so far this year amid a surge in infections across Africa",
      "Nigeria Center for Disease Control and Prevention"),
    A("NCDC lead Dr. Olajide Idris", "said", "the nation is ramping up its response~~from being imported", "Olajide Idris"),
    A("Idris", "said", "vaccination plans are being considered for high-risk populations", "Olajide Idris"),
    A("he", "said", ("The Nigerian government is making effort to make vaccines available~~hotspot areas",
                     "These vaccines have been shown~~they are on their way."), "Olajide Idris"),
    A("Olayinka Badmus", "said", "the new strain poses a higher risk", "Olayinka Badmus"),
    A("she", "said", "This particular strain is new~~are widespread", "Olayinka Badmus"),
    A("Badmus", "said", "We are also seeing more children affected with mpox compared to the other strains", "Olayinka Badmus"),
    A("she", "said", ("Another cause for concern", "is that this strain has \"a higher human-to-human transmission at an accelerated rate."),
      "Olayinka Badmus"),
    A("Badmus", "stressed", "the need for public awareness in containing the spread", "Olayinka Badmus"),
    A("Badmus", "urged", "people to seek medical attention if they experience symptoms", "Olayinka Badmus"),
    A("he", "said", "We encourage everybody feeling feverish~~nearest health care facility", "Olayinka Badmus",
      note="the article says 'he'; the quote continues Badmus's appeal"),
    A("Public health experts", "are also urging", "people to adhere to preventive measures~~practicing good hygiene",
      "public health experts"),
]

# CAR pleads with fleeing civilians (2024)
ANN["voa:7686618"] = [
    A("Central African Republic officials", "are pleading with", "civilians to go back to their villages",
      "Central African Republic officials"),
    A("Officials", "say", "a rebel group known as the Return, Reclamation, Rehabilitation, or 3R~~central African nation",
      "Central African Republic officials", note="the officials of the sentence before"),
    A("military sources", "said", "3R rebels attacked nearly 10 villages~~near the Cameroon border", "military sources"),
    A("The C.A.R. military", "says", "bodies of five government troops and six civilians~~began Tuesday",
      "Central African Republic military"),
    A("The military", "says", "it is still searching for bodies~~hospitals for treatment", "Central African Republic military"),
    A("officials", "said", "several hundred troops and humanitarian workers were deployed~~protect civilians",
      "Central African Republic officials", s_at="On Thursday, officials",
      note="in this story the officials are those of the C.A.R. government"),
    A("She", "says", "about 10,000 civilians — including children — are hiding in the bush~~malnourished", "Glwadys Siopathis",
      s_at="She says about"),
    A("She", "says", "a majority are reluctant to return to their homes~~attack villages for supplies", "Glwadys Siopathis"),
    A("The C.A.R.", "says", "besides its troops, forces of the United Nations Multidimensional~~civilians and their goods",
      "Central African Republic"),
    A("Both forces", "say", "huge quantities of ammunition were seized~~captured", None,
      note="C.A.R. forces and MINUSCA together: no single name"),
    A("The C.A.R", "is pleading with", "civilians to return to villages where they will be protected by government troops",
      "Central African Republic"),
    A("Bruno Yapande", "says", "the government of the Central African Republic has ordered its military~~attacked by government troops",
      "Bruno Yapande"),
    A("He", "says", "several border security checkpoints have been erected~~to neighboring countries", "Bruno Yapande"),
    A("they", "describe", "increasing insecurity and criminality caused by armed gangs~~along their border",
      "Cameroon and Central African Republic officials", tier="extra", note="nested label: 'what they describe as'"),
    A("The C.A.R.", "says", "the 3R, formed in 2015, is one of several rebel groups in the central African state",
      "Central African Republic", s_at="The C.A.R. says the 3R"),
    A("3R rebels", "claim", "they protect Muslim cattle ranching populations~~anti-Balaka militias", "3R rebels"),
    A("C.A.R. officials", "say", "the rebel group has several hundred armed fighters~~attacked by government forces",
      "Central African Republic officials"),
    A("The C.A.R.", "accuses", "the rebel group of killing, maiming, raping, looting~~from the villages", "Central African Republic"),
    A("The U.N.", "says", "fighting in the C.A.R. has forced close to a million Central Africans~~Nigeria and Chad", "United Nations"),
]

# ---------------------------------------------------------------------------------------------
# South & Central Asia
# ---------------------------------------------------------------------------------------------

# Taliban ban on a woman's book (2025)
ANN["voa:8011004"] = [
    A("she", "said", "it was the first time that they were reading a book written by a young woman", "Naveeda Khoshbo"),
    A("a friend and fellow journalist", "telling", "the Taliban had banned her book", None, tier="extra",
      note="an unnamed individual: no name"),
    A("Khoshbo", "said", "she can't figure out why the book~~was banned", "Naveeda Khoshbo"),
    A("Khoshbo", "saying", "it did not address any sensitive topics.", "Naveeda Khoshbo", s_at="Khoshbo, 33"),
    A("Zia-ul Haq Haqmal", "told", "his department had identified 400 books deemed “against Afghanistan's national interest and Islamic values.",
      "Zia-ul Haq Haqmal"),
    A("Khoshbo", "believes", "her book also was banned because it was written by a woman", "Naveeda Khoshbo", cls="belief"),
    A("she", "said", "I believe their hostility is directed at women~~regardless of their content", "Naveeda Khoshbo"),
    A("Nazeer Ahmad Sahaar", "told", "the Taliban jettison anything they see as contrary to their ideology", "Nazeer Ahmad Sahaar"),
    A("Sahaar", "said", "Anything that is against the Taliban's political and religious beliefs~~banned under the Taliban",
      "Nazeer Ahmad Sahaar", s_at="said Sahaar"),
    A("Sahaar", "sees", "the book ban as part of a larger crackdown on “women, the press and freedom of expression.",
      "Nazeer Ahmad Sahaar", cls="belief",
      s_at="Sahaar sees"),
    A("Sahaar", "said", "the ban on books, though, is of little surprise", "Nazeer Ahmad Sahaar"),
    A("he", "said", "It was evident that they would impose restrictions in many areas", "Nazeer Ahmad Sahaar"),
    A("An owner of a printing press in the eastern province of Nangarhar", "told",
      "the provincial Directorate of Information and Culture instructed publishers not to print anything without prior permission",
      None, note="an anonymous individual: no name"),
    A("the business owner", "said", "In a meeting with publishers~~from the directorate", None),
    A("The owner", "said", "businesses are struggling under the Taliban~~particularly ones that are banned", None),
    A("he", "said", "The Taliban's restrictions have sparked social and cultural resistance", None),
    A("Abdul Ghafoor Lewal", "told", "the Taliban's actions reveal fear of any opposition", "Abdul Ghafoor Lewal"),
    A("Lewal", "said", "It reflects the fear authoritarian regimes have of freedom of expression, books and knowledge",
      "Abdul Ghafoor Lewal", s_at="said Lewal"),
    A("Khoshbo", "said", "the Taliban's ban would not stop her and other women~~social and political life", "Naveeda Khoshbo"),
    A("Khoshbo", "said", ("The Taliban can't suppress our voices by \"banning books", "women can't be erased from society and politics."),
      "Naveeda Khoshbo", s_at="said Khoshbo, but"),
]

# Taliban chief hails troop exit; Kabul bombing (2021)
ANN["voa:6205629"] = [
    A("The leader of Afghanistan’s Taliban insurgency", "praised", "the ongoing withdrawal of U.S. and NATO troops from the country",
      "Hibatullah Akhundzada"),
    A("officials in Kabul", "raised", "the death toll to more than 60", "officials in Kabul", tier="extra"),
    A("Mawlawi Hibatullah Akhundzada", "said", "We consider the withdrawal of forces~~Doha agreement be implemented",
      "Hibatullah Akhundzada", note="'Mawlawi' is an honorific and is dropped"),
    A("Akhundzada", "alleged", "Unfortunately, the American side has so far violated~~loss to civilians", "Hibatullah Akhundzada"),
    A("U.S. President Joe Biden", "citing", "logistical reasons", "Joe Biden", tier="extra"),
    A("U.S. President Joe Biden", "announcing", "all U.S. troops would be out by September 11", "Joe Biden"),
    A("The Taliban", "denounced", "the delay", "Taliban", tier="extra", at="denounced the delay"),
    A("The Taliban", "threatened", "to break their cease-fire with international forces~~signing of the deal", "Taliban"),
    A("U.S. commanders", "say", "the troop drawdown has been under way smoothly", "U.S. commanders"),
    A("Washington", "alleges", "the insurgent group has not lived up to its commitment~~with Afghan rivals", "United States"),
    A("The Afghan army chief", "said", "his forces had also “killed and injured 1,000\" Taliban fighters in the past week", None,
      note="an unnamed office-holder (not a spokesperson): no name"),
    A("U.S. officials", "have blamed", "the Taliban for the latest rise in violence", "U.S. officials"),
    A("U.S. officials", "called on", "all warring parties to reduce hostilities~~intra-Afghan negotiations", "U.S. officials"),
    A("both Afghan rivals", "accusing", "the other of delaying and trying to subvert the dialogue", "Afghan rivals", tier="extra"),
    A("Akhundzada", "said", "We prioritize negotiations and understanding~~engage in such activity", "Hibatullah Akhundzada"),
    A("A spokesman for Afghan President Ashraf Ghani", "rejected", "the accusations", "Mohammad Ameri", tier="extra",
      note="description resolved to the person named in the next sentence"),
    A("Mohammad Ameri", "told", "If the Taliban are sincere in what they say~~to discuss peace", "Mohammad Ameri"),
    A("officials and victims’ families", "told", "the death toll had risen to at least 63~~ethnic Hazara Shi’ite Muslims",
      "officials and victims' families"),
    A("Tariq Arian", "said", "attackers detonated a car bomb and two improvised explosive devices during the evening rush hour",
      "Tariq Arian"),
    A("Afghan officials", "accused", "the Taliban of plotting the attack on the girls’ school", "Afghan officials"),
    A("The insurgent group", "denied", "involvement", "Taliban", tier="extra"),
    A("The insurgent group", "saying", "it condemns any violence against Afghan civilians", "Taliban"),
    A("Ghani", "saying", "the insurgents “should know that they will not achieve their evil goals through war.", "Ashraf Ghani"),
    A("He", "said", "the Taliban “will be crushed” by Afghan security forces", "Ashraf Ghani"),
]

# US military plane crashes in Afghanistan (2020)
ANN["voa:6183227"] = [
    A("U.S. military officials", "confirmed", "A United States military plane used to help troops~~region of Afghanistan",
      "U.S. military officials"),
    A("General Dave Goldfein", "said", "the plane was an E-11A equipped with the Battlefield Airborne Communications Node (BACN)",
      "Dave Goldfein"),
    A("Goldfein", "said", "he was unable to provide additional details", "Dave Goldfein"),
    A("A spokesman for the U.S. military in Afghanistan", "tweeted", "there were no indications the plane went down because of enemy fire",
      "U.S. military in Afghanistan", note="an unnamed spokesman: the organisation he speaks for"),
    A("Mark Esper", "said", "he is also monitoring developments", "Mark Esper"),
    A("he", "told", "I’m aware of the situation", "Mark Esper"),
    A("the Taliban", "said", "the plane went down at noon local time, and there were no survivors", "Taliban"),
    A("Zabihullah Mujahid", "tweeted", "Enemy intelligence aircraft crashed~~laying [sic] at crash site", "Zabihullah Mujahid"),
    A("Sayed Abdul Wajeed Sadat", "told", "five people had likely been killed in the crash", "Sayed Abdul Wajeed Sadat"),
    A("A local provincial official", "told", "other forces have also reached the crash site", None,
      note="unnamed; possibly Abdul Jami Jami, quoted next, but the article does not say so"),
    A("Abdul Jami Jami", "said", "After an hour, some foreign military helicopters~~and left", "Abdul Jami Jami"),
    A("he", "added", "Afghan security forces also arrived and controlled the site after about four hours the incident", "Abdul Jami Jami"),
]

# ---------------------------------------------------------------------------------------------
# Europe
# ---------------------------------------------------------------------------------------------

# Barnier calls for immigration halt (2021)
ANN["voa:6205696"] = [
    A("Michel Barnier", "says", "immigration to France should stop for three to five years~~needs reexamination", "Michel Barnier"),
    A("some French media outlets", "according to", "is considering challenging Emmanuel Macron in next year’s presidential election",
      "French media outlets", tier="extra"),
    A("The French politician", "says", "immigration in the EU is “not working” and that the bloc’s external borders have become a “sieve.",
      "Michel Barnier"),
    A("nationalist populists in central and southern European countries", "have been increasingly critical of",
      "the Schengen system of free movement between member states on the grounds that the bloc’s external borders are porous",
      "nationalist populists in central and southern European countries", tier="extra"),
    A("The former French foreign minister", "told", "I try to look at the problems as they are~~suspend immigration.",
      "Michel Barnier"),
    A("He", "added", "I’m not talking about students~~stricter border controls.", "Michel Barnier", s_at="He added:"),
    A("He", "said", "it might be necessary to renegotiate Schengen rules and reintroduce cross-border controls for EU citizens",
      "Michel Barnier"),
    A("Central European populist leaders, such as Hungarian Prime Minister Viktor Orban,", "have long railed against", "Schengen",
      "Central European populist leaders", tier="extra", at="railed against Schengen"),
    A("Central European populist leaders, such as Hungarian Prime Minister Viktor Orban,", "arguing",
      "the absence of strict enforcement of the EU’s external borders has been facilitating a migration crisis",
      "Central European populist leaders"),
    A("Orban", "said", ("If you are willing to repatriate immigrants, we will try to help with repatriation",
                        "Shared distribution, not. Shared repatriation would be very good."), "Viktor Orban",
      s_at="Orban said at one summit"),
    A("He", "rejected", "the idea migration can lead to cultural enrichment", "Viktor Orban", tier="extra"),
    A("He", "arguing", "integration fails", "Viktor Orban", s_at="He rejected the idea"),
    A("He", "warned", "migration brings “public safety problems.", "Viktor Orban", s_at="He rejected the idea"),
    A("Barnier", "saying", "there are “links” between immigration and “terrorist networks that infiltrate migrational flows.",
      "Michel Barnier", s_at="Barnier, in his Tuesday"),
    A("He", "cited", "human trafficking as a major concern", "Michel Barnier", tier="extra"),
    A("Ursula von der Leyen", "has argued", "the bloc’s “linchpin” is a “fully functioning Schengen.", "Ursula von der Leyen"),
    A("he", "emphasized", "the single market’s “four freedoms”~~are indivisible", "Michel Barnier"),
    A("he", "warned", "Cherry picking is not an option", "Michel Barnier"),
    A("the chief foreign correspondent of Britain’s Financial Times", "noting", "a Brexit “irony.", None, tier="extra",
      note="an unnamed office-holder (not a spokesperson): no name"),
    A("he", "noted", "If the EU had allowed much milder restrictions~~never have happened", None),
    A("Some commentators", "suggested", "French presidential ambitions may be behind Barnier’s skepticism about Schengen", "commentators"),
    A("Barnier", "has leveled", "a string of criticisms on how the bloc is functioning", "Michel Barnier", tier="extra",
      s_at="the 70-year-old Barnier"),
    A("he", "has warned", "although an “unlikely event,” other member states could decide to quit", "Michel Barnier"),
    A("he", "saying", "“less bureaucracy, more democracy” is needed in Brussels", "Michel Barnier", s_at="he has warned"),
    A("he", "told", "In Brussels and Paris alike~~given back to states.", "Michel Barnier"),
    A("Nigel Farage", "joked", "Barnier, who for years has been seen as a europhile hero, is becoming a “euroskeptic.", "Nigel Farage"),
    A("EU officials", "told", "they shouldn’t close borders or stop the free movement of people within the Schengen zone without group agreement",
      "EU officials"),
    A("Some politicians", "argued", "the Schengen system of borderless travel may never be fully restored~~run its course", "politicians"),
    A("Luca Zaia", "told", "Europe’s borderless zone was “disappearing as we speak. Schengen no longer exists", "Luca Zaia",
      note="'he said' after the quote is a second cue of the same speech act"),
    A("he", "predicted", "It will be remembered only in the history books", "Luca Zaia"),
]

# Turkey tests Russian S-400 (2019)
ANN["voa:6180015"] = [
    A("Turkish media", "report", "Ankara testing a Russian anti-aircraft weapon system", "Turkish media"),
    A("Washington", "claims", "the system poses a threat to NATO's defenses", "United States"),
    A("a senior State Department official", "told", "There is room for Turkey to come back to the table.~~get rid of the S-400",
      "U.S. State Department", note="an unnamed official: the organisation he speaks for"),
    A("The official", "added", "sanctions could follow if Ankara went ahead and activated the system", "U.S. State Department"),
    A("Washington", "indicating", "sanctions would only be imposed if Ankara activated the system", "United States",
      s_at="Washington appeared"),
    A("Hulusi Akar", "reiterated", "the S-400 poses no threat to NATO systems", "Hulusi Akar"),
    A("Akar", "said", "That's what we have been saying since the beginning~~It will operate independently", "Hulusi Akar",
      s_at="Akar said Monday"),
    A("Professor Mesut Casin", "said", ("Russia has missiles, so do Iraq, Iran, Syria.~~give us the patriot missile",
                                       "Then we buy Russian S-400~~you buy Russian missiles."), "Mesut Casin"),
    A("Analysts", "claim", "it will likely add to calls in Congress to impose CAATSA sanctions and other measures against Turkey",
      "analysts"),
    A("former Turkish ambassador Mithat Rende", "said", ("Congress is somehow has become so anti-Turkish.~~in the Congress",
                                                         "It so difficult to understand how they become so anti-Turkish so emotional."),
      "Mithat Rende"),
    A("Asli Aydintasbas", "warned", "CAATSA sanctions are waiting, and they are fundamentally important for the Turkish economy",
      "Asli Aydintasbas"),
    A("he", "called", "wonderful meeting", "Donald Trump", tier="extra", note="nested label: 'what he called'"),
    A("Aydintasbas", "said", ("Turkish relations is so reduced to these two guys [Erdogan and Trump]",
                              "The entire relationship is built on this relationship~~make those bills go away."), "Asli Aydintasbas"),
    A("Ankara", "is warning", "it could turn to Russia's SU 35 as an alternative", "Turkey"),
    A("Akar", "said", "All should be aware that Turkey will have to look for alternatives~~for any reason", "Hulusi Akar"),
    A("Analysts", "point out", "a large-scale purchase of Russian jets will likely have far-reaching consequences~~S-400 procurement",
      "analysts"),
    A("Ankara", "is warning", "Washington of severe consequences if it has to turn to Moscow to meet its defense requirements", "Turkey"),
    A("Casin", "said", ("Turkey will buy Russian aircraft if the F-35 freeze is not lifted",
                        "If this happens, Turkey will not buy any more U.S. combat aircraft.~~I am very serious."), "Mesut Casin"),
]

# ---------------------------------------------------------------------------------------------
# East Asia
# ---------------------------------------------------------------------------------------------

# Indonesian city faces ban on dog meat (2019)
ANN["voa:6181316"] = [
    A("Anton Kristian", "said", "a schoolmate introduced him to dog about five years ago~~night out with friends", "Anton Kristian"),
    A("Kristian", "said", "Dog meat’s texture is similar to beef. It’s tender and has distinctive flavour", "Anton Kristian"),
    A("the young professional in his 30s", "said", "I love it", "Anton Kristian"),
    A("Ganjar Pranowo", "told", "city council members and administrators to draft regulations to ban the sale and consumption of dog meat in Solo",
      "Ganjar Pranowo"),
    A("He", "pointed out", "Indonesia does not recognize dog meat as edible", "Ganjar Pranowo"),
    A("He", "added", "by stopping people from consuming dog meat, he hopes to contain the spread of rabies", "Ganjar Pranowo",
      s_at="He pointed out"),
    A("The coalition", "believes", "while only 7% of Indonesians consume dog meat~~killed for their meat annually",
      "Dog Meat Free Indonesia", cls="belief", note="'the coalition' refers to Dog Meat Free Indonesia"),
    A("Pranowo", "said", ("We didn’t ask for a bylaw, but at least there is a progress toward reducing dog consumption",
                          "It will be great if there is a ban.~~can be high."), "Ganjar Pranowo", s_at="said Pranowo"),
    A("scientists", "According to", "it is rare for rabies to be transmitted to those who eat cooked dog meat", "scientists"),
    A("the World Health Organization", "according to", "The virus is transmitted in the saliva of rabid animals~~a wound or a scratch",
      "World Health Organization"),
    A("Data from Dog Meat Free Indonesia", "suggests", "13,700 dogs are slaughtered every month in Solo", "Dog Meat Free Indonesia",
      cls="evidence"),
    A("the organization", "according to", "Most of the dogs are transported from West Java~~rabies-free region", "Dog Meat Free Indonesia"),
    A("The group", "said", "Central Java Province, where Solo is located~~high consumption of dog meat", "Dog Meat Free Indonesia"),
    A("Pranowo", "urged", "owners of food stalls and restaurants~~remain in the food business", "Ganjar Pranowo"),
    A("Solo Mayor Hadi Rudyatmo", "said", "the plentiful supply of dog meat contributed to proliferation of dog meat dining options in Solo",
      "Hadi Rudyatmo"),
    A("the mayor", "said", ("By prohibiting the sales of dog meat, will it end? No",
                            "Even before I was born, the dog meat sellers have been in the business."), "Hadi Rudyatmo"),
    A("Solo’s mayor", "cautioned", "the proposed ban should not add any financial burden to the city government", "Hadi Rudyatmo"),
    A("he", "added", ("We will do it slowly", "We will talk them into the possibility~~in their cooking."), "Hadi Rudyatmo"),
]

# Japan's new prime minister and a nuclear consulting body (2024)
ANN["voa:7810159"] = [
    A("James Schoff", "said", "The U.S.-ROK [Republic of Korea, or South Korea] approach~~keep increasing", "James Schoff"),
    A("Schoff", "said", "It's not about nuclear sharing~~if it becomes necessary", "James Schoff", s_at="necessary,\" Schoff said"),
    A("He", "said", "creating such a body would demonstrate resolve~~nuclear use in the first place", "James Schoff"),
    A("analysts", "say", "A U.S.-Japan nuclear consultative body would focus on nuclear threats~~in addition to North Korea", "analysts",
      s_at="North Korea, analysts say"),
    A("Tokyo and Washington", "shared concerns over", "China's \"rapid expansion of its nuclear weapons arsenal", None, cls="belief",
      note="two governments together: no single name"),
    A("Ryo Hinata-Yamaguchi", "said", "Ishiba is likely to continue the strategies~~try to be bolder", "Ryo Hinata-Yamaguchi"),
    A("analysts", "say", "tends to view foreign relations through a security framework", "analysts", tier="extra",
      note="nested in a relative clause: 'who analysts say'"),
    A("Ken Weinstein", "said", "Prime Minister Ishiba has spoken openly about the serious security challenges China poses to Japan",
      "Ken Weinstein"),
    A("Weinstein", "continued", ("These challenges lie behind his desire~~likely to be policy",
                                 "Instead, we are likely to see a change in tone~~Kishida government."), "Ken Weinstein"),
    A("he", "advocating for", "an Asian version of NATO that would consider sharing U.S. nuclear weapons~~in the region", "Shigeru Ishiba"),
    A("He", "said", "if nuclear threats by China and North Korea escalate in the region, \"the U.S. extended deterrence~~no longer function.",
      "Shigeru Ishiba"),
    A("South Korea", "call for", "its own nuclear weapons", "South Korea", tier="extra", at="call for its own nuclear"),
    A("Yoon Suk Yeol", "said", "South Korea may have to consider developing its own nuclear weapons~~in South Korea", "Yoon Suk Yeol"),
    A("Yoon", "retracted", "his statement", "Yoon Suk Yeol", tier="extra"),
    A("Yoon", "saying", "South Korea will instead focus on enhancing deterrence~~North Korea's nuclear threat", "Yoon Suk Yeol",
      s_at="Yoon later retracted"),
    A("Daniel Sneider", "said", "Ishiba's call for a collective security arrangement~~with the U.S.", "Daniel Sneider"),
    A("Ishiba", "sees", "“the need to protect Taiwan from Chinese attempts to forcefully reunify” the self-governed island",
      "Shigeru Ishiba", cls="belief", note="Ishiba's view as Sneider reports it"),
    A("Sneider", "said", "He also wants Japan “to be prepared for any eventualities~~presidential election in November", "Daniel Sneider"),
    A("Ishiba", "told", "enhanced deterrence was necessary to resist China's aggression in the Taiwan Strait", "Shigeru Ishiba",
      s_at="Ishiba, as a member"),
    A("The Sasakawa Peace Foundation's Schoff", "said", "Ishiba probably knows that a true Asian NATO is not feasible~~if they keep it up.",
      "James Schoff"),
    A("Japan", "accused", "a Chinese spy plane of violating its airspace for the first time in August", "Japan"),
    A("Matthew Brummer", "said", "instead of calling for an Asian NATO, Japan will likely increase cooperation~~technology sharing and production",
      "Matthew Brummer"),
]

# ---------------------------------------------------------------------------------------------
# China News
# ---------------------------------------------------------------------------------------------

# Foreign bloggers and Chinese propaganda (2025)
ANN["voa:8009973"] = [
    A("Mareike Ohlberg", "said", "It is a long-standing tradition of the Chinese Communist Party~~for added credibility", "Mareike Ohlberg"),
    A("Ohlberg", "said", "Foreign influencers cooperate with the Chinese government~~supports government narratives", "Mareike Ohlberg"),
    A("The U.N. Human Rights Office and groups like Amnesty International", "estimate",
      "more than 1 million people – mostly Uyghurs – have been confined in internment camps in Xinjiang", None, cls="evidence",
      note="two speakers together (a U.N. office and Amnesty International): no single name"),
    A("He", "claimed", "the images were taken by his grandfather", "Marcus Detrez"),
    A("He", "said", "he wanted to donate them to China", "Marcus Detrez", s_at="He claimed the images"),
    A("state media outlets", "profiled", "him as a hero", "state media outlets", tier="extra"),
    A("historians", "exposed", "Detrez as a fraud", "historians", tier="extra"),
    A("the Australian Strategic Policy Institute", "wrote", "in China, Fulafu has “become a household name~~affection for China",
      "Australian Strategic Policy Institute"),
    A("the Australian Strategic Policy Institute", "identifying", "him as a Chinese government propagandist",
      "Australian Strategic Policy Institute"),
    A("CMGM, an outlet covering China news,", "reported", "he received advertisement contracts within 15 days~~Pinduoduo and Tmall",
      "CMGM"),
    A("the report", "according to", "The companies paid about $11,000 for each ad~~for January 2021 alone", "CMGM",
      note="a report as speaker: the outlet behind it"),
    A("Ohlberg", "said", "Like Fulafu, dozens of foreigners grew to stardom on the Chinese internet during the last decade",
      "Mareike Ohlberg"),
    A("He", "claiming", "the U.S. military brought the coronavirus to China", "Gerald Kowal"),
    A("The China Newsweek magazine", "profiled", "Kowal in May 2020 as “one of the most influential internet celebrities",
      "China Newsweek", tier="extra"),
    A("The China Newsweek magazine", "calling", "him a “war correspondent” for his videos from pandemic-stricken New York",
      "China Newsweek"),
    A("Chinese democracy activists in exile", "have accused", "YChina of supporting Chinese government propaganda about Xinjiang and Hong Kong",
      "Chinese democracy activists in exile"),
    A("influencers from all over the world", "praising", "their “cleanest streets in the world\" and \"efficient garbage disposal system.",
      "influencers", tier="extra", note="shown praising in Xinhua's video series"),
    A("the German Marshall Fund’s Ohlberg", "said", "The government exploits the idea that unless “you come and see, you have no right to judge",
      "Mareike Ohlberg"),
    A("Ohlberg", "added", ("The core of this idea is “very hypocritical", "because “the Communist Party allows~~on a field trip."),
      "Mareike Ohlberg", s_at="Ohlberg added"),
]

# ---------------------------------------------------------------------------------------------
# Americas
# ---------------------------------------------------------------------------------------------

# US clears out migrants from Guantanamo Bay (2025)
ANN["voa:8008349"] = [
    A("Two U.S. defense officials", "told", "40 detainees, including 23 “high-threat illegal aliens”~~flown to Louisiana on Tuesday",
      "U.S. defense officials"),
    A("The officials", "said", "the detainees were flown aboard a nonmilitary aircraft~~Immigration and Customs Enforcement",
      "U.S. defense officials"),
    A("an ICE spokesperson", "declined", "comment “due to pending litigation.", "Immigration and Customs Enforcement", tier="extra"),
    A("Kristi Noem", "said", "many of the “high-threat illegal aliens” sent to Guantanamo~~drug crimes", "Kristi Noem"),
    A("The Trump administration", "announced", "plans to use the U.S. naval base at Guantanamo Bay to hold migrants slated for deportation",
      "Trump administration"),
    A("Noem", "told", "the facilities would be used to house “the worst of the worst.", "Kristi Noem"),
    A("Pete Hegseth", "called", "the detention center at Guantanamo Bay “the prefect place” to hold criminals slated for removal",
      "Pete Hegseth"),
    A("Pete Hegseth", "said", "the base’s migrant operations center~~nonviolent migrants awaiting deportation", "Pete Hegseth"),
    A("One suit, filed earlier this month,", "alleging", "the moves violate U.S. law", "immigration rights groups",
      note="a lawsuit as speaker: the plaintiffs, named in the article only as the group"),
    A("An earlier lawsuit filed in February", "alleged", "the U.S. government had prevented family members and lawyers from contacting the detainees",
      "immigration rights groups"),
    A("DHS", "has dismissed", "the allegations in the lawsuits", "Department of Homeland Security", tier="extra"),
    A("a DHS spokesperson", "told", ("The American Civil Liberties Union appears far more interested~~consider changing their name",
                                     "In the meantime, we will continue working~~baseless legal challenges."),
      "Department of Homeland Security", note="an unnamed spokesperson: the organisation"),
]

# Trump keeps tariffs over fentanyl, aides say (2025)
ANN["voa:8004380"] = [
    A("top White House economic officials", "said", "U.S. President Donald Trump is keeping new tariffs in place~~into the United States",
      "White House economic officials"),
    A("Howard Lutnick", "told", "If fentanyl ends, I think these [tariffs] will come off", "Howard Lutnick"),
    A("he", "said", ("But if fentanyl does not end~~until he is comfortable", "This is black and white. You got to save American lives."),
      "Howard Lutnick"),
    A("Lutnick", "said", "25% U.S. tariffs on steel and aluminum imports will take effect Wednesday as scheduled", "Howard Lutnick"),
    A("The Commerce chief", "rebuffed", "fears that Trump's global tariffs would cause a recession in the United States", "Howard Lutnick",
      tier="extra"),
    A("he", "said", ("Absolutely not", "There's going to be no recession in America."), "Howard Lutnick"),
    A("Lutnick", "acknowledged", "the tariffs would lead to higher prices for U.S. consumers on foreign-made goods", "Howard Lutnick"),
    A("Lutnick", "said", "Some products that are made foreign might be more expensive~~that's the point", "Howard Lutnick",
      s_at="Lutnick said. It was"),
    A("Trump", "said", "There is a period of transition because what we're doing is very big.", "Donald Trump", s_at="Trump, in a taped"),
    A("he", "said", ("There could be a little disruption", "Look, what I have to do is build a strong country.~~can't go by that."),
      "Donald Trump"),
    A("Trump", "said", "his new tariffs are aimed at raising government revenue~~to curb the flow of fentanyl", "Donald Trump",
      s_at="Trump has at various times"),
    A("Kevin Hassett", "emphasized", "the fentanyl issue", "Kevin Hassett", tier="extra", at="emphasized the fentanyl issue"),
    A("He", "said", "Trump’s tariffs targeting Canada and Mexico~~in recent years", "Kevin Hassett"),
    A("he", "said", ("We launched a drug war, not a trade war", "We hope we’ll round up the cartels"), "Kevin Hassett"),
    A("he", "said", ("It is a big problem", "Get the drug cartels out of Canada and Mexico."), "Kevin Hassett"),
    A("Both Mexican President Claudia Sheinbaum and outgoing Canadian Prime Minister Justin Trudeau", "told",
      "they have made strides in curbing the flow of fentanyl into the U.S.", None,
      note="two named speakers together: no single name"),
    A("Hassett", "said", "Trump’s economic concerns remain as important", "Kevin Hassett"),
    A("Hassett", "said", ("He’s trying to make it so when we produce something, we produce it at home",
                          "Bring the jobs home, bring the wealth home.~~produce the jobs here."), "Kevin Hassett",
      s_at="Hassett said. “Bring"),
]

# ---------------------------------------------------------------------------------------------
# Iran, Immigration, Press Freedom
# ---------------------------------------------------------------------------------------------

# Gunman tells New York court he tried to kill Masih Alinejad (2025)
ANN["voa:8008126"] = [
    A("A self-described member of a Russian organized crime group", "told",
      "he tried to kill the Iranian American journalist and VOA host Masih Alinejad in New York in 2022", "Khalid Mehdiyev",
      note="description resolved to the person named in the next sentence"),
    A("Khalid Mehdiyev", "told", "he was arrested in July 2022 in his car in Brooklyn~~a ski mask", "Khalid Mehdiyev"),
    A("prosecutors", "according to", "The Islamic Revolutionary Guard Corps of Iran was allegedly behind the plot", "prosecutors"),
    A("Amirov and Omarov", "have pleaded", "not guilty", None, tier="extra", note="two named speakers together: no single name"),
    A("Media advocates", "say", "the case highlights how far the Iranian government will go to silence its critics", "media advocates"),
    A("Prosecutors", "say", "Amirov, 45, and Omarov, 40, hired Mehdiyev to kill Alinejad", "prosecutors"),
    A("Jacob Gutwillig", "said", "Tehran offered to pay Amirov and Omarov $500,000 to plan Alinejad’s murder", "Jacob Gutwillig"),
    A("Gutwillig", "said", ("The defendants were hired guns for the government of Iran",
                            "Masih Alinejad was almost gunned down~~sent by the defendants."), "Jacob Gutwillig",
      s_at="Iran,” Gutwillig said"),
    A("Mehdiyev", "said", "he observed Alinejad during a seven-day stakeout outside her home", "Khalid Mehdiyev"),
    A("he", "said", "He tracked when she watered her flowers and where and when she bought coffee", "Khalid Mehdiyev"),
    A("Mehdiyev", "told", "I was there to try to kill the journalist. I know her as Masih", "Khalid Mehdiyev"),
    A("Mehdiyev", "said", "he is cooperating with prosecutors after pleading guilty~~possession of a firearm", "Khalid Mehdiyev"),
    A("Prosecutors", "told", "they would present “substantial electronic communications”~~accounts and devices", "prosecutors"),
    A("Michael Martin", "said", "the evidence was circumstantial", "Michael Martin"),
    A("Michael Perkins", "said", "the evidence would not show that his client planned to kill Alinejad", "Michael Perkins"),
    A("Alinejad", "told", "she could not comment while the trial is ongoing", "Masih Alinejad"),
    A("Alinejad", "said", "while Mehdiyev was testifying, she was “overwhelmed with mixed emotions.", "Masih Alinejad"),
    A("Alinejad", "wrote", "As a witness, I’m not allowed in the courtroom~~in front of my home", "Masih Alinejad"),
    A("Gutwillig", "said", "Alinejad is scheduled to testify later in the trial", "Jacob Gutwillig"),
    A("he", "told", "Masih Alinejad inspires others in Iran~~from Ms. Alinejad herself", "Jacob Gutwillig"),
    A("court documents", "according to", "In 2018, Iranian officials allegedly offered to pay~~bringing her to Iran for imprisonment", None,
      note="documents whose author the article does not give: no name"),
    A("An indictment", "described", "a plan to bring her from New York to Venezuela", None, tier="extra",
      note="a document whose author the article does not give: no name"),
    A("Tehran", "has previously called", "the abduction allegations “baseless.", "Iran"),
    A("rights groups", "according to", "Iran ranks among the worst countries in the world in terms of press freedom", "rights groups"),
]

# Homeland Security and rights groups in court over Guantanamo (2025)
ANN["voa:8010057"] = [
    A("The suits", "allege", "the U.S. government has overstepped its bounds~~in violation of the U.S. Constitution",
      "civil and immigration rights groups", note="lawsuits as speaker: the groups that filed them"),
    A("they", "have repeatedly denied", "the allegations", "Department of Homeland Security officials", tier="extra",
      at="denied the allegations"),
    A("they", "criticizing", "the groups bringing the lawsuits", "Department of Homeland Security officials", tier="extra"),
    A("a DHS spokesperson", "told", "The American Civil Liberties Union appears far more interested~~civil liberties of Americans",
      "Department of Homeland Security", note="an unnamed spokesperson: the organisation"),
    A("the spokesperson", "added", "They should consider changing their name", "Department of Homeland Security"),
    A("the spokesperson", "describing", "the legal challenges as \"baseless.", "Department of Homeland Security", tier="extra"),
    A("President Donald Trump", "raised the idea of", "using the U.S. naval base in Cuba~~mass deportations", "Donald Trump"),
    A("Homeland Security's Noem", "said", "the base, which features a secure prison to hold captured terrorists~~“the worst of the worst.",
      "Kristi Noem"),
    A("Trump and other U.S. officials", "suggested", "the base could be used to hold up to 30,000 migrants while they awaited deportation",
      None, note="a named person and a group together: no single name"),
    A("officials", "described", "high threat illegal aliens", "officials", tier="extra", note="nested label: 'what officials described as'"),
    A("a U.S. defense official, who spoke to VOA on the condition of anonymity,", "According to",
      "the prison as currently configured can hold only 130 detainees~~at most, 550 people", None,
      note="an anonymous official whose organisation the article does not name: no name"),
    A("VOA", "reported", "DHS officials decided to remove all 40 remaining migrants~~state of Louisiana", "Voice of America",
      tier="extra"),
    A("the International Refugee Assistance Project's Pedro Sepulveda", "said",
      "The arbitrary and secret shuttling of people~~waste of public resources", "Pedro Sepulveda"),
    A("Sepulveda", "added", ("No one should be detained at Guantanamo", "The Trump administration must stop~~once and for all."),
      "Pedro Sepulveda"),
]

# Cambodian journalist Mech Dara released on bail (2024)
ANN["voa:7836916"] = [
    A("Mech Dara", "thanked", "his supporters", "Mech Dara", tier="extra"),
    A("he", "said", ("I am delighted [to be out], but my health is weak",
                     "I would like to thank everyone who supports me.~~help me [get] released."), "Mech Dara"),
    A("A Phnom Penh court", "alleged", "the journalist had posted “provocative\" and \"false\" messages~~a religious site",
      "Phnom Penh court"),
    A("the minister", "said", "the journalist had written", None, tier="extra",
      note="nested: 'a letter the minister said the journalist had written'; the information minister is not named"),
    A("Duch Piseth", "told", "Mech Dara has been released on bail, but the charge has not been dropped", "Duch Piseth"),
    A("Duch Piseth", "said", "I hope his charge will be dropped~~in accordance with his wish", "Duch Piseth",
      s_at="said Duch Piseth"),
    A("He", "added", "the journalist is not allowed to leave the country and is required to report to police every month", "Duch Piseth"),
    A("Reporters Without Borders", "welcomed", "the release", "Reporters Without Borders", tier="extra", at="welcomed the release"),
    A("Reporters Without Borders", "reiterated", "its call to the authorities to immediately drop all charges against him.",
      "Reporters Without Borders"),
    A("Independent Cambodian media association CamboJA", "said",
      "Mech Dara was released after apologizing to Senate head Hun Sen and Prime Minister Hun Manet", "CamboJA"),
    A("Nop Vy", "told", "the release on bail was a “good sign.", "Nop Vy"),
    A("He", "called for", "the charge to be dropped so that Mech Dara “has full freedom to continue working as a journalist.", "Nop Vy"),
    A("the rights group", "said", "[Mech] Dara’s work includes investigations~~within these compounds",
      "Cambodian League for the Promotion and Defense of Human Rights"),
    A("the rights group", "noting", "the journalist had worked for national and international media~~Voice of Democracy",
      "Cambodian League for the Promotion and Defense of Human Rights"),
]

# ---------------------------------------------------------------------------------------------
# Ukraine, Middle East (2)
# ---------------------------------------------------------------------------------------------

# Rubio in Saudi Arabia for US-Ukraine talks (2025)
ANN["voa:8005899"] = [
    A("Marco Rubio", "said", "the United States hopes to resolve the pause in aid to Ukraine~~Jeddah, Saudi Arabia", "Marco Rubio"),
    A("Rubio", "said", "the U.S. is in a listening mode and aims to understand what concessions Ukraine might be willing to make",
      "Marco Rubio"),
    A("Rubio", "told", "The Ukrainians are already receiving all defensive intelligence information~~will be key to that",
      "Marco Rubio"),
    A("Rubio", "said", "We're not going to be sitting in a room drawing lines~~for them [Ukrainians]", "Marco Rubio"),
    A("Rubio", "adding", "there is no military solution to the war, and that both Russia and Ukraine need to “do difficult things.",
      "Marco Rubio", s_at="Rubio said, adding"),
    A("Zelenskyy", "wrote", "Strong positions on the front line~~just and lasting peace", "Volodymyr Zelenskyy",
      s_at="Zelenskyy wrote"),
    A("Trump", "has voiced interest in", "making continued military aid conditional on access to Ukraine's raw materials",
      "Donald Trump"),
    A("Rubio", "clarified", "securing a deal on Ukraine's mineral resources was not the primary focus of Tuesday’s talks", "Marco Rubio"),
    A("he", "told", "There's still more details to work out~~a little bit more time", "Marco Rubio"),
    A("Rubio", "added", "I wouldn't prejudge tomorrow~~not the main topic on the agenda", "Marco Rubio"),
    A("Rubio", "credited", "Britain and France for playing a constructive role in talks with Ukraine", "Marco Rubio"),
    A("He", "told", "there have been no discussions about China playing a role~~reconstruction in Ukraine", "Marco Rubio"),
]

# Second Iranian ship suspected of carrying missile ingredient (2025)
ANN["voa:8010476"] = [
    A("an exclusive VOA analysis", "has found", "A second Iranian ship that Western news reports have named~~a major cargo load",
      "Voice of America", cls="evidence"),
    A("Western news reports", "have named", "as part of a scheme to import a missile propellant ingredient from China", None,
      tier="extra", note="nested in a relative clause; reports of several outlets: no single name"),
    A("Ship-tracking websites", "show", "the Iranian-flagged cargo ship Jairan departed China on Monday", "ship-tracking websites",
      cls="evidence"),
    A("unnamed Western intelligence sources", "saying", "the purported shipment could be transformed~~260 midrange Iranian missiles",
      "Western intelligence sources", note="as cited by The Financial Times, The Wall Street Journal and CNN"),
    A("ship-tracking website MarineTraffic", "according to", "it made a two-day stop at southern China's Zhuhai Gaolan port and delivered an unknown cargo to Iran",
      "MarineTraffic", cls="evidence"),
    A("the State Department", "has called", "the preferred shipping line for Iranian proliferators and procurement agents",
      "U.S. State Department", tier="extra", note="nested label: 'what the State Department has called'"),
    A("VOA and Dubai-based intelligence analyst Martin Kelly of EOS Risk Group", "determined",
      "the Jairan reported no significant draught change~~into early March", None, cls="evidence",
      note="two speakers together: no single name"),
    A("Kelly", "told", "The Iranian ship also reported a significant draught change~~a major cargo at the port", "Martin Kelly"),
    A("the State Department", "told", "it was aware of the January news reports~~sodium perchlorate from China", "U.S. State Department",
      s_at="Last month, the State Department"),
    A("A spokesperson", "said", "the State Department does not comment on intelligence matters but “remains focused~~through sanctions.",
      "U.S. State Department", note="an unnamed spokesperson: the organisation"),
    A("Mao Ning", "asserting", "China abides by its own export controls and international obligations~~illegal unilateral sanctions",
      "Mao Ning"),
    A("a review by VOA’s Mandarin Service", "according to", "In the past month, Chinese state media have made no reference~~about the Iranian ship",
      "VOA Mandarin Service", cls="evidence"),
    A("security officials in two Western countries", "saying", "the Jairan would depart China in early February",
      "security officials in two Western countries", note="as cited by The Financial Times"),
    A("Gregory Brew", "said", "Iran may have wanted to see if the Golbon could complete its voyage~~to follow it", "Gregory Brew"),
    A("Brew", "said", "Ships carrying highly sensitive materials~~conscious of that", "Gregory Brew", s_at="Brew said. Eight"),
    A("Eight Republican U.S. senators led by Jim Risch and Pete Ricketts", "urging",
      "him to work with global partners of the U.S. \"to intercept and stop the shipments currently underway\" if the press reports proved accurate",
      "Republican U.S. senators"),
    A("a U.S. State Department press officer", "said", "We do not comment on Congressional correspondence.", "U.S. State Department",
      note="an unnamed press officer: the organisation"),
]

# Can the US pry Russia away from China? (Europe, 2025)
ANN["voa:8009771"] = [
    A("Western politicians", "have repeatedly called on", "China to limit or cease tacit support for Russia’s bloody war against Ukraine",
      "Western politicians"),
    A("China’s leadership", "insists", "it is committed to peace and respect for the territorial integrity of other nations",
      "China's leadership"),
    A("President Donald Trump", "has said", "he has good personal relations with both Russian President Vladimir Putin and Chinese President Xi Jinping",
      "Donald Trump"),
    A("experts in Washington", "consensus", "the China-Russia partnership poses a threat to U.S. interests~~punishing China over trade",
      "experts in Washington", cls="belief"),
    A("the White House", "talks about", "the possibility of restoring economic cooperation with Russia", "White House", tier="extra"),
    A("some of its officials", "are hinting at", "lifting or reducing the sanctions Washington has imposed on Moscow in recent years",
      "White House officials", note="'its officials': officials of the White House"),
    A("Charles Hecker", "says", "some Western companies will quickly return to Russia if sanctions are lifted~~metals and minerals",
      "Charles Hecker"),
    A("Hecker", "told", ("There’s only so much oil in Norway~~a very high-risk environment",
                         "And so, these kinds of companies~~they are high-risk environments."), "Charles Hecker"),
    A("Hecker", "cautions", "their return to doing business in Russia wouldn’t signal~~a fracturing of Sino-Russian relations",
      "Charles Hecker"),
    A("he", "said", ("I think it will be very difficult for the West to pull Russia away from China",
                     "Allowing Western companies back into Russia~~an alternative to the West."), "Charles Hecker",
      note="the second quote is not closed in the source text"),
    A("he", "added", ("Part of that alternative includes China", "You have never heard President Putin~~important energy partners."),
      "Charles Hecker"),
    A("a recently published assessment of popular attitudes expressed on Russian and Chinese social media networks", "According to",
      "Sino-Russian relations are “full of underlying tensions, mistrust, and diverging interests.", "FilterLabs",
      note="an assessment as speaker: FilterLabs, the firm named in the sentence before"),
    A("Vasily Gatov", "told", "its research found that “the Chinese and Russian populations are far from happy~~of their authorities.",
      "Vasily Gatov"),
    A("he", "said", ("China does not perceive Russia as a reliable, safe and equal partner",
                     "Russia annexed the Amur Region from China~~historical frictions as a vulnerability."), "Vasily Gatov"),
    A("Gatov", "noted", "despite the Kremlin’s expectations, China’s economic presence inside Russia~~before Russia invaded Ukraine",
      "Vasily Gatov"),
    A("he", "said", "They are very different~~very different political philosophies", "Vasily Gatov"),
    A("Other experts", "question", "the Filterlabs findings", "experts", tier="extra"),
    A("Other experts", "warning", "random Russian and Chinese opinions online are of limited value~~to influence policy", "experts"),
    A("Alexander Gabuev", "told", ("People who have the time and desire to comment~~how state policy is conducted",
                                   "And these people certainly do not have much influence~~what is actually happening."),
      "Alexander Gabuev"),
    A("Gabuev", "added", "the Chinese leadership has reasons to think~~in terms of military technology", "Alexander Gabuev"),
    A("Gabuev", "suggesting", "China is extremely interested in gaining Russian experience~~Russia's war in Ukraine", "Alexander Gabuev",
      s_at="Gabuev added"),
    A("some analysts", "say", ("One critical question about whether Washington’s improved ties with Russia will loosen the Sino-Russian pact",
                               "is how Trump perceives China"), "analysts"),
    A("Ali Wyne", "describes", "Trump as an anomaly for U.S. policy", "Ali Wyne"),
    A("he", "said", ("Widespread bipartisan agreement in Congress~~foremost strategic competitor",
                     "President Trump, in many ways, is the most prominent dissenter from this alleged China consensus."), "Ali Wyne"),
    A("Wyne", "said", ("He doesn’t view President Xi [Jinping] in adversarial terms",
                       "He actually calls President Xi a ‘dear friend’ of his.~~over the next four years."), "Ali Wyne"),
]

# Eyewitnesses of the Pakistan train attack (South & Central Asia, 2025)
ANN["voa:8009314"] = [
    A("Lt. Gen. Ahmed Sharif Chaudhry", "said", "all hostages were rescued", "Ahmed Sharif Chaudhry"),
    A("Two of the passengers", "described", "harrowing moments with the Baloch Liberation Army", None, tier="extra",
      note="the two passengers are Jamshed Ajmal and Allah Ditta: several named speakers, no single name"),
    A("Jamshed Ajmal", "said", "They shot and killed people on the train.~~We came outside and sat down", "Jamshed Ajmal"),
    A("he", "said", "The militants then asked passengers of Punjabi and Saraiki ethnicity to come forward", "Jamshed Ajmal"),
    A("Ajmal", "said", "Then they picked out police officers~~10 more people and shot them", "Jamshed Ajmal", s_at="Ajmal said. \"Whoever"),
    A("he", "said", ("Whoever didn’t leave the train, they killed them", "We planned to run away.~~came to our [armed] forces."),
      "Jamshed Ajmal"),
    A("Allah Ditta", "told", "he and several others ran for their lives after militants pulled them off the train", "Allah Ditta"),
    A("Ditta", "said", ("When we saw two people quietly escape~~left sitting", "Some soldiers also ran~~a frontier corps post."),
      "Allah Ditta"),
    A("earlier reports", "According to", "close to 200 passengers had been freed before the final push Wednesday evening", None,
      note="unattributed reports: no name"),
    A("Separatists belonging to the banned BLA", "claimed", "responsibility for the attack", "Baloch Liberation Army", tier="extra"),
    A("The military spokesperson", "said", "the army, air force, paramilitary frontier corps~~lasted almost 30 hours",
      "Ahmed Sharif Chaudhry"),
    A("Chaudhry", "said", "Since terrorists were holding passengers as human shields~~skill and caution", "Ahmed Sharif Chaudhry",
      s_at="caution,\" Chaudhry said"),
    A("Chaudhry", "adding", "snipers killed suicide bombers before forces advanced to clear the train’s nine cars",
      "Ahmed Sharif Chaudhry", s_at="caution,\" Chaudhry said"),
    A("The spokesperson", "said", "no passengers were killed during the operation", "Ahmed Sharif Chaudhry"),
    A("he", "said", "21 passengers died in the initial attack by the BLA", "Ahmed Sharif Chaudhry"),
    A("Chaudhry", "said", "Four frontier corps personnel were also killed, including one during the clearance operation",
      "Ahmed Sharif Chaudhry"),
    A("he", "said", "A bomb disposal squad searched the area for explosives~~were gathered up", "Ahmed Sharif Chaudhry"),
    A("Chaudhry", "said", "This incident of Jaffar Express changes the rules of the game", "Ahmed Sharif Chaudhry"),
    A("Chaudhry", "warning", "terrorists will not be spared", "Ahmed Sharif Chaudhry", s_at="game,\" Chaudhry said"),
    A("The BLA", "had warned", "it would execute security personnel among the hostages~~within 48 hours", "Baloch Liberation Army"),
    A("it", "called", "resistance workers", "Baloch Liberation Army", tier="extra", note="nested label: 'what it called'"),
    A("BLA", "has claimed", "responsibility for several deadly attacks~~the seat of power in Pakistan", "Baloch Liberation Army",
      tier="extra"),
    A("The separatist group", "accuses", "Pakistan of exploiting the rich natural resources of their impoverished province",
      "Baloch Liberation Army"),
    A("Both Pakistan and China", "reject", "claims that their joint ventures are depriving ethnic Baloch~~mineral wealth", None,
      note="two governments together: no single name"),
    A("the Global Terrorism Index 2025", "According to", "BLA is one of two militant groups driving a surge in violence~~most affected by terrorism",
      "Global Terrorism Index", cls="evidence"),
    A("the report", "According to", "the separatist militant group and its ideological allies launched 504 attacks in 2024, compared with 116 in 2023",
      "Global Terrorism Index", cls="evidence", note="'the report' is the Global Terrorism Index 2025"),
    A("Military spokesperson Chaundry", "claimed", "Tuesday's attacker were in touch with planners in Afghanistan", "Ahmed Sharif Chaudhry",
      note="misspelt 'Chaundry' in the article"),
    A("Islamabad", "has blamed", "several recent attacks on militants present on Afghan soil", "Pakistan"),
    A("Afghan Taliban", "deny", "providing sanctuary to anti-Pakistan fighters", "Afghan Taliban"),
]

# Cameroon poultry farmers urge Europe to ease restrictions (Africa, 2021)
ANN["voa:6205512"] = [
    A("Cameroon's poultry farmers and sellers", "are calling on", "authorities at home and in Europe to loosen trade restrictions~~the price of chicken",
      "Cameroon's poultry farmers and sellers"),
    A("33-year-old single mother Patricia Lamou", "says", "providing food and education for her four children is proving difficult",
      "Patricia Lamou"),
    A("Lamou", "says", "her business started to nosedive in March 2020 when Cameroon reported its first cases of COVID-19", "Patricia Lamou"),
    A("She", "says", "her supplier blamed COVID-19-related travel restrictions~~hatching eggs impossible", "Patricia Lamou"),
    A("François Djonou", "says", "European countries and Cameroon reduced commercial flights to stop the spread of the coronavirus",
      "François Djonou"),
    A("the European Commission", "reported", "multiple European countries had outbreaks of highly pathogenic avian influenza, also known as bird flu",
      "European Commission"),
    A("Cameroon's chicken sellers", "are pleading with", "authorities on both sides to drop the trade restrictions", "Cameroon's chicken sellers"),
    A("The poultry farmers group", "says", "the situation has forced more than a third of Central Africa's 45,000~~out of business",
      "Interprofessional Association of Poultry Farmers",
      note="'the poultry farmers group' is the association Djonou presides"),
    A("The group", "says", "regional production cannot keep up with demand", "Interprofessional Association of Poultry Farmers"),
    A("the group", "according to", "Central African states provide less than 20 million of the 150 million chickens~~Equatorial Guinea and Gabon",
      "Interprofessional Association of Poultry Farmers"),
    A("Denise Abanda", "says", "they are negotiating to import eggs and chicks from Brazil", "Denise Abanda"),
    A("Abanda", "said", ("The importation of chicks and eggs from Brazil~~day-old chicks",
                         "So, the decision of the ministry is to find another partner from Brazil to supply the local market."),
      "Denise Abanda"),
    A("Abanda", "says", "Brazil can provide the quantity of eggs and chicks that Cameroon needs", "Denise Abanda"),
]

# China and Malaysia disagree over the South China Sea (East Asia, 2019)
ANN["voa:6181504"] = [
    A("China", "claims", "about 90% of the sea", "China"),
    A("analysts", "say", "The government of Malaysian Prime Minister Mahathir Mohamad is reviewing~~resisting Chinese expansion now too",
      "analysts"),
    A("Stephen Nagy", "said", "They're looking at all this really hard-core pressure~~more development aid from China", "Stephen Nagy"),
    A("he", "said", "They're exerting the pressure at the right time~~rather than being an outlier", "Stephen Nagy"),
    A("he", "called on", "the Communist leadership to define its \"so-called ownership\" of the sea", "Mahathir Mohamad"),
    A("Oh Ei Sun", "said", "It's looking now at all the country's rights and obligations offshore", "Oh Ei Sun"),
    A("Oh", "said", "Malaysia has lost access at sea to Indonesia and Singapore by responding too late in the past", "Oh Ei Sun"),
    A("he", "said", ("I think this administration, after learning that kind of experience~~on the legal side",
                     "The Mahathir administration, I think~~in a more timely matter."), "Oh Ei Sun"),
    A("Alan Chong", "said", "The prime minister sees a chance to increase sway over China~~terms of development aid", "Alan Chong"),
    A("Malaysia", "hopes", "to get concessionary loans and use domestic labor for Chinese-funded projects", "Malaysia",
      cls="belief", tier="extra"),
    A("Chong", "said", "I think that Malaysians are trying to create leverage~~playing a shrewder game", "Alan Chong",
      s_at="Chong said. China"),
    A("Beijing", "cites", "historic records to back its claims", "China", tier="extra"),
    A("Beijing", "has rejected", "the arbitral ruling", "China", tier="extra"),
    A("Oh", "said", "It hopes to avoid a 2016 repeat involving Malaysia", "Oh Ei Sun", s_at="Oh said. \"The Commission"),
    A("Wu Haitao", "told", "The Commission on the Limits of the Continental Shelf should continue~~shall not be considered", "Wu Haitao"),
]

ORDER = list(ANN)


def main(argv=None):
    return g.build_gold(ANN, ORDER, DEFAULT_OUT, __doc__.split("\n")[0], argv)


if __name__ == "__main__":
    sys.exit(main())
