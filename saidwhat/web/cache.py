"""An in-memory cache of whole GET responses, for a database that does not change under us.

The server opens the database read-only, so the same URL gives the same answer until the file
itself changes (a new `saidwhat ingest`): every entry is dropped when the file's size or
modification time moves. Bounded: least recently used entries go first.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from pathlib import Path
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["ResponseCache", "file_stamp"]

MAX_BODY = 1 << 20  # bytes: larger answers are not kept


def file_stamp(db: Path) -> tuple[int, int, int]:
    """Changes whenever the database's content may have: its size and times, and its WAL's."""
    st = os.stat(db)
    try:
        wal = os.stat(f"{db}-wal").st_mtime_ns
    except FileNotFoundError:
        wal = 0
    return st.st_size, st.st_mtime_ns, wal


class ResponseCache:
    def __init__(self, app: ASGIApp, db: Path, entries: int = 2048) -> None:
        self.app = app
        self.db = db
        self.entries = entries
        self._stored: OrderedDict[tuple[str, bytes], tuple[Message, bytes]] = OrderedDict()
        self._stamp: tuple[int, int, int] | None = None


    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        stamp = file_stamp(self.db)
        if stamp != self._stamp:
            self._stored.clear()
            self._stamp = stamp
        key = (scope["path"], scope["query_string"])
        hit = self._stored.get(key)
        if hit is not None:
            self._stored.move_to_end(key)
            start, body = hit
            await send(start)
            await send({"type": "http.response.body", "body": body})
            return
        start_msg: dict[str, Any] = {}
        chunks: list[bytes] = []
        keep = True

        async def capture(message: Message) -> None:
            nonlocal keep
            if message["type"] == "http.response.start":
                start_msg.update(message)
                keep = message["status"] == 200
            elif message["type"] == "http.response.body" and keep:
                chunks.append(message.get("body", b""))
                if sum(map(len, chunks)) > MAX_BODY:
                    keep = False
                    chunks.clear()
            await send(message)

        await self.app(scope, receive, capture)
        if keep and start_msg:
            self._stored[key] = (start_msg, b"".join(chunks))
            if len(self._stored) > self.entries:
                self._stored.popitem(last=False)
