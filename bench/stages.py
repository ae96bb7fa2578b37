"""Seconds spent in each stage of the pipeline, in one process, wall clock (no profiler overhead).

    .venv/bin/python bench/stages.py [CORPUS.jsonl] [--limit 200]

cProfile inflates spaCy's Cython calls (every Token made counts as a call), so it points at the
wrong places here; this times the same calls `process_parsed` makes, stage by stage.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "polnear" / "train.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--limit", type=int, default=200)
    args = ap.parse_args()

    from itertools import islice

    from saidwhat.code.events import code_events
    from saidwhat.code.plover import type_statements
    from saidwhat.extract.events import extract_event_mentions
    from saidwhat.extract.statements import extract_statements
    from saidwhat.parse import ParsedDoc, masked_text
    from saidwhat.pipeline import analyse_article
    from saidwhat.read import read_paths
    from saidwhat.resolve.actors import resolve_actors
    from saidwhat.resolve.dates import date_records
    from saidwhat.resources import current

    spent: Counter[str] = Counter()

    def timed(stage: str, fn: Callable[..., Any], *a: Any) -> Any:
        t = time.perf_counter()
        out = fn(*a)
        spent[stage] += time.perf_counter() - t
        return out

    # the resources as the pipeline loads them; each stage is handed what it needs
    res = timed("load resources", current)
    nlp = res.nlp
    articles = timed("read", lambda: list(islice(read_paths([args.corpus]), args.limit)))
    # a first document warms what loads lazily (lexicons, caches): timed apart
    warm = articles[0]
    for i, a in enumerate([warm, *articles]):
        def stage(name: str, first: bool = i == 0) -> str:
            return "first document" if first else name

        info = timed(stage("clean"), analyse_article, a)
        if info.status != "ok":
            continue
        masked = masked_text(a.text or "", info.body)
        doc = ParsedDoc(timed(stage("parse"), nlp, masked), masked, info.body)
        st = timed(stage("extract_statements"), extract_statements, doc, info, res.cue_model, res.cue_lexicon)
        ms = timed(stage("extract_events"), extract_event_mentions, doc)
        ctx = timed(stage("resolve_actors"), resolve_actors, st, doc, info, res.kb)
        timed(stage("type_statements"), type_statements, st, doc, info, ctx)
        ev = timed(stage("code_events"), code_events, ms, info, st, ctx)
        timed(stage("date_records"), date_records, st, ev, doc, info)
        doc.release()
    n = len(articles)
    total = sum(v for k, v in spent.items() if k not in ("load resources", "read", "first document"))
    print(f"{n} articles, {total:.1f} s after the first; per stage (s, % of that, ms/article):")
    for stage, s in spent.most_common():
        print(f"  {stage:20} {s:7.2f} {100 * s / total:5.1f}% {1000 * s / n:8.1f}")


if __name__ == "__main__":
    main()
