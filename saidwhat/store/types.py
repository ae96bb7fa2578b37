"""The event types a query may name: PLOVER 2.0's sixteen, and saidwhat's STATEMENT."""

from __future__ import annotations

import difflib

from saidwhat.store.schema import StoreError

__all__ = ["PLOVER_TYPES", "TYPES", "check_type"]

# the PLOVER 2.0 event types (PLOVER manual, "Events")
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
TYPES = (*PLOVER_TYPES, "STATEMENT")  # STATEMENT: a statement that is none of them


def check_type(value: str) -> str:
    """`value` as a known type (any case), else StoreError with the closest one ("ACCUSED" -> ACCUSE)."""
    t = value.strip().upper()
    if t in TYPES:
        return t
    close = difflib.get_close_matches(t, TYPES, n=2, cutoff=0.6)
    hint = f"did you mean {' or '.join(close)}? " if close else ""
    raise StoreError(f"unknown type {value!r}: {hint}The types are {', '.join(TYPES)}")
