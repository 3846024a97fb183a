"""A multi-choice answer that is only partly known: "X; the rest I do not know".

``weet_niet`` inside the list leaves the choices it does not name unknown, and ``niet_X``
rules a choice out; the engine's three-valued logic, the questionnaire, the intake's typing and
the readiness range all honour it.
"""

from __future__ import annotations

from typing import Any

import pytest

from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.intake.session import IntakeSession
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.compiled import compile_condition
from clusteradvies.knowledge.conditions import Truth, evaluate
from clusteradvies.project.model import Project
from clusteradvies.project.questionnaire import InvalidAnswer, check_value, parse_text
from clusteradvies.render.labels import answer_label

KNOWN = ["ketenpartners", "weet_niet"]
RULED_OUT = ["ketenpartners", "niet_branchegenoten", "weet_niet"]


def _truth(condition: dict[str, Any], value: Any) -> tuple[Truth, Truth]:
    from pydantic import TypeAdapter

    from clusteradvies.knowledge.conditions import Condition

    parsed = TypeAdapter(Condition).validate_python(condition)
    answers = {"partners": value}
    reference = evaluate(parsed, answers, lambda _: frozenset(), "deelnemer")
    compiled = compile_condition(parsed)(answers, lambda _: frozenset(), "deelnemer")
    return reference, compiled


@pytest.mark.parametrize(
    ("condition", "value", "expected"),
    [
        ({"answer": "partners", "contains": "ketenpartners"}, KNOWN, Truth.TRUE),
        ({"answer": "partners", "contains": "branchegenoten"}, KNOWN, Truth.UNKNOWN),
        ({"answer": "partners", "contains": "branchegenoten"}, RULED_OUT, Truth.FALSE),
        ({"answer": "partners", "contains": "branchegenoten"}, ["ketenpartners"], Truth.FALSE),
        (
            {"answer": "partners", "contains_any": ["branchegenoten", "overheid"]},
            RULED_OUT,
            Truth.UNKNOWN,
        ),
        ({"not": {"answer": "partners", "contains": "branchegenoten"}}, KNOWN, Truth.UNKNOWN),
        ({"not": {"answer": "partners", "contains": "branchegenoten"}}, RULED_OUT, Truth.TRUE),
    ],
)
def test_the_rest_of_a_partial_answer_decides_nothing(
    condition: dict[str, Any], value: Any, expected: Truth
) -> None:
    assert _truth(condition, value) == (expected, expected)


def test_a_question_that_hangs_on_an_unnamed_choice_is_still_asked(kb: KnowledgeBase) -> None:
    start = {"fase": "idee", "doel": "marketing"}
    unknown_rest = IntakeSession(kb, "deelnemer", {**start, "partners": KNOWN})
    ruled_out = IntakeSession(kb, "deelnemer", {**start, "partners": RULED_OUT})
    assert "concurrentiegevoelig" in unknown_rest.applicable()
    assert "concurrentiegevoelig" not in ruled_out.applicable()


def test_no_rule_fires_on_what_was_left_open(kb: KnowledgeBase, advisor: Advisor) -> None:
    def fired(partners: list[str]) -> set[str]:
        answers = {"doel": "platform", "partners": partners, "alle_partijen": "deels"}
        project = Project(name="p", answers=answers)
        return set(advisor.diagnose(project).chain)

    # "no competitors" is a conclusion only the full list may draw
    everything = fired(["ketenpartners"])
    partly = fired(KNOWN)
    assert partly < everything
    assert fired(["ketenpartners", "branchegenoten"]) != everything


def test_the_readiness_range_spans_what_the_rest_could_be(advisor: Advisor) -> None:
    def span(regeling: Any) -> tuple[int, int]:
        answers = {"financiering": "start_subsidie", "regeling": regeling}
        result = advisor.diagnose(Project(name="p", role="overheid", answers=answers))
        assert result.readiness_range is not None
        return result.readiness_range

    full = span(["samenwerking_verplicht"])
    partial = span(["samenwerking_verplicht", "weet_niet"])
    assert partial[0] <= full[0] and partial[1] >= full[1] and partial != full


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2, weet niet", ["ketenpartners", "weet_niet"]),
        ("niet 1, weet niet", ["weet_niet", "niet_branchegenoten"]),
        ("not firms from the same, unknown", ["weet_niet", "niet_branchegenoten"]),
    ],
)
def test_partial_knowledge_can_be_typed(kb: KnowledgeBase, typed: str, expected: list[str]) -> None:
    assert parse_text(kb.questions["partners"], typed, "en") == expected


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (["niet_branchegenoten"], "only means something beside weet_niet"),
        (["branchegenoten", "niet_branchegenoten", "weet_niet"], "both named and ruled out"),
        (["weet_niet"], "answer weet_niet without a list"),
    ],
)
def test_partial_answers_that_say_nothing_or_contradict_are_refused(
    kb: KnowledgeBase, value: list[str], problem: str
) -> None:
    found = check_value(kb.questions["partners"], value)
    assert found is not None and problem in found
    typed = parse_text(kb.questions["partners"], "niet 1", "nl")
    assert isinstance(typed, InvalidAnswer)


def test_a_partial_answer_reads_as_said(kb: KnowledgeBase) -> None:
    shown = answer_label(kb, "partners", RULED_OUT, "nl")
    assert shown == (
        "Leveranciers en afnemers van elkaar; niet: Bedrijven uit dezelfde branche "
        "(concurrenten); de rest weet ik niet"
    )
