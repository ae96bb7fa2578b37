"""Attribution scoring against a gold file in the common format (`saidwhat eval GOLD.jsonl`).

The figures are those of the shared scorer (`score.py attribution`), reimplemented here so that any
user can evaluate on their own gold file: contents are trimmed of quote marks, punctuation and
blanks, a prediction matches a gold content (or one of its `extra.pieces`) when their overlap
(intersection over union) is at least 0.5, and gold and predictions are paired greedily, best
overlap first. On top of that come breakdowns: recall by quote type, by cue word, and the worst
misses with their sentence.

Gold format: one article a line, `{"id", "text", "title"?, "date"?, "attributions": [{"source",
"cue", "content", "speaker_name"?, "direct"?, "tier"?, "extra": {"quote_type"?, "pieces"?}}]}`,
spans as `{"start", "end", "text"}`.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from saidwhat.lexicons import words

if TYPE_CHECKING:
    from saidwhat.resources import Settings

QUOTES = "\"'“”‘’«»„‟‹›`´"
TRIM = QUOTES + " \t\r\n,.;:!?-—–()[]"
DOUBLE_QUOTES = "\"“”«»„‟"

Item = dict[str, Any]
Pos = tuple[int, int]


def load_jsonl(path: str | Path) -> list[Item]:
    out = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{i}: not JSON: {e}") from e
    return out


# --- the shared scorer's measures -----------------------------------------------------------


def trimmed(span: Item | None) -> Pos | None:
    """(start, end) of a span with quote marks, punctuation and blanks cut off both ends."""
    if not span or span.get("start") is None or span.get("end") is None:
        return None
    s, e = int(span["start"]), int(span["end"])
    t = span.get("text") or ""
    if len(t) == e - s:
        base = int(span["start"])
        while s < e and t[s - base] in TRIM:
            s += 1
        while e > s and t[e - 1 - base] in TRIM:
            e -= 1
    return (s, e) if e > s else None


def overlap(a: Pos | None, b: Pos | None) -> float:
    if not a or not b:
        return 0.0
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def content_overlap(gold_item: Item, pred_span: Item | None) -> float:
    """Overlap with a gold content; a content split in pieces also matches one of its pieces."""
    p = trimmed(pred_span)
    best = overlap(trimmed(gold_item.get("content")), p)
    for piece in (gold_item.get("extra") or {}).get("pieces") or []:
        best = max(best, overlap(trimmed(piece), p))
    return best


def touches(a: Pos | None, b: Pos | None) -> bool:
    return bool(a and b and min(a[1], b[1]) > max(a[0], b[0]))


def norm_name(s: str | None) -> str:
    if not s:
        return ""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = "".join(c.lower() if c.isalnum() else " " for c in s)
    return " ".join(s.split())


def _ratio(a: str, b: str) -> float:
    try:
        from rapidfuzz import fuzz
    except ImportError:  # pragma: no cover
        import difflib
        return 100 * difflib.SequenceMatcher(None, " ".join(sorted(a.split())),
                                             " ".join(sorted(b.split()))).ratio()
    return fuzz.token_sort_ratio(a, b)


def same_name(pred: str | None, gold: str | None) -> bool:
    p, g = norm_name(pred), norm_name(gold)
    return bool(p and g) and (p == g or _ratio(p, g) >= 85)


def actor_name(rec: Item) -> str | None:
    a = rec.get("actor") or {}
    return a.get("name") or (rec.get("speaker") or {}).get("text")


def match(gold_items: list[Item], pred_items: list[Item], threshold: float) -> list[tuple[Item, Item, float]]:
    """Greedy one-to-one matching of gold and predicted contents by overlap, best first."""
    pairs = []
    for gi, g in enumerate(gold_items):
        for pi, p in enumerate(pred_items):
            o = content_overlap(g, p.get("content"))
            if o >= threshold:
                pairs.append((o, gi, pi))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for o, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gold_items[gi], pred_items[pi], o))
    return out


def _prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def _f1(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def speaker_right(g: Item, p: Item) -> bool:
    """The canonical name where the gold has one, else the mention."""
    if g.get("speaker_name"):
        return same_name(actor_name(p), g["speaker_name"])
    if g.get("source"):
        return touches(trimmed(g["source"]), trimmed(p.get("speaker")))
    return p.get("speaker") is None and not p.get("actor")


def _keep(item: Item, core: bool) -> bool:
    return not core or item.get("tier", "core") == "core"


def _type_ok(pred_type: str | None, g: Item) -> bool:
    return (pred_type or "STATEMENT") in {g.get("plover_type")} | set(g.get("alt_plover_types") or [])


def statements_by_doc(preds: Iterable[Item]) -> dict[str, list[Item]]:
    d: dict[str, list[Item]] = defaultdict(list)
    for r in preds:
        if r.get("kind") == "statement":
            d[str(r.get("doc"))].append(r)
    return d


def gold_items(doc: Item, core: bool = False) -> list[Item]:
    return [a for a in doc.get("attributions", []) if a.get("content") and _keep(a, core)]


def score_attribution(gold: list[Item], preds: list[Item], threshold: float = 0.5,
                      core: bool = False) -> dict[str, Any]:
    """The figures of `score.py attribution`, key for key."""
    P = statements_by_doc(preds)
    docs_seen = {str(r.get("doc")) for r in preds if r.get("kind") == "document"}
    c: Counter[str] = Counter()
    for doc in gold:
        did = str(doc["id"])
        g_items = gold_items(doc, core)
        p_items = P.get(did, [])
        m = match(g_items, p_items, threshold)
        strict = match(g_items, p_items, 0.9)
        # precision: a prediction is right if it matches any gold attribution, core or not
        g_all = [a for a in doc.get("attributions", []) + doc.get("excluded_attributions", [])
                 if a.get("content")]
        c["gold"] += len(g_items)
        c["pred"] += len(p_items)
        c["tp"] += len(m)
        c["tp_p"] += sum(any(content_overlap(g, p.get("content")) >= threshold for g in g_all)
                         for p in p_items)
        c["tp_strict"] += len(strict)
        c["docs_missing"] += did not in docs_seen and not p_items
        for g, p, _ in m:
            if g.get("source"):
                c["src_n"] += 1
                c["src_ok"] += touches(trimmed(g["source"]), trimmed(p.get("speaker")))
            if g.get("speaker_name"):
                c["name_n"] += 1
                c["name_ok"] += same_name(actor_name(p), g["speaker_name"])
            if g.get("cue") and trimmed(g["cue"]):
                c["cue_n"] += 1
                c["cue_ok"] += touches(trimmed(g["cue"]), trimmed(p.get("cue")))
            if g.get("direct") is not None:
                c["dir_n"] += 1
                c["dir_ok"] += bool(p.get("direct")) == bool(g["direct"])
            if g.get("plover_type"):
                c["type_n"] += 1
                c["type_ok"] += _type_ok(p.get("type"), g)
            if g.get("event_date"):
                c["date_n"] += 1
                c["date_ok"] += p.get("date") == g["event_date"]
            c["who_what_ok"] += speaker_right(g, p)
        c["who_what_ok_p"] += sum(speaker_right(g, p) for g, p, _ in match(g_all, p_items, threshold))
    p, _, _ = _prf(c["tp_p"], c["pred"], c["gold"])
    _, r, _ = _prf(c["tp"], c["pred"], c["gold"])
    _, _, fs = _prf(c["tp_strict"], c["pred"], c["gold"])
    pw, _, _ = _prf(c["who_what_ok_p"], c["pred"], c["gold"])
    _, rw, _ = _prf(c["who_what_ok"], c["pred"], c["gold"])

    def acc(k: str) -> float | None:
        return round(c[k + "_ok"] / c[k + "_n"], 4) if c[k + "_n"] else None

    return {
        "docs": len(gold), "gold": c["gold"], "pred": c["pred"],
        "content_P": p, "content_R": r, "content_F1": _f1(p, r),
        "content_F1_strict": fs,
        "speaker_mention_acc": acc("src"), "speaker_name_acc": acc("name"),
        "cue_acc": acc("cue"), "direct_acc": acc("dir"), "type_acc": acc("type"), "date_acc": acc("date"),
        "who_said_what_P": pw, "who_said_what_R": rw, "who_said_what_F1": _f1(pw, rw),
        "docs_without_output": c["docs_missing"],
    }


# --- breakdowns -----------------------------------------------------------------------------


def quote_type(item: Item, text: str) -> str:
    """`extra.quote_type` when the gold has it, else from the quote marks around the content."""
    given = (item.get("extra") or {}).get("quote_type")
    if given:
        return str(given)
    span = item["content"]
    s, e = int(span["start"]), int(span["end"])
    body = text[s:e]
    opens = body[:1] in QUOTES or (s > 0 and text[s - 1] in QUOTES)
    stripped = body.rstrip(" ,.;:!?")
    closes = stripped[-1:] in QUOTES or (e < len(text) and text[e] in QUOTES)
    if opens and closes:
        return "direct"
    if any(ch in DOUBLE_QUOTES or ch in "‘’" for ch in body):
        return "mixed"
    return "indirect"


def sentence_around(text: str, start: int, end: int, limit: int = 400) -> str:
    """The sentence(s) a gold content sits in: from the previous full stop or line break to the next."""
    lo = start
    while lo > 0 and text[lo - 1] != "\n" and not (text[lo - 1] == " " and lo >= 2 and text[lo - 2] in ".!?"):
        lo -= 1
    hi = end
    while hi < len(text) and text[hi] != "\n" and not (text[hi] in ".!?" and (hi + 1 >= len(text)
                                                                            or text[hi + 1].isspace())):
        hi += 1
    out = " ".join(text[lo:min(hi + 1, len(text))].split())
    return out if len(out) <= limit else out[:limit] + "…"


def breakdown(gold: list[Item], preds: list[Item], threshold: float = 0.5, core: bool = False,
              top: int = 20) -> dict[str, Any]:
    """Recall by quote type and by cue word, and the worst misses with their sentences."""
    P = statements_by_doc(preds)
    by_type: Counter[str] = Counter()
    by_type_ok: Counter[str] = Counter()
    by_cue: Counter[str] = Counter()
    by_cue_ok: Counter[str] = Counter()
    misses: list[tuple[float, int, Item]] = []
    for doc in gold:
        text = doc.get("text") or ""
        g_items = gold_items(doc, core)
        p_items = P.get(str(doc["id"]), [])
        found = {id(g) for g, _, _ in match(g_items, p_items, threshold)}
        for g in g_items:
            qt = quote_type(g, text)
            cue = " ".join(((g.get("cue") or {}).get("text") or "").lower().split()) or "(none)"
            ok = id(g) in found
            by_type[qt] += 1
            by_type_ok[qt] += ok
            by_cue[cue] += 1
            by_cue_ok[cue] += ok
            if not ok:
                best = max((content_overlap(g, p.get("content")) for p in p_items), default=0.0)
                content = g["content"]
                misses.append((best, -(int(content["end"]) - int(content["start"])), {
                    "doc": doc["id"], "quote_type": qt, "cue": cue,
                    "source": (g.get("source") or {}).get("text"),
                    "content": content.get("text"), "best_overlap": round(best, 2),
                    "sentence": sentence_around(text, int(content["start"]), int(content["end"])),
                }))

    def rec(ok: int, n: int) -> float | None:
        return round(ok / n, 4) if n else None

    misses.sort(key=lambda m: (m[0], m[1]))
    return {
        "recall_by_quote_type": {t: {"gold": by_type[t], "recall": rec(by_type_ok[t], by_type[t])}
                                 for t in ("direct", "mixed", "indirect") if by_type[t]},
        "recall_by_cue": {c: {"gold": n, "recall": rec(by_cue_ok[c], n)} for c, n in by_cue.most_common(top)},
        "worst_misses": [m[2] for m in misses[:top]],
    }


# --- name errors by kind -------------------------------------------------------------------

# What a document, a record or a generic noun is called: such a word is never a speaker's name.
DOCUMENT_WORDS = words("organisation_document_nouns") | words("sent_document_nouns") | words("name_error_document_words")
NAME_ERROR_KINDS = (
    "no speaker",             # a matched statement without a speaker
    "title left in",          # `Commissioner Irungu Macharia` for `Irungu Macharia`
    "partial name",           # `Oh` for `Oh Ei Sun`, `Ursula von der` for `Ursula von der Leyen`
    "abbreviation",           # `BLA` for `Baloch Liberation Army`
    "document as speaker",    # `report`, `statement`, `assessment`
    "KB override",            # a knowledge-base person or body the article never names
    "group named wrongly",    # a group (`U.S. officials`) named otherwise (`United States`, `officials`)
    "generic noun as name",   # `official`, `group`, `intelligence` kept as the name
    "wrong person",           # another actor of the article (mostly pronouns and descriptions)
    "mention (no name)",      # gold without a name: the speaker mention itself is wrong
)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def name_error_kind(gold_name: str | None, pred: Item, text: str) -> str:
    """The kind of a wrong speaker name (see NAME_ERROR_KINDS), from the gold name, the
    predicted record and the article text."""
    if not gold_name:
        return "mention (no name)"
    name = actor_name(pred)
    if not name:
        return "no speaker"
    g, p = norm_name(gold_name), norm_name(name)
    gw, pw = g.split(), p.split()
    if pw and pw[-1] in DOCUMENT_WORDS and pw[-1] not in gw:
        return "document as speaker"
    initials = _initials(gold_name)
    if len(initials) >= 2 and any(t.upper() == initials.upper() for t in name.replace(".", "").split()):
        return "abbreviation"
    if gold_name.split()[-1][:1].islower():
        return "group named wrongly"
    if len(pw) > len(gw) and f" {g} " in f" {p} ":
        return "title left in"
    if set(pw) < set(gw) and pw == [w for w in gw if w in pw]:
        return "partial name"
    actor = pred.get("actor") or {}
    if str(actor.get("id") or "").startswith("kb:") and pw[-1] not in norm_name(text).split():
        return "KB override"
    if name[:1].islower() or (len(pw) <= 2 and pw[-1] in GENERIC_WORDS):
        return "generic noun as name"
    return "wrong person"


GENERIC_WORDS = words("generic_org_nouns") | words("role_nouns") | words("person_nouns")


def name_errors(gold: list[Item], preds: list[Item], threshold: float = 0.5, core: bool = False,
                examples: int = 3) -> dict[str, Any]:
    """Wrong speakers of matched statements, counted by kind, with a few examples of each."""
    P = statements_by_doc(preds)
    counts: Counter[str] = Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    for doc in gold:
        text = doc.get("text") or ""
        for g, p, _ in match(gold_items(doc, core), P.get(str(doc["id"]), []), threshold):
            if speaker_right(g, p):
                continue
            kind = name_error_kind(g.get("speaker_name"), p, text)
            counts[kind] += 1
            if len(shown[kind]) < examples:
                shown[kind].append(f"[{doc['id']}] {(g.get('source') or {}).get('text')!r}: "
                                   f"gold {g.get('speaker_name')!r}, got {actor_name(p)!r}")
    return {"name_errors": {k: {"count": counts[k], "examples": shown[k]}
                            for k in NAME_ERROR_KINDS if counts[k]}}


# --- running -------------------------------------------------------------------------------


def predict(gold_path: str | Path, settings: Settings | None = None) -> list[Item]:
    """The records `saidwhat extract GOLD.jsonl` writes (the gold's extra fields are ignored)."""
    from saidwhat.read import read_paths
    from saidwhat.run.local import run_local

    out: list[Item] = []
    for result in run_local(read_paths([str(gold_path)]), settings=settings):
        out.extend(result.records())
    return out


def evaluate(gold_path: str | Path, pred_path: str | Path | None = None, core: bool = False,
             settings: Settings | None = None) -> dict[str, Any]:
    """Scores and breakdowns of the pipeline (or of a saved prediction file) on a gold file."""
    gold = load_jsonl(gold_path)
    preds = load_jsonl(pred_path) if pred_path else predict(gold_path, settings)
    return {"scores": score_attribution(gold, preds, core=core), **breakdown(gold, preds, core=core),
            **name_errors(gold, preds, core=core)}


def format_report(res: dict[str, Any]) -> str:
    lines = [f"{k:24} {v}" for k, v in res["scores"].items()]
    lines.append("")
    lines.append("recall by quote type")
    for t, v in res["recall_by_quote_type"].items():
        lines.append(f"  {t:10} {v['recall']!s:8} of {v['gold']}")
    lines.append("")
    lines.append("recall by cue (most frequent gold cues)")
    for c, v in res["recall_by_cue"].items():
        lines.append(f"  {c[:22]:22} {v['recall']!s:8} of {v['gold']}")
    lines.append("")
    lines.append("speaker name errors by kind (matched statements)")
    for kind, v in res.get("name_errors", {}).items():
        lines.append(f"  {kind:22} {v['count']}")
        lines.extend(f"    {ex}" for ex in v["examples"])
    lines.append("")
    lines.append("worst misses")
    for m in res["worst_misses"]:
        lines.append(f"  [{m['doc']}] {m['quote_type']} cue={m['cue']!r} source={m['source']!r} "
                     f"best_overlap={m['best_overlap']}")
        lines.append(f"    content:  {m['content']}")
        lines.append(f"    sentence: {m['sentence']}")
    return "\n".join(lines)
