"""Every value a condition tests, a rule derives or a case names can actually occur.

A test on an answer must use an operator that fits the question's type and values among its
answers: ``equals``/``in`` a choice of a ``choice`` question, ``contains``/``contains_any`` a
choice of a ``multi`` question, ``true``/``false`` for ``yesno``, integers within ``min..max``
for ``integer`` (which also allows ``gt``, ``gte``, ``lt`` and ``lte``). ``unknown`` fits
every question. A test on a derived fact, a rule's ``derive`` and a case's ``profile`` must
use values from the fact's ``values``; a question's ``default`` must be one of its answers.
Such a test is silently never true, so the rule behind it never fires.

Failing example (``ja`` is not an answer to a yes/no question, ``groot`` is no choice)::

    rules:
      - id: grote-groep
        when:
          all:
            - {answer: ervaring, equals: ja}
            - {answer: bedrijfsgrootte, equals: groot}
        ...
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from clusteradvies.checks.common.base import Issue, Level, issue_at
from clusteradvies.checks.common.walk import operator_path
from clusteradvies.errors import Problem
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.catalog import SINGULAR
from clusteradvies.knowledge.conditions import (
    AnswerTest,
    Condition,
    FactTest,
    Scalar,
    located_leaves,
    same_value,
)
from clusteradvies.knowledge.models import FactDef, Question
from clusteradvies.knowledge.problems import did_you_mean

CODE = "KB004"
LEVEL: Level = "error"

OPERATORS_BY_TYPE: dict[str, tuple[str, ...]] = {
    "yesno": ("equals", "in", "unknown"),
    "choice": ("equals", "in", "unknown"),
    "multi": ("contains", "contains_any", "unknown"),
    "integer": ("equals", "in", "gt", "gte", "lt", "lte", "unknown"),
}
"""The operators that can be true for some answer to a question of each type."""


def check(kb: KnowledgeBase, loader_problems: Sequence[Problem]) -> Iterator[Issue]:
    """Tests, derivations, defaults and case profiles with values that cannot occur."""
    for question in kb.questions.values():
        if question.when is not None:
            yield from _condition(kb, "questions", question.id, question.when)
        reason = _answer_error(question, question.default) if question.default is not None else ""
        if reason:
            message = f"question '{question.id}': default {reason}"
            yield issue_at(kb, "questions", question.id, "default", message)
    for rule in kb.rules.values():
        yield from _condition(kb, "rules", rule.id, rule.when)
        for i, derivation in enumerate(rule.derive):
            fact = kb.facts.get(derivation.fact)
            if fact is not None and not _among(derivation.value, fact.values):
                message = f"rule '{rule.id}' derives {_fact_value_error(fact, derivation.value)}"
                yield issue_at(kb, "rules", rule.id, f"derive[{i}].value", message)
    for advice in kb.advice.values():
        if advice.in_place is not None:
            yield from _condition(kb, "advice", advice.id, advice.in_place, "in_place")
    for case in kb.cases.values():
        for name, value in case.profile.items():
            fact = kb.facts.get(name)
            if fact is not None and not _among(value, fact.values):
                message = f"case '{case.id}' profile: {_fact_value_error(fact, value)}"
                yield issue_at(kb, "cases", case.id, f"profile.{name}", message)


def _condition(
    kb: KnowledgeBase, kind: str, entry_id: str, when: Condition, key: str = "when"
) -> Iterator[Issue]:
    owner = f"{SINGULAR[kind]} '{entry_id}'"
    for leaf, path in located_leaves(when, key):
        if isinstance(leaf, AnswerTest) and leaf.answer in kb.questions:
            errors = _answer_test_errors(kb.questions[leaf.answer], leaf)
        elif isinstance(leaf, FactTest) and leaf.fact in kb.facts:
            errors = _fact_test_errors(kb.facts[leaf.fact], leaf)
        else:  # unknown questions and facts, and roles, are KB003's
            continue
        for reason in errors:
            yield issue_at(kb, kind, entry_id, operator_path(leaf, path), f"{owner}: {reason}")


def _answer_test_errors(question: Question, test: AnswerTest) -> Iterator[str]:
    allowed = OPERATORS_BY_TYPE[question.type]
    if test.operator not in allowed:
        yield (
            f"'{test.operator}' never holds for the {question.type} question '{question.id}'"
            f" (use {', '.join(allowed)})"
        )
        return
    if test.operator == "unknown":
        return
    for value in _operands(test):
        reason = _answer_error(question, value)
        if reason:
            yield f"question '{question.id}': {reason}"


def _answer_error(question: Question, value: Scalar) -> str:
    """Why ``value`` is no possible answer to ``question``; empty when it is one."""
    if question.type == "yesno":
        return "" if isinstance(value, bool) else f"{_show(value)} is not true or false"
    if question.type == "integer":
        low, high = question.min, question.max
        if isinstance(value, bool) or not isinstance(value, int):
            return f"{_show(value)} is not a whole number"
        if low is not None and high is not None and not low <= value <= high:
            return f"{value} is outside the range {low}..{high}"
        return ""
    choices = [choice.id for choice in question.choices]
    if isinstance(value, str) and value in choices:
        return ""
    return f"{_show(value)} is not among the choices {', '.join(choices)}" + did_you_mean(
        str(value), choices
    )


def _fact_test_errors(fact: FactDef, test: FactTest) -> Iterator[str]:
    has_numbers = any(isinstance(v, int) and not isinstance(v, bool) for v in fact.values)
    allowed = ("equals", "in", "gt", "gte", "lt", "lte") if has_numbers else ("equals", "in")
    if test.operator not in allowed:
        yield f"'{test.operator}' does not fit fact '{fact.id}' (use {', '.join(allowed)})"
        return
    for value in _operands(test):
        if test.operator in ("equals", "in") and not _among(value, fact.values):
            yield _fact_value_error(fact, value)


def _fact_value_error(fact: FactDef, value: Scalar) -> str:
    values = ", ".join(_show(v) for v in fact.values)
    return f"fact '{fact.id}': {_show(value)} is not among its values {values}" + did_you_mean(
        str(value), [str(v) for v in fact.values]
    )


def _operands(test: AnswerTest | FactTest) -> list[Scalar]:
    operand = test.operand(test.operator)
    return list(operand) if isinstance(operand, list) else [operand]


def _among(value: Scalar, values: Sequence[Scalar]) -> bool:
    return any(same_value(value, v) for v in values)  # as the engine compares


def _show(value: Scalar) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value) if isinstance(value, int) else f"'{value}'"
