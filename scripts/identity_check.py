"""Does a change leave the output as it was? Extract the development slices, then compare.

    python scripts/identity_check.py run DIR        # write DIR/<slice>.jsonl with the code as it is
    python scripts/identity_check.py compare OLD NEW

`compare` reads every record of OLD and the same record of NEW restricted to the keys OLD has
(at any depth), so fields a change adds (mention spans, rule names) are dropped before comparing.
Slices: the seeds, PolNeAR dev, the first 300 PolNeAR train articles, all VOA stories (the last
three need ../shared beside the tree).
"""

from __future__ import annotations

import json
import subprocess
import sys
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
SLICES = {
    "seeds": ROOT / "examples" / "seeds",
    "polnear_dev": DATA / "polnear" / "dev.jsonl",
    "polnear_train300": (DATA / "polnear" / "train.jsonl", 300),
    "voa": DATA / "voa" / "voa_all.jsonl",
}


def run(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, source in SLICES.items():
        if isinstance(source, tuple):
            path, n = source
            source = out / f"{name}.input.jsonl"
            with path.open(encoding="utf-8") as f:
                source.write_text("".join(islice(f, n)), encoding="utf-8")
        cmd = [sys.executable, "-m", "saidwhat.cli", "extract", str(source), "-o", str(out / f"{name}.jsonl"),
               "--workers", "2", "--quiet"]
        subprocess.run(cmd, check=True)


def restrict(new: object, old: object) -> object:
    if isinstance(old, dict) and isinstance(new, dict):
        return {k: restrict(new.get(k, "<missing>"), v) for k, v in old.items()}
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        return [restrict(n, o) for n, o in zip(new, old, strict=True)]
    return new


def compare(old_dir: Path, new_dir: Path) -> int:
    bad = 0
    for name in SLICES:
        old_lines = (old_dir / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        new_lines = (new_dir / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        diffs = 0
        if len(old_lines) != len(new_lines):
            print(f"{name}: {len(old_lines)} records before, {len(new_lines)} after")
            diffs += 1
        for i, (o, n) in enumerate(zip(old_lines, new_lines, strict=False)):
            old, new = json.loads(o), json.loads(n)
            if json.dumps(restrict(new, old), ensure_ascii=False) != json.dumps(old, ensure_ascii=False):
                diffs += 1
                if diffs <= 3:
                    print(f"{name} line {i + 1}:\n  old {o[:400]}\n  new {n[:400]}")
        print(f"{name}: {len(old_lines)} records, {'identical' if not diffs else f'{diffs} differ'}")
        bad += diffs
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "run":
        run(Path(sys.argv[2]))
    elif len(sys.argv) == 4 and sys.argv[1] == "compare":
        sys.exit(compare(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        sys.exit(__doc__)
