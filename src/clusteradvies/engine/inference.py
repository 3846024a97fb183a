"""What inference produces, whichever engine ran: the rules that fired and the facts derived.

Both are sets, so nothing downstream can depend on the order in which rules fired (experta's
order among equal-salience activations varies with the hash seed).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from clusteradvies.errors import KnowledgeError, Problem
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import FactTest, leaves


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
class Case:
    """One project as the engines see it: every question's value, and the respondent's role."""

    answers: Mapping[str, Any]
    """Question id → value, ``UNKNOWN`` or ``NOT_ASKED``; every question of the KB is present."""
    role: str


def strata(kb: KnowledgeBase) -> dict[str, int]:
    """Rule id → stratum: 0 reads no derived fact; otherwise one above every rule it relies on.

    Firing strata in order makes negation safe: a rule testing ``not fact`` runs only after
    every rule that could derive that fact. A cycle through facts has no order and is an error.
    """
    derivers: dict[str, list[str]] = {}
    for rule in kb.rules.values():
        for derivation in rule.derive:
            derivers.setdefault(derivation.fact, []).append(rule.id)
    reads = {
        rule.id: sorted({leaf.fact for leaf in leaves(rule.when) if isinstance(leaf, FactTest)})
        for rule in kb.rules.values()
    }
    level: dict[str, int] = {}
    visiting: list[str] = []

    def visit(rule_id: str) -> int:
        if rule_id in level:
            return level[rule_id]
        if rule_id in visiting:
            cycle = " → ".join([*visiting[visiting.index(rule_id) :], rule_id])
            where = kb.where("rules", rule_id)
            raise KnowledgeError(
                [
                    Problem(
                        where.file,
                        where.line,
                        f"rules[{rule_id}]",
                        f"derived facts depend on themselves: {cycle}",
                    )
                ]
            )
        visiting.append(rule_id)
        below = [visit(d) for fact in reads[rule_id] for d in derivers.get(fact, [])]
        visiting.pop()
        level[rule_id] = 1 + max(below) if below else 0
        return level[rule_id]

    for rule_id in kb.rules:
        visit(rule_id)
    return level
