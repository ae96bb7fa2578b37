"""Headlines: `X: Y` and `Y, X Says`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from saidwhat.extract.statements.spans import trim
from saidwhat.lexicons import entries
from saidwhat.parse import doc_text
from saidwhat.records import DocumentInfo, Span, Statement
from saidwhat.rules import speaker_rules, statement_rules

if TYPE_CHECKING:
    from spacy.tokens import Doc


# The headline speech verbs, capitalised and lower-case, and `Accuses` (capitalised only). No verb
# is the start of another, so the order of the alternatives does not change what matches.
_VERBS = entries("headline_speech_verbs")
_SAYS = "(?:" + "|".join([v.capitalize() for v in _VERBS] + ["Accuses"] + list(_VERBS)) + ")"
_TRAILING_SAYS = re.compile(r"^(?P<content>.{12,}?),\s+(?P<speaker>[^,:]{2,60}?)\s+(?P<cue>" + _SAYS + r")\s*$")
_COLON = re.compile(r"^(?P<speaker>[^:\"“”]{2,60}?)\s*(?P<cue>:)\s+(?P<content>\S.{8,})$")


# Words that head a headline before a colon as a label (`Breaking: ...`, `WATCH: ...`).
HEADLINE_KICKERS = frozenset("""breaking revealed wow boom look watch bombshell exclusive update updated
video photos photo report analysis opinion editorial live confirmed busted shocking review explainer
factbox timeline transcript listen latest developing alert warning oops ouch yikes whoa epic huge
why what how""".split()) | {"just in", "breaking news", "the latest", "must see", "fact check",
                               "read more", "uh oh", "here's why", "q&a"}


@statement_rules.register("headline.colon_v1")
def headline_colon(line: str) -> re.Match[str] | None:
    """`Lavrov: No war if it depends on Russia`: a name, a colon, what was said."""
    return _COLON.match(line)


@statement_rules.register("headline.says_v1")
def headline_says(line: str) -> re.Match[str] | None:
    """`No war if it depends on Russia, Lavrov Says`: what was said, a name, a speech verb."""
    return _TRAILING_SAYS.match(line)


@speaker_rules.register("speaker.headline_v1")
def headline_statements(doc: Doc, info: DocumentInfo) -> list[Statement]:
    """The title read in one of the headline forms; its name part is the speaker (unless it is a
    label like `Breaking`): the parser reads Title Case badly."""
    span = info.title_span
    if span is None:
        return []
    text = doc_text(doc)
    line = text[span.start:span.end]
    out: list[Statement] = []
    m = headline_colon(line)
    rule = "headline.colon_v1"
    if m is None:
        m = headline_says(line)
        rule = "headline.says_v1"
    if m is None:
        return out
    sp_start, sp_end = span.start + m.start("speaker"), span.start + m.end("speaker")
    speaker_text = text[sp_start:sp_end]
    if len(speaker_text.split()) > 6 or not any(w[:1].isupper() for w in speaker_text.split()):
        return out
    if " ".join(speaker_text.lower().split()).strip(" !.") in HEADLINE_KICKERS or "," in speaker_text:
        return out  # `Breaking: ...`, `Beyond plagiarism, a bigger issue: ...`: a label, not a source
    content = trim(text, span.start + m.start("content"), span.start + m.end("content"))
    direct = False
    body = content.text.rstrip(".!?")
    if len(body) > 2 and body[0] in "“\"‘'" and body[-1] in "”\"’'" and not any(
            c in "“”\"" for c in body[1:-1]):
        content, direct = Span.of(text, content.start + 1, content.start + len(body) - 1), True
    out.append(Statement(content=content, sentence=trim(text, span.start, span.end), direct=direct,
                         speaker=Span.of(text, sp_start, sp_end),
                         cue=Span.of(text, span.start + m.start("cue"), span.start + m.end("cue")),
                         rule=rule, confidence=0.7, speaker_rule="speaker.headline_v1"))
    return out
