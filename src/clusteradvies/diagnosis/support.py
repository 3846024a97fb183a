"""Why a rule fired: the answers and facts its condition rests on.

Read off the rule's condition with the same three-valued logic the engines use, so an
explanation never claims an answer the rule did not need.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from clusteradvies.knowledge.conditions import (
    All,
    AnswerTest,
    AnyOf,
    Condition,
    FactTest,
    Not,
    Truth,
    evaluate,
)

Facts = Callable[[str], frozenset[Any]]


def support(
    condition: Condition, answers: Mapping[str, Any], facts: Facts, role: str
) -> tuple[set[str], set[tuple[str, Any]]]:
    """The answers and derived facts that make a true condition true.

    For ``any``, the first true branch as written is the reason, so the explanation is the
    same on every run.
    """
    questions: set[str] = set()
    used_facts: set[tuple[str, Any]] = set()

    def walk(node: Condition) -> None:
        if isinstance(node, All):
            for child in node.all:
                walk(child)
        elif isinstance(node, AnyOf):
            for child in node.any:
                if evaluate(child, answers, facts, role) is Truth.TRUE:
                    walk(child)
                    return
        elif isinstance(node, Not):
            walk_negated(node.not_)
        elif isinstance(node, AnswerTest):
            questions.add(node.answer)
        elif isinstance(node, FactTest):
            used_facts.update((node.fact, v) for v in facts(node.fact) if node.matches(v))

    def walk_negated(node: Condition) -> None:
        # not(all) holds by a false child; not(any) by all children false.
        if isinstance(node, All):
            for child in node.all:
                if evaluate(child, answers, facts, role) is Truth.FALSE:
                    walk_negated(child)
                    return
        elif isinstance(node, AnyOf):
            for child in node.any:
                walk_negated(child)
        elif isinstance(node, Not):
            walk(node.not_)
        elif isinstance(node, AnswerTest):
            questions.add(node.answer)

    walk(condition)
    return questions, used_facts
