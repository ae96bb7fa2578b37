#!/usr/bin/env python3
"""Build the FRESH held-out VOA event gold (public domain, Voice of America) from hand annotations.

Writes
  tests/golden/voa_events_fresh.jsonl           article-level events (for `score.py docevents`)
  tests/golden/plover_sentences_voa_fresh.jsonl sentence-level events (for `score.py events`)

The 10 stories are those of the held-out rule (tests/golden/EVENTS.md, "Fresh held-out set"); their
annotations are in scripts/eventgold/voa_events_fresh.py, written in the format of
scripts/eventgold/voa_events.py (E / X / S, sentence indexes of make_voa_event_gold.sentences()) and
following docs/annotation/EVENTS.md. The texts come from the VOA corpus (default
/work/shared/data/voa/voa_all.jsonl), copied unchanged with id, title, outlet, date and url.

Every span is asserted: text[start:end] == span["text"] (in make_voa_event_gold.build_doc).
No split: the whole set is held out (no rule may be written from its errors).

Usage: python3 scripts/make_voa_event_gold_fresh.py [--src .../voa_all.jsonl]
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_voa_event_gold import build_gold, write_jsonl  # noqa: E402

ROOT = os.path.dirname(HERE)
SRC = "/work/shared/data/voa/voa_all.jsonl"
OUT_DOC = os.path.join(ROOT, "tests/golden/voa_events_fresh.jsonl")
OUT_SENT = os.path.join(ROOT, "tests/golden/plover_sentences_voa_fresh.jsonl")


def load_docs(src, ids):
    docs = {}
    with open(src, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["id"] in ids:
                docs[d["id"]] = {k: d[k] for k in ("id", "text", "title", "outlet", "date", "url")}
    missing = [i for i in ids if i not in docs]
    assert not missing, f"stories not in {src}: {missing}"
    return docs


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", default=SRC)
    args = ap.parse_args(argv)
    # IDS: the held-out order; DOCS: {id: (events, sentences)}
    from eventgold.voa_events_fresh import DOCS, IDS
    docs = load_docs(args.src, IDS)
    rows, sent_rows = build_gold(IDS, docs, DOCS)
    write_jsonl(OUT_DOC, rows)
    write_jsonl(OUT_SENT, sent_rows)
    print(f"{len(rows)} stories, {sum(len(r['events']) for r in rows)} events, "
          f"{sum(len(r['excluded_events']) for r in rows)} excluded; {len(sent_rows)} sentences, "
          f"{sum(len(r['events']) for r in sent_rows)} sentence events")
    return 0


if __name__ == "__main__":
    sys.exit(main())
