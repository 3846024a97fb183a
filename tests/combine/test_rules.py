"""The shared answer per question type: one table, one row per rule (see combine's docstring)."""

from __future__ import annotations

from typing import Any

import pytest

from clusteradvies.combine.combining import shared_answer
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import UNKNOWN
from clusteradvies.knowledge.models import Question

KB, KT, TK = "kosten_baten", "taken", "communicatie"
RULES = [
    # question, answers of those who know → shared answer, rule
    pytest.param("vertrouwen", [], UNKNOWN, "nobody", id="nobody knew"),
    pytest.param("vertrouwen", ["redelijk", "redelijk"], "redelijk", "same", id="all the same"),
    pytest.param("vertrouwen", ["hoog", "laag", "redelijk"], "laag", "riskiest", id="safer first"),
    pytest.param("vorm", ["joint_venture", "informeel"], "informeel", "riskiest", id="safer last"),
    pytest.param("ervaring", [True, False, True], False, "riskiest", id="yes is safer"),
    pytest.param("oplossing_vooraf", [False, True], True, "riskiest", id="no is safer"),
    pytest.param("subsidie", [True, True, False], True, "majority", id="yes/no, unordered"),
    pytest.param("subsidie", [True, False], UNKNOWN, "tie", id="yes/no tie"),
    pytest.param(
        "doel", ["marketing", "platform", "marketing"], "marketing", "majority", id="choice"
    ),
    pytest.param("doel", ["marketing", "platform"], UNKNOWN, "tie", id="choice tie"),
    pytest.param(
        "afspraken", [[KT, KB], [KT], [TK, KT, KB]], [KB, KT], "majority_choices", id="multi"
    ),
    pytest.param("afspraken", [[KT], [KT, TK]], [KT], "majority_choices", id="multi, two: both"),
    pytest.param("afspraken", [[KT], [KB]], UNKNOWN, "no_majority", id="multi, no majority"),
    pytest.param("afspraken", [[KT, KB], [KB, KT]], [KT, KB], "same", id="multi, any order"),
    pytest.param("aantal_bedrijven", [30, 10, 12], 12, "median", id="median"),
    pytest.param("aantal_bedrijven", [10, 20, 5, 40], 20, "median", id="even: riskier middle"),
]


@pytest.mark.parametrize(("question", "known", "shared", "rule"), RULES)
def test_shared_answer(
    kb: KnowledgeBase, question: str, known: list[Any], shared: Any, rule: str
) -> None:
    assert shared_answer(kb.questions[question], known) == (shared, rule)


def test_integer_without_a_safer_end_takes_the_lower_middle() -> None:
    question = Question.model_validate(
        {
            "id": "medewerkers",
            "category": "deelnemers",
            "type": "integer",
            "min": 0,
            "max": 100,
            "prompt": {"nl": "Hoeveel?", "en": "How many?"},
            "help": {"nl": "Omdat.", "en": "Because."},
        }
    )
    assert shared_answer(question, [8, 2]) == (2, "median")
    assert shared_answer(question, [8, 2, 5]) == (5, "median")


def test_every_question_type_has_a_rule_that_gives_a_valid_answer(kb: KnowledgeBase) -> None:
    """Whatever two partners answer, the shared answer is one a project file may hold."""
    from clusteradvies.project.questionnaire import check_value

    for question in kb.questions.values():
        if question.type == "yesno":
            pair: list[Any] = [True, False]
        elif question.type == "integer":
            pair = [question.min, question.max]
        elif question.type == "choice":
            pair = [question.choices[0].id, question.choices[-1].id]
        else:
            pair = [[question.choices[0].id], [question.choices[0].id, question.choices[1].id]]
        value, rule = shared_answer(question, pair)
        assert rule != "nobody", question.id
        if value != UNKNOWN:
            assert check_value(question, value) is None, (question.id, value)
