"""Conditions turned into plain closures, once, for the hot paths.

``conditions.evaluate`` interprets a condition tree on every call: readable, and the reference
for what a condition means. Scoring hundreds of projects calls it millions of times, so the
engines and the advisor compile each condition once into nested closures with the operator and
operand already looked up. A property test keeps both in agreement.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from clusteradvies.knowledge.conditions import (
    NOT_ASKED,
    UNKNOWN,
    All,
    AnswerTest,
    AnyOf,
    Condition,
    FactTest,
    Leaf,
    RoleTest,
    Truth,
    fold,
    is_partial,
    partial_truth,
)

Facts = Callable[[str], frozenset[Any]]
Evaluator = Callable[[Mapping[str, Any], Facts, str], Truth]


def no_facts(_: str) -> frozenset[Any]:
    """``Facts`` for a condition read outside the engine, where no rule has derived anything: a
    question's ``when`` and a lone answer test read answers only."""
    return frozenset()


TRUE, FALSE, UNDECIDED = Truth.TRUE, Truth.FALSE, Truth.UNKNOWN


def value_matcher(test: AnswerTest | FactTest) -> Callable[[Any], bool]:
    """``test.matches`` with the operator resolved up front; total on any value."""
    return operand_matcher(test.operator, test.operand(test.operator))


def operand_matcher(op: str, operand: Any) -> Callable[[Any], bool]:
    """``value_matcher`` of a test with operator ``op`` and ``operand``."""
    kind = type(operand)
    if op == "equals":
        return lambda v: type(v) is kind and v == operand
    if op == "in":
        options = [(type(o), o) for o in operand]
        return lambda v: any(type(v) is k and v == o for k, o in options)
    if op in ("contains", "contains_any"):
        wanted = [(type(w), w) for w in ([operand] if op == "contains" else operand)]

        def contains(v: Any) -> bool:
            if not isinstance(v, list | tuple | frozenset):
                return False
            return any(type(x) is k and x == w for x in v for k, w in wanted)

        return contains
    if op == "unknown":
        return lambda v: (isinstance(v, str) and v == UNKNOWN) is operand
    compare: Callable[[int], bool] = {
        "gt": lambda v: v > operand,
        "gte": lambda v: v >= operand,
        "lt": lambda v: v < operand,
        "lte": lambda v: v <= operand,
    }[op]
    return lambda v: type(v) is int and compare(v)


def compile_condition(condition: Condition) -> Evaluator:
    """An evaluator equal to ``conditions.evaluate(condition, …)``."""
    return fold(condition, _leaf_evaluator, _junction_evaluator, _negated)


def _leaf_evaluator(leaf: Leaf) -> Evaluator:
    if isinstance(leaf, RoleTest):
        roles = frozenset(leaf.role)
        return lambda answers, facts, role: TRUE if role in roles else FALSE
    if isinstance(leaf, FactTest):
        name, match = leaf.fact, value_matcher(leaf)
        return lambda answers, facts, role: TRUE if any(match(v) for v in facts(name)) else FALSE
    return _answer_evaluator(leaf)


def _junction_evaluator(condition: All | AnyOf, parts: list[Evaluator]) -> Evaluator:
    decisive, other = (FALSE, TRUE) if isinstance(condition, All) else (TRUE, FALSE)

    def junction(answers: Mapping[str, Any], facts: Facts, role: str) -> Truth:
        undecided = False
        for part in parts:  # stops at the first decisive part, unlike the reference
            result = part(answers, facts, role)
            if result is decisive:
                return decisive
            if result is UNDECIDED:
                undecided = True
        return UNDECIDED if undecided else other

    return junction


_FLIP = {TRUE: FALSE, FALSE: TRUE, UNDECIDED: UNDECIDED}


def _negated(inner: Evaluator) -> Evaluator:
    return lambda answers, facts, role: _FLIP[inner(answers, facts, role)]


def _answer_evaluator(test: AnswerTest) -> Evaluator:
    return _answer_evaluator_for(test.answer, test.operator, test.operand(test.operator))


def _answer_evaluator_for(question: str, op: str, operand: Any) -> Evaluator:
    match = operand_matcher(op, operand)
    about_unknown = op == "unknown"
    on_choices = op in ("contains", "contains_any")

    def answer(answers: Mapping[str, Any], facts: Facts, role: str) -> Truth:
        value = answers.get(question, NOT_ASKED)
        # Not asked decides nothing; unknown decides only a test about being unknown.
        if isinstance(value, str) and (
            value == NOT_ASKED or (value == UNKNOWN and not about_unknown)
        ):
            return UNDECIDED
        if on_choices and is_partial(value):
            partly = partial_truth(op, operand, value)
            return UNDECIDED if partly is None else partly
        return TRUE if match(value) else FALSE

    return answer


def answer_predicate(question: str, op: str, operand: Any, wanted: Truth) -> Callable[[Any], bool]:
    """True for an answer value on which the test of ``question`` with operator ``op`` and
    ``operand`` comes out ``wanted`` (for experta's P()). Plain arguments, not an
    ``AnswerTest``: the engine remakes its predicates from a cache without the models."""
    evaluator = _answer_evaluator_for(question, op, operand)
    return lambda value: evaluator({question: value}, no_facts, "") is wanted
