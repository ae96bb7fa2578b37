"""Mutations of real articles for the fuzzer: byte flips, truncation, quote and markup storms,
odd Unicode, and broken containers (gzip, WARC, JSON Lines).

Every mutation is a pure function of its input and of the choices hypothesis draws, so a failing
case shrinks and replays.
"""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from hypothesis import strategies as st

REPO = Path(__file__).resolve().parents[2]


def real_articles() -> list[str]:
    """The bundled seed articles and the VOA stories of the golden files (public domain)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "examples" / "seeds").glob("*.txt"))]
    with (REPO / "tests" / "golden" / "voa_gold.jsonl").open(encoding="utf-8") as f:
        texts += [json.loads(line)["text"] for line in f if line.strip()]
    return texts


ARTICLES = real_articles()

# odd Unicode: right-to-left marks and text, zero-width characters, combining marks, astral
# characters, line and paragraph separators, a BOM, curly and angled quote marks
ODD = ["\u200f", "\u202e", "\u2067", "مرحبا", "\u200b", "\u200d", "\ufeff", "e\u0301\u0302\u0303",
       "\U0001f600", "\U0001d400", "\u2028", "\u2029", "\x0b", "\x1c", "“", "”", "‘", "’", "«", "»", "\xa0",
       "\r\n", "\r", "\t"]
STORMS = ['"', "“", "”", "''", "‘", "’", " he said ", "(", ")", "<b>", "</b>", "<p>", "&amp;", "[x](y)",
          "MOSCOW (AP) — ", "\n", ": ", " according to "]


@st.composite
def mutated_text(draw: st.DrawFn, max_chars: int = 1200) -> str:
    """A window of a real article with a few mutations applied."""
    text = draw(st.sampled_from(ARTICLES))
    start = draw(st.integers(0, max(0, len(text) - 200)))
    text = text[start:start + draw(st.integers(50, max_chars))]
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["insert_odd", "storm", "cut", "delete", "random", "case"]))
        at = draw(st.integers(0, len(text)))
        if kind == "insert_odd":
            text = text[:at] + draw(st.sampled_from(ODD)) * draw(st.integers(1, 5)) + text[at:]
        elif kind == "storm":
            piece = "".join(draw(st.lists(st.sampled_from(STORMS), min_size=1, max_size=6)))
            text = text[:at] + piece * draw(st.integers(1, 60)) + text[at:]
        elif kind == "cut":
            text = text[:at]
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 50)):]
        elif kind == "random":
            text = text[:at] + draw(st.text(max_size=20)) + text[at:]
        else:
            text = text.upper() if draw(st.booleans()) else text.lower()
    return text


@st.composite
def mutated_bytes(draw: st.DrawFn, data: bytes) -> bytes:
    """`data` with byte flips, a truncation or a splice of random bytes."""
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "truncate", "splice"]))
        at = draw(st.integers(0, max(0, len(out) - 1)))
        if kind == "flip" and out:
            out[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "truncate":
            del out[at:]
        else:
            out[at:at] = draw(st.binary(max_size=16))
    return bytes(out)


def warc_bytes(texts: list[str]) -> bytes:
    """A WARC file of HTTP responses with the texts as HTML pages, written by warcio."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for n, text in enumerate(texts):
        body = f"<html><head><title>t{n}</title></head><body><p>{text}</p></body></html>".encode(
            "utf-8", "surrogatepass")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        # fixed ids and dates: the same texts give the same bytes (hypothesis replays a case)
        fixed = {"WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-{n:012d}>", "WARC-Date": "2024-01-01T00:00:00Z"}
        writer.write_record(writer.create_warc_record(f"http://example.com/{n}", "response", payload=io.BytesIO(body),
                                                      http_headers=headers, warc_headers_dict=fixed))
    return buf.getvalue()


def jsonl_bytes(texts: list[str]) -> bytes:
    """JSON Lines with one article per text; lone surrogates stay escaped as `\\udXXX`."""
    return "".join(json.dumps({"id": f"a{n}", "text": t}) + "\n" for n, t in enumerate(texts)).encode("ascii")


def gz(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)
