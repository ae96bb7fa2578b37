"""Bytes in a legacy encoding (Windows-1252, Latin-1, ...) -> text, with `--encoding` or detection.

UTF-8 is tried first. When it fails and no `--encoding` was given, charset-normalizer guesses;
a guess is used only when it is confident, else the reason names the likely encodings and says
how to give one. Offsets are those of the decoded text, as for UTF-8 input.
"""

from __future__ import annotations

import codecs
import logging

log = logging.getLogger("saidwhat.read")

# below this chaos (charset-normalizer's mess ratio) and above this coherence a guess is trusted
_MAX_CHAOS = 0.1
_MIN_COHERENCE = 0.2
_SAMPLE = 1 << 20  # bytes looked at to guess: enough for any article, bounded for dumps


class EncodingError(ValueError):
    """An `--encoding` Python does not know."""


def check_encoding(name: str) -> str:
    """The codec's canonical name, or EncodingError with a sentence a person can act on."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise EncodingError(f"unknown encoding {name!r}; give one such as cp1252, latin-1, "
                            "utf-16 or shift_jis") from None


def decode_legacy(data: bytes, encoding: str | None, where: str) -> tuple[str | None, str | None]:
    """(text, None) or (None, reason) for bytes that are not UTF-8.

    With `encoding`, decode strictly in it; without, guess, and use the guess only when confident.
    """
    if encoding:
        try:
            return data.decode(encoding), None
        except UnicodeDecodeError as e:
            return None, (f"not {encoding}: invalid byte 0x{data[e.start:e.start + 1].hex()} at byte "
                          f"offset {e.start}; give the file's encoding with --encoding")
    guess = guess_encoding(data)
    if guess is None:
        return None, ("not UTF-8, and its encoding could not be told with confidence; give it with "
                      "--encoding (cp1252 for most Windows files, latin-1, ...)")
    name, confident, candidates = guess
    if not confident:
        return None, (f"not UTF-8; it may be {' or '.join(candidates)}, but that is a guess; give the "
                      f"encoding with --encoding {candidates[0]} if that is right")
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return None, f"not UTF-8, nor {name}; give the file's encoding with --encoding"
    log.info("%s: not UTF-8; read as %s (detected)", where, name)
    return text, None


def guess_encoding(data: bytes) -> tuple[str, bool, list[str]] | None:
    """(best encoding, whether the guess is confident, the likely encodings), or None."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data[:_SAMPLE])
    best = matches.best()
    if best is None:
        return None
    name = best.encoding
    # encodings that give the very same text: name the most common one (English text is most
    # often Windows-1252, which charset-normalizer may report as its twin cp1250)
    for usual in ("cp1252", "latin_1"):
        if usual in best.could_be_from_charset:
            name = usual
            break
    candidates = list(dict.fromkeys([name] + [m.encoding for m in matches][:3]))
    confident = (best.chaos <= _MAX_CHAOS and best.coherence >= _MIN_COHERENCE
                 and best.encoding not in ("utf_8", "ascii"))
    return name, confident, candidates
