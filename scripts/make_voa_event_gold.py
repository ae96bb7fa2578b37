#!/usr/bin/env python3
"""Build the VOA event gold (public domain, Voice of America) from hand annotations written as text.

Writes
  tests/golden/voa_events_gold.jsonl      article-level events (for `score.py docevents`)
  tests/golden/plover_sentences_voa.jsonl sentence-level events (for `score.py events`)
  tests/golden/plover_sentences_split.json the fixed tune/check split of both sentence sets
and, when /work/shared/data/polnear/train.jsonl is present,
  /work/shared-local/plover_sentences_polnear.jsonl (+ _split.json beside it): PolNeAR-derived
  sentences. PolNeAR is not public domain, so those stay OUTSIDE the repository.

The annotations live in scripts/eventgold/voa_events.py (article level and VOA sentences) and
scripts/eventgold/polnear_sentences.py. The rules are in docs/annotation/EVENTS.md.

Article level: every story is cut into sentences by `sentences()` below (fixed; the sentence index
k is part of the annotation). An event is written

    E(k, "trigger", "TYPE", mode, "actor", "ACTOR_ISO3", "recipient", "REC_ISO3", date=..., ...)

- the trigger is the first whole-word occurrence of "trigger" inside sentence k (nth=2 for the
  second); the event's `sentence` span is sentence k;
- date: "YYYY-MM-DD", or a weekday relative to the story's date: "-Mon" = the last Monday on or
  before the story date, "+Mon" = the next Monday after it; "-1d" = the day before; None = omit;
- X(...) has the same fields plus why=...: an excluded mention (same happening again, negated,
  hypothetical, demanded, proposed, conditional, planned).

Sentence level: S(k, "TYPE[/mode] actor text=CODE > recipient text=CODE", ...) where CODE is a
CAMEO-style code (ISO3 + sector, or IGO.../NGO...); the country is its first three letters.

Every span is asserted: text[start:end] == span["text"].

Usage: python3 scripts/make_voa_event_gold.py [--src ...voa_all.jsonl]
"""
import datetime as dt
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_voa_gold import n, span, word_occurrences  # noqa: E402  (helpers shared with the attribution gold)

ROOT = os.path.dirname(HERE)
GOLD_IN = [os.path.join(ROOT, "tests/golden/voa_gold.jsonl"), os.path.join(ROOT, "tests/golden/voa_names_gold.jsonl")]
SPLIT_IN = os.path.join(ROOT, "tests/golden/voa_split.json")
OUT_DOC = os.path.join(ROOT, "tests/golden/voa_events_gold.jsonl")
OUT_SENT = os.path.join(ROOT, "tests/golden/plover_sentences_voa.jsonl")
OUT_SPLIT = os.path.join(ROOT, "tests/golden/plover_sentences_split.json")
POLNEAR_SRC = "/work/shared/data/polnear/train.jsonl"
OUT_POLNEAR = "/work/shared-local/plover_sentences_polnear.jsonl"
OUT_POLNEAR_SPLIT = "/work/shared-local/plover_sentences_polnear_split.json"

PLOVER_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]

ABBR = {"Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Sen", "Rep", "Gov", "St", "Jr", "Sr", "U.S", "U.N",
        "U.K", "No", "Prof", "Capt", "Maj", "Adm", "Rev", "Gens", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov",
        "Dec", "vs", "Ft", "Mt", "Brig"}


def sentences(t):
    """(start, end) of each sentence of a whitespace-normalised text. Fixed: annotations use its indexes."""
    out, st = [], 0
    for m in re.finditer(r"[.!?][\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])", t):
        w = re.search(r"(\S+)\.$", t[max(0, m.start() - 12):m.start() + 1])
        if w and (w.group(1).split(".")[-1] in ABBR or w.group(1) in ABBR
                  or re.fullmatch(r"([A-Z]\.)*[A-Z]", w.group(1))):
            continue
        e = m.end()
        out.append((st, len(t[:e].rstrip())))
        st = e
    out.append((st, len(t)))
    return out


class E:
    excluded = False

    def __init__(self, k, trig, typ, mode=None, actor=None, ac=None, rec=None, rc=None, date=None, asserted=True,
                 tier="core", alt=None, nth=1, why=None, note=None):
        assert typ in PLOVER_TYPES, typ
        for a in alt or []:
            assert a in PLOVER_TYPES, a
        self.k, self.trig, self.typ, self.mode, self.actor, self.ac, self.rec, self.rc = k, trig, typ, mode, actor, ac, rec, rc
        self.date, self.asserted, self.tier, self.alt, self.nth, self.why, self.note = date, asserted, tier, alt, nth, why, note


class X(E):
    excluded = True

    def __init__(self, *a, why, **kw):
        super().__init__(*a, why=why, **kw)


class S:
    def __init__(self, k, *evs):
        self.k, self.evs = k, evs


WD = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}


def resolve_date(d, story_date):
    if d is None:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
        return d
    base = dt.date.fromisoformat(story_date)
    m = re.fullmatch(r"([-+])(\d+)d", d)
    if m:
        k = int(m.group(2)) * (1 if m.group(1) == "+" else -1)
        return (base + dt.timedelta(days=k)).isoformat()
    m = re.fullmatch(r"([-+])(Mon|Tue|Wed|Thu|Fri|Sat|Sun)", d)
    assert m, f"bad date {d!r}"
    w = WD[m.group(2)]
    if m.group(1) == "-":
        delta = -((base.weekday() - w) % 7)
    else:
        delta = (w - base.weekday()) % 7 or 7
    return (base + dt.timedelta(days=delta)).isoformat()


def code_country(code):
    code = code.upper()
    if code.startswith("IGO"):
        return "IGO"
    if code.startswith("NGO"):
        return "NGO"
    return code[:3]


def parse_sent_event(s):
    """"TYPE[/mode] actor text=CODE > recipient text=CODE" -> plover_dev event dict."""
    head, _, rest = s.partition(" ")
    typ, _, mode = head.partition("/")
    assert typ in PLOVER_TYPES, s
    parts = rest.split(" > ")
    assert len(parts) <= 2, s

    def ent(p):
        p = p.strip()
        if not p or p == "-":
            return None
        txt, _, code = p.rpartition("=")
        assert txt and code and re.fullmatch(r"[A-Z]{3}[A-Z0-9]*", code), f"bad entity {p!r} in {s!r}"
        return {"text": txt, "code": code, "country": code_country(code)}
    return {"type": typ, "mode": mode or None, "actor": ent(parts[0]),
            "recipient": ent(parts[1]) if len(parts) > 1 else None}


def locate_trigger(t, sent, trig, nth, what):
    s0, e0 = sent
    occ = [o for o in word_occurrences(n(t), trig) if s0 <= o and o + len(trig) <= e0]
    assert len(occ) >= nth, f"{what}: trigger {trig!r} not in sentence: {t[s0:e0]!r}"
    o = occ[nth - 1]
    return o, o + len(trig)


def build_doc(doc, evs):
    t = doc["text"]
    assert len(n(t)) == len(t)
    ss = sentences(t)
    out, exc = [], []
    for i, e in enumerate(evs):
        what = f"{doc['id']}#{i} {e.trig}"
        assert 0 <= e.k < len(ss), what
        ts, te = locate_trigger(t, ss[e.k], e.trig, e.nth, what)
        rec = {"trigger": span(t, ts, te), "sentence": span(t, *ss[e.k]), "plover_type": e.typ}
        if e.alt:
            rec["alt_plover_types"] = list(e.alt)
        if e.mode:
            rec["mode"] = e.mode
        if e.actor:
            rec["actor"] = e.actor
        if e.ac:
            rec["actor_country"] = e.ac
        if e.rec:
            rec["recipient"] = e.rec
        if e.rc:
            rec["recipient_country"] = e.rc
        d = resolve_date(e.date, doc["date"])
        if d:
            rec["event_date"] = d
        rec["asserted"] = e.asserted
        rec["tier"] = e.tier
        if e.why:
            rec["why"] = e.why
        if e.note:
            rec["note"] = e.note
        for sp in (rec["trigger"], rec["sentence"]):
            assert t[sp["start"]:sp["end"]] == sp["text"], what
        (exc if e.excluded else out).append(rec)
    def key(r):
        return (r["trigger"]["start"], r["plover_type"])
    return sorted(out, key=key), sorted(exc, key=key)


def build_sents(prefix, t, anns, what):
    ss = sentences(t) if isinstance(t, str) else t
    out = []
    for a in anns:
        s, e = ss[a.k]
        out.append({"id": f"{prefix}:{a.k}", "text": (t[s:e] if isinstance(t, str) else None),
                    "events": [parse_sent_event(x) for x in a.evs]})
        assert out[-1]["events"], f"{what}: sentence {a.k} has no event"
    return out


def sha1_half(i):
    return "tune" if hashlib.sha1(i.encode("utf-8")).hexdigest()[-1] in "01234567" else "check"


def load_docs():
    docs = {}
    for f in GOLD_IN:
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                docs[d["id"]] = {k: d[k] for k in ("id", "text", "title", "outlet", "date", "url")}
    return docs


def write_jsonl(path, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def build_gold(ids, docs, annotations):
    """The article gold rows and the sentence gold rows of the stories `ids` that are annotated
    (`annotations`: {story id: (events list, sentence annotations list)}), in that order."""
    rows, sent_rows = [], []
    for sid in ids:
        if sid not in annotations:
            continue
        evs, sann = annotations[sid]
        d = dict(docs[sid])
        d["events"], d["excluded_events"] = build_doc(d, evs)
        rows.append(d)
        sent_rows += build_sents(sid, d["text"], sann, sid)
    return rows, sent_rows


def main(argv=None):
    from eventgold.voa_events import DOCS  # {story id: (events list, sentence annotations list)}
    docs = load_docs()
    split = json.load(open(SPLIT_IN, encoding="utf-8"))
    half_of = {i: h for h in ("tune", "check") for i in split[h]}
    rows, sent_rows = build_gold(split["tune"] + split["check"], docs, DOCS)
    write_jsonl(OUT_DOC, rows)
    write_jsonl(OUT_SENT, sent_rows)
    ssplit = {"rule": "a VOA sentence 'voa:<story>:<n>' goes to its story's half in tests/golden/voa_split.json",
              "tune": [r["id"] for r in sent_rows if half_of[r["id"].rsplit(":", 1)[0]] == "tune"],
              "check": [r["id"] for r in sent_rows if half_of[r["id"].rsplit(":", 1)[0]] == "check"]}
    with open(OUT_SPLIT, "w", encoding="utf-8") as f:
        json.dump(ssplit, f, indent=1)
        f.write("\n")
    print(f"{len(rows)} stories, {sum(len(r['events']) for r in rows)} events, "
          f"{sum(len(r['excluded_events']) for r in rows)} excluded; {len(sent_rows)} VOA sentences")
    if os.path.exists(POLNEAR_SRC):
        from eventgold.polnear_sentences import ARTICLES
        arts = {}
        with open(POLNEAR_SRC, encoding="utf-8") as f:
            for line in f:
                a = json.loads(line)
                arts[a["id"]] = a
        prow = []
        for aid, anns in ARTICLES.items():
            t = " ".join(arts[aid]["text"].split())
            prow += build_sents(aid, t, anns, aid)
        write_jsonl(OUT_POLNEAR, prow)
        psplit = {"rule": "tune if the last hex digit of sha1(id as UTF-8) is 0-7, else check",
                  "tune": [r["id"] for r in prow if sha1_half(r["id"]) == "tune"],
                  "check": [r["id"] for r in prow if sha1_half(r["id"]) == "check"]}
        with open(OUT_POLNEAR_SPLIT, "w", encoding="utf-8") as f:
            json.dump(psplit, f, indent=1)
            f.write("\n")
        print(f"{len(prow)} PolNeAR sentences -> {OUT_POLNEAR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
