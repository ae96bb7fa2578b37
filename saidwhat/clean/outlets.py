"""A small table of common news outlets: canonical name, web hosts, and the names used in text."""

from __future__ import annotations

import re

# (canonical name, hosts, names as printed: aliases are matched case-sensitively on word boundaries)
OUTLETS: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    ("AP", ("apnews.com", "ap.org"), ("AP", "Associated Press", "The Associated Press")),
    ("Reuters", ("reuters.com",), ("Reuters",)),
    ("AFP", ("afp.com",), ("AFP", "Agence France-Presse", "Agence France Presse")),
    ("BBC", ("bbc.co.uk", "bbc.com"), ("BBC", "BBC News")),
    ("CNN", ("cnn.com",), ("CNN",)),
    ("The Guardian", ("theguardian.com", "guardian.co.uk"), ("The Guardian",)),
    ("The New York Times", ("nytimes.com",), ("The New York Times", "New York Times")),
    ("The Washington Post", ("washingtonpost.com",), ("The Washington Post", "Washington Post")),
    ("The Wall Street Journal", ("wsj.com",), ("The Wall Street Journal", "Wall Street Journal")),
    ("Financial Times", ("ft.com",), ("Financial Times",)),
    ("Bloomberg", ("bloomberg.com",), ("Bloomberg",)),
    ("Politico", ("politico.com", "politico.eu"), ("Politico", "POLITICO")),
    ("NPR", ("npr.org",), ("NPR",)),
    ("Fox News", ("foxnews.com",), ("Fox News",)),
    ("The Hill", ("thehill.com",), ("The Hill",)),
    ("Breitbart", ("breitbart.com",), ("Breitbart", "Breitbart News")),
    ("UPI", ("upi.com",), ("UPI", "United Press International")),
    ("Voice of America", ("voanews.com",), ("Voice of America", "VOA")),
    ("Al Jazeera", ("aljazeera.com", "aljazeera.net"), ("Al Jazeera",)),
    ("euronews", ("euronews.com",), ("euronews", "Euronews")),
    ("DW", ("dw.com",), ("DW", "Deutsche Welle")),
    ("France 24", ("france24.com",), ("France 24", "FRANCE 24")),
    ("The Moscow Times", ("themoscowtimes.com",), ("The Moscow Times", "Moscow Times")),
    ("TASS", ("tass.com", "tass.ru"), ("TASS", "Tass")),
    ("RIA Novosti", ("ria.ru",), ("RIA Novosti",)),
    ("Interfax", ("interfax.ru", "interfax.com"), ("Interfax",)),
    ("RT", ("rt.com",), ("RT",)),
    ("Sputnik", ("sputniknews.com", "sputnikglobe.com"), ("Sputnik",)),
    ("The Kyiv Independent", ("kyivindependent.com",), ("The Kyiv Independent", "Kyiv Independent")),
    ("Ukrinform", ("ukrinform.net", "ukrinform.ua"), ("Ukrinform",)),
    ("Xinhua", ("xinhuanet.com", "news.cn"), ("Xinhua",)),
    ("Anadolu Agency", ("aa.com.tr",), ("Anadolu Agency", "Anadolu")),
    ("Rudaw", ("rudaw.net",), ("Rudaw",)),
]

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
