"""Named rules: every rule that finds a statement, names a speaker, finds an event or gives a
type is a small function registered here under a versioned name (`verb.clause_v1`), and that
name is written into the records it produces, so every record can be traced to its rule.

The registry names and lists rules; the order in which a stage tries them stays explicit in
the stage's own code. A changed rule gets a new version (`_v2`) rather than a silent edit, so
records made by different versions can be told apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

NAME = re.compile(r"^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*_v[0-9]+$")


@dataclass(frozen=True, slots=True)
class Rule:
    name: str  # versioned: `family.what_vN`
    kind: str  # statement | speaker | event | type
    func: Callable[..., Any]

    @property
    def doc(self) -> str:
        return (self.func.__doc__ or "").strip()


class Registry:
    """The rules of one kind, by name (catalogue-style: `@statement_rules.register("x_v1")`)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._rules: dict[str, Rule] = {}

    def register(self, name: str) -> Callable[[F], F]:
        if not NAME.match(name):
            raise ValueError(f"rule name {name!r} is not versioned like 'family.what_v1'")

        def add(func: F) -> F:
            old = self._rules.get(name)
            if old is not None and old.func.__qualname__ != func.__qualname__:
                raise ValueError(f"{self.kind} rule {name!r} is registered twice "
                                 f"({old.func.__module__}.{old.func.__qualname__})")
            self._rules[name] = Rule(name, self.kind, func)
            return func

        return add

    def get(self, name: str) -> Rule:
        try:
            return self._rules[name]
        except KeyError:
            raise KeyError(f"no {self.kind} rule named {name!r}") from None

    def names(self) -> list[str]:
        return sorted(self._rules)

    def __contains__(self, name: object) -> bool:
        return name in self._rules

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules[n] for n in self.names())


statement_rules = Registry("statement")
speaker_rules = Registry("speaker")
event_rules = Registry("event")
type_rules = Registry("type")
