#!/usr/bin/env python3
"""Build tests/golden/voa_gold.jsonl: 15 Voice of America stories (public domain) annotated with
attributions (who said what), in the common gold format of shared/data/polnear/README.md.

Every annotation below is written as text, never as offsets:

    A(source, cue, content, speaker_name, ...)

- `content` is the text of what was said. Write `START~~END` for a long span (from the first
  occurrence of START to the first END after it). A tuple of strings is a quote split by "he said":
  each element is one piece (searched in order); the content span runs from the first piece's start
  to the last piece's end, and the pieces go to `extra.pieces`.
- `source` / `cue` are located as the whole-word occurrence nearest to the content that does not
  overlap a content piece (or the first one after `s_at` / `c_at`, a unique anchor string).
- `at`: a unique anchor string; the content is searched from that anchor's start on.
- Quote characters are matched loosely (" “ ” are the same, ' ‘ ’ are the same); the spans always
  carry the article's own characters.

`extra.quote_type` is computed from the text: `direct` when every piece is enclosed in quote marks,
`mixed` when the content contains quote marks but is not fully enclosed, else `indirect`;
`direct` = quote_type == "direct". `tier` is "core" or "extra" (see tests/golden/README.md).

The script asserts every span (text == article_text[start:end]) and writes the JSONL file.

Usage: python3 scripts/make_voa_gold.py [--src shared/data/voa/voa_all.jsonl] [--out tests/golden/voa_gold.jsonl] [--review]
"""
import argparse
import json
import os
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SRC = [os.path.join(ROOT, "shared/data/voa/voa_all.jsonl"), "/work/shared/data/voa/voa_all.jsonl"]
DEFAULT_OUT = os.path.join(ROOT, "tests/golden/voa_gold.jsonl")

OPEN_Q = "\"“‘'«"
CLOSE_Q = "\"”’'»"
QCHARS = "\"“”"
NORM = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


class A:
    def __init__(self, source, cue, content, name, cls="speech", tier="core", at=None, s_at=None, c_at=None,
                 qt=None, note=None):
        self.source, self.cue, self.content, self.name = source, cue, content, name
        self.cls, self.tier, self.at, self.s_at, self.c_at, self.qt, self.note = cls, tier, at, s_at, c_at, qt, note


def n(s):
    return s.translate(NORM)


def find_unique(nt, s, what):
    s = n(s)
    i = nt.find(s)
    assert i >= 0, f"{what}: not found: {s!r}"
    assert nt.find(s, i + 1) < 0, f"{what}: ambiguous (give at=): {s!r}"
    return i


def locate(nt, pat, frm, unique, what):
    """(start, end) of pat (maybe START~~END) in the normalised text, searching from `frm`."""
    if "~~" in pat:
        a, b = pat.split("~~")
    else:
        a, b = pat, None
    a = n(a)
    i = nt.find(a, frm)
    assert i >= 0, f"{what}: not found: {a!r}"
    if unique:
        assert nt.find(a, i + 1) < 0, f"{what}: ambiguous (give at=): {a!r}"
    if b is None:
        return i, i + len(a)
    b = n(b)
    j = nt.find(b, i + len(a))
    assert j >= 0, f"{what}: end not found: {b!r}"
    return i, j + len(b)


def word_occurrences(nt, s):
    s = n(s)
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", nt)]


def place(nt, s, pieces, anchor, what, near=None):
    if s is None:
        return None
    if anchor:
        base = find_unique(nt, anchor, what + " anchor")
        occ = [o for o in word_occurrences(nt, s) if o >= base]
        assert occ, f"{what}: not found after anchor: {s!r}"
        return occ[0], occ[0] + len(s)
    occ = word_occurrences(nt, s)
    occ = [o for o in occ if not any(o < pe and o + len(s) > ps for ps, pe in pieces)]
    assert occ, f"{what}: not found: {s!r}"
    if near:
        # a cue between the source and the content ("Chaudhry, the spokesman, said X"), nearest to the content
        a, b = min(near[0][0], pieces[0][0]), max(near[0][1], pieces[-1][1])
        inside = [o for o in occ if a <= o and o + len(s) <= b
                  and not (near[0][0] < o + len(s) and o < near[0][1])]
        if inside:
            occ = inside
        else:
            pieces = near
    lo, hi = pieces[0][0], pieces[-1][1]

    def dist(o):
        e = o + len(s)
        if e <= lo:
            return lo - e
        if o >= hi:
            return o - hi
        return 0  # between pieces: "…," he said, "…"
    best = min((dist(o), o) for o in occ)[1]
    return best, best + len(s)


def enclosed(t, s, e):
    """Is t[s:e] inside quote marks: an opening quote right before, a closing quote right after
    (allowing trailing punctuation inside the quote)?"""
    if s == 0 or t[s - 1] not in OPEN_Q:
        return False
    k = e
    while k < len(t) and t[k] in ",.;:!?":
        k += 1
    return k < len(t) and t[k] in CLOSE_Q


def span(t, s, e):
    return {"start": s, "end": e, "text": t[s:e]}


def build_doc(doc, anns):
    t = doc["text"]
    nt = n(t)
    assert len(nt) == len(t)
    out = []
    for k, a in enumerate(anns):
        what = f"{doc['id']}#{k} ({a.content if isinstance(a.content, str) else a.content[0]})"[:120]
        parts = a.content if isinstance(a.content, tuple) else (a.content,)
        frm = find_unique(nt, a.at, what + " at") if a.at else 0
        pieces = []
        for j, p in enumerate(parts):
            s, e = locate(nt, p, frm, unique=(j == 0 and not a.at), what=what)
            pieces.append((s, e))
            frm = e
        src = place(nt, a.source, pieces, a.s_at, what + " source")
        # the cue goes with the source mention where there is one ("said Chaudhry", "Chaudhry said")
        cue = place(nt, a.cue, pieces, a.c_at, what + " cue", near=[src] if src else None)
        body = "".join(t[s:e] for s, e in pieces)
        if a.qt:
            qt = a.qt
        elif all(enclosed(t, s, e) for s, e in pieces) and not any(c in QCHARS for c in body):
            qt = "direct"
        elif any(c in QCHARS for c in body) or any(enclosed(t, s, e) for s, e in pieces):
            qt = "mixed"
        else:
            qt = "indirect"
        rec = {
            "source": span(t, *src) if src else None,
            "cue": span(t, *cue) if cue else None,
            "content": span(t, pieces[0][0], pieces[-1][1]),
            "speaker_name": a.name,
            "direct": qt == "direct",
            "tier": a.tier,
            "extra": {"quote_type": qt, "cue_class": a.cls},
        }
        if len(pieces) > 1:
            rec["extra"]["pieces"] = [span(t, s, e) for s, e in pieces]
        if a.note:
            rec["extra"]["note"] = a.note
        # checks
        for key in ("source", "cue", "content"):
            sp = rec[key]
            if sp:
                assert sp["text"] == t[sp["start"]:sp["end"]], (what, key)
                assert sp["text"] == sp["text"].strip(), (what, key, "blank at an edge")
        for sp in rec["extra"].get("pieces", []):
            assert sp["text"] == t[sp["start"]:sp["end"]]
        assert a.cls in ("speech", "belief", "evidence") and a.tier in ("core", "extra")
        out.append(rec)
    out.sort(key=lambda r: r["content"]["start"])
    return out


def review(doc, recs):
    t = doc["text"]
    for r in recs:
        c = r["content"]
        lo = min([c["start"]] + [r[k]["start"] for k in ("source", "cue") if r[k]])
        hi = max([c["end"]] + [r[k]["end"] for k in ("source", "cue") if r[k]])
        marks = []
        for key, (o, cl) in (("source", ("[S:", "]")), ("cue", ("[C:", "]")), ("content", ("{", "}"))):
            if r[key]:
                marks.append((r[key]["start"], 1, o))
                marks.append((r[key]["end"], 0, cl))
        s = ""
        pos = lo
        for p, _, m in sorted(marks):
            s += t[pos:p] + m
            pos = p
        s += t[pos:hi]
        far = (hi - lo) - len(c["text"])
        flag = " !FAR" if far > 120 else ""
        print(f"  [{r['extra']['quote_type'][:3]} {r['extra']['cue_class'][:3]} {r['tier']}] {r['speaker_name']}{flag}\n    {s}")


# --------------------------------------------------------------------------------------------
# Annotations
# --------------------------------------------------------------------------------------------

ANN = {}

# Zimbabwe journalist (Africa, 2025)
ANN["voa:8008998"] = [
    A("Lawyers for the journalist", "requested", "he be bailed out", None),
    A("Justice Gibson Mandaza", "requested", "more time to examine the case", "Gibson Mandaza", tier="extra"),
    A("Chris Mhike", "told", "he was waiting for the High Court to announce when the case would resume", "Chris Mhike"),
    A("Mhike", "said", "it would be \"improper\" to go into the arguments because the case was active", "Chris Mhike"),
    A("Mhike", "said", "the judge \"indicated that it was necessary for him to consider the issues that are at stake.",
      "Chris Mhike", s_at="Mhike said it would be", c_at="active but said"),
    A("the judge", "indicated", "it was necessary for him to consider the issues that are at stake", "Gibson Mandaza",
      tier="extra", qt="mixed", note="nested inside Mhike's quote"),
    A("Mhike", "said", "the arrest of Mhlanga sent a chilling message", "Chris Mhike"),
    A("Geza", "said", "he would mobilize public protests to push President Emmerson Mnangagwa out of office", "Blessed Geza"),
    A("he", "called", "the president's failure to govern", "Blessed Geza", tier="extra"),
    A("the party", "described", "violating regulations in public comments about the president", "Zanu PF", tier="extra"),
    A("Mhike", "said", "he believed his client's arrest served as a warning to others to refrain from discussing political topics, such as whether Mnangagwa should seek a third term",
      "Chris Mhike"),
    A("Mhike", "told", "Mhlanga's arrest \"has had a chilling effect~~directly linked to their work", "Chris Mhike"),
    A("he", "added", "It is \"worrisome to many in the journalistic fraternity", "Chris Mhike"),
    A(None, None, "This has been the impact, and this has been my client's position~~as a journalist.", "Chris Mhike",
      note="quote continues Mhike's statement; no cue of its own"),
    A("Mhlanga", "denies", "the charges against him", "Blessed Mhlanga", tier="extra", at="denies the charges"),
    A("Mhike", "said", "his client's arrest also could be unconstitutional", "Chris Mhike"),
    A("Farai Marapira", "said", "he expected courts to preside fairly over the case", "Farai Marapira"),
    A("Marapira", "said", "I believe people should allow the court process~~deal fairly with this issue", "Farai Marapira"),
    A("Marapira", "said", "Mhlanga's arrest was not a reflection of the state of press freedom in the country", "Farai Marapira"),
    A("he", "said", "People write about Zanu PF every day~~some even write and insult Zanu PF", "Farai Marapira"),
    A("Marapira", "asked", "Who is dead?~~this is all overexcitement.", "Farai Marapira"),
    A("Reporters Without Borders", "said", "conditions for journalists have improved since the end of longtime leader Robert Mugabe's rule",
      "Reporters Without Borders"),
    A("it", "noted", "media have faced greater persecution since the 2023 election", "Reporters Without Borders"),
    A("media groups", "said", "In the past two years, journalists have been blocked or harassed while covering events and briefly detained and assaulted",
      None),
    A("international and local media rights organizations", "condemned", "Mhlanga's arrest", None, tier="extra",
      at="condemned Mhlanga's arrest"),
    A("international and local media rights organizations", "urged", "the Zimbabwean government to drop all charges against him", None),
]

# Bosnia constitutional crisis (Europe, 2025)
ANN["voa:8010418"] = [
    A("Dodik", "rejected", "the arrest warrant", "Milorad Dodik", tier="extra", at="the arrest warrant, telling"),
    A("Dodik", "telling", "it was politically motivated and that he would ask Russia~~Security Council", "Milorad Dodik",
      s_at="Dodik rejected"),
    A("Anto Nobilo", "said", "Dodik does not recognize either the Bosnian court~~does not need legal defense", "Anto Nobilo"),
    A("Nobilo", "said", ("I do not believe there will be Dodik's arrest", "Mr. Dodik will not cooperate~~resolved politically."),
      "Anto Nobilo"),
    A("Nenad Stevandic", "denounced", "the moves against the Serb-controlled autonomous republic as an attack on the constitutional order",
      "Nenad Stevandic"),
    A("he", "said", ("We are absolutely right", "However, to be right in Bosnia and Herzegovina means to be persecuted."),
      "Nenad Stevandic"),
    A("three members of the U.S. Senate — Chuck Grassley, Jeanne Shaheen and Jim Risch", "calling on",
      "Secretary of State Marco Rubio to prevent further deterioration in Bosnia", None,
      note="group of named senators: speaker_name left null, the source span names them"),
    A("they", "wrote", ("We are deeply concerned about the recent actions of Milorad Dodik~~within Bosnia and Herzegovina",
                        "For years, he has engaged~~territorial integrity of the country."), None,
      note="letter of Grassley, Shaheen, Risch and nine other members of Congress"),
    A("Rubio", "said", "the Trump administration did not want to see a partition of Bosnia", "Marco Rubio"),
    A("he", "said", ("The last thing the world needs is another crisis, and we've spoken out about that already",
                     "As far as what we maybe do next~~it cannot lead to another conflict."), "Marco Rubio"),
    A("Experts", "say", "the actions of Dodik and the Republika Srpska national assembly have precipitated Bosnia's most serious constitutional crisis since 1995",
      None),
    A("Milos Davidovic", "told", "First of all, it is a reflection of [Dodik's]~~on which the constitutional-legal order rests",
      "Milos Davidovic"),
    A("Ahmed Kico", "told", "the actions of Dodik and the Republika Srpska national assembly were among~~as a democratic state",
      "Ahmed Kico", at="told VOA the actions"),
]

# Trump spirits tariffs (Europe/US, 2025)
ANN["voa:8009495"] = [
    A("President Donald Trump", "threatened", "the European Union with 200% tariffs on wine, champagne and other spirits produced in the 27-nation bloc",
      "Donald Trump"),
    A("he", "said", "a nasty 50% tariff", "Donald Trump", tier="extra", note="nested: 'what he said was'"),
    A("Trump", "contended", "the EU is “one of the most hostile and abusive taxing and tariffing authorities in the World", "Donald Trump"),
    A("He", "said", "it was formed in 1993 “for the sole purpose of taking advantage of the United States” economically", "Donald Trump"),
    A("Trump", "said", "We've been ripped off for years~~aluminum or steel or cars.", "Donald Trump"),
    A("he", "says", "an effort to stanch the flow of drugs~~to create more American jobs", "Donald Trump", tier="extra",
      note="nested: 'in what he says is'"),
    A("the trade body", "said", "Canada also requested World Trade Organization dispute consultations~~steel and aluminum products from Canada",
      "World Trade Organization"),
    A("EU officials", "have said", "its tariffs, which are paid by importing companies~~liquor from Kentucky and Tennessee", None),
    A("Chris Swonger", "called", "the EU move to tax U.S.-produced spirits \"deeply disappointing~~in EU countries", "Chris Swonger"),
    A("Swonger", "said", "The U.S.-EU spirits sector is the model~~since 1997.", "Chris Swonger"),
    A("He", "urged", "the end to a tariff fight over spirits between the U.S. and Europe", "Chris Swonger"),
    A("He", "saying", "We want toasts not tariffs.", "Chris Swonger", s_at="He urged the end"),
    A("Scott Bessent", "told", "he was not worried", "Scott Bessent"),
    A("he", "said", ("We're focused on the real economy", "I'm not concerned~~next week."), "Scott Bessent"),
    A("He", "dismissed", "concerns about Trump’s threat to impose bigger tariffs on European spirits", "Scott Bessent", tier="extra"),
    A("he", "said", "One or two items with one trading bloc~~a big deal for the markets", "Scott Bessent"),
    A("Trump", "said", "if Europe follows through on its 50% tariff~~Champagne businesses in the U.S.", "Donald Trump",
      s_at="Trump said in his social media post"),
    A("Trump", "attacked", "The Wall Street Journal newspaper, the country’s leading business publication, for refusing to support his tariff plans",
      "Donald Trump"),
    A("A Journal editorial", "said", "most Americans understand that tariffs are a tax on consumers and businesses.", "The Wall Street Journal"),
    A("The U.S. leader", "said", "the newspaper “has no idea what they are doing or saying.~~polluted thinking of the European Union.",
      "Donald Trump"),
    A("He", "said", "the newspaper’s “thinking is antiquated and weak, and very bad for the USA.", "Donald Trump"),
]

# Albania, US sanctions on Berisha (Europe, 2021)
ANN["voa:6206085"] = [
    A("some analysts", "are questioning", "the wisdom of punishing a foreign politician for actions not directly affecting the United States",
      None, cls="belief", tier="extra"),
    A("Antony Blinken", "said", "Berisha \"was involved in corrupt acts\"~~interfering with public processes.", "Antony Blinken"),
    A("Blinken", "added", "Berisha had used power \"for his own benefit~~public officials.", "Antony Blinken"),
    A("Berisha", "rejected", "the allegations", "Sali Berisha", tier="extra", s_at="Berisha, who resigned"),
    A("he", "said", "There is no one in Albania or the world that can say that I am implicated in any corrupt affair", "Sali Berisha"),
    A("Berisha's opponents", "accused", "him of undermining democracy and allowing graft and organized crime to flourish", None),
    A("some", "have called on", "him to cut ties with Berisha", None),
    A("Some American analysts", "are questioning", "the decision to act against Berisha eight years after he left high office", None,
      cls="belief", tier="extra"),
    A("Janusz Bugajski", "said", ("The timing is not good", "I don't understand why a former political leader~~and so on and so forth"),
      "Janusz Bugajski"),
    A("Matthew Palmer", "said", "one should not \"read too much into the timing of this.", "Matthew Palmer"),
    A("he", "told", ("What I would do is, is underscore the seriousness~~public corruption",
                     "This is a demonstration of our commitment~~abuse the public trust."), "Matthew Palmer"),
    A("Thomas Countryman", "said", "the administration has used the authority~~\"in hundreds of cases.", "Thomas Countryman"),
    A("he", "said", "Certainly not just in southeast Europe~~from Africa", "Thomas Countryman"),
    A("Countryman", "sees", "the move as reflecting new foreign policy priorities for the United States under President Joe Biden",
      "Thomas Countryman", cls="belief"),
    A("he", "said", "I think the Biden administration has made clear~~in other cases", "Thomas Countryman"),
    A("He", "said", "the news did not surprise him", "Thomas Countryman"),
    A("Countryman", "said", "I don't think that the audience in Albania~~factual basis for the designation", "Thomas Countryman"),
    A("Bugajski", "worries", "Washington will be seen as taking sides in Albania's domestic politics", "Janusz Bugajski", cls="belief"),
    A("Bugajski", "asked", "Is this now going to include other political leaders?~~What about neighboring countries?", "Janusz Bugajski"),
    A("Countryman", "maintains", "the action against Berisha \"is not a partisan step\" by the United States", "Thomas Countryman"),
    A("he", "said", "It should be seen as a clear signal~~with the United States as well", "Thomas Countryman"),
    A("A 2020 report on human rights by the U.S. State Department", "said",
      "corruption in Albania is \"pervasive in all branches of government.", "U.S. State Department"),
    A("The latest Nations in Transit report issued last month by Freedom House", "ranks",
      "the country as a transitional or hybrid regime", "Freedom House", cls="evidence", tier="extra"),
]

# Somalia mandate extension (Africa, 2021)
ANN["voa:6204569"] = [
    A("Opposition lawmakers", "have spoken out against", "the action", None, tier="extra", at="spoken out against the action"),
    A("parliament’s lower house", "saying", "it had no other choice", "Somali parliament's lower house"),
    A("Opposition lawmakers, including those in the upper house", "have denounced", "the extension", None, tier="extra",
      at="denounced the extension"),
    A("Ilyas Ali Hassan", "urged", "the president to avoid decisions that threaten the country’s stability", "Ilyas Ali Hassan"),
    A("He", "urged", "Farmajo to return to talks on establishing an electoral system", "Ilyas Ali Hassan"),
    A("Hassan", "said", ("It is unconstitutional, both Farmajo~~last 20 years", "So we urged Farmajo~~17 September."),
      "Ilyas Ali Hassan"),
    A("the government", "placed blame on", "the leaders of Puntland and Jubaland", "Somali government", tier="extra"),
    A("Those leaders", "have said", "they will no longer recognize Farmajo as president", None),
    A("Civil society groups", "argue", "if the September 17 agreement cannot be implemented, other options could be explored", None),
    A("Wasuge", "is calling for", "the election of a new caretaker government within the next two years", "Mahad Wasuge"),
    A("Wasuge", "said", ("I believe political agreement is fundamental~~political stability",
                         "Somali Public Agenda has recently published proposals~~by political stakeholders."), "Mahad Wasuge"),
    A("Donors", "have voiced concern about", "the political crisis", None, tier="extra", at="voiced concern about the political crisis"),
    A("Antony Blinken", "saying", "the United States is “deeply disappointed” by the approval of the legislative bill", "Antony Blinken"),
    A("The statement", "threatened", "sanctions and visa restrictions", "Antony Blinken"),
    A("The European Union", "warned", "the Somali government’s actions would divide the country", "European Union"),
    A("Mudane", "says", "sanctions may be imminent", "Hassan Mudane"),
    A("Mudane", "said", ("I think the expected punitive measures~~dire consequence",
                         "The possible actions will include~~the fight against al-Shabab."), "Hassan Mudane"),
    A("The United Nations", "has also urged", "Somali leaders to agree to a way forward to resolve the electoral crisis", "United Nations"),
]

# Guatemala, Zamora (Americas, 2025)
ANN["voa:8010046"] = [
    A("the leader of his legal team", "called", "inhumane", "Caoilfhionn Gallagher", tier="extra", at="called “inhumane.”"),
    A("press freedom groups", "say", "politically motivated", None, tier="extra", at="groups say is politically motivated"),
    A("Caoilfhionn Gallagher", "told", "We’re very troubled~~rule of law in Guatemala", "Caoilfhionn Gallagher"),
    A("Gallagher", "added", "He obviously shouldn’t have spent a single day in prison.~~grossly unfair and inhumane",
      "Caoilfhionn Gallagher"),
    A("he", "called", "the ruling “arbitrary", "Jose Ruben Zamora"),
    A("the judge", "said", "he and his staff had been threatened by unnamed individuals", "Erick Garcia"),
    A("Zamora", "said", "They left him cornered with no way out", "Jose Ruben Zamora"),
    A("Zamora’s legal team", "has rejected", "all the accusations", None, tier="extra"),
    A("The United Nations Working Group on Arbitrary Detention", "determined", "Zamora’s detention is arbitrary",
      "United Nations Working Group on Arbitrary Detention", cls="evidence"),
    A("The United Nations Working Group on Arbitrary Detention", "called for", "his release",
      "United Nations Working Group on Arbitrary Detention", at="called for his release"),
    A("Artur Romeu", "called", "the decision to reimprison Zamora a “blatant case of judicial weaponization", "Artur Romeu"),
    A("Arevalo", "said", "This is an absolutely baseless case~~by the Public Ministry", "Bernardo Arevalo", s_at="Arevalo said Monday"),
    A("Gallagher", "characterized", "inhumane and degrading” and “a violation of international standards", "Caoilfhionn Gallagher",
      tier="extra"),
    A("Gallagher", "said", "Zamora’s health was better while under house arrest", "Caoilfhionn Gallagher"),
    A("Gallagher", "said", "Being returned to those conditions is horrifying and unacceptable", "Caoilfhionn Gallagher"),
    A("Nine press freedom and rights groups", "called for", "Zamora’s immediate release", None),
    A("they", "said", "We urge Guatemalan authorities~~undue interference and pressure", None,
      note="joint statement of nine press freedom and rights groups"),
    A("Gallagher", "according to", "Zamora’s case underscores a global trend~~drawn out over a long time", "Caoilfhionn Gallagher"),
    A("Gallagher", "said", ("What we’re seeing in Jose Ruben Zamora’s case~~for as long as possible", "That’s a real problem."),
      "Caoilfhionn Gallagher", s_at="as long as possible,”"),
]

# Syria temporary constitution (Middle East, 2025)
ANN["voa:8011117"] = [
    A("legal experts and political groups", "arguing", "its loopholes could deepen division and instability in the conflict-ridden country",
      None),
    A("Al-Sharaa", "said", "he hoped the document would mark “the beginning of a new history~~torture by mercy", "Ahmed al-Sharaa",
      s_at="Al-Sharaa — leader"),
    A("The Kurdish-led Autonomous Administration in north and east Syria", "reject", "the constitution",
      "Autonomous Administration of North and East Syria", tier="extra", at="reject the constitution"),
    A("The Kurdish-led Autonomous Administration in north and east Syria", "calling", "it exclusionary",
      "Autonomous Administration of North and East Syria"),
    A("it", "said", "The so-called constitutional declaration~~adopted by the Baath government",
      "Autonomous Administration of North and East Syria"),
    A("Legal experts", "argue", "the 53-article document fails to adequately reflect Syria’s realities, particularly its ethnic and religious diversity",
      None),
    A("Jian Badrakhan", "said", ("The draft speaks generally of Syrians~~other ethnic groups",
                                "However, Article 1 explicitly uses~~elsewhere in the document."), "Jian Badrakhan"),
    A("Badrakhan", "told", "the absence of any reference to the Kurds~~Syria’s multicultural identity.", "Jian Badrakhan"),
    A("Badrakhan", "said", ("This effectively denies recognition~~the Yazidis and Druze",
                            "Over time, this provision~~from formal recognition."), "Jian Badrakhan"),
    A("the CIA World Factbook", "According to", "Arabs constitute 50% of Syria’s nearly 24 million people, while Alawites, Kurds and Christians make up 35%",
      "CIA World Factbook", cls="evidence"),
    A(None, "concerns", "the temporary constitution grants vast powers to the interim president and promotes Islamist ideology",
      None, cls="belief", tier="extra"),
    A("Sarbast Nabi", "said", "The constitution says there is separation between government branches, but that is clearly false",
      "Sarbast Nabi"),
    A("he", "told", "Article 24 stipulates~~the executive and legislative branches", "Sarbast Nabi"),
    A("he", "adding", "the document “will not achieve stability in Syria.", "Sarbast Nabi", s_at="branches,” he told"),
    A("The constitution", "justifies", "the inclusion of the clause “to ensure fair representation and efficiency.", None,
      tier="extra", note="a document as source"),
    A("Anwar al-Bunni", "says", "while the constitutional declaration has some promising provisions~~there are significant concerns",
      "Anwar al-Bunni"),
    A("he", "said", "The declaration oversteps its role~~undermining the will of the Syrian people", "Anwar al-Bunni"),
    A("he", "told", ("Such matters", "should be decided through referendums"), "Anwar al-Bunni"),
    A("al-Bunni", "said", ("All ethnicities and religions in the country want constitutional guarantees",
                           "Since this is a temporary document~~points and issues."), "Anwar al-Bunni"),
    A("Geir Pedersen", "said", "he “hopes this [constitutional declaration]~~orderly inclusive transition.", "Geir Pedersen"),
    A("the U.S. and other Western nations", "have repeatedly called for",
      "an inclusive government in Syria that protects the country’s ethnic and religious groups", None),
]

# EU tariffs on Chinese EVs (Europe/China, 2024)
ANN["voa:7808748"] = [
    A("Germany", "fears", "could spark a trade war with Beijing", "Germany", cls="belief", tier="extra", at="Germany fears could"),
    A("Reuters", "reported", "the measure already has enough votes to pass~~39% of the EU", "Reuters"),
    A("analysts", "say", "continued negotiations will be needed on China's subsidies to its EV industry", None),
    A("Emmanuel Macron", "called", "Chinese subsidies \"unbearable", "Emmanuel Macron"),
    A("Olaf Scholz", "said", "talks with China must continue", "Olaf Scholz", at="said talks with China"),
    A("he", "indicated", "Germany might abstain from the vote", "Olaf Scholz"),
    A("Scholz", "said", "More trade with more partners~~in an uncertain world", "Olaf Scholz"),
    A("he", "said", "That's why negotiations with China on electric vehicles must continue~~for example steel", "Olaf Scholz"),
    A("Bloomberg", "reported", "Germany expected a significant number of EU states to abstain from voting on the tariffs", "Bloomberg"),
    A("German automakers", "fearing", "retaliation from Beijing could impact access to China, their largest market", None, cls="belief"),
    A("Christian Lindner", "said", "A trade war with China would do us more harm~~a crucial sector in Germany.", "Christian Lindner"),
    A("Beijing", "has hinted", "it could retaliate with tariffs on German and Italian vehicles~~dairy, pork and French brandy", "China"),
    A("the Chinese side", "proposed", "to set a minimum import price", "China", tier="extra"),
    A("Analysts", "believe", "the EU may make some compromises due to the complex interests within the EU", None, cls="belief"),
    A("Ja Ian Chong", "told", "Because the EU is made up of many national entities~~in the face of PRC (People's Republic of China) pressure.",
      "Ja Ian Chong"),
    A("Pedro Sánchez", "said", "he would urge the European Commission to reconsider raising tariffs on China's EVs", "Pedro Sánchez"),
    A("Francesco Sisci", "told", "the centrifugal forces of member states~~to make difficult decisions", "Francesco Sisci"),
    A("Sisci", "said", ("In the past, the EU \"was ruled by a solid majority~~Germany, France and Italy",
                        "Both these two architectures are now partially shattered."), "Francesco Sisci",
      note="the source text lacks the closing quote mark after 'Italy,'"),
    A("he", "said", ("The People's parties and Social-Democratic parties have still a majority but a thin one",
                     "Italy, with a right leaning government~~on many EU policies."), "Francesco Sisci"),
    A("he", "added", "Germany and France have governments at home that are under siege from new rightist parties", "Francesco Sisci"),
    A("Sisci", "told", "Germany's car industry \"is dependent on the sales~~no good or clear alternatives.", "Francesco Sisci"),
    A("Yang", "said", "because of Europe’s economic downturn~~all-electric vehicles", "Yang", at="Yang said that because"),
    A("Yang", "said", ("Many European consumers choose hybrid electric vehicles",
                       "This year's data report shows~~hybrid electric vehicles have increased."), "Yang"),
    A("He", "said", "tariffs will certainly affect the price~~life and endurance of the car", "Yang"),
    A("he", "said", "All-electric vehicles may not be a big market in Europe", "Yang"),
]

# Iraq, IS leader killed (Middle East, 2025)
ANN["voa:8011115"] = [
    A("U.S. and Iraqi officials", "describe", "a joint operation", None, tier="extra"),
    A("Mohammed Shia al-Sudani", "announcing", "the country's intelligence service \"successfully eliminated\"~~Muslih al-Rufay'i",
      "Mohammed Shia al-Sudani"),
    A("Sudani", "called", "the death a \"significant security achievement", "Mohammed Shia al-Sudani"),
    A("Iraqi special forces", "said", "al-Rufay’i was killed Thursday in an airstrike targeting his location in Iraq’s Anbar desert",
      "Iraqi special forces"),
    A("President Donald Trump", "confirmed", "al-Rufay’i’s killing", "Donald Trump", tier="extra"),
    A("Trump", "wrote", ("Today the fugitive leader of ISIS in Iraq was killed.~~our intrepid warfighters",
                         "His miserable life was terminated~~the Kurdish Regional Government."), "Donald Trump"),
    A("U.S. Central Command", "said", "al-Rufay’i was killed in a precision airstrike Thursday~~in which the IS emir escaped",
      "U.S. Central Command"),
    A("Central Command", "said", "al-Rufay’i and the second IS official had been wearing suicide vests~~multiple weapons",
      "U.S. Central Command"),
    A("Iraqi officials", "said", "the strike was the result of a two-year effort~~in the past six months", None),
    A("The officials", "said", "they arrested seven additional IS members, including two women, in a follow-up operation in Anbar", None),
    A("Iraqi officials", "said", "al-Rufay'i, also known as Abu Khadija~~the group's external operations", None),
    A("A recent United Nations report, based on intelligence from U.N. member states,", "said",
      "al-Rufay'i ran IS operations across Iraq, Syria, Turkey and other parts of the Middle East", "United Nations"),
    A("Other U.N. intelligence reports", "have identified",
      "al-Rufay'i as a member of IS' delegated committee, viewed as the terror group's most influential executive body",
      "United Nations", cls="evidence"),
    A("Various intelligence estimates", "put",
      "the number of IS fighters across Iraq and Syria at between 1,500 and 3,000, with the majority operating out of Syria", None,
      cls="evidence", tier="extra"),
    A("U.S. military officials", "warned", "a possible IS resurgence in the region", None),
    A("U.S. military officials", "saying", "the terror group was on a pace to more than double~~the previous year", None),
    A("intelligence shared by the U.N.", "indicated",
      "IS has been trying to take advantage of the fall of the Assad regime and resulting political turmoil", "United Nations",
      cls="evidence"),
    A("The U.N. report", "said", "IS \"maintained the ability to operate and replace field commanders.", "United Nations"),
    A("intelligence officials and experts", "consensus", "the terror group no longer sees the Middle East as its base for global operations",
      None, cls="belief"),
    A("Officials, including those from the U.S.", "have said", "there is growing confidence~~IS-Somalia", None),
]

# G7 foreign ministers, Ukraine (Americas/Europe, 2025)
ANN["voa:8010030"] = [
    A("host country Canada", "outlined", "its top agenda, focusing on achieving~~security and defense partnerships", "Canada",
      tier="extra"),
    A("Melanie Joly", "said", "Peace and stability is on the top of our agenda~~Russia's illegal aggression.", "Melanie Joly"),
    A("Joly", "emphasized", "the importance of addressing maritime security challenges, citing threats~~critical undersea infrastructure",
      "Melanie Joly"),
    A("Marco Rubio", "has said", "he hopes a ceasefire between Russia and Ukraine could take place within days if the Kremlin agrees",
      "Marco Rubio"),
    A("Ukraine", "said", "it is ready to accept a U.S. proposal for \"an immediate, interim 30-day ceasefire.", "Ukraine", s_at="where Ukraine said",
      at="it is ready to accept"),
    A("Volodymyr Zelenskyy", "wrote", "Ukraine is committed to moving quickly toward peace~~decent peace", "Volodymyr Zelenskyy"),
    A("He", "added", "Ukraine was ready for an air and sea ceasefire,\" and \"welcomed\" the U.S. proposal to extend it to land",
      "Volodymyr Zelenskyy"),
    A("Vladimir Putin", "said", "Russia supports the U.S. ceasefire proposal in principle, but key details still need to be worked out",
      "Vladimir Putin"),
    A("Kaja Kallas", "said", "Ceasefire, they can't be coming with conditions~~we need to be very firm", "Kaja Kallas"),
    A("Kallas", "said", "What we need to keep in mind~~so they would want to use it", "Kaja Kallas"),
    A("Kallas", "adding", "the European nations “are massively increasing” their “defense investments", "Kaja Kallas"),
    A("Rubio", "has underscored", "the need for monitors if a ceasefire is implemented", "Marco Rubio"),
    A("He", "told", "one of the things we'll have to determine~~that could happen.", "Marco Rubio"),
]

# Pakistan train hijacking (South Asia, 2025)
ANN["voa:8011076"] = [
    A("Pakistan officials", "confirmed", "31 people, including 23 security personnel, lost their lives~~Balochistan province", None),
    A("Ahmed Sharif Chaudhry", "said", "18 off-duty military and paramilitary Frontier Corps personnel~~in the initial attack",
      "Ahmed Sharif Chaudhry"),
    A("the Pakistan military", "said", "it killed 33 BLA terrorists", "Pakistan military"),
    A("Chaudhry", "said", "354 passengers were freed, 37 of whom were injured", "Ahmed Sharif Chaudhry"),
    A("Sarfraz Bugti", "said", "425 tickets were sold for the cross-country train", "Sarfraz Bugti"),
    A("Bugti", "said", ("passengers could board at any station along the roughly 1,600-kilometer route, which",
                        "largely explained the gap between the number of passengers and those rescued"), "Sarfraz Bugti"),
    A("the chief minister", "said", "Maybe some did not travel~~caught [by the terrorists]", "Sarfraz Bugti"),
    A("Pakistani officials", "accusing", "it of providing support to anti-Pakistan militants in Afghanistan", None),
    A("Randhir Jaiswal", "told", "We strongly reject the baseless allegations made by Pakistan", "Randhir Jaiswal"),
    A("Bugti and Chaudhry", "reiterated", "Tuesday’s attack was orchestrated by militants with bases in Afghanistan", None,
      note="two named speakers: speaker_name left null"),
    A("Pakistani officials", "acknowledged", "there was a security threat", None),
    A("Pakistani officials", "rejected", "questions that the brazen hijacking in the heavily militarized province was an intelligence failure",
      None, tier="extra", s_at="Pakistani officials acknowledged"),
    A("Chaudhry", "said", "There was a threat in the general area", "Ahmed Sharif Chaudhry"),
    A("Chaudhry", "adding", "it was not specifically about an attack on the train", "Ahmed Sharif Chaudhry", s_at="said Chaudhry"),
    A("he", "said", "There are thousands of intelligence success stories~~able to detect them", "Ahmed Sharif Chaudhry"),
    A("The military spokesperson", "said", "law enforcement agencies have conducted 11,654 intelligence-based operations across the country so far this year",
      "Ahmed Sharif Chaudhry"),
    A("he", "said", "Nearly 60,000 such operations were conducted nationwide last year", "Ahmed Sharif Chaudhry"),
    A("members of the ethnic Baloch minority", "say", "they face discrimination and exploitation by the government in Islamabad", None),
    A("Chaudhry", "said", "In the last 15 months, 1,250 terrorists~~563 security personnel", "Ahmed Sharif Chaudhry"),
]

# Jimmy Lai (East Asia, 2025)
ANN["voa:8009044"] = [
    A("He", "rejects", "the charges", "Jimmy Lai", tier="extra", at="rejects the charges"),
    A("the younger Lai", "said", "We were incredibly grateful~~a lot of hope", "Sebastien Lai"),
    A("Trump", "said", "he would \"100%\" be able to secure Lai’s release if he were reelected", "Donald Trump"),
    A("Trump", "said", "I’ll get him out.~~even talk about it", "Donald Trump"),
    A("a State Department spokesperson", "reaffirmed", "the United States calls for Lai’s immediate release", "U.S. State Department"),
    A("the spokesperson", "added", "Lai’s lengthy trial and unjust detention~~political discourse", "U.S. State Department"),
    A("Hong Kong authorities", "have rejected", "accusations that Lai’s trial is unfair", "Hong Kong authorities", tier="extra"),
    A("Hong Kong authorities", "maintain", "press freedom and the rule of law are intact", "Hong Kong authorities",
      s_at="Hong Kong authorities have rejected accusations"),
    A("Mark Clifford", "suggested", "the U.S. government should use sanctions against Hong Kong officials as a way to push for Lai’s release",
      "Mark Clifford"),
    A("Clifford", "suggested", "the United States could shutter the Hong Kong Economic and Trade Offices~~San Francisco", "Mark Clifford",
      s_at="Clifford, who previously"),
    A("Clifford", "said", "There’s a pretty good tool kit that the administration has", "Mark Clifford"),
    A("Mark Simon", "argued", "releasing Lai may be in Beijing’s interest", "Mark Simon"),
    A("Simon", "said", ("Your influence as a dissident~~his influence goes down", "If he dies in prison, then you don’t control anything."),
      "Mark Simon"),
    A("Jimmy Lai’s international legal team", "has expressed concern about",
      "the conditions in which the publisher is being held~~specialized medical care for diabetes", None),
    A("Hong Kong authorities", "have rejected", "those claims", "Hong Kong authorities", tier="extra"),
    A("Sebastien Lai", "said", "Everybody realizes that the clock is ticking~~for my father", "Sebastien Lai"),
    A("Sebastien Lai", "said", "his mind has stayed strong", "Sebastien Lai"),
    A("the younger Lai", "said", ("He’s still strong mentally, and he’s still fighting", "That’s something that should inspire all of us."),
      "Sebastien Lai"),
    A("Lai", "said", "Of course I disagree.~~Totally rubbish", "Jimmy Lai"),
    A("Caoilfhionn Gallagher", "according to", "Lai’s plight has received bipartisan support in Washington", "Caoilfhionn Gallagher"),
    A("She", "told", "she hopes the United States and the United Kingdom can coordinate~~secure Lai’s release", "Caoilfhionn Gallagher"),
    A("Gallagher", "said", ("We’re extremely worried for his health and well-being, and indeed, his life",
                            "It’s in no one’s interest for this brilliant man to die in prison."), "Caoilfhionn Gallagher"),
]

# Turkey and Egypt (Europe/Middle East, 2021)
ANN["voa:6203091"] = [
    A("analysts", "say", "is part of a broader strategic shift in the face of its growing isolation", None, at="analysts say is part"),
    A("Ibrahim Kalin", "said", "(A) new chapter can be opened; a new page can be turned\" in ties with Egypt as well as Gulf nations",
      "Ibrahim Kalin"),
    A("Mevlut Cavusolgu", "has confirmed", "diplomatic efforts are under way to repair ties", "Mevlut Cavusoglu"),
    A("Analysts", "suggest", "Erdogan is looking for a way to turn that policy back", None),
    A("Huseyin Bagci", "said", "It was a mistake to support Muslim Brothers.~~keep on with this policy", "Huseyin Bagci"),
    A("Bagci", "added", ("But how to get out of this wrong policy in public is Erdogan's problem",
                         "Turkey officially cannot say~~will not shake hands with Sisi."), "Huseyin Bagci"),
    A("Cem Gurdeniz", "said", ("Egypt is acting against Turkey~~like supporting Muslim brotherhood",
                               "When Turkey leaves the religious policy~~will be better."), "Cem Gurdeniz"),
    A("Hulusi Akar", "said", "Ankara was close to realigning with Cairo", "Hulusi Akar"),
    A(None, None, "We have many historical and cultural values in common with Egypt.~~developments in the coming days.", "Hulusi Akar",
      note="quote continues Akar's statement; no cue of its own"),
    A("Bagci", "said", "In Turkey, there is the public view~~That is not true", "Huseyin Bagci", s_at="That is not true,\" said Bagci"),
    A("Bagci", "said", "For tango, you need two~~to work with Turkey", "Huseyin Bagci", s_at="work with Turkey,\" Bagci"),
    A("Mesut Casin", "said", ("There have been some (Turkish and Egyptian) intelligence officers talking together",
                              "But we need real on-table diplomatic talks.~~full diplomatic relations by March."), "Mesut Casin"),
    A("Casin", "says", "Turkey's recent efforts to improve ties with Saudi Arabia~~Egyptian rapprochement efforts", "Mesut Casin"),
    A("a Turkish Presidential statement", "read", "Turkey, France can make significant contributions~~Mideast and Africa",
      "Turkish Presidency"),
    A("Erdogan", "suggesting", "Macron needed mental health treatment", "Recep Tayyip Erdogan"),
    A("analysts", "suggest", "Ankara could be learning the importance of diplomacy", None, at="Ankara could be learning"),
    A("Soli Ozel", "said", "I don't know how long you can rely on hard power, which is pretty expensive", "Soli Ozel"),
    A("Soli Ozel", "pointing out", "Turkey's involvement in military conflicts from Libya to Syria to Iraq", "Soli Ozel", tier="extra"),
]

# China maritime law (East Asia, 2021)
ANN["voa:6205546"] = [
    A("Analysts", "are raising concerns", "a Chinese update to its maritime traffic law~~fines against their operators", None,
      cls="belief"),
    A("Xinhua News Agency", "reported", "The standing committee of the National People's Congress voted April 29 to amend the Maritime Traffic Safety Law",
      "Xinhua News Agency"),
    A("The revised law", "says", "foreign vessels passing through waters under Chinese jurisdiction should obtain permission first",
      "Maritime Traffic Safety Law"),
    A("the law", "says", "China’s State Council and other government departments may take~~into “territorial waters",
      "Maritime Traffic Safety Law"),
    A("It", "cites", "traffic safety and environmental protection as reasons", "Maritime Traffic Safety Law", tier="extra"),
    A("Xinhua", "added", "Ship’s crews under the law are to do their part~~suspected of having an infectious disease",
      "Xinhua News Agency"),
    A("experts", "say", "Chinese officials probably intend to use the law selectively~~discourage them from getting near it", None),
    A("Carl Thayer", "said", "I just see this as a continuing part of China’s policy~~between them and the U.S.", "Carl Thayer"),
    A("Washington", "view", "the sea is open internationally", "United States", cls="belief", tier="extra"),
    A("analysts", "say", "the Southeast Asian states and Taiwan look to Washington for support as its superpower rival China expands its navy",
      None),
    A("Alexander Vuving", "said", "Chinese leaders see the revised law as part of a “salami slicing” strategy to assert South China Sea claims",
      "Alexander Vuving"),
    A("he", "forecast", "They will invoke the law “selectively” and in “some cases” against Southeast Asian vessels", "Alexander Vuving"),
    A("Thayer", "said", "Chinese authorities have boarded foreign boats before", "Carl Thayer"),
    A("Vuving", "said", "Increasingly China will use domestic laws~~within the South China Sea", "Alexander Vuving"),
    A("Andrew Yang", "said", "Revisions to the maritime safety law will add support~~with Japan and Taiwan", "Andrew Yang"),
    A("he", "said", ("Any effort to “support legitimacy” by stopping foreign-registered boats",
                     "will increase friction with the rival claimants"), "Andrew Yang"),
    A("Yang", "said", "I don’t think they are going to deliberately stop foreign ships~~[the] necessary measures", "Andrew Yang"),
]

# Kenya deputy president (Africa, 2024)
ANN["voa:7846440"] = [
    A("Gachagua's lawyers", "arguing against", "his ouster", None, tier="extra"),
    A("Judge Antony Mrima", "said", ("Public interest in this matter favors giving way to the constitution~~the will of the people",
                                     "We choose to abide by that calling~~should not remain vacant."), "Antony Mrima"),
    A("Gachagua's lawyers", "contesting", "the validity of their appointment and their own impartiality", None, tier="extra"),
    A("Gachagua", "denied", "all the charges", "Rigathi Gachagua", tier="extra"),
    A("some", "telling", "they agree with the removal of Gachagua", None),
    A("James Chege", "said", "The outgoing deputy president was too abrasive.~~He seemed divisive", "James Chege"),
    A("Edwin Mugalo", "said", "It wasn't good, especially when you are impeaching~~It was so untimely", "Edwin Mugalo"),
    A("Gachagua", "complained", "being left out", "Rigathi Gachagua"),
    A("Kenneth Ombongi", "said", "he was surprised the Ruto-Gachagua partnership lasted as long as it did", "Kenneth Ombongi"),
    A("Ombongi", "said", ("If I look at historical patterns~~as delicate as it is now",
                          "The two are of the same characteristics~~share the same corral."), "Kenneth Ombongi"),
]

ORDER = ["voa:6204569", "voa:8008998", "voa:7846440", "voa:8010418", "voa:6206085", "voa:8009495", "voa:7808748",
         "voa:6203091", "voa:8011117", "voa:8011115", "voa:8010046", "voa:8010030", "voa:8011076", "voa:8009044",
         "voa:6205546"]


def build_gold(ann, order, default_out, description, argv=None):
    """Read the VOA stories, build every annotated story's records in `order` and write the gold
    file (shared by the attribution and the speaker-name gold scripts)."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--src", default=next((p for p in DEFAULT_SRC if os.path.exists(p)), DEFAULT_SRC[0]))
    ap.add_argument("--out", default=default_out)
    ap.add_argument("--review", action="store_true", help="print every attribution with its markers")
    args = ap.parse_args(argv)
    docs = {}
    with open(args.src, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                docs[d["id"]] = d
    assert sorted(order) == sorted(ann), "ORDER and ANN disagree"
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    c = Counter()
    with open(args.out, "w", encoding="utf-8") as f:
        for did in order:
            d = docs[did]
            recs = build_doc(d, ann[did])
            if args.review:
                print(f"== {did} {d['title']}")
                review(d, recs)
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


def main(argv=None):
    return build_gold(ANN, ORDER, DEFAULT_OUT, __doc__.split("\n")[0], argv)


if __name__ == "__main__":
    sys.exit(main())
