"""Whether a rule can fire while a question it reads may not even apply.

A question with a ``when`` is asked only where its premise may hold: "how is the large firm's
influence arranged?" presumes a large firm takes part. While the premise is undecided (firm
size "weet niet") the question is still asked, so a rule reading its answer could fire and state
the premise as a fact. This module decides, by trying every relevant combination of answers
and role — and deriving facts from them with the knowledge's own rules, in strata order —
whether a rule's condition can be true while a question's ``when`` is undecided.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from typing import Any

from clusteradvies.checks.common.satisfiability import MAX_ASSIGNMENTS, answer_domains
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import (
    Condition,
    RoleTest,
    Truth,
    evaluate,
    facts_read,
    leaves,
)
from clusteradvies.knowledge.graph import strata
from clusteradvies.knowledge.models import ROLES, Question, Rule


def fires_while_undecided(kb: KnowledgeBase, rule: Rule, question: Question) -> bool:
    """Whether some answers make ``rule.when`` true and ``question.when`` undecided.

    Too many combinations to try, or a reference to something that does not exist: False (a
    lint may miss here, never hang; dangling references are findings of their own).
    """
    if question.when is None:
        return False
    derivers = _derivers_of(kb, rule.when)
    conditions = [rule.when, question.when, *(r.when for r in derivers)]
    tests = [leaf for c in conditions for leaf in leaves(c)]
    domains = answer_domains(kb, tests)
    if domains is None:
        return False
    uses_role = any(isinstance(t, RoleTest) for t in tests)
    roles = list(ROLES) if uses_role else [ROLES[0]]
    if math.prod(len(v) for v in domains.values()) * len(roles) > MAX_ASSIGNMENTS:
        return False
    names = list(domains)
    for role in roles:
        for combination in itertools.product(*domains.values()):
            answers = dict(zip(names, combination, strict=True))
            facts = _derive(derivers, answers, role)
            if (
                evaluate(rule.when, answers, _closed_world(facts), role) is Truth.TRUE
                and evaluate(question.when, answers, lambda _: frozenset(), role) is Truth.UNKNOWN
            ):
                return True
    return False


def _derivers_of(kb: KnowledgeBase, condition: Condition) -> list[Rule]:
    """Every rule that derives a fact the condition tests, through any chain, in strata order."""
    by_fact: dict[str, list[Rule]] = {}
    for rule in kb.rules.values():
        for derivation in rule.derive:
            by_fact.setdefault(derivation.fact, []).append(rule)
    needed: dict[str, Rule] = {}
    todo = list(facts_read(condition))
    while todo:
        for rule in by_fact.get(todo.pop(), []):
            if rule.id not in needed:
                needed[rule.id] = rule
                todo.extend(facts_read(rule.when))
    level = strata(kb)
    return sorted(needed.values(), key=lambda r: level[r.id])


def _closed_world(facts: dict[str, frozenset[Any]]) -> Callable[[str], frozenset[Any]]:
    return lambda name: facts.get(name, frozenset())


def _derive(rules: list[Rule], answers: dict[str, Any], role: str) -> dict[str, frozenset[Any]]:
    facts: dict[str, set[Any]] = {}
    for rule in rules:  # in strata order: a fact is complete before anything tests it
        known = {name: frozenset(values) for name, values in facts.items()}
        if evaluate(rule.when, answers, _closed_world(known), role) is Truth.TRUE:
            for derivation in rule.derive:
                facts.setdefault(derivation.fact, set()).add(derivation.value)
    return {name: frozenset(values) for name, values in facts.items()}
