"""Throughput of `saidwhat spark --master local[N]` against `saidwhat extract --workers N`, same articles.

    .venv/bin/python bench/spark.py [CORPUS.jsonl] [--limit 300] [--cores 2] [--repeat 1]

The first `--limit` articles of CORPUS (default: polnear train, 300 distinct articles) are run,
in turns, through:

- `saidwhat extract CORPUS --workers N -o FILE`, a subprocess, wall time from start to exit (its
  workers' model loads included);
- the Spark job (`saidwhat.spark.job.run_job`) in local[N], on a session started beforehand: the
  session start is left out, as the issue asks; the executors' Python workers start and load the
  model inside the first ("cold") job, and a second ("warm") job runs on the same workers, as every
  job but the first does on a cluster.

Prints seconds, articles/s and the ratio to extract; and checks that both wrote the same number of
statements and events. Not a test. Figures: bench/RESULTS.md and docs/scaling.md.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "polnear" / "train.jsonl"


def first_articles(corpus: Path, limit: int, into: Path) -> int:
    lines = [line for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()][:limit]
    into.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def run_extract(corpus: Path, cores: int, out: Path) -> tuple[float, int, int]:
    started = time.monotonic()
    subprocess.run([str(BIN / "saidwhat"), "extract", str(corpus), "--workers", str(cores), "--quiet",
                    "-o", str(out)], check=True, capture_output=True)
    seconds = time.monotonic() - started
    kinds = [json.loads(line)["kind"] for line in out.read_text(encoding="utf-8").splitlines()]
    return seconds, kinds.count("statement"), kinds.count("event")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--cores", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    if not args.corpus.exists():
        sys.exit(f"bench/spark.py: {args.corpus} not found; give a JSON Lines corpus")

    from saidwhat.spark.job import run_job
    from saidwhat.spark.session import spark_session

    with tempfile.TemporaryDirectory(prefix="saidwhat-bench-spark-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        n = first_articles(args.corpus, args.limit, corpus)
        print(f"{n} articles from {args.corpus}, {args.cores} cores, load average "
              f"{os.getloadavg()[0]:.1f} at the start")
        rows: list[tuple[str, float]] = []
        session = None
        for turn in range(args.repeat):
            seconds, statements, events = run_extract(corpus, args.cores, Path(tmp) / "extract.jsonl")
            rows.append(("extract", seconds))
            if session is None:
                started = time.monotonic()
                session = spark_session(f"local[{args.cores}]", "saidwhat-bench")
                print(f"spark session start: {time.monotonic() - started:.1f} s (left out)")
            for label in ("spark (cold)", "spark (warm)"):
                summary = run_job(session, [str(corpus)], str(Path(tmp) / f"spark{turn}"))
                rows.append((label, summary.seconds))
                if (summary.statements, summary.events) != (statements, events):
                    print(f"MISMATCH: spark {summary.statements} statements, {summary.events} events; "
                          f"extract {statements}, {events}")
        if session is not None:
            session.stop()
    print(f"\n{'':16}{'seconds':>9}{'articles/s':>12}{'vs extract':>12}")
    base = min(s for name, s in rows if name == "extract")
    for name, seconds in rows:
        print(f"{name:16}{seconds:9.1f}{n / seconds:12.2f}{base / seconds:12.2f}")
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
