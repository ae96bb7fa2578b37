"""Bounded byte streams for archives: no read grows memory past a limit, and damage is an error.

`Inflated` decompresses gzip (every member) a bounded amount at a time and raises `Damaged` for a
cut-short or corrupt stream, where zlib and warcio would end quietly; `warc_records` iterates WARC
records over it with no line longer than the size limit (a gzip bomb of zeros has no line break)
and nothing printed to stderr.
"""

from __future__ import annotations

import io
import logging
import zlib
from collections.abc import Iterator
from typing import IO, Any

log = logging.getLogger("saidwhat.read")

_CHUNK = 1 << 16  # compressed bytes read at a time; and the most one read() returns
_GZIP = b"\x1f\x8b"
_BOMB_RATIO = 100  # past the size limit, a gzip member this much larger than its input is a bomb


class Damaged(Exception):
    """The archive is cut short, corrupt, or past the size limit; the message is one line."""


class Inflated(io.RawIOBase):
    """The bytes of `raw` decompressed when it starts as gzip (all members), else passed through.

    A read returns at most `_CHUNK` bytes, whatever was asked, so a bomb never lands in memory
    at once; a stream that ends inside a gzip member, or corrupt data, raises `Damaged`, and so
    does a member that grows past `limit` at more than `_BOMB_RATIO` times its compressed size
    (text compresses 3 to 10 times; a gzip bomb of zeros 1,000 times).
    """

    def __init__(self, raw: IO[bytes], limit: int) -> None:
        super().__init__()
        self._raw = raw
        self._limit = limit
        self._member_in = self._member_out = 0  # compressed bytes fed to, and bytes out of, this member
        self._pending = raw.read(2)
        self.gzip = self._pending == _GZIP
        self._member: Any = None  # the decompressor of the current member, None between members
        self.members = 0
        self.size = 0  # bytes returned so far

    def readable(self) -> bool:
        return True

    def _next_input(self) -> bytes:
        data, self._pending = self._pending or self._raw.read(_CHUNK), b""
        return data

    def read(self, size: int | None = -1) -> bytes:
        size = _CHUNK if size is None or size < 0 else min(size, _CHUNK)
        if size == 0:
            return b""
        out = self._read_gzip(size) if self.gzip else self._next_plain(size)
        self.size += len(out)
        return out

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def _next_plain(self, size: int) -> bytes:
        if self._pending:
            data, self._pending = self._pending[:size], self._pending[size:]
            return data
        return self._raw.read(size)

    def _read_gzip(self, size: int) -> bytes:
        while True:
            if self._member is None:  # between members: another one, padding, or the end
                data = self._next_input()
                if len(data) == 1:
                    data += self._raw.read(_CHUNK)
                if not data:
                    return b""
                if not data.startswith(_GZIP):
                    if not data.strip(b"\x00"):
                        continue  # zero padding after the last member is common and harmless
                    raise Damaged(f"corrupt: data that is not gzip after gzip member {self.members}")
                self._member = zlib.decompressobj(16 + zlib.MAX_WBITS)
                self.members += 1
                self._member_in, self._member_out = len(data), 0
            elif self._member.unconsumed_tail:
                data = self._member.unconsumed_tail
            else:
                data = self._next_input()
                if not data:
                    raise Damaged(f"truncated: the file ends inside gzip member {self.members} "
                                  f"(after {self.size} bytes of data)")
                self._member_in += len(data)
            try:
                out = self._member.decompress(data, size)
            except zlib.error as e:
                raise Damaged(f"corrupt: gzip member {self.members} cannot be decompressed ({e}) "
                              f"after {self.size} bytes of data") from None
            self._member_out += len(out)
            if self._member_out > self._limit and self._member_out > _BOMB_RATIO * self._member_in:
                raise Damaged(f"a gzip bomb: gzip member {self.members} grows past "
                              f"{self._limit / 1e6:.1f} MB (the size limit) at more than "
                              f"{_BOMB_RATIO} times its compressed size")
            if self._member.eof:
                self._pending, self._member = self._member.unused_data, None
            if out:
                return out


class _Warning:
    """Stands for warcio's multi-line stderr warning (with raw payload bytes in it): logged as one line."""

    def format(self, offset: object, line: bytes) -> str:
        log.warning("a WARC record ending at byte %s is not followed by a blank line (is its "
                    "Content-Length wrong?); reading on from the next line", offset)
        return ""  # warcio writes this to stderr: nothing


def warc_records(raw: IO[bytes], limit: int) -> Iterator[Any]:
    """The records of a WARC (or ARC) stream, plain or gzip, through bounded readers."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.bufferedreaders import BufferedReader

    class Lines(BufferedReader):  # type: ignore[misc]
        def readline(self, length: int | None = None) -> bytes:
            cap = limit + 1 if length is None or length > limit + 1 else length
            parts: list[bytes] = []
            got = 0
            while got < cap:  # warcio's own readline(length) may stop short of length
                part = super().readline(cap - got)
                if not part:
                    break
                parts.append(part)
                got += len(part)
                if part.endswith(b"\n"):
                    break
            line = b"".join(parts)
            if len(line) > limit and not line.endswith(b"\n"):
                raise Damaged(f"no line break in {limit / 1e6:.1f} MB (the size limit): not a WARC "
                              "file, or a corrupt or hostile one (a gzip bomb?)")
            return line

    class Records(ArchiveIterator):  # type: ignore[misc]
        INC_RECORD = _Warning()

        def _next_record(self, next_line: bytes | None) -> Any:
            # warcio takes an end of file anywhere in a record's headers for the end of the archive
            before = self.reader.num_read - self.reader.rem_length()
            try:
                return super()._next_record(next_line)
            except EOFError:
                if next_line or self.reader.num_read - self.reader.rem_length() != before:
                    raise Damaged("truncated: the file ends inside the headers of a record") from None
                raise

    stream = Inflated(raw, limit)
    records = Records(stream)
    records.reader = Lines(records.fh, block_size=_CHUNK)  # ours, decompressing nothing: plain bytes
    return iter(records)
