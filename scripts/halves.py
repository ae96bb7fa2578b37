"""Tune and check figures on the VOA gold: speaker names, article events, event sentences.

    python scripts/halves.py run OUT      # extract the 45 VOA stories and the 382 event sentences
    python scripts/halves.py score OUT    # score each half with ../shared/tools/score.py
    python scripts/halves.py fresh OUT    # extract and score the fresh held-out set

The halves are fixed by id (tests/golden/voa_split.json, plover_sentences_split.json). Read only
the tune half's errors: the check half is the measure (tests/golden/README.md). The fresh set (10
more stories, their article events and event sentences, annotated without running saidwhat:
tests/golden/EVENTS.md) is scored once a piece of work is done, never while rules are chosen, and
its errors are not read: every look at it wears it into a second check half.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
SCORER = ROOT.parent / "shared" / "tools" / "score.py"
NAMES = [GOLDEN / "voa_gold.jsonl", GOLDEN / "voa_names_gold.jsonl"]
EVENTS = GOLDEN / "voa_events_gold.jsonl"
SENTENCES = GOLDEN / "plover_sentences_voa.jsonl"
FRESH_EVENTS = GOLDEN / "voa_events_fresh.jsonl"
FRESH_SENTENCES = GOLDEN / "plover_sentences_voa_fresh.jsonl"


def lines(paths: list[Path]) -> list[dict]:
    return [json.loads(line) for p in paths for line in p.open(encoding="utf-8") if line.strip()]


def write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def extract(source: Path, out: Path) -> None:
    subprocess.run([sys.executable, "-m", "saidwhat.cli", "extract", str(source), "-o", str(out),
                    "--workers", "1", "--quiet"], check=True)


def run(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    stories = write(out / "stories.input.jsonl", [
        {k: d[k] for k in ("id", "text", "title", "outlet", "date", "url") if k in d} for d in lines(NAMES)])
    extract(stories, out / "stories.jsonl")
    sentences = write(out / "sentences.input.jsonl", [{"id": d["id"], "text": d["text"]} for d in lines([SENTENCES])])
    extract(sentences, out / "sentences.jsonl")


def score(kind: str, gold: list[dict], pred: list[dict], out: Path, name: str) -> dict:
    ids = {str(d["id"]) for d in gold}
    g = write(out / f"gold_{name}.jsonl", gold)
    p = write(out / f"pred_{name}.jsonl", [r for r in pred if str(r.get("doc")) in ids])
    res = subprocess.run([sys.executable, str(SCORER), kind, str(g), str(p), "--json"],
                         check=True, capture_output=True, text=True)
    return json.loads(res.stdout)


def figures(res: dict, keys: tuple[str, ...]) -> str:
    return "  ".join(f"{k}={res[k]:.3f}" if isinstance(res.get(k), float) else f"{k}={res.get(k)}" for k in keys)


def score_all(out: Path) -> None:
    story_half = json.loads((GOLDEN / "voa_split.json").read_text())
    sentence_half = json.loads((GOLDEN / "plover_sentences_split.json").read_text())
    stories = lines([out / "stories.jsonl"])
    sentences = lines([out / "sentences.jsonl"])
    for half in ("tune", "check"):
        keep = set(story_half[half])
        names = score("attribution", [d for d in lines(NAMES) if d["id"] in keep], stories, out, f"names_{half}")
        events = score("docevents", [d for d in lines([EVENTS]) if d["id"] in keep], stories, out,
                       f"events_{half}")
        keep_s = set(sentence_half[half])
        sent = score("events", [d for d in lines([SENTENCES]) if d["id"] in keep_s], sentences, out,
                     f"sentences_{half}")
        print(f"{half} ({len(keep)} stories, {len(keep_s)} sentences)")
        print("  names:    ", figures(names, ("gold", "speaker_name_acc", "who_said_what_F1", "content_F1", "type_acc")))
        print("  docevents:", figures(events, ("gold", "pred", "found_P", "found_R", "type_acc_on_found")))
        print("  sentences:", figures(sent, ("sentences", "type_top1_acc", "actor_country_acc",
                                             "recipient_country_acc")))


def fresh(out: Path) -> None:
    """Extract and score the fresh held-out set: aggregates only."""
    out.mkdir(parents=True, exist_ok=True)
    stories = write(out / "fresh_stories.input.jsonl", [
        {k: d[k] for k in ("id", "text", "title", "outlet", "date", "url") if k in d} for d in lines([FRESH_EVENTS])])
    extract(stories, out / "fresh_stories.jsonl")
    sentences = write(out / "fresh_sentences.input.jsonl",
                      [{"id": d["id"], "text": d["text"]} for d in lines([FRESH_SENTENCES])])
    extract(sentences, out / "fresh_sentences.jsonl")
    events = score("docevents", lines([FRESH_EVENTS]), lines([out / "fresh_stories.jsonl"]), out, "events_fresh")
    sent = score("events", lines([FRESH_SENTENCES]), lines([out / "fresh_sentences.jsonl"]), out, "sentences_fresh")
    print(f"fresh, held out ({len(lines([FRESH_EVENTS]))} stories, {len(lines([FRESH_SENTENCES]))} sentences)")
    print("  docevents:", figures(events, ("gold", "pred", "found_P", "found_R", "type_acc_on_found")))
    print("  sentences:", figures(sent, ("sentences", "type_top1_acc", "actor_country_acc", "recipient_country_acc")))


if __name__ == "__main__":
    commands = {"run": run, "score": score_all, "fresh": fresh}
    if len(sys.argv) != 3 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]](Path(sys.argv[2]))
