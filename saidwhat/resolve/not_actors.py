"""Names that are no actor: pronouns left unresolved ("I", "you"), relative pronouns, function
words a parse took for a subject ("In"), fragments ("'s"). Such a record keeps its speaker span,
but its actor (or recipient) is unknown, so nobody called "I" reaches the database."""

from __future__ import annotations

from saidwhat.lexicons import words
from saidwhat.records import Event, Statement
from saidwhat.resolve.kb import normalise

__all__ = ["drop_non_actors", "is_actor_name"]

_NOT_NAMES = words("not_actor_names")


def is_actor_name(name: str) -> bool:
    """Whether `name` can name an actor: some letters, not only pronouns, function words or `'s`."""
    toks = [t for t in normalise(name).split() if t != "the"]
    return any(t.isalpha() or any(c.isalpha() for c in t) for t in toks) and not all(t in _NOT_NAMES for t in toks)


def drop_non_actors(statements: list[Statement], events: list[Event]) -> None:
    """Set to None every actor and recipient whose name is no actor's (see `is_actor_name`)."""
    for rec in (*statements, *events):
        if rec.actor is not None and not is_actor_name(rec.actor.name):
            rec.actor = None
            if isinstance(rec, Event):
                rec.actor_span = None  # an event's actor span goes with its actor (CONTRACT)
        if rec.recipient is not None and not is_actor_name(rec.recipient.name):
            rec.recipient, rec.recipient_span = None, None
