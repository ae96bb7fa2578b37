"""PLOVER typing of statements (placeholder until the event coder lands)."""

from __future__ import annotations

from typing import Any


def type_statements(statements: Any, doc: Any, info: Any, context: Any) -> None:
    return None
