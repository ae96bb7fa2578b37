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

Prints seconds, articles/s and the ratio to extract (the fastest extract run), and the CPU seconds
each run's processes used (extract's process tree; the JVM and its Python workers), which a busy
shared machine disturbs less than wall time; and checks that both wrote the same number of
statements and events. Not a test. Figures: bench/RESULTS.md and docs/scaling.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
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


def run_extract(corpus: Path, cores: int, out: Path) -> tuple[float, float, int, int]:
    """(wall seconds, CPU seconds of the process tree, statements, events) of one extract run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    subprocess.run([str(BIN / "saidwhat"), "extract", str(corpus), "--workers", str(cores), "--quiet",
                    "-o", str(out)], check=True, capture_output=True)
    seconds = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    kinds = [json.loads(line)["kind"] for line in out.read_text(encoding="utf-8").splitlines()]
    return seconds, cpu, kinds.count("statement"), kinds.count("event")


def tree_cpu() -> float:
    """CPU seconds used so far by this process's children and theirs (the JVM, pyspark's daemon
    and its Python workers, which live as long as the session), reaped ones included."""
    import psutil

    total = 0.0
    for proc in psutil.Process().children(recursive=True):
        try:
            t = proc.cpu_times()
            total += t.user + t.system + t.children_user + t.children_system
        except psutil.Error:  # ended meanwhile
            pass
    return total


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
        rows: list[tuple[str, float, float]] = []
        session = None
        for turn in range(args.repeat):
            seconds, cpu, statements, events = run_extract(corpus, args.cores, Path(tmp) / "extract.jsonl")
            rows.append(("extract", seconds, cpu))
            if session is None:
                started = time.monotonic()
                session = spark_session(f"local[{args.cores}]", "saidwhat-bench")
                print(f"spark session start: {time.monotonic() - started:.1f} s (left out)")
            for label in ("spark (cold)", "spark (warm)"):
                cpu = tree_cpu()
                summary = run_job(session, [str(corpus)], str(Path(tmp) / f"spark{turn}"))
                rows.append((label, summary.seconds, tree_cpu() - cpu))
                print(f"{label}: {summary.stage_seconds}")
                if (summary.statements, summary.events) != (statements, events):
                    print(f"MISMATCH: spark {summary.statements} statements, {summary.events} events; "
                          f"extract {statements}, {events}")
        if session is not None:
            session.stop()
    print(f"\n{'':16}{'seconds':>9}{'articles/s':>12}{'vs extract':>12}{'CPU s':>9}{'CPU s/article':>15}"
          f"{'vs extract':>12}")
    base = min(s for name, s, _ in rows if name == "extract")
    base_cpu = min(c for name, _, c in rows if name == "extract")
    for name, seconds, cpu in rows:
        print(f"{name:16}{seconds:9.1f}{n / seconds:12.2f}{base / seconds:12.2f}{cpu:9.1f}{cpu / n:15.3f}"
              f"{base_cpu / cpu:12.2f}")
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
