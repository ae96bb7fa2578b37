"""Plain-text rendering of query results for people (machines get --json)."""

from __future__ import annotations

from typing import Any


def shorten(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def table(rows: list[dict[str, Any]], columns: list[tuple[str, str, int]]) -> str:
    """A fixed-width table; `columns` are (key, header, max width)."""
    cells = [[shorten(_str(r.get(k)), w) for k, _, w in columns] for r in rows]
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, (_, h, _) in enumerate(columns)]
    lines = ["  ".join(h.ljust(w) for (_, h, _), w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines)


def _str(v: Any) -> str:
    return "" if v is None else str(v)


def speaker(r: dict[str, Any]) -> str:
    """The resolved name, else the words the text used for the source."""
    if r.get("actor"):
        return r["actor"]
    return f"({r['speaker_text']})" if r.get("speaker_text") else "?"


def date(r: dict[str, Any]) -> str:
    """A date as precise as it is known: `2014` for "since 2014", `2022-01` for "in January"."""
    value = r.get("date") or ""
    cut = {"year": 4, "month": 7}.get(r.get("date_precision") or "day")
    return value[:cut] if cut else value


def claimed_mark(r: dict[str, Any]) -> str:
    """"[claimed] " before an event the outlet does not assert (only a source claims it)."""
    return "[claimed] " if r.get("kind") == "event" and r.get("asserted") == 0 else ""


def record(rec: dict[str, Any]) -> str:
    """`saidwhat show`: one statement or event, its sentence in context, its sources."""
    when = date(rec) or "undated"
    if rec.get("date_precision") not in (None, "day"):
        when += f" ({rec['date_precision']})"
    lines = [f"{rec['id']}  {rec['kind']}  {rec['type']}  {when}"]

    def actor(a: dict[str, Any] | None) -> str:
        if not a:
            return "-"
        extra = ", ".join(x for x in (a.get("country"), a.get("sector"), a.get("role")) if x)
        return f"{a['name']} ({extra})" if extra else a["name"]

    if rec["kind"] == "statement":
        lines += [f"speaker:    {actor(rec['actor'])}" + (f"  [text: {rec['speaker_text']}]"
                                                            if rec.get("speaker_text") else ""),
                  f"cue:        {rec.get('cue_text') or '-'}",
                  f"content:    {'“' + rec['content_text'] + '”' if rec['direct'] else rec['content_text']}"]
    else:
        lines += [f"actor:      {actor(rec['actor'])}", f"trigger:    {rec['trigger_text']}",
                  f"mode:       {rec.get('mode') or '-'}"]
        if rec.get("asserted") in (0, False):
            lines.append("claimed:    only by a source, not asserted by the outlet")
    lines += [f"recipient:  {actor(rec['recipient'])}", f"confidence: {rec.get('confidence')}",
              f"rule:       {rec.get('rule') or '-'}", "", "in context:"]
    c = rec["context"]
    lines.append("    " + " ".join(f"{c['before']}>>> {c['sentence']} <<<{c['after']}".split()))
    lines += ["", "sources:"]
    for s in rec["sources"]:
        head = " ".join(x for x in (s.get("outlet"), s.get("published")) if x) or "(no outlet)"
        lines.append(f"  {s['doc']}  {head}  {s.get('title') or ''}".rstrip())
        for extra in (s.get("url"), s.get("source")):
            if extra:
                lines.append(f"      {extra}")
    return "\n".join(lines)
