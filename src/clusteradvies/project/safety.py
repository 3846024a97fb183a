"""Which answers are safer: the order the questionnaire gives a question's answers.

A question's ``safer:`` says it: an end of the choices (``first``/``last``), of a number or a
yes/no (``higher``/``lower``), every choice from safest to riskiest, or — for a multi-choice
question — its safest and riskiest set. Three things use it:

* the readiness range sets every unknown answer to its riskiest and to its safest value;
* what-if moves an answer one realistic step towards the safer end;
* ``combine`` takes the riskier of the partners' answers where they differ.
"""

from __future__ import annotations

from typing import Any, Literal

from clusteradvies.knowledge.conditions import NOT_PREFIX, PARTLY, is_partial
from clusteradvies.knowledge.models import MultiSafer, Question
from clusteradvies.project.questionnaire import is_unknown, multi_items

End = Literal["safest", "riskiest"]


def is_ordered(question: Question) -> bool:
    """Whether the questionnaire says which answers of this question are safer."""
    return question.safer is not None


def ranked_choices(question: Question) -> list[Any]:
    """A single-valued question's answers from safest to riskiest (empty when unordered or an
    integer, whose range is handled by number)."""
    safer = question.safer
    if safer is None or isinstance(safer, MultiSafer) or question.type in ("integer", "multi"):
        return []
    if question.type == "yesno":
        return [True, False] if safer == "higher" else [False, True]
    if isinstance(safer, list):
        return list(safer)
    ids = [c.id for c in question.choices]
    return ids if safer == "first" else ids[::-1]


def extreme(question: Question, end: End) -> Any | None:
    """The safest or riskiest answer; None when the question has no order."""
    safer = question.safer
    if safer is None:
        return None
    if isinstance(safer, MultiSafer):
        return list(safer.safest if end == "safest" else safer.riskiest)
    if question.type == "integer":
        assert question.min is not None and question.max is not None
        low_is_safe = safer == "lower"
        return question.min if (end == "safest") == low_is_safe else question.max
    ranked = ranked_choices(question)
    return ranked[0] if end == "safest" else ranked[-1]


def risk(question: Question, value: Any) -> int:
    """How far an answer lies from the safer end (larger is riskier); 0 when unordered."""
    if question.type == "integer":
        number = int(value)
        return number if question.safer == "lower" else -number
    ranked = ranked_choices(question)
    return ranked.index(value) if value in ranked else 0


def one_step_safer(question: Question, value: Any) -> Any | None:
    """The next safer answer, or None (already safest, unordered, unknown).

    One realistic step: from low trust to fair, not to high; for a multi-choice answer, one
    choice of the safest set added (and any choice outside it, such as "none", dropped).
    """
    safer = question.safer
    if safer is None or is_unknown(value):
        return None
    if isinstance(safer, MultiSafer):
        if not isinstance(value, list | tuple):
            return None
        if is_partial(value):
            return _partly_safer(question, safer, value)
        missing = [c for c in safer.safest if c not in value]
        if not missing:
            return None
        kept = [c for c in value if c in safer.safest]
        order = [c.id for c in question.choices]
        return sorted([*kept, missing[0]], key=order.index)
    if question.type == "integer":
        assert question.min is not None and question.max is not None
        moved = value + (1 if safer == "higher" else -1)
        return moved if question.min <= moved <= question.max else None
    ranked = ranked_choices(question)
    if value not in ranked or ranked.index(value) == 0:
        return None
    return ranked[ranked.index(value) - 1]


def _partly_safer(question: Question, safer: MultiSafer, value: list[str] | tuple[str, ...]) -> Any:
    """One step safer on a partly known multi answer, which stays partly known: one choice of
    the safest set added — one known to be missing (``niet_X``) first, since that is a step the
    collaboration certainly still has to take — and a named choice outside the safest set ruled
    out rather than dropped, so that it does not turn into "unknown"."""
    named = [c for c in value if c != PARTLY and not c.startswith(NOT_PREFIX)]
    ruled_out = {c[len(NOT_PREFIX) :] for c in value if c.startswith(NOT_PREFIX)}
    missing = [c for c in safer.safest if c not in named]
    if not missing:
        return None
    added = next((c for c in missing if c in ruled_out), missing[0])
    kept = {c for c in named if c in safer.safest} | {added}
    out = (ruled_out - {added}) | {c for c in named if c not in safer.safest}
    picked = kept | {PARTLY} | {NOT_PREFIX + c for c in out}
    return [item for item in multi_items(question) if item in picked]
