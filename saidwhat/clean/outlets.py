"""A small table of common news outlets (lexicons/outlets.csv): name, web hosts, names used in text."""

from __future__ import annotations

import re

from saidwhat.lexicons import table

# (canonical name, hosts, names as printed: aliases are matched case-sensitively on word boundaries)
OUTLETS: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    (r["name"], tuple(r["hosts"].split(";")), tuple(r["names"].split(";"))) for r in table("outlets")]

_BY_ALIAS = {alias: name for name, _, aliases in OUTLETS for alias in aliases}
_ALTERNATIVES = "|".join(re.escape(a) for a in sorted(_BY_ALIAS, key=len, reverse=True))
_ALIASES = re.compile(rf"(?<!\w)(?:{_ALTERNATIVES})(?!\w)")


def outlet_named(s: str) -> str | None:
    """The canonical name when `s` is exactly a known outlet name ("The Associated Press" -> "AP")."""
    return _BY_ALIAS.get(s.strip())


def outlets_in(s: str) -> list[tuple[int, int, str]]:
    """Known outlet names mentioned in `s`: (start, end, canonical name)."""
    return [(m.start(), m.end(), _BY_ALIAS[m.group()]) for m in _ALIASES.finditer(s)]


def outlet_for_host(host: str) -> str:
    """A known outlet for a web host (subdomains included), else a readable form of the host."""
    host = host.lower().split("@")[-1].split(":")[0].strip(".")
    for name, hosts, _ in OUTLETS:
        if any(host == h or host.endswith("." + h) for h in hosts):
            return name
    return re.sub(r"^(?:www\d?|m|amp|mobile)\.", "", host)
