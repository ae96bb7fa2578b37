"""Wire datelines (`MOSCOW (AP) —`, `WASHINGTON, Jan 28 (Reuters) -`): every dateline pattern, once.

Three readings for three jobs; they differ on purpose and each is defined only here:
- `WIRE_DATELINE` (clean): a dateline that names its agency, all-caps place; it marks where the
  story starts and gives the outlet and the printed date.
- `PARSE_DATELINE` (parse): any all-caps dateline at a line start, agency or not, blanked for
  the parser only (re.M: searched over the whole text).
- `PARAGRAPH_DATELINE` (extract): a dateline opening a paragraph, mixed-case place allowed, with
  its date and agency as groups; the agency speaks for what follows (`... (UPI) — The DNC
  released a statement`). Matched at a line start with `match(text, pos, endpos)`.
Later stages import them from here (clean comes before parse and extract).
"""

from __future__ import annotations

import re

__all__ = ["PARAGRAPH_DATELINE", "PARSE_DATELINE", "WIRE_DATELINE"]

WIRE_DATELINE = re.compile(r"^[“\"]?(?P<place>[A-Z][A-Z'’.\-]{2,}(?:\s[A-Z][A-Z'’.\-]+)*)"
                           r"(?:,\s*[A-Z][\w.]*(?:\s[\w.,]+){0,3})?\s*\((?P<agency>[^()\d]{2,40})\)\s*[—–-]{1,2}\s")
PARSE_DATELINE = re.compile(r"^[ \t]*[A-Z][A-Z .,'’-]{2,40}(?:\([^)\n]{1,30}\))?\s*[—–-]{1,2}\s", re.M)
PARAGRAPH_DATELINE = re.compile(r"[ \t]*(?P<place>[A-Z][A-Za-z.'’ -]{1,40}?)(?P<date>,\s*[A-Z][a-z]{2,}\.?\s+\d{1,2})?"
                                r"\s*(?P<agency>\([A-Za-z.]{2,12}\))?\s*[—–―-]{1,2}\s+")
