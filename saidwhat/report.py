"""A readable who-said-what timeline from `saidwhat extract` JSON Lines.

Usage: python -m saidwhat.report RECORDS.jsonl
"""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterable


def timeline_rows(records: Iterable[dict]) -> list[tuple[str, str, str, str, str]]:
    """(date, who, type, what, outlet) for every statement and event, in date order."""
    outlets: dict[str, str] = {}
    rows = []
    for rec in records:
        if rec.get("kind") == "document":
            outlets[rec["doc"]] = rec.get("outlet") or rec["doc"]
            continue
        if rec.get("kind") not in ("statement", "event"):
            continue
        actor = rec.get("actor") or {}
        who = actor.get("name") or (rec.get("speaker") or {}).get("text") or "(unattributed)"
        span = rec.get("content") if rec["kind"] == "statement" else rec.get("sentence")
        what = (span or {}).get("text", "")
        if rec["kind"] == "statement" and rec.get("direct"):
            what = f"“{what}”"
        rows.append((rec.get("date") or "????-??-??", who, rec.get("type") or "", " ".join(what.split()),
                     outlets.get(rec["doc"], rec["doc"])))
    return sorted(rows, key=lambda r: (r[0], r[4]))


def format_rows(rows: list[tuple[str, str, str, str, str]], width: int = 120) -> str:
    who_w = min(24, max((len(r[1]) for r in rows), default=3))
    out_w = min(18, max((len(r[4]) for r in rows), default=3))
    what_w = max(30, width - who_w - out_w - 10 - 9 - 8)
    lines = []
    for date, who, kind, what, outlet in rows:
        what = what if len(what) <= what_w else what[: what_w - 1] + "…"
        lines.append(f"{date}  {who[:who_w]:<{who_w}}  {kind[:9]:<9}  {what:<{what_w}}  {outlet[:out_w]}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as fh:
        rows = timeline_rows(json.loads(line) for line in fh if line.strip())
    print(format_rows(rows, shutil.get_terminal_size((140, 20)).columns))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
