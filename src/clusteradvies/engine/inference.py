"""What an engine takes and gives: a resolved project in, the rules that fired and the facts
derived out; and the protocol every engine (experta, the tests' plain evaluator) follows.

Both are sets, so nothing downstream can depend on the order in which rules fired (experta's
order among equal-salience activations varies with the hash seed).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Protocol


@dataclass(frozen=True)
class Inference:
    """The outcome of running the rules on one project."""

    fired: frozenset[str]
    """Ids of the rules whose condition held."""
    facts: frozenset[tuple[str, Any]]
    """Derived ``(fact, value)`` pairs."""

    def values_of(self, fact: str) -> frozenset[Any]:
        return self._by_name.get(fact, _NONE)

    @cached_property
    def _by_name(self) -> dict[str, frozenset[Any]]:
        grouped: dict[str, set[Any]] = {}
        for name, value in self.facts:
            grouped.setdefault(name, set()).add(value)
        return {name: frozenset(values) for name, values in grouped.items()}


_NONE: frozenset[Any] = frozenset()


@dataclass(frozen=True)
class ResolvedProject:
    """One project as the engines see it: every question's value, and the respondent's role."""

    answers: Mapping[str, Any]
    """Question id → value, ``UNKNOWN`` or ``NOT_ASKED``; every question of the KB is present."""
    role: str


class Engine(Protocol):
    """Runs the knowledge's rules on one project."""

    def infer(self, case: ResolvedProject) -> Inference: ...
