"""`colon.turn_v1`: a paragraph opening with a name and a colon (`MATTHEWS: ...`, transcripts)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from saidwhat.extract.statements.spans import overlaps, trim
from saidwhat.parse import doc_text
from saidwhat.records import DocumentInfo, Span, Statement
from saidwhat.rules import speaker_rules, statement_rules

if TYPE_CHECKING:
    from spacy.tokens import Doc


_TURN = re.compile(r"^[ \t]*(?P<speaker>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4})[ \t]*:[ \t\xa0]+(?P<content>\S.{15,})$")
NOT_SPEAKERS = frozenset("""note update updated editor editor’s editor's related read watch photo photos video
source sources credit caption warning disclaimer q a question answer story the and but correction
clarification email contact share follow tags stat""".split())


@statement_rules.register("colon.turn_v1")
@speaker_rules.register("speaker.turn_v1")
def turn_statements(doc: Doc, info: DocumentInfo, found: list[Statement]) -> list[Statement]:
    """`MATTHEWS: Here's the irony ...` / `Jones: The partisanship ...`: a paragraph that opens with
    a name (a PERSON or ORG, or a word in capitals) and a colon is that speaker's turn."""
    text = doc_text(doc)
    out: list[Statement] = []
    for span in info.body:
        pos = span.start
        for para in text[span.start:span.end].split("\n"):
            start, pos = pos, pos + len(para) + 1
            m = _TURN.match(para)
            if m is None or m.group("content")[0] in "“\"‘'" or \
                    m.group("speaker").split()[0].lower() in NOT_SPEAKERS:
                continue
            sp = Span.of(text, start + m.start("speaker"), start + m.end("speaker"))
            named = sp.text.isupper() and len(sp.text) > 2 or any(
                e.label_ in ("PERSON", "ORG") and e.start_char < sp.end and e.end_char > sp.start
                for e in doc.char_span(sp.start, sp.end, alignment_mode="expand").ents)
            content = trim(text, start + m.start("content"), start + m.end("content"))
            if not named or any(o.direct and overlaps(o.content, content.start, content.end) for o in found):
                continue
            colon = text.index(":", sp.end)
            out.append(Statement(content=content, sentence=trim(text, start, start + len(para)),
                                 speaker=sp, cue=Span.of(text, colon, colon + 1), rule="colon.turn_v1",
                                 confidence=0.6, speaker_rule="speaker.turn_v1"))
    return out
