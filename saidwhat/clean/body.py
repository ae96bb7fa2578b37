"""Body vs. site chrome, decided line by line from general features, then by position.

A *unit* is a line (or, in hard-wrapped text, a blank-line separated block). Each unit gets a
kind from its own features (length, terminal punctuation, links, boilerplate vocabulary,
reader-addressed wording); position then settles the rest: before the lead only the headline
counts, after the last news paragraph nothing does. The text is never rewritten.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from saidwhat.clean.datelines import WIRE_DATELINE
from saidwhat.lexicons import entries

_BREAK = re.compile(r"\r\n|\r|\n")
_LINE = re.compile(r"[^\r\n]+")
_WORD = re.compile(r"\w+")
_TERMINAL = re.compile(r"[.!?…][\"'”’»)\]*]*$")

# Vocabulary that news prose rarely uses but site furniture always does.
_BOILER = re.compile(r"""
    skip\ to\ (?:main\ )?content|skip\ navigation|newsletters?\b|subscri(?:be|bers?|ption)\b
  | \bsign(?:ing)?\ up\b|\bsign\ in\b|\blog\ ?in\b|(?:use|uses|accept)\ (?:of\ )?cookies
  | cookie\ (?:policy|settings|consent)|privacy\ (?:policy|notice|settings)
  | terms\ (?:of|and)\ (?:use|service|conditions)|all\ rights\ reserved|copyright|©
  | related\ (?:articles?|posts?|stories|news|content|topics|coverage)\b
  | (?:previous|next)\ (?:article|post|story)\b|\bread\ (?:more|also|next|the\ rest)\b|\bsee\ also\b
  | more\ (?:stories|news|from)\b|^support\b|support\ (?:us|our|independent)\b
  | \bdonate\ (?:now|today|to\ us)|make\ a\ donation
  | (?:our|your)\ (?:support|help|inbox|mailbox|e-?mail)\b|follow\ us\b|share\ (?:this|on|via)\b
  | click\ here|^advertisement\b|^sponsored\b|recommended\ (?:for\ you|stories)|most\ (?:read|popular|viewed)
  | dear\ readers?|a\ message\ from\b|remind\ me\ later|(?:this|our)\ (?:site|website)\b|independent\ journalism
  | our\ (?:journalists|work|staff|newsroom|reporting)\b|human\ editor|point\ of\ view\ of\ the
  | (?:machine|automatic(?:ally)?|programmatic)\w*\ (?:\w+\ ){0,3}translat
  | translat\w*\ (?:\w+\ ){0,4}(?:programmatic|machine|automatic)
""", re.X)  # matched on lowercased text: much faster than re.I with this many alternatives
# Every match of _BOILER holds one of these (one per alternative above, or words each of its forms
# holds): a line with none of them, as most news paragraphs are, needs no scan by the pattern.
_BOILER_WORDS = (
    "skip", "newsletter", "subscri", "sign up", "signing up", "sign in", "log in", "login", "cookie",
    "privacy", "terms of", "terms and", "rights reserved", "copyright", "©", "related ", "previous ",
    "next article", "next post", "next story", "read more", "read also", "read next", "read the rest",
    "see also", "more stories", "more news", "more from", "support", "donat", "our help", "our inbox",
    "our mailbox", "our email", "our e-mail", "follow us", "share this", "share on", "share via",
    "click here", "advertisement", "sponsored", "recommended", "most read", "most popular",
    "most viewed", "dear reader", "message from", "remind me later", "site", "independent journalism",
    "our journalists", "our work", "our staff", "our newsroom", "our reporting", "human editor",
    "point of view of the", "translat",
)
_HEADER = re.compile(r"^date:?\s+\d{4}-\d{2}-\d{2}\b", re.I)
_URL_ONLY = re.compile(r"^<?(?:https?://|www\.)\S+?>?$", re.I)
_URL_LABEL = re.compile(r"^(?:original\s+url|source\s+url|url|source|link|permalink)\s*:\s*(?:<?https?://\S+?>?)?$",
                        re.I)
_COPYRIGHT = re.compile(r"(?:^|\s)(?:©|\(c\)\s*\d{4}|copyright\b)|all rights reserved", re.I)
_CAPTION_START = re.compile(r"""^(?:FILE\b|File\s*(?:photo\b|[-–—:|])|PHOTO\b|Photo\s*(?:[:/–—|-]|by\b)
    |Image\s*[:/–—|]|Pictured\b|In\ this\ (?:\w+\ ){0,4}(?:photo|image|picture|file)
    |(?:This|A)\ (?:\w+\ ){0,3}(?:photo|image|picture)\ (?:shows|taken|released|provided))""", re.X)
_CREDIT = re.compile(r"""\((?:AP|AFP|EPA|Reuters|Getty)[^)]{0,20}Photo|\bPhoto(?:graph)?\ (?:by|credit)\b
    |Getty\ Images|\bflickr\b|\(CC\ BY|Shutterstock|\bUncredited\b|Image\ (?:credit|source)\b""", re.X | re.I)
_MD_LINK = re.compile(r"\[[^\]\n]*\]\([^)\n]*\)")
_BYLINE = re.compile(r"^By\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|,|&))*\s*$")
# "Jan" ... "Dec" (`[a-z]*` then takes "Sept", "January") and weekday stems "Mon" ... "Sun"
_MONTH_STEMS = "|".join(m[:3].capitalize() for m in entries("months"))
_WEEKDAY_STEMS = "|".join(w.removesuffix("day").capitalize() for w in entries("weekdays"))
_DATE_WORDS = re.compile(r"""\b(?:""" + _MONTH_STEMS + r""")[a-z]*\.?
    |\b(?:""" + _WEEKDAY_STEMS + r""")day\b|\d{1,4}(?:st|nd|rd|th)?\b|\b(?:published|updated|posted
    |last|on|at|am|pm|a\.m\.|p\.m\.|GMT|UTC|EST|EDT|CET|MSK)\b""", re.X | re.I)
_HAS_DATE = re.compile(r"\b\d{4}\b|\b\d{1,2}:\d{2}\b")
_QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)|«[^»]*(?:»|$)")
_PERSON = re.compile(r"\b(?:[Ww]e|us|[Oo]urs?|[Yy]ou|[Yy]ours?)\b")


@dataclass(slots=True)
class Unit:
    start: int
    end: int
    text: str
    words: int
    kind: str = "short"  # body | short | chrome
    why: str = ""  # which rule marked it chrome
    addressed: bool = False  # speaks to the reader about the site (appeals, disclaimers)
    dateline: bool = False


def split_units(text: str) -> list[Unit]:
    """Stripped non-blank lines; blank-line blocks instead when the text is hard-wrapped."""
    lines = []
    for m in _LINE.finditer(text):
        s, e = m.start(), m.end()
        raw = m.group()
        s += len(raw) - len(raw.lstrip())
        e -= len(raw) - len(raw.rstrip())
        if s < e:
            lines.append((s, e))
    if not lines:
        return []
    joined = [len(_BREAK.findall(text, a[1], b[0])) < 2 for a, b in zip(lines, lines[1:], strict=False)]
    if _is_wrapped(text, lines, joined):
        blocks: list[tuple[int, int]] = [lines[0]]
        for (s, e), j in zip(lines[1:], joined, strict=True):
            blocks[-1:] = [(blocks[-1][0], e)] if j else [blocks[-1], (s, e)]
        lines = blocks
    return [Unit(s, e, text[s:e], len(_WORD.findall(text, s, e))) for s, e in lines]


def _is_wrapped(text: str, lines: list[tuple[int, int]], joined: list[bool]) -> bool:
    # hard-wrapped prose: most lines run on into the next and stop mid-sentence at similar widths
    if len(lines) < 6:
        return False
    lengths = [e - s for s, e in lines]
    terminal = sum(1 for s, e in lines if _TERMINAL.search(text, max(s, e - 8), e))
    return (sum(joined) / len(joined) >= 0.5 and terminal / len(lines) < 0.4
            and 30 <= statistics.median(lengths) <= 100)


def boilerplate(t: str) -> int:
    """How many boilerplate phrases `t` holds."""
    low = t.lower()
    for word in _BOILER_WORDS:  # a plain loop: a generator in any() cost as much again
        if word in low:
            return len(_BOILER.findall(low))
    return 0


def chrome_reason(t: str, words: int, bp: int) -> str:
    """Why one unit is site chrome on its own features alone (`bp`: its boilerplate count), or ''."""
    if _HEADER.search(t):
        return "header"
    if _URL_ONLY.match(t) or _URL_LABEL.match(t):
        return "url"
    if _COPYRIGHT.search(t) and words <= 60:
        return "copyright"
    if _CAPTION_START.match(t) or (_CREDIT.search(t) and words <= 60):
        return "caption"
    links = sum(m.end() - m.start() for m in _MD_LINK.finditer(t))
    if links >= 0.5 * len(t):
        return "links"
    if words <= 12 and _BYLINE.match(t):
        return "byline"
    if words <= 12 and _HAS_DATE.search(t) and len(_WORD.findall(_DATE_WORDS.sub(" ", t))) <= 1:
        return "date line"
    if bp and (words <= 12 or bp >= 3 or bp * 12 >= words or (bp >= 2 and _person(t))):
        return "boilerplate"
    return ""


def _ends_sentence(t: str) -> bool:
    return bool(_TERMINAL.search(t[-8:]))  # only the tail matters; searching all of t is slow


def _person(t: str) -> int:
    """First/second person words outside quotation marks: the site talking to its readers."""
    return len(_PERSON.findall(_QUOTED.sub(" ", t)))


def classify(units: list[Unit]) -> None:
    for u in units:
        bp = boilerplate(u.text)
        u.why = chrome_reason(u.text, u.words, bp)
        if u.why:
            u.kind = "chrome"
            continue
        # a colon ends a paragraph that introduces a quote, not a short label ("A Message from X:")
        terminal = bool(_ends_sentence(u.text)) or (u.text.endswith(":") and u.words >= 12)
        u.kind = "body" if (terminal and u.words >= 6) or u.words >= 25 else "short"
        u.addressed = u.kind == "body" and bp > 0 and _person(u.text) > 0
        u.dateline = bool(WIRE_DATELINE.match(u.text))
    # a short sentence next to a photo credit is that photo's caption ("A view of the Kremlin.")
    for i, u in enumerate(units):
        near = units[max(i - 1, 0): i + 2]
        if u.kind == "short" and _ends_sentence(u.text) and any(v.why == "caption" for v in near):
            u.kind, u.why = "chrome", "caption"


def headline_like(u: Unit) -> bool:
    t = u.text
    return (u.kind != "chrome" and 3 <= u.words <= 30 and len(t) <= 250 and not t.endswith(".")
            and not u.dateline and (t[0].isupper() or t[0].isdigit() or t[0] in "“\"'‘"))


def select_body(units: list[Unit], given_title: str | None = None) -> tuple[list[int], int | None]:
    """Indices of the body units, and the index of the headline unit (or None)."""
    classify(units)
    bodies = [i for i, u in enumerate(units) if u.kind == "body"]
    first = bodies[0] if bodies else len(units) - 1
    title = _title_index(units, first, given_title)
    # a wire dateline among the first paragraphs marks where the story starts
    start = next((i for i in bodies[:3] if units[i].dateline), first)
    news = [i for i in bodies if not units[i].addressed]
    end = news[-1] if news else start
    # a closing one-line sentence ("Only McAuliffe stayed home.") still belongs to the story
    while end + 1 < len(units) and _sentence(units[end + 1]):
        end += 1
    keep = []
    for i, u in enumerate(units):
        if i == title:
            keep.append(i)
        elif start <= i <= end and u.kind != "chrome":
            # in the middle a short line stays when it reads as a sentence, a quote's
            # introduction ("He said:") or a subheading
            if u.kind == "body" or _ends_sentence(u.text) or u.text.endswith(":") or u.words >= 4:
                keep.append(i)
    return keep, title


def _sentence(u: Unit) -> bool:
    return u.kind != "chrome" and not u.addressed and u.words >= 3 and bool(_ends_sentence(u.text))


def _title_index(units: list[Unit], first: int, given: str | None) -> int | None:
    """The unit holding the given title, else the first headline-like unit before the lead."""
    if given and given.strip():
        g = given.strip().rstrip(".!?").strip()
        for i, u in enumerate(units[: first + 3]):
            if u.text.rstrip(".!?").strip() == g:
                return i
    lead = [i for i in range(first + 1) if headline_like(units[i])]
    return next((i for i in lead if units[i].words >= 4), lead[0] if lead else None)
