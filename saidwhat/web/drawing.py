"""Geometry for the two SVG drawings: the volume strip and an actor's network.

Only numbers are computed here; the templates write the SVG, so every name and label passes
through Jinja's escaping like any other text.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from markupsafe import Markup, escape

__all__ = ["TYPE_COLOURS", "colour", "network", "strip"]

# One colour per PLOVER type seen often; others share a grey.
TYPE_COLOURS = {
    "STATEMENT": "#8aa1b1", "ACCUSE": "#d1495b", "THREATEN": "#8c1c13", "REQUEST": "#edae49",
    "REJECT": "#a05195", "AGREE": "#66a182", "SUPPORT": "#2e7d32", "CONSULT": "#00798c",
    "COOPERATE": "#30638e", "ASSAULT": "#3d3d3d", "MOBILIZE": "#6a4c93", "SANCTION": "#f26419",
    "COERCE": "#7f5539", "AID": "#4f772d", "PROTEST": "#ff8c42", "RETREAT": "#9c9c9c",
}
OTHER_COLOUR = "#b8b8b8"


def colour(type_: str) -> str:
    return TYPE_COLOURS.get(type_, OTHER_COLOUR)


def strip(volume: dict[str, Any], width: int = 960, height: int = 64) -> dict[str, Any]:
    """Stacked bars of records by type, one slot per bin of `days_per_bar` calendar days (one day
    unless the span is long) from the first date to the last."""
    if not volume["bins"]:
        return {"bars": [], "width": width, "height": height, "first": None, "last": None, "max": 0}
    first, last, per = date.fromisoformat(volume["first"]), date.fromisoformat(volume["last"]), volume["days_per_bar"]
    span = (last - first).days + 1
    totals: dict[int, int] = defaultdict(int)
    for k, _, n in volume["bins"]:
        totals[k] += n
    slot = width / -(-span // per)
    top = max(totals.values())
    bars = []
    y = float(height)
    previous = None
    for k, type_, n in volume["bins"]:  # sorted by bin, then type
        if k != previous:
            y, previous = float(height), k
        start = first + timedelta(days=k * per)
        label = start.isoformat() if per == 1 else \
            f"{start.isoformat()} to {min(start + timedelta(days=per - 1), last).isoformat()}"
        h = n / top * (height - 4)
        y -= h
        bars.append({"x": round(k * slot + slot * 0.1, 2), "y": round(y, 2), "w": round(max(slot * 0.8, 1.0), 2),
                     "h": round(h, 2), "fill": colour(type_), "day": label, "type": type_, "n": n,
                     "total": totals[k]})
    return {"bars": bars, "rects": _rects(bars), "width": width, "height": height, "first": volume["first"],
            "last": volume["last"], "max": top, "span": span, "days_per_bar": per, "outside": volume["outside"]}


def _rects(bars: list[dict[str, Any]]) -> Markup:
    """The bars as SVG, written here rather than in the template: a busy strip has hundreds, and
    this is ten times faster. Every text goes through escape() as in the templates."""
    return Markup("".join(
        f'<rect x="{b["x"]}" y="{b["y"]}" width="{b["w"]}" height="{b["h"]}" fill="{escape(b["fill"])}">'
        f'<title>{escape(b["day"])}: {b["n"]} {escape(b["type"])} (of {b["total"]})</title></rect>'
        for b in bars))


def network(centre: dict[str, Any], edges: list[dict[str, Any]], size: int = 560,
            most: int = 14) -> dict[str, Any]:
    """The actor in the middle, the others it is linked with on a circle, one curved arrow per
    (other, type, direction) with its count; at most `most` other actors (the most linked)."""
    weight: dict[str, int] = defaultdict(int)
    names: dict[str, str] = {}
    for e in edges:
        weight[e["other"]] += e["n"]
        names[e["other"]] = e["other_name"]
    others = sorted(weight, key=lambda o: (-weight[o], names[o]))[:most]
    margin = 150  # room for the names written beside the nodes on the left and right
    cx, c = size / 2 + margin, size / 2
    radius = size / 2 - 60
    nodes = [{"id": centre["id"], "name": centre["name"], "x": cx, "y": c, "centre": True}]
    place: dict[str, tuple[float, float]] = {}
    for i, other in enumerate(others):
        angle = -math.pi / 2 + 2 * math.pi * i / max(len(others), 1)
        x, y = cx + radius * math.cos(angle), c + radius * math.sin(angle)
        place[other] = (x, y)
        nodes.append({"id": other, "name": names[other], "x": round(x, 1), "y": round(y, 1),
                      "centre": False, "anchor": "start" if x > cx + 1 else "end" if x < cx - 1 else "middle"})
    by_other: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in edges:
        if e["other"] in place:
            by_other[e["other"]].append(e)
    lines = []
    for other, group in by_other.items():
        ox, oy = place[other]
        for k, e in enumerate(group):
            # outgoing arrows run centre -> other, incoming other -> centre; several between the
            # same pair bend apart so each stays visible and clickable
            (x1, y1), (x2, y2) = ((cx, c), (ox, oy)) if e["direction"] == "out" else ((ox, oy), (cx, c))
            bend = (k - (len(group) - 1) / 2) * 38 + (14 if e["direction"] == "out" else -14)
            dx, dy = x2 - x1, y2 - y1
            length = math.hypot(dx, dy) or 1.0
            mx, my = (x1 + x2) / 2 - dy / length * bend, (y1 + y2) / 2 + dx / length * bend
            # stop short of the node circles
            sx, sy = _towards(x1, y1, mx, my, 16)
            ex, ey = _towards(x2, y2, mx, my, 20)
            lines.append({**e, "path": f"M{sx:.1f},{sy:.1f} Q{mx:.1f},{my:.1f} {ex:.1f},{ey:.1f}",
                          "lx": round((sx + 2 * mx + ex) / 4, 1), "ly": round((sy + 2 * my + ey) / 4, 1),
                          "stroke": colour(e["type"]), "width": round(min(1.5 + math.log2(e["n"] + 1), 6), 2)})
    return {"size": size, "width": size + 2 * margin, "nodes": nodes, "lines": lines,
            "hidden": max(len(weight) - len(others), 0)}


def _towards(x: float, y: float, tx: float, ty: float, d: float) -> tuple[float, float]:
    length = math.hypot(tx - x, ty - y) or 1.0
    return x + (tx - x) / length * d, y + (ty - y) / length * d
