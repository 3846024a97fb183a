"""``typed_answers.parse_text``: what typed text becomes, checked against ``check_value``."""

from __future__ import annotations

from typing import Any

import pytest

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.models import Choice, Question, Text
from clusteradvies.project.questionnaire import check_value
from clusteradvies.project.typed_answers import InvalidAnswer, parse_text


def _q(kb: KnowledgeBase, question_id: str) -> Question:
    return kb.questions[question_id]


@pytest.mark.parametrize(
    ("question_id", "text", "value"),
    [
        # choice: number, id, label start (either language), accents and case ignored
        ("fase", "3", "gestart"),
        ("fase", " 3 ", "gestart"),
        ("fase", "gevestigd", "gevestigd"),
        ("fase", "GEVESTIGD", "gevestigd"),
        ("fase", "Idee", "idee"),
        ("fase", "voorb", "voorbereiding"),
        ("fase", "established", "gevestigd"),
        ("invloed_groot", "niet geregeld", "niet_geregeld"),
        # multi: numbers with commas or spaces, ids, mixed; duplicates once, choice order
        ("partners", "1,3", ["branchegenoten", "andere_branches"]),
        ("partners", "3 1", ["branchegenoten", "andere_branches"]),
        ("partners", "3, 1, 3", ["branchegenoten", "andere_branches"]),
        ("partners", "overheid; 1", ["branchegenoten", "overheid"]),
        ("partners", "7", ["ict_leveranciers"]),
        # yes/no in both languages
        ("ervaring", "ja", True),
        ("ervaring", "J", True),
        ("ervaring", "yes", True),
        ("ervaring", "y", True),
        ("ervaring", "nee", False),
        ("ervaring", "n", False),
        ("ervaring", "No", False),
        # integers within range
        ("aantal_bedrijven", "2", 2),
        ("aantal_bedrijven", "1000", 1000),
        ("aantal_bedrijven", " 12 ", 12),
        # the explicit unknown, in both languages, for every type
        ("fase", "weet niet", "weet_niet"),
        ("partners", "Weet  Niet", "weet_niet"),
        ("ervaring", "unknown", "weet_niet"),
        ("aantal_bedrijven", "weet_niet", "weet_niet"),
    ],
)
def test_typed_text_becomes_a_valid_answer(
    kb: KnowledgeBase, question_id: str, text: str, value: Any
) -> None:
    question = _q(kb, question_id)
    assert parse_text(question, text, "nl") == value
    assert check_value(question, value) is None


@pytest.mark.parametrize(
    ("question_id", "text", "lang", "message"),
    [
        ("fase", "5", "nl", "'5' is geen keuze; typ een nummer van 1 tot 4."),
        ("fase", "0", "en", "'0' is not a choice; type a number from 1 to 4."),
        ("fase", "zomaar", "nl", "'zomaar' is geen keuze; typ een nummer van 1 tot 4."),
        ("fase", "", "nl", "Typ een antwoord, of ? voor uitleg."),
        ("partners", "1,9", "nl", "'9' is geen keuze; typ een nummer van 1 tot 7."),
        ("partners", ",", "nl", "Typ een antwoord, of ? voor uitleg."),
        ("ervaring", "misschien", "nl", "Antwoord ja of nee (j/n)."),
        ("ervaring", "1", "en", "Answer yes or no (y/n)."),
        (
            "aantal_bedrijven",
            "veel",
            "nl",
            "'veel' is geen heel getal; typ een getal van 2 tot 1000.",
        ),
        ("aantal_bedrijven", "1", "nl", "1 ligt buiten 2–1000; typ een getal van 2 tot 1000."),
        ("aantal_bedrijven", "1001", "en", "1001 is outside 2–1000; type a number from 2 to 1000."),
        (
            "aantal_bedrijven",
            "3.5",
            "nl",
            "'3.5' is geen heel getal; typ een getal van 2 tot 1000.",
        ),
    ],
)
def test_invalid_text_says_what_to_type(
    kb: KnowledgeBase, question_id: str, text: str, lang: str, message: str
) -> None:
    assert parse_text(_q(kb, question_id), text, lang) == InvalidAnswer(message)


def test_an_ambiguous_label_start_lists_the_numbers_to_choose_from(kb: KnowledgeBase) -> None:
    result = parse_text(_q(kb, "fase"), "ge", "nl")
    assert isinstance(result, InvalidAnswer)
    assert "3 (Gestart" in result.message and "4 (Gevestigd" in result.message
    assert result.message.endswith("typ het nummer.")


def _with_default(default: Any, kind: str = "choice") -> Question:
    choices = [Choice(id=i, label=Text(nl=i, en=i)) for i in ("een", "twee")]
    return Question(
        id="proef",
        category="deelnemers",
        type=kind,  # type: ignore[arg-type]
        prompt=Text(nl="?", en="?"),
        help=Text(nl="-", en="-"),
        choices=choices if kind in ("choice", "multi") else [],
        default=default,
        min=1 if kind == "integer" else None,
        max=9 if kind == "integer" else None,
    )


@pytest.mark.parametrize(
    ("kind", "default", "value"),
    [
        ("choice", "twee", "twee"),
        ("multi", "een", ["een"]),
        ("yesno", False, False),
        ("integer", 4, 4),
    ],
)
def test_empty_input_gives_the_default_where_there_is_one(
    kind: str, default: Any, value: Any
) -> None:
    question = _with_default(default, kind)
    assert parse_text(question, "   ", "nl") == value
    assert check_value(question, value) is None


def test_every_valid_answer_of_the_shipped_questions_can_be_typed(kb: KnowledgeBase) -> None:
    """By number, by id and by full label — and the result always passes check_value."""
    for question in kb.questions.values():
        cases: list[tuple[str, Any]] = []
        for number, choice in enumerate(question.choices, 1):
            value = [choice.id] if question.type == "multi" else choice.id
            cases += [(str(number), value), (choice.id, value)]
            cases += [(choice.label.nl, value), (choice.label.en, value)]
        if question.type == "multi":
            every = [c.id for c in question.choices]
            numbers = ",".join(str(n) for n in range(len(every), 0, -1))
            cases.append((numbers, every))
        if question.type == "yesno":
            cases += [("ja", True), ("nee", False)]
        if question.type == "integer":
            cases += [(str(question.min), question.min), (str(question.max), question.max)]
        for text, value in cases:
            assert parse_text(question, text, "nl") == value, (question.id, text)
            assert check_value(question, value) is None


def test_a_default_the_validator_rejects_is_not_given() -> None:
    """check_value has the last word, even over a knowledge base's own default."""
    result = parse_text(_with_default("drie"), "", "nl")
    assert isinstance(result, InvalidAnswer)
    assert result.message == "expected one of een, twee (or weet_niet); got 'drie'"


@pytest.mark.parametrize(
    ("text", "lang", "message"),
    [
        (
            "1, niet 2",
            "nl",
            "'niet 2' zegt alleen iets als de rest onbekend is: typ er weet niet bij, dus "
            "'1, niet 2, weet niet'.",
        ),
        (
            "niet 1, weet niet, 1",
            "nl",
            "'Bedrijven uit dezelfde branche (concurrenten)' (keuze 1) is zowel gekozen als "
            "uitgesloten; kies haar of sluit haar uit.",
        ),
        (
            "not 1, unknown, 1",
            "en",
            "'Firms from the same trade (competitors)' (choice 1) is both chosen and ruled out; "
            "choose it or rule it out.",
        ),
    ],
)
def test_partial_knowledge_typed_wrongly_is_explained_in_the_words_typed(
    kb: KnowledgeBase, text: str, lang: str, message: str
) -> None:
    assert parse_text(_q(kb, "partners"), text, lang) == InvalidAnswer(message)


def test_unknown_typed_twice_is_unknown(kb: KnowledgeBase) -> None:
    assert parse_text(_q(kb, "partners"), "weet niet, weet niet", "nl") == "weet_niet"
