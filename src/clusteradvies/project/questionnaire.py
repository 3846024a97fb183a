"""The questionnaire's logic, free of any terminal: which questions apply, and what counts as
a valid answer. Intake, ``--data`` files and batch scoring all go through here.
"""

from __future__ import annotations

import re
import reprlib
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
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
from clusteradvies.knowledge.models import Choice, Question
from clusteradvies.messages import t

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


# --- typed answers ----------------------------------------------------------------------------
# What someone types at the intake becomes the value a project file would hold, and must then
# pass check_value like any file's answer: one notion of a valid answer for intake and files.

YES_WORDS = frozenset({"ja", "j", "yes", "y", "true"})
NO_WORDS = frozenset({"nee", "n", "no", "false"})


@dataclass(frozen=True)
class InvalidAnswer:
    """Typed text that is no answer, and what to type instead (in the user's language)."""

    message: str


def parse_text(question: Question, text: str, lang: str) -> Any:
    """The answer typed as ``text``, or an InvalidAnswer saying why it is none.

    Choices by number, id or the start of their label (either language); several choices as
    ``1,3`` or ids; yes/no as ja/nee/j/n/yes/no/y; integers within range; the question's
    default on empty input; ``weet niet`` / ``unknown`` as the explicit unknown.
    """
    value = _parse(question, text, lang)
    if isinstance(value, InvalidAnswer):
        return value
    problem = check_value(question, value)  # the one validator, for files and typing alike
    return value if problem is None else InvalidAnswer(problem)


def _parse(question: Question, text: str, lang: str) -> Any:
    typed = _normal(text)
    if not typed:
        if question.default is None:
            return InvalidAnswer(t("parse.empty", lang))
        default = question.default
        return [default] if question.type == "multi" else default
    if is_unknown(typed):
        return UNKNOWN_WORD
    if question.type == "yesno":
        if typed in YES_WORDS or typed in NO_WORDS:
            return typed in YES_WORDS
        return InvalidAnswer(t("parse.yesno", lang))
    if question.type == "integer":
        return _integer(question, typed, lang)
    if question.type == "choice":
        return _choice(question, typed, lang)
    return _choices(question, typed, lang)


def _normal(text: str) -> str:
    """Lower case, single spaces, no accents: "Coördinator " and "coordinator" are one word."""
    decomposed = unicodedata.normalize("NFKD", " ".join(text.split()).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _integer(question: Question, typed: str, lang: str) -> Any:
    low, high = question.min, question.max
    if not re.fullmatch(r"[+-]?\d+", typed):
        return InvalidAnswer(t("parse.integer", lang).format(text=typed, min=low, max=high))
    value = int(typed)
    if low is not None and high is not None and not low <= value <= high:
        return InvalidAnswer(t("parse.range", lang).format(value=value, min=low, max=high))
    return value


def _choice(question: Question, typed: str, lang: str) -> Any:
    found = _match_choice(question.choices, typed, lang)
    return found if isinstance(found, InvalidAnswer) else found.id


def _choices(question: Question, typed: str, lang: str) -> Any:
    whole = _match_choice(question.choices, typed, lang)  # a label may hold commas itself
    if not isinstance(whole, InvalidAnswer):
        return [whole.id]
    parts = [p.strip() for p in re.split(r"[,;]", typed) if p.strip()]
    # "1 3" means two numbers; "weet niet" and label starts keep their spaces.
    tokens = [n for p in parts for n in (p.split() if re.fullmatch(r"[\d ]+", p) else [p])]
    picked: set[str] = set()
    ruled_out: dict[str, str] = {}  # choice id -> the words that ruled it out
    for token in tokens:
        if is_unknown(token):  # "1, weet niet": the rest is unknown
            picked.add(PARTLY)
            continue
        negated = re.fullmatch(r"(?:niet|not)\s+(.+)", token)
        found = _match_choice(question.choices, negated.group(1) if negated else token, lang)
        if isinstance(found, InvalidAnswer):
            return found
        picked.add(NOT_PREFIX + found.id if negated else found.id)
        if negated:
            ruled_out.setdefault(found.id, token)
    if not picked:
        return InvalidAnswer(t("parse.empty", lang))
    return _typed_partial(question, typed, picked, ruled_out, lang)


def _typed_partial(
    question: Question, typed: str, picked: set[str], ruled_out: dict[str, str], lang: str
) -> Any:
    """The typed choices as an answer, or why partial knowledge typed this way says nothing —
    in the words that were typed and the user's language, where check_value would speak of
    ``niet_<id>`` as a file holds it."""
    if picked == {PARTLY}:  # "weet niet, weet niet" is just "weet niet"
        return UNKNOWN_WORD
    if ruled_out and PARTLY not in picked:
        words = next(iter(ruled_out.values()))
        return InvalidAnswer(t("parse.not_alone", lang).format(text=words, typed=typed))
    for choice_id in ruled_out:
        if choice_id in picked:
            number = choice_ids(question).index(choice_id) + 1
            label = question.choices[number - 1].label.get(lang)
            return InvalidAnswer(t("parse.chosen_and_not", lang).format(n=number, label=label))
    return [item for item in multi_items(question) if item in picked]


def _match_choice(choices: list[Choice], typed: str, lang: str) -> Choice | InvalidAnswer:
    if typed.isdigit():
        if 1 <= int(typed) <= len(choices):
            return choices[int(typed) - 1]
        return InvalidAnswer(t("parse.choice", lang).format(text=typed, n=len(choices)))
    for choice in choices:
        if choice.id == typed.replace(" ", "_"):
            return choice
    other = "nl" if lang == "en" else "en"
    for language in (lang, other):
        fits = [
            c
            for c in choices
            if _normal(c.label.get(language)).startswith(typed) or c.id.startswith(typed)
        ]
        if len(fits) == 1:
            return fits[0]
        if fits:
            numbered = ", ".join(f"{choices.index(c) + 1} ({c.label.get(lang)})" for c in fits)
            return InvalidAnswer(t("parse.ambiguous", lang).format(text=typed, options=numbered))
    return InvalidAnswer(t("parse.choice", lang).format(text=typed, n=len(choices)))
