"""`saidwhat brief`: a cited digest of a story, every line with its outlets and record ids.

Sections: key claims per actor in date order (most-reported first within an actor), typed
events, contested points and figures, quote variants, and the dates inferred for undated
documents. Filters are those of `saidwhat timeline` (`about`, `actor`, `since`).
"""

from __future__ import annotations

import html
import json
import sqlite3
from typing import Any

from saidwhat.store.claims import DOC_DATE, day_sql
from saidwhat.store.queries import events as event_rows
from saidwhat.store.queries import statements as statement_rows

__all__ = ["brief", "render"]


def brief(con: sqlite3.Connection, about: str | None = None, actor: str | None = None,
          since: str | None = None, claims_per_actor: int = 5) -> dict[str, Any]:
    """The digest as data: {claims, events, contested, variants, dates}."""
    ids = {r["id"] for r in statement_rows(con, actor=actor, about=about, since=since)}
    rows = con.execute(
        "SELECT s.id, s.claim_id, s.content_text, s.direct, coalesce(a.name, s.speaker_text) AS who,"
        f" s.actor_id, d.outlet, d.id AS doc, coalesce({day_sql('s')}, {DOC_DATE}) AS date,"
        " d.published IS NULL AS inferred, s.type"
        " FROM statements s JOIN documents d ON d.id = s.doc LEFT JOIN actors a ON a.id = s.actor_id"
        " WHERE s.claim_id IS NOT NULL ORDER BY s.id").fetchall()
    by_claim: dict[int, list[sqlite3.Row]] = {}
    for r in rows:
        by_claim.setdefault(r["claim_id"], []).append(r)
    claims = []
    for claim, reports in by_claim.items():
        if not any(r["id"] in ids for r in reports):
            continue
        first = reports[0]
        claims.append({"claim": f"c{claim}", "actor": first["who"], "type": first["type"],
                       "text": first["content_text"], "date": min((r["date"] for r in reports if r["date"]),
                                                                   default=None),
                       "inferred": all(r["inferred"] for r in reports if r["date"]),
                       "reports": [_cite(r) for r in reports]})
    per_actor: dict[str, list[dict[str, Any]]] = {}
    for c in sorted(claims, key=lambda c: (-len({r["doc"] for r in c["reports"]}), c["claim"])):
        per_actor.setdefault(c["actor"], []).append(c)
    key_claims = {a: sorted(cs[:claims_per_actor], key=lambda c: (c["date"] or "9", c["claim"]))
                  for a, cs in sorted(per_actor.items(), key=lambda kv: -len(kv[1]))}
    docs = {r["doc"] for c in claims for r in c["reports"]}
    events = {r["id"] for r in event_rows(con, actor=actor, about=about, since=since)
              if r["record"] == "event"}
    return {"claims": key_claims, "events": _events(con, events), "contested": _contested(con, docs),
            "variants": _variants(con, {int(c["claim"][1:]) for c in claims}),
            "dates": _dates(con, docs)}


def _cite(r: sqlite3.Row) -> dict[str, Any]:
    return {"id": f"s{r['id']}", "outlet": r["outlet"] or r["doc"], "doc": r["doc"], "date": r["date"],
            "inferred": bool(r["inferred"]) and r["date"] is not None, "direct": bool(r["direct"])}


def _events(con: sqlite3.Connection, ids: set[str]) -> list[dict[str, Any]]:
    out = []
    for h in con.execute("SELECT h.*, a.name AS actor, r.name AS recipient FROM happenings h"
                         " LEFT JOIN actors a ON a.id = h.actor_id LEFT JOIN actors r ON r.id = h.recipient_id"
                         " WHERE h.actor_id IS NOT NULL ORDER BY h.first_date IS NULL, h.first_date, h.id"):
        reports = con.execute("SELECT e.id, e.doc, e.trigger_text, e.factuality, d.outlet FROM events e"
                              " JOIN documents d ON d.id = e.doc WHERE e.happening_id = ? ORDER BY e.id",
                              (h["id"],)).fetchall()
        if not any(f"e{r['id']}" in ids for r in reports):
            continue
        out.append({"type": h["type"], "actor": h["actor"], "recipient": h["recipient"],
                    "date": h["first_date"], "trigger": reports[0]["trigger_text"],
                    "reports": [{"id": f"e{r['id']}", "outlet": r["outlet"] or r["doc"],
                                 "factuality": r["factuality"]} for r in reports]})
    return out


def _side(con: sqlite3.Connection, record: str) -> dict[str, Any]:
    table = "statements" if record[0] == "s" else "events"
    text = "content_text" if record[0] == "s" else "sentence_text"
    r = con.execute(f"SELECT x.{text} AS text, x.actor_id, coalesce(a.name, x.actor_id) AS actor, d.outlet,"
                    f" x.doc FROM {table} x JOIN documents d ON d.id = x.doc"
                    f" LEFT JOIN actors a ON a.id = x.actor_id WHERE x.id = ?", (int(record[1:]),)).fetchone()
    outlets = [r["outlet"] or r["doc"]]
    if record[0] == "s":  # every outlet that reported the same claim
        outlets = [o[0] for o in con.execute(
            "SELECT DISTINCT coalesce(d.outlet, d.id) FROM statements s JOIN documents d ON d.id = s.doc"
            " WHERE s.claim_id = (SELECT claim_id FROM statements WHERE id = ?) ORDER BY 1",
            (int(record[1:]),))] or outlets
    return {"id": record, "actor": r["actor"], "text": r["text"], "outlets": outlets}


def _contested(con: sqlite3.Connection, docs: set[str]) -> list[dict[str, Any]]:
    out = []
    for c in con.execute("SELECT * FROM contested ORDER BY kind, id"):
        if c["doc_a"] not in docs and c["doc_b"] not in docs:
            continue
        out.append({"kind": c["kind"], "matter": c["matter"], "a": {**_side(con, c["a"]), "says": c["value_a"]},
                    "b": {**_side(con, c["b"]), "says": c["value_b"]}})
    return out


def _variants(con: sqlite3.Connection, claims: set[int]) -> list[dict[str, Any]]:
    out = []
    for v in con.execute("SELECT * FROM quote_variants ORDER BY claim_id, id"):
        if v["claim_id"] in claims:
            out.append({"claim": f"c{v['claim_id']}", "a": _side(con, f"s{v['a']}"),
                        "b": _side(con, f"s{v['b']}"), "diff": v["diff"], "translated": v["translated"]})
    return out


def _dates(con: sqlite3.Connection, docs: set[str]) -> list[dict[str, Any]]:
    out = []
    for d in con.execute("SELECT id, outlet, date_inferred, date_confidence, date_evidence FROM documents"
                         " WHERE published IS NULL AND date_evidence IS NOT NULL ORDER BY id"):
        if d["id"] in docs:
            ev = json.loads(d["date_evidence"])
            out.append({"doc": d["id"], "outlet": d["outlet"], "date": d["date_inferred"],
                        "confidence": d["date_confidence"], "evidence": ev.get("evidence", []),
                        "why": ev.get("why") or ev.get("rule")})
    return out


def _outlets(reports: list[dict[str, Any]]) -> str:
    seen: dict[str, list[str]] = {}
    for r in reports:
        seen.setdefault(r["outlet"], []).append(r["id"])
    return "; ".join(f"{o} {', '.join(ids)}" for o, ids in seen.items())


def render(data: dict[str, Any], fmt: str = "md", title: str = "Brief") -> str:
    """Markdown, or a standalone HTML page (the same lines, escaped)."""
    lines = [f"# {title}", "", "## Key claims per actor", ""]
    for actor, claims in data["claims"].items():
        lines.append(f"### {actor}")
        for c in claims:
            when = (c["date"] or "undated") + (" (inferred)" if c["inferred"] and c["date"] else "")
            quote = f"“{c['text']}”" if any(r["direct"] for r in c["reports"]) else c["text"]
            lines.append(f"- {when} [{c['claim']}] {c['type']}: {quote} — {_outlets(c['reports'])}")
        lines.append("")
    lines += ["## Events", ""]
    for e in data["events"]:
        to = f" → {e['recipient']}" if e["recipient"] else ""
        lines.append(f"- {e['date'] or 'undated'} {e['type']}: {e['actor']}{to} ({e['trigger']}) — "
                     + _outlets(e["reports"]))
    lines += ["", "## Contested", ""]
    for c in data["contested"]:
        a, b = c["a"], c["b"]
        lines.append(f"- {c['kind']} on “{c['matter']}”: {a['actor']} ({a['says']}) “{a['text']}” — "
                     f"{', '.join(a['outlets'])} [{a['id']}] vs. {b['actor']} ({b['says']}) “{b['text']}” — "
                     f"{', '.join(b['outlets'])} [{b['id']}]")
    lines += ["", "## Quote variants", ""]
    for v in data["variants"]:
        mark = f" (machine-translated: {v['translated']})" if v["translated"] else ""
        lines.append(f"- [{v['claim']}] {v['a']['outlets'][0]} [{v['a']['id']}] vs. "
                     f"{v['b']['outlets'][0]} [{v['b']['id']}]{mark}: {v['diff']}")
    lines += ["", "## Undated documents", ""]
    for d in data["dates"]:
        if d["date"]:
            lines.append(f"- {d['doc']} ({d['outlet']}): inferred {d['date']}, confidence "
                         f"{d['confidence']:.1f}, {d['why']}; evidence: "
                         + "; ".join(e.get("text") or e.get("record", "") + " " + e.get("doc", "")
                                     for e in d["evidence"]))
        else:
            lines.append(f"- {d['doc']} ({d['outlet']}): no date — {d['why']}")
    text = "\n".join(lines) + "\n"
    if fmt == "html":
        return _html(lines, title)
    return text


def _html(lines: list[str], title: str) -> str:
    """The Markdown lines as a page: headings, and each "- " line an item of a list."""
    out: list[str] = []
    in_list = False
    for line in lines:
        is_item = line.startswith("- ")
        if in_list and not is_item:
            out.append("</ul>")
        if is_item and not in_list:
            out.append("<ul>")
        in_list = is_item
        if is_item:
            out.append(f"<li>{html.escape(line[2:])}</li>")
        elif line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            out.append(f"<h{level}>{html.escape(line[level:].strip())}</h{level}>")
    if in_list:
        out.append("</ul>")
    body = "\n".join(out)
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"</head><body>\n{body}\n</body></html>\n")


def claim(con: sqlite3.Connection, claim_id: str) -> dict[str, Any]:
    """One claim (c12): its actor, every report (document, outlet, date, sentence) and its quote
    variants with their word diffs."""
    from saidwhat.store.schema import StoreError

    text = claim_id.strip().lower()
    if not (text[:1] == "c" and text[1:].isascii() and text[1:].isdigit() and len(text) < 20):
        raise StoreError(f"bad claim id {claim_id!r}: claim ids look like c12, as `saidwhat brief` prints them")
    row = con.execute("SELECT c.*, a.name AS actor FROM claims c LEFT JOIN actors a ON a.id = c.actor_id"
                      " WHERE c.id = ?", (int(text[1:]),)).fetchone()
    if row is None:
        raise StoreError(f"no claim {text} in the database; `saidwhat brief` lists the claim ids")
    reports = [{"id": f"s{r['id']}", "doc": r["doc"], "outlet": r["outlet"], "title": r["title"],
                "date": r["published"] or r["date_inferred"], "date_inferred": r["published"] is None
                and r["date_inferred"] is not None, "direct": bool(r["direct"]), "content": r["content_text"],
                "sentence": r["sentence_text"], "machine_translated": r["machine_translated"]}
               for r in con.execute(
                   "SELECT s.*, d.outlet, d.title, d.published, d.date_inferred, d.machine_translated"
                   " FROM statements s JOIN documents d ON d.id = s.doc WHERE s.claim_id = ? ORDER BY s.id",
                   (row["id"],))]
    variants = [{"a": f"s{v['a']}", "b": f"s{v['b']}", "diff": v["diff"], "similarity": v["similarity"],
                 "translated": v["translated"]}
                for v in con.execute("SELECT * FROM quote_variants WHERE claim_id = ? ORDER BY id", (row["id"],))]
    return {"id": f"c{row['id']}", "kind": "claim", "actor": row["actor"], "actor_id": row["actor_id"],
            "text": row["text"], "first_date": row["first_date"], "last_date": row["last_date"],
            "documents": row["documents"], "outlets": row["outlets"], "reports": reports,
            "variants": variants}


def render_claim(c: dict[str, Any]) -> str:
    """`saidwhat show c12` for people."""
    lines = [f"{c['id']}  claim  {c['actor'] or c['actor_id']}  {c['first_date'] or 'undated'}"
             + (f" .. {c['last_date']}" if c["last_date"] and c["last_date"] != c["first_date"] else ""),
             f"said:       {c['text']}", f"reports:    {len(c['reports'])} in {c['documents']} documents, "
             f"{c['outlets']} outlets", ""]
    for r in c["reports"]:
        when = (r["date"] or "undated") + (" (inferred)" if r["date_inferred"] else "")
        mark = "  [machine-translated]" if r["machine_translated"] else ""
        quote = f"“{r['content']}”" if r["direct"] else r["content"]
        lines += [f"  {r['id']}  {r['outlet'] or r['doc']}  {when}{mark}", f"      {quote}",
                  f"      in: {' '.join(r['sentence'].split())}"]
    if c["variants"]:
        lines += ["", "quote variants ([-dropped-] {+added+}):"]
        for v in c["variants"]:
            mark = f"  (machine-translated: {v['translated']})" if v["translated"] else ""
            lines.append(f"  {v['a']} → {v['b']}{mark}: {v['diff']}")
    return "\n".join(lines)
