"""Whether a condition can ever be definitely true, decided by trying every relevant answer.

The condition language is small and every variable has a small domain once it is reduced to
the values the condition mentions: choices it names plus one it does not, subsets of the
multi-choice options it names, the integer bounds it uses and their neighbours, the roles,
subsets of a fact's values. Trying them all is exact for the engine's three-valued logic,
because it reuses ``conditions.evaluate`` itself rather than a second model of it.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import (
    UNKNOWN,
    All,
    AnswerTest,
    Condition,
    FactTest,
    Leaf,
    RoleTest,
    Scalar,
    Truth,
    evaluate,
    located_leaves,
    same_value,
)
from clusteradvies.knowledge.models import ROLES, FactDef, Question

MAX_ASSIGNMENTS = 100_000
"""Beyond this many combinations a condition is assumed satisfiable: a lint may miss, not hang."""

Variable = tuple[str, str]
"""``("answer", question id)``, ``("fact", fact id)`` or ``("role", "")``."""


class _Undecided(Exception):
    """The condition names something unknown, or has too many combinations to try."""


def can_hold(kb: KnowledgeBase, condition: Condition) -> bool:
    """Whether some answers, role and derived facts make ``condition`` definitely true.

    A condition naming an unknown question or fact is given the benefit of the doubt: the
    dangling reference is a finding of its own.
    """
    try:
        domains = _domains(kb, [leaf for leaf, _ in located_leaves(condition, "")])
    except _Undecided:
        return True
    if math.prod(len(values) for values in domains.values()) > MAX_ASSIGNMENTS:
        return True
    variables = list(domains)
    for combination in itertools.product(*domains.values()):
        answers: dict[str, Any] = {}
        facts: dict[str, frozenset[Scalar]] = {}
        role = ROLES[0]
        for (kind, name), value in zip(variables, combination, strict=True):
            if kind == "answer":
                answers[name] = value
            elif kind == "fact":
                facts[name] = value
            else:
                role = value
        truth = evaluate(condition, answers, _closed_world(facts), role)
        if truth is Truth.TRUE:
            return True
    return False


def first_conflict(kb: KnowledgeBase, condition: Condition, path: str) -> str:
    """The key path of the part that makes an impossible condition impossible.

    In ``all: [a, b, c]`` where ``c`` contradicts ``a``, that is ``c``: the test that was
    added last is usually the mistake, and its line is where a reader should look.
    """
    if not isinstance(condition, All):
        return path
    parts = condition.all
    for i, part in enumerate(parts):
        if not can_hold(kb, part):
            return first_conflict(kb, part, f"{path}.all[{i}]")
    for j in range(1, len(parts)):
        for i in range(j):
            if not can_hold(kb, All.model_construct(all=[parts[i], parts[j]])):
                return f"{path}.all[{j}]"
    return path


def _closed_world(facts: dict[str, frozenset[Scalar]]) -> Callable[[str], frozenset[Scalar]]:
    """A fact no rule derived has no values."""
    return lambda name: facts.get(name, frozenset())


def _domains(kb: KnowledgeBase, leaves: Sequence[Leaf]) -> dict[Variable, list[Any]]:
    answers = answer_domains(kb, leaves)
    if answers is None:
        raise _Undecided
    domains: dict[Variable, list[Any]] = {("answer", q): v for q, v in answers.items()}
    for leaf in leaves:
        if isinstance(leaf, FactTest):
            fact = kb.facts.get(leaf.fact)
            if fact is None:
                raise _Undecided
            on_fact = [t for t in leaves if isinstance(t, FactTest) and t.fact == fact.id]
            domains[("fact", fact.id)] = _fact_values(fact, _mentioned(on_fact))
        elif isinstance(leaf, RoleTest):
            domains[("role", "")] = list(ROLES)
    return domains


def answer_domains(kb: KnowledgeBase, tests: Sequence[Leaf]) -> dict[str, list[Any]] | None:
    """Question id → the answers worth trying for ``tests``; None when a test names a question
    that does not exist (a dangling reference is a finding of its own)."""
    domains: dict[str, list[Any]] = {}
    for test in tests:
        if isinstance(test, AnswerTest) and test.answer not in domains:
            question = kb.questions.get(test.answer)
            if question is None:
                return None
            on_it = [t for t in tests if isinstance(t, AnswerTest) and t.answer == question.id]
            domains[question.id] = answer_domain(question, on_it)
    return domains


def answer_domain(question: Question, tests: Sequence[AnswerTest]) -> list[Any]:
    """The answers worth trying for ``tests`` on one question, "weet niet" included."""
    return [*_answer_values(question, _mentioned(tests)), UNKNOWN]


def _answer_values(question: Question, mentioned: list[Scalar]) -> list[Any]:
    if question.type == "yesno":
        return [True, False]
    if question.type == "integer":
        low, high = question.min or 0, question.max or 0
        points = {low, high}
        for bound in mentioned:
            if isinstance(bound, int) and not isinstance(bound, bool):
                points.update(b for b in (bound - 1, bound, bound + 1) if low <= b <= high)
        return sorted(points)
    valid = [choice.id for choice in question.choices]
    named = [c for c in valid if _among(c, mentioned)]
    if question.type == "multi":
        return [tuple(s) for s in _subsets(named)]
    return named + [c for c in valid if c not in named][:1]


def _fact_values(fact: FactDef, mentioned: list[Scalar]) -> list[frozenset[Scalar]]:
    # A fact can hold several values at once, or none (closed world: nothing derived it).
    relevant = [v for v in fact.values if _among(v, mentioned) or _is_integer(v)]
    return [frozenset(s) for s in _subsets(relevant)]


def _mentioned(tests: Iterable[AnswerTest | FactTest]) -> list[Scalar]:
    values: list[Scalar] = []
    for test in tests:
        if test.operator == "unknown":
            continue
        operand = test.operand(test.operator)
        values.extend(operand if isinstance(operand, list) else [operand])
    return values


def _among(value: Scalar, values: list[Scalar]) -> bool:
    return any(same_value(value, v) for v in values)  # as the engine compares


def _is_integer(value: Scalar) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _subsets(values: Sequence[Scalar]) -> Iterator[tuple[Scalar, ...]]:
    if 2 ** len(values) > MAX_ASSIGNMENTS:
        raise _Undecided
    for size in range(len(values) + 1):
        yield from itertools.combinations(values, size)
