"""The questionnaire's logic, free of any terminal: which questions apply, and what counts as
a valid answer. Intake, ``--data`` files and batch scoring all go through here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import NOT_ASKED, UNKNOWN, Truth, evaluate
from clusteradvies.knowledge.models import Question

UNKNOWN_WORD = "weet_niet"
"""How an explicit unknown is written in project files."""
UNKNOWN_WORDS = frozenset({"weet_niet", "weet niet", "unknown", "?"})
"""Every spelling of "I don't know" that files and the intake accept."""


def is_unknown(value: Any) -> bool:
    return isinstance(value, str) and value.strip().lower() in UNKNOWN_WORDS


def applies(question: Question, answers: Mapping[str, Any], role: str) -> bool:
    """Whether to ask: its ``when`` holds — or cannot be decided, as with an unknown answer."""
    if question.when is None:
        return True
    return evaluate(question.when, answers, lambda _: frozenset(), role) is not Truth.FALSE


def resolve(kb: KnowledgeBase, given: Mapping[str, Any], role: str) -> dict[str, Any]:
    """Every question's value for the engines, in intake order.

    A given answer is used as is (``weet_niet`` becomes UNKNOWN); a question whose ``when`` is
    false is NOT_ASKED even if answered; an applicable question without answer is UNKNOWN.
    """
    resolved: dict[str, Any] = {}
    for question_id in kb.question_order:
        question = kb.questions[question_id]
        if not applies(question, resolved, role):
            resolved[question_id] = NOT_ASKED
        elif question_id not in given or is_unknown(given[question_id]):
            resolved[question_id] = UNKNOWN
        else:
            resolved[question_id] = given[question_id]
    return resolved


def choice_ids(question: Question) -> list[str]:
    return [c.id for c in question.choices]


def expected(question: Question) -> str:
    """What a valid answer looks like, in one phrase (for error messages)."""
    if question.type == "yesno":
        what = "true or false"
    elif question.type == "choice":
        what = "one of " + ", ".join(choice_ids(question))
    elif question.type == "multi":
        what = "a list of " + ", ".join(choice_ids(question))
    else:
        what = f"a whole number from {question.min} to {question.max}"
    return f"{what} (or {UNKNOWN_WORD})"


def check_value(question: Question, value: Any) -> str | None:
    """None when ``value`` is a valid answer to ``question``, else what was expected."""
    if is_unknown(value):
        return None
    if question.type == "yesno":
        ok = isinstance(value, bool)
    elif question.type == "choice":
        ok = isinstance(value, str) and value in choice_ids(question)
    elif question.type == "multi":
        ok = (
            isinstance(value, list)
            and len(value) > 0
            and all(isinstance(v, str) and v in choice_ids(question) for v in value)
            and len(set(value)) == len(value)
        )
    else:
        ok = (
            isinstance(value, int)
            and not isinstance(value, bool)
            and question.min is not None
            and question.max is not None
            and question.min <= value <= question.max
        )
    if ok:
        return None
    return f"expected {expected(question)}; got {value!r}"
