#!/usr/bin/env python3
"""Learn reporting cues and their frames from an attribution gold file (PolNeAR train).

For every gold attribution the cue's head word (verb or noun) is found in the parse, and the
frame linking it to the content: the dependency of the content's root under the cue (`ccomp`,
`dobj`, `xcomp`, `prep:about`, ...) or `inverted` (the cue hangs off the content: `Y, he said`).
Each (lemma, frame) is counted as a cue (`hits`) and as an occurrence anywhere in the texts
(`seen`: the lemma with a child of that kind), so `hits / seen` is how often the frame is a report.

Writes saidwhat/data/cue_lexicon.json: `{"verbs": {lemma: {frame: [hits, seen]}}, "nouns": {...}}`
with the frames that are reports often enough (only counts: no text leaves the data).

    .venv/bin/python scripts/learn_cues.py ../shared/data/polnear/train.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from saidwhat.extract.cues import frame_of  # noqa: E402 - the frames as the extractor reads them
from saidwhat.parse import load_nlp  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "saidwhat" / "data" / "cue_lexicon.json"
MIN_HITS = 3  # a frame seen as a cue fewer times is noise
MIN_RATE = 0.3  # share of the frame's occurrences that are reports


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", help="gold JSON Lines (common format)")
    ap.add_argument("-o", "--out", default=str(OUT))
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = ap.parse_args()

    docs = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    if args.limit:
        docs = docs[: args.limit]
    nlp = load_nlp()
    hits: dict[str, Counter[tuple[str, str]]] = {"verbs": Counter(), "nouns": Counter()}
    seen: dict[str, Counter[tuple[str, str]]] = {"verbs": Counter(), "nouns": Counter()}
    for art, doc in zip(docs, nlp.pipe((d["text"] for d in docs), batch_size=16), strict=True):
        for tok in doc:
            kind = "verbs" if tok.pos_ in ("VERB", "AUX") else "nouns" if tok.pos_ == "NOUN" else None
            if kind is None:
                continue
            lemma = tok.lemma_.lower()
            for f in {frame_of(c) for c in tok.children}:
                seen[kind][(lemma, f)] += 1
            if tok.dep_ in ("parataxis", "ccomp", "advcl") and tok.head.i < tok.i:
                seen[kind][(lemma, "inverted")] += 1
        for a in art.get("attributions", []):
            cue, content = a.get("cue"), a.get("content")
            if not cue or not content:
                continue
            cspan = doc.char_span(cue["start"], cue["end"], alignment_mode="expand")
            pieces = (a.get("extra") or {}).get("pieces") or [content]
            kspan = doc.char_span(pieces[0]["start"], pieces[0]["end"], alignment_mode="expand")
            if cspan is None or kspan is None or not len(cspan) or not len(kspan):
                continue
            heads = [t for t in cspan if t.pos_ in ("VERB", "AUX")] or [t for t in cspan if t.pos_ == "NOUN"]
            if not heads:
                continue
            head = heads[-1] if heads[-1].pos_ == "VERB" else heads[0]
            kind = "verbs" if head.pos_ in ("VERB", "AUX") else "nouns"
            inside = {t.i for t in kspan}
            root = kspan.root
            if root.head.i == head.i:
                f = frame_of(root)
            elif root.head.dep_ == "prep" and root.head.head.i == head.i:
                f = frame_of(root.head)
            elif head.head.i in inside and head.dep_ in ("parataxis", "ccomp", "advcl"):
                f = "inverted"
            else:
                continue
            hits[kind][(head.lemma_.lower(), f)] += 1
    out: dict[str, dict[str, dict[str, list[int]]]] = {"verbs": defaultdict(dict), "nouns": defaultdict(dict)}
    for kind in ("verbs", "nouns"):
        for (lemma, f), n in sorted(hits[kind].items()):
            s = max(seen[kind][(lemma, f)], n)
            if n >= MIN_HITS and n / s >= MIN_RATE and lemma.isalpha():
                out[kind][lemma][f] = [n, s]
    result = {
        "note": "Counts learned by scripts/learn_cues.py from PolNeAR v1.0.0 train (840 articles, "
                "internal use); (lemma, frame) -> [times a gold cue, times seen]. No article text.",
        "min_hits": MIN_HITS, "min_rate": MIN_RATE,
        "verbs": dict(sorted(out["verbs"].items())), "nouns": dict(sorted(out["nouns"].items())),
    }
    Path(args.out).write_text(json.dumps(result, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    print(f"{len(result['verbs'])} verbs, {len(result['nouns'])} nouns -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
