"""Throughput and memory of saidwhat against a bare spaCy pass over the same texts.

    .venv/bin/python bench/throughput.py [CORPUS.jsonl] [--workers N] [--limit N] [--repeat R]
                                         [--large N] [--only throughput|memory|cold]

Everything runs as a subprocess on this machine, in turns, so each figure covers start-up too:

- bare spaCy: the same model and components, in the same number of processes, `nlp.pipe` over
  the same texts, nothing else (no cleaning, no extraction, no output);
- `saidwhat extract CORPUS -o FILE` end to end; `saidwhat ingest CORPUS --db FILE` end to end;
- peak resident memory summed over each process tree (sampled every 50 ms);
- memory on a large corpus (CORPUS repeated to `--large` articles with fresh ids): the peak while
  the first 2,000 articles are written vs. over the whole run;
- cold start: `saidwhat extract one-article.txt` to exit; what `import saidwhat` costs and loads.

Not a test: CI runs only a tiny smoke run (tests/test_bench.py). Figures: bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "polnear" / "train.jsonl"
SEEDS = ROOT / "examples" / "seeds"
EARLY = 2_000  # articles after which the large run's early peak is taken


@dataclass
class Run:
    seconds: float
    peak_mb: float
    early_peak_mb: float | None = None  # peak while the first EARLY articles were written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", help=f"JSON Lines corpus [default: {DEFAULT_CORPUS}, else "
                                              "examples/seeds repeated]")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--limit", type=int, help="only the first N articles")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each measure; medians are printed")
    ap.add_argument("--large", type=int, default=20_000, help="articles in the memory run (0: skip)")
    ap.add_argument("--only", choices=["throughput", "memory", "cold"], help="run only this part")
    ap.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)  # the bare pass itself
    args = ap.parse_args(argv)
    if args.bare:
        return bare_pass(Path(args.corpus), args.workers)

    import psutil  # noqa: F401  (fail early: it is a dev dependency)

    with tempfile.TemporaryDirectory(prefix="saidwhat-bench-") as tmp_dir:
        tmp = Path(tmp_dir)
        corpus = prepare_corpus(args.corpus, args.limit, tmp)
        articles, words = count_words(corpus)
        print(f"# saidwhat throughput: {platform.node()}, {os.cpu_count()} cores, "
              f"{psutil_total_gb():.0f} GB, Python {platform.python_version()}, "
              f"{time.strftime('%Y-%m-%d %H:%M')}")
        print(f"corpus: {corpus_name(args.corpus)}: {articles} articles, {words} words; "
              f"workers {args.workers}, {args.repeat} run(s) each, medians")
        if args.only in (None, "throughput"):
            print_table(measure_throughput(corpus, tmp, args.workers, args.repeat), articles, words)
        if args.large and args.only in (None, "memory"):
            print_large(corpus, tmp, args.workers, args.large)
        if args.only in (None, "cold"):
            print_cold_start(corpus, tmp, args.repeat)
    return 0


# --- the corpus ------------------------------------------------------------------------------

def prepare_corpus(given: str | None, limit: int | None, tmp: Path) -> Path:
    if given:
        source = Path(given)
    elif DEFAULT_CORPUS.exists():
        source = DEFAULT_CORPUS
    else:  # the bundled seeds, repeated with fresh ids
        texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
        source = tmp / "seeds.jsonl"
        with source.open("w", encoding="utf-8") as f:
            for i in range(max(limit or 0, 100)):
                f.write(json.dumps({"id": f"seed-{i}", "text": texts[i % len(texts)]}) + "\n")
    if not limit:
        return source
    out = tmp / "corpus.jsonl"
    with source.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for _, line in zip(range(limit), (x for x in src if x.strip()), strict=False):
            dst.write(line)
    return out


def corpus_name(given: str | None) -> str:
    if given:
        return given
    return str(DEFAULT_CORPUS.relative_to(ROOT.parent)) if DEFAULT_CORPUS.exists() else "seeds x 100"


def texts_of(corpus: Path) -> list[str]:
    with corpus.open(encoding="utf-8") as f:
        return [json.loads(line).get("text") or "" for line in f if line.strip()]


def count_words(corpus: Path) -> tuple[int, int]:
    texts = texts_of(corpus)
    return len(texts), sum(len(t.split()) for t in texts)


def repeat_corpus(corpus: Path, n: int, out: Path) -> Path:
    """`corpus` repeated to `n` articles, each copy with a fresh id."""
    lines = [json.loads(x) for x in corpus.open(encoding="utf-8") if x.strip()]
    with out.open("w", encoding="utf-8") as f:
        for i in range(n):
            obj = dict(lines[i % len(lines)])
            obj["id"] = f"{obj.get('id', 'doc')}#{i // len(lines)}"
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return out


# --- the bare spaCy pass (runs in its own subprocess) ----------------------------------------

def bare_pass(corpus: Path, workers: int) -> int:
    """nlp.pipe over the texts, batched and spread over processes exactly as `run_local` does."""
    from saidwhat.run.local import BATCH, batched, init_worker, ordered_map

    # the same worker set-up as saidwhat's (model loaded once, then out of the collector's sight)
    tokens = sum(ordered_map(parse_batch, batched(texts_of(corpus), BATCH), workers,
                             initializer=init_worker))
    print(f"{tokens} tokens")
    return 0


def parse_batch(texts: list[str]) -> int:
    """Parse one worker's batch in the parse batches the pipeline makes (count and characters)."""
    from saidwhat.parse import load_nlp
    from saidwhat.pipeline import parse_batches

    nlp = load_nlp()
    return sum(len(doc) for group in parse_batches(texts, text=lambda t: t)
               for doc in nlp.pipe(group, batch_size=len(group)))


# --- measuring -------------------------------------------------------------------------------

def measure(cmd: list[str], watch: Path | None = None) -> Run:
    """Run `cmd`; wall seconds and the peak of its process tree's summed RSS, sampled.

    With `watch` (a JSON Lines output file), also the peak until EARLY documents were written.
    """
    import psutil

    errors = tempfile.TemporaryFile()  # not a pipe: a child writing much to it must not block
    started = time.monotonic()
    proc = psutil.Popen(cmd, stdout=subprocess.DEVNULL, stderr=errors, cwd=ROOT)
    peak = 0
    early: int | None = None
    seen, offset = 0, 0
    while proc.poll() is None:
        peak = max(peak, tree_rss(proc))
        if watch is not None and early is None:
            seen, offset = count_documents(watch, seen, offset)
            early = peak if seen >= EARLY else None
        time.sleep(0.05)
    seconds = time.monotonic() - started
    errors.seek(0)
    err = errors.read().decode(errors="replace")
    errors.close()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-2000:]}")
    return Run(seconds, peak / 1e6, early / 1e6 if early else None)


def tree_rss(proc: object) -> int:
    import psutil

    assert isinstance(proc, psutil.Process)
    total = 0
    try:
        for p in [proc, *proc.children(recursive=True)]:
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
    except psutil.Error:
        pass
    return total


def count_documents(path: Path, seen: int, offset: int) -> tuple[int, int]:
    """Document records written to `path` so far, reading only what was added since `offset`."""
    if not path.exists():
        return seen, offset
    with path.open("rb") as f:
        f.seek(offset)
        data = f.read()
    end = data.rfind(b"\n") + 1
    seen += sum(1 for line in data[:end].splitlines() if line.startswith(b'{"kind": "document"'))
    return seen, offset + end


def saidwhat(*args: str) -> list[str]:
    return [str(BIN / "saidwhat"), *args]


def ingest_available() -> bool:
    done = subprocess.run(saidwhat("ingest", "--help"), capture_output=True, cwd=ROOT)
    return done.returncode == 0


def measure_throughput(corpus: Path, tmp: Path, workers: int, repeat: int) -> dict[str, Run | str]:
    """Median runs of each command, taken in turns (A B C A B C ...) so drift hits all alike."""
    w = str(workers)
    out, db = tmp / "out.jsonl", tmp / "bench.db"
    commands: dict[str, list[str]] = {
        "bare spaCy": [sys.executable, __file__, "--bare", str(corpus), "--workers", w],
        "extract": saidwhat("extract", str(corpus), "-o", str(out), "--workers", w),
    }
    results: dict[str, Run | str] = {}
    if ingest_available():
        commands["ingest"] = saidwhat("ingest", str(corpus), "--db", str(db), "--workers", w)
    else:
        results["ingest"] = "skipped: there is no `saidwhat ingest` command yet"
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, cmd in commands.items():
            for stale in tmp.glob("bench.db*"):
                stale.unlink()  # ingest from scratch each time, not as a no-op re-run
            runs[name].append(measure(cmd))
    for name, rs in runs.items():
        results[name] = Run(statistics.median(r.seconds for r in rs), statistics.median(r.peak_mb for r in rs))
    if repeat > 1:  # each round's own ratio: the rounds ran minutes apart on a machine that drifts
        bare = runs["bare spaCy"]
        for name, rs in runs.items():
            if name != "bare spaCy":
                ratios = " ".join(f"{b.seconds / r.seconds:.3f}" for b, r in zip(bare, rs, strict=True))
                results[f"{name} rounds"] = f"vs bare, round by round: {ratios}"
    return dict(sorted(results.items(), key=lambda kv: list(commands).index(kv[0])
                       if kv[0] in commands else 99))


def print_table(results: dict[str, Run | str], articles: int, words: int) -> None:
    bare = results["bare spaCy"]
    assert isinstance(bare, Run)
    print(f"\n{'':12} {'seconds':>8} {'articles/s':>11} {'words/s':>9} {'vs bare':>8} "
          f"{'peak RSS MB':>12} {'vs bare':>8}")
    for name, run in results.items():
        if isinstance(run, str):
            print(f"{name:12} {run}")
            continue
        print(f"{name:12} {run.seconds:8.1f} {articles / run.seconds:11.2f} {words / run.seconds:9.0f} "
              f"{bare.seconds / run.seconds:8.2f} {run.peak_mb:12.0f} {run.peak_mb / bare.peak_mb:8.2f}")


def print_large(corpus: Path, tmp: Path, workers: int, n: int) -> None:
    big = repeat_corpus(corpus, max(n, EARLY + 1), tmp / "large.jsonl")
    out = tmp / "large.out.jsonl"
    run = measure(saidwhat("extract", str(big), "-o", str(out), "--workers", str(workers)), watch=out)
    out.unlink()
    early = run.early_peak_mb or float("nan")
    print(f"\nmemory, {max(n, EARLY + 1)} articles (corpus repeated), extract --workers {workers}: "
          f"peak RSS {early:.0f} MB over the first {EARLY}, {run.peak_mb:.0f} MB over all "
          f"({(run.peak_mb / early - 1) * 100:+.1f}%), {run.seconds:.0f} s")


def print_cold_start(corpus: Path, tmp: Path, repeat: int) -> None:
    one = tmp / "one-article.txt"
    one.write_text(texts_of(corpus)[0], encoding="utf-8")
    seconds = statistics.median(measure(saidwhat("extract", str(one), "-o", os.devnull)).seconds
                                for _ in range(max(repeat, 3)))
    print(f"\ncold start, `saidwhat extract one-article.txt`: {seconds:.2f} s (median of {max(repeat, 3)})")
    py = sys.executable
    log = subprocess.run([py, "-X", "importtime", "-c", "import saidwhat"], capture_output=True,
                         text=True, cwd=ROOT).stderr
    own = [int(m.group(1)) for m in re.finditer(r"\|\s*(\d+) \| saidwhat$", log, re.M)]
    check = ("import sys, saidwhat.cli; "
             "print(sorted(m for m in ('spacy', 'thinc', 'torch', 'trafilatura', 'tqdm') if m in sys.modules))")
    heavy = subprocess.run([py, "-c", check], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    print(f"import saidwhat: {own[0] / 1000 if own else float('nan'):.1f} ms cumulative (-X importtime); "
          f"heavy modules loaded by `import saidwhat.cli`: {heavy}")


def psutil_total_gb() -> float:
    import psutil

    return psutil.virtual_memory().total / 2**30


if __name__ == "__main__":
    if shutil.which(str(BIN / "saidwhat")) is None:
        sys.exit(f"no saidwhat command in {BIN}: run `make setup` first")
    sys.exit(main())
