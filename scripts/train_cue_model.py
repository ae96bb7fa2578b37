#!/usr/bin/env python3
"""Train the learned cue detector (saidwhat/extract/cue_model.py) from an attribution gold file.

Data: PolNeAR v1.0.0 train (840 articles, internal use only; see shared/data/polnear/README.md).
The texts are parsed exactly as `saidwhat extract` parses them (clean -> masked body -> spaCy).
Labels, per word outside quotes that is a verb, noun or adjective:
- `cue`: the word lies in a gold cue span;
- for the dependents of a gold cue word (and the clause it hangs off): `content` when most of
  the dependent's subtree lies in the gold content, `source` when the dependent is in the source.
Three logistic regressions over hashed features (numpy, full-batch Adam, L2) are written to
saidwhat/data/cue_model.json as the non-negligible hashed weights only (no text, no feature strings).

    .venv/bin/python scripts/train_cue_model.py ../shared/data/polnear/train.jsonl [--cache /tmp/train]

`--cache PREFIX` keeps the parse (PREFIX.spacy + PREFIX.pkl) to retrain without parsing again.
`--holdout N` trains on all but the last N articles and reports held-out figures (for tuning).

The `stmt` task (a filter over whole candidate statements) is cross-fitted: the cue tasks are
trained on each half of the training articles, the extractor runs on the other half with them,
and its candidate statements are labelled by whether they match a gold content (overlap >= 0.5).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from saidwhat.extract import cue_model as cm  # noqa: E402
from saidwhat.parse.quotes import find_quotes, inside  # noqa: E402

PRUNE = 0.03  # weights smaller than this are dropped from the shipped file
# Thresholds tuned end to end on held-out TRAIN articles (--holdout 84), never on dev:
CUE_THRESHOLD = 0.4
VETO = 0.3  # rule statements whose cue word scores below this are dropped
NOMINAL = 0.0  # a learned cue whose content is only a noun phrase (`signed a measure`) needs this score
NOMINAL_LEMMA = 0.01  # ... and a lemma that was seen as a cue in training (lemma weight >= this)
L2 = 1e-5
ITERS = 300
STMT = 0.4  # candidate statements the `stmt` filter scores below this are dropped
STMT_L2 = 3e-3  # strongly regularised (small weights), so it keeps its own smaller pruning cut
STMT_PRUNE = 0.003


def load(gold: str, cache: str | None):
    from spacy.tokens import DocBin

    from saidwhat.parse import load_nlp, masked_text
    from saidwhat.pipeline import analyse_article
    from saidwhat.read import read_paths

    nlp = load_nlp()
    if cache and Path(cache + ".spacy").exists():
        todo = pickle.load(open(cache + ".pkl", "rb"))  # noqa: SIM115
        docs = list(DocBin().from_disk(cache + ".spacy").get_docs(nlp.vocab))
        return todo, docs
    arts = list(read_paths([gold]))
    infos = [analyse_article(a) for a in arts]
    todo = [(a, i) for a, i in zip(arts, infos, strict=True) if i.status == "ok" and a.text]
    docs = list(nlp.pipe((masked_text(a.text, i.body) for a, i in todo), batch_size=16))
    if cache:
        db = DocBin(store_user_data=False)
        for d in docs:
            db.add(d)
        db.to_disk(cache + ".spacy")
        pickle.dump(todo, open(cache + ".pkl", "wb"))  # noqa: SIM115
    return todo, docs


def _ranges(span: dict | None, pieces: list | None) -> list[tuple[int, int]]:
    if pieces:
        return [(p["start"], p["end"]) for p in pieces]
    return [(span["start"], span["end"])] if span else []


def _in(ranges: list[tuple[int, int]], tok) -> bool:
    return any(s <= tok.idx < e for s, e in ranges)


def examples(gold_by_id: dict, todo, docs):
    """Feature rows (as hashed ids) and labels for the three tasks, with each row's article index."""
    rows: dict[str, list] = {"cue": [], "content": [], "source": []}
    for n, ((art, info), doc) in enumerate(zip(todo, docs, strict=True)):
        g = gold_by_id.get(info.doc) or gold_by_id.get(art.doc)
        if g is None:
            continue
        quotes = find_quotes(doc.text, info.body)
        atts = [a for a in g.get("attributions", []) if a.get("cue") and a.get("content")]
        cues = [(_ranges(a["cue"], (a.get("extra") or {}).get("cue_pieces")), a) for a in atts]
        for tok in doc:
            if not cm.is_candidate(tok) or inside(quotes, tok.idx):
                continue
            hit = next((a for r, a in cues if _in(r, tok)), None)
            rows["cue"].append((n, cm.hashed(["cue:" + f for f in cm.cue_features(tok)]), hit is not None))
            if hit is None:
                continue
            content = _ranges(hit["content"], (hit.get("extra") or {}).get("pieces"))
            source = _ranges(hit.get("source"), (hit.get("extra") or {}).get("source_pieces"))
            for part, is_head in _parts(tok):
                toks = _part_tokens(tok, part, is_head)
                if not toks:
                    continue
                frac = sum(_in(content, t) for t in toks) / len(toks)
                feats = cm.part_features(tok, part, is_head)
                rows["content"].append((n, cm.hashed(["content:" + f for f in feats]), frac >= 0.5))
                if not is_head:
                    src = _in(source, part) or any(_in(source, c) for c in part.children if c.dep_ == "pobj")
                    rows["source"].append((n, cm.hashed(["source:" + f for f in feats]), src))
    return rows


def _parts(tok):
    for c in tok.children:
        if c.dep_ not in cm.SKIP_CHILD_DEPS:
            yield c, False
    if tok.head.i != tok.i:
        yield tok.head, True


def _part_tokens(cue, part, is_head):
    if is_head:
        return [t for t in part.subtree if not t.is_punct and not t.is_space and t.sent == cue.sent
                and not (cue.left_edge.i <= t.i <= cue.right_edge.i)]
    return [t for t in part.subtree if not t.is_punct and not t.is_space]


def _cue_tasks(rows: dict, keep, l2: float, iters: int, say: bool = True) -> np.ndarray:
    weights = np.zeros(cm.DIM)
    for task in ("cue", "content", "source"):
        train = [r for r in rows[task] if keep(r[0])]
        if say:
            print(f"{task}: {len(train)} rows ({sum(r[2] for r in train)} positive)", file=sys.stderr)
        weights += fit(train, l2=l2, iters=iters)  # tasks use disjoint (prefixed) features
    return weights


_TRIM = "\"'“”‘’«»„‟‹›`´ \t\r\n,.;:!?-—–()[]"


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return s, e


def _overlap(a, b) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0


def stmt_examples(gold_by_id: dict, todo, docs, arts: set, weights: np.ndarray, thresholds: dict):
    """Candidate statements of the articles in `arts`, extracted with the cue tasks `weights`."""
    from saidwhat.extract.statements import extract_statements
    from saidwhat.parse import ParsedDoc
    from saidwhat.resources import Settings, load_cue_lexicon

    nz = np.flatnonzero(np.abs(weights) >= PRUNE)
    # a model of this half's weights, without the filter that is being trained
    model = cm.CueModel(dict(zip(nz.tolist(), weights[nz].round(3).tolist(), strict=True)),
                        {k: v for k, v in thresholds.items() if k != "stmt"})
    lexicon = load_cue_lexicon(Settings().cue_lexicon)
    out = []
    for n, ((art, info), doc) in enumerate(zip(todo, docs, strict=True)):
        g = gold_by_id.get(info.doc) or gold_by_id.get(art.doc)
        if n not in arts or g is None:
            continue
        golds = []
        for a in g.get("attributions", []) + g.get("excluded_attributions", []):
            for r in _ranges(a.get("content"), (a.get("extra") or {}).get("pieces")):
                golds.append(_trimmed(art.text, *r))
        for st in extract_statements(ParsedDoc(doc, body=info.body), info, model, lexicon):
            p = _trimmed(art.text, st.content.start, st.content.end)
            hit = any(_overlap(p, r) >= 0.5 for r in golds)
            out.append((n, cm.hashed(["stmt:" + f for f in model.statement_features(doc, st)]), hit, st.rule))
    return out


def fit(rows: list, l2: float = 2e-6, iters: int = 300, lr: float = 0.05) -> np.ndarray:
    width = max(len(r[1]) for r in rows)
    idx = np.full((len(rows), width), cm.DIM, dtype=np.int64)
    for k, (_, ids, _) in enumerate(rows):
        idx[k, :len(ids)] = ids
    y = np.array([r[2] for r in rows], dtype=np.float64)
    w = np.zeros(cm.DIM + 1)
    m, v = np.zeros_like(w), np.zeros_like(w)
    for t in range(1, iters + 1):
        z = w[idx].sum(1)
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        grad = np.bincount(idx.ravel(), weights=np.repeat(p - y, width), minlength=cm.DIM + 1) / len(rows)
        grad += l2 * w
        grad[cm.DIM] = 0
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
        w[cm.DIM] = 0
    return w[: cm.DIM]


def report(name: str, w: np.ndarray, rows: list) -> None:
    if not rows:
        return
    z = np.array([w[ids].sum() for _, ids, _ in rows])
    y = np.array([r[2] for r in rows])
    for th in (0.3, 0.4, 0.5, 0.6, 0.7):
        pred = z >= np.log(th / (1 - th))
        tp = (pred & y).sum()
        p, r = tp / max(pred.sum(), 1), tp / max(y.sum(), 1)
        print(f"  {name} th={th}: P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f}", file=sys.stderr)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", help="gold JSON Lines (common format)")
    ap.add_argument("-o", "--out", default=str(cm.MODEL_PATH))
    ap.add_argument("--cache", help="parse cache prefix (PREFIX.spacy, PREFIX.pkl)")
    ap.add_argument("--holdout", type=int, default=0, help="train on all but the last N articles")
    ap.add_argument("--cue-threshold", type=float, default=CUE_THRESHOLD)
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--iters", type=int, default=ITERS)
    ap.add_argument("--stmt", type=float, default=STMT, help="statement filter threshold (0: no filter)")
    ap.add_argument("--stmt-l2", type=float, default=STMT_L2)
    args = ap.parse_args()

    gold_by_id = {}
    with open(args.gold, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                gold_by_id[str(d["id"])] = d
    todo, docs = load(args.gold, args.cache)
    rows = examples(gold_by_id, todo, docs)
    cut = len(todo) - args.holdout
    thresholds = {"cue": args.cue_threshold, "content": 0.5, "source": 0.5, "veto": VETO,
                  "nominal": NOMINAL, "nominal_lemma": NOMINAL_LEMMA}
    weights = _cue_tasks(rows, lambda n: n < cut, args.l2, args.iters)
    for task in ("cue", "content", "source"):
        report(task, weights, [r for r in rows[task] if r[0] >= cut])
    if args.stmt > 0:
        halves = [set(range(0, cut, 2)), set(range(1, cut, 2))]
        stmt_rows = []
        for k in (0, 1):
            w = _cue_tasks(rows, lambda n, h=halves[1 - k]: n in h, args.l2, args.iters, say=False)
            stmt_rows += stmt_examples(gold_by_id, todo, docs, halves[k], w, thresholds)
        print(f"stmt: {len(stmt_rows)} rows ({sum(r[2] for r in stmt_rows)} positive)", file=sys.stderr)
        stmt_w = fit([r[:3] for r in stmt_rows], l2=args.stmt_l2, iters=args.iters)
        stmt_w[np.abs(stmt_w) < STMT_PRUNE] = 0.0
        weights[stmt_w != 0] = 0.0  # hash collisions: the few shared slots go to the filter
        thresholds["stmt"] = args.stmt
    else:
        stmt_w = np.zeros(cm.DIM)
    weights[np.abs(weights) < PRUNE] = 0.0
    weights += stmt_w
    keep = np.flatnonzero(weights)
    data = {
        "note": "Learned by scripts/train_cue_model.py from PolNeAR v1.0.0 train (internal use): hashed "
                f"logistic-regression weights (crc32 mod 2^20), |w| >= {PRUNE}. No article text.",
        "articles": cut,
        "thresholds": thresholds,
        "weights": cm.HashedWeights.encode(dict(zip(keep.tolist(), (round(float(x), 3) for x in weights[keep]),
                                                     strict=True))),
    }
    Path(args.out).write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(keep)} weights -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
