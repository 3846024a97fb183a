"""The questionnaire's logic, free of any terminal: which questions apply, and what counts as
a valid answer. Intake, ``--data`` files and batch scoring all go through here; what typed text
becomes is in ``typed_answers``.
"""

from __future__ import annotations

import reprlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.compiled import Evaluator, compile_condition, no_facts
from clusteradvies.knowledge.conditions import (
    NOT_ASKED,
    NOT_PREFIX,
    PARTLY,
    UNKNOWN,
    Condition,
    Truth,
    is_partial,
)
from clusteradvies.knowledge.models import Question

UNKNOWN_WORD = "weet_niet"
"""How an explicit unknown is written in project files."""
UNKNOWN_WORDS = frozenset({"weet_niet", "weet niet", "unknown", "?"})
"""Every spelling of "I don't know" that files and the intake accept."""


def is_unknown(value: Any) -> bool:
    return isinstance(value, str) and value.strip().lower() in UNKNOWN_WORDS


def applies(question: Question, answers: Mapping[str, Any], role: str) -> bool:
    """Whether to ask: its ``when`` holds — or cannot be decided, as with an unknown answer."""
    when = question.when
    if when is None:
        return True
    compiled = _COMPILED_WHEN.get(id(when))
    if compiled is None or compiled[0] is not when:  # the id of a condition since freed
        compiled = _COMPILED_WHEN[id(when)] = (when, compile_condition(when))
    return compiled[1](answers, no_facts, role) is not Truth.FALSE


_COMPILED_WHEN: dict[int, tuple[Condition, Evaluator]] = {}
"""Each question's ``when`` compiled once: resolving a project evaluates every one of them, and
a quick scan resolves thousands of variants per question it asks."""


def resolve(
    kb: KnowledgeBase,
    given: Mapping[str, Any],
    role: str,
    fill: Callable[[Question], Any] | None = None,
) -> dict[str, Any]:
    """Every question's value for the engines, in intake order.

    A given answer is used as is (``weet_niet`` becomes UNKNOWN); a question whose ``when`` is
    false is NOT_ASKED even if answered; an applicable question without answer is UNKNOWN —
    or ``fill(question)`` where that gives a value (the readiness range fills in the extremes;
    later questions' ``when`` then sees the filled-in value, as it would see a real answer).
    """
    return resolve_again(kb, {}, given, role, kb.question_order, fill)


def resolve_again(
    kb: KnowledgeBase,
    resolved: Mapping[str, Any],
    given: Mapping[str, Any],
    role: str,
    questions: Iterable[str],
    fill: Callable[[Question], Any] | None = None,
) -> dict[str, Any]:
    """``resolve``, where ``resolved`` already holds the outcome for every question but
    ``questions`` (in intake order, each with the questions whose ``when`` reads it): after one
    answer changed, only it and the questions that depend on it need resolving again."""
    resolved = dict(resolved)
    for question_id in questions:
        question = kb.questions[question_id]
        if not applies(question, resolved, role):
            resolved[question_id] = NOT_ASKED
        elif question_id not in given or is_unknown(given[question_id]):
            filled = fill(question) if fill is not None else None
            resolved[question_id] = UNKNOWN if filled is None else filled
        elif fill is not None and is_partial(given[question_id]):
            resolved[question_id] = completed(question, given[question_id], fill(question))
        else:
            resolved[question_id] = given[question_id]
    return resolved


def completed(question: Question, partial: list[str], extreme: Any) -> Any:
    """A partly known multi answer with its unknown choices taken from ``extreme`` (a whole
    answer): what was named stays, what was ruled out stays out."""
    if not isinstance(extreme, list | tuple):
        return partial
    named = [c for c in partial if c != PARTLY and not c.startswith(NOT_PREFIX)]
    ruled_out = {c[len(NOT_PREFIX) :] for c in partial if c.startswith(NOT_PREFIX)}
    added = [c for c in extreme if c not in named and c not in ruled_out]
    order = choice_ids(question)
    return sorted({*named, *added}, key=order.index)


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


_SHORT = reprlib.Repr()
"""A value as a message shows it: a few items and characters of a huge one."""
_SHORT.maxstring, _SHORT.maxother, _SHORT.maxlist, _SHORT.maxdict = 80, 80, 10, 10


def check_value(question: Question, value: Any) -> str | None:
    """None when ``value`` is a valid answer to ``question``, else what was expected."""
    if is_unknown(value):
        return None
    if question.type == "yesno":
        ok = isinstance(value, bool)
    elif question.type == "choice":
        ok = isinstance(value, str) and value in choice_ids(question)
    elif question.type == "multi":
        allowed = multi_items(question)
        ok = (
            isinstance(value, list)
            and len(value) > 0
            and all(isinstance(v, str) and v in allowed for v in value)
        )
        twice = _first_repeated(value) if ok else None
        if twice is not None:
            return f"'{twice}' is given twice; name each choice once"
        problem = _partial_problem(value) if ok else None
        if problem is not None:
            return problem
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
    return f"expected {expected(question)}; got {_SHORT.repr(value)}"


def multi_items(question: Question) -> list[str]:
    """What a multi answer's list may hold: choices, and for partial knowledge PARTLY and
    ``niet_<choice>``."""
    ids = choice_ids(question)
    return [*ids, PARTLY, *(NOT_PREFIX + c for c in ids)]


def _partial_problem(value: list[str]) -> str | None:
    ruled_out = [v for v in value if v.startswith(NOT_PREFIX)]
    if ruled_out and PARTLY not in value:
        return f"'{ruled_out[0]}' only means something beside {PARTLY} (the rest is unknown)"
    both = [v for v in ruled_out if v[len(NOT_PREFIX) :] in value]
    if both:
        return f"'{both[0][len(NOT_PREFIX) :]}' is both named and ruled out"
    if value == [PARTLY]:
        return f"a list of only {PARTLY} says nothing; answer {PARTLY} without a list"
    return None


def _first_repeated(values: list[str]) -> str | None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            return value
        seen.add(value)
    return None
