"""Typed answers: what someone types at the intake becomes the value a project file would hold.

It must then pass ``questionnaire.check_value`` like any file's answer: one notion of a valid
answer for the intake and for files.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from clusteradvies.knowledge.conditions import NOT_PREFIX, PARTLY
from clusteradvies.knowledge.models import Choice, Question
from clusteradvies.messages import t
from clusteradvies.project.questionnaire import (
    UNKNOWN_WORD,
    check_value,
    choice_ids,
    is_unknown,
    multi_items,
)

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
