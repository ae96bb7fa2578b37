"""Time per character of the whole per-document pipeline on hostile texts, at 1, 10 and 100 KB.

    .venv/bin/python bench/pathological.py [--sizes 1000,10000,100000] [--only FAMILY,...]

The families are those of tests/fuzz/families.py (quote storms, nested quotes and parentheses,
one repeated word, no punctuation, long sentences). Linear time shows as a flat row; CPU time of
this process, after one warm-up document (the model's load is not counted).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from saidwhat.pipeline import process_articles  # noqa: E402
from saidwhat.records import Article  # noqa: E402
from tests.fuzz.families import FAMILIES  # noqa: E402


def cpu_seconds(text: str) -> tuple[float, int]:
    start = time.process_time()
    (result,) = process_articles([Article(doc="bench", text=text)])
    return time.process_time() - start, len(result.statements)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--only", default=",".join(FAMILIES))
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    cpu_seconds("Lavrov said he would not go. " * 20)  # load the model
    print(f"{'family':<20}" + "".join(f"{f'{s // 1000} KB us/char':>18}" for s in sizes) + f"{'ratio':>8}")
    for name in args.only.split(","):
        row = []
        for size in sizes:
            text = FAMILIES[name](size)
            seconds, _ = cpu_seconds(text)
            row.append(seconds * 1e6 / len(text))
        print(f"{name:<20}" + "".join(f"{v:>18.0f}" for v in row) + f"{row[-1] / row[0]:>8.2f}", flush=True)


if __name__ == "__main__":
    main()
