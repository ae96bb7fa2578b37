"""Non-speech events (placeholder until the event coder lands)."""

from __future__ import annotations

from typing import Any


def extract_events(doc: Any, info: Any, statements: Any, context: Any) -> list:
    return []
