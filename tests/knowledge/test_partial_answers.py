"""A multi-choice answer that is only partly known: "X; the rest I do not know".

``weet_niet`` inside the list leaves the choices it does not name unknown, and ``niet_X``
rules a choice out; the engine's three-valued logic, the questionnaire, the intake's typing and
the readiness range all honour it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from clusteradvies.cli.app import _register, app
from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.diagnosis.model import Gap
from clusteradvies.intake.session import IntakeSession
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.compiled import compile_condition
from clusteradvies.knowledge.conditions import Truth, evaluate
from clusteradvies.project.model import Project
from clusteradvies.project.questionnaire import check_value
from clusteradvies.project.typed_answers import InvalidAnswer, parse_text
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


def test_an_answer_left_partly_open_is_an_information_gap(advisor: Advisor) -> None:
    def gap(agreements: list[str]) -> Gap | None:
        project = Project(name="p", answers={"vertrouwen": "redelijk", "afspraken": agreements})
        found = [g for g in advisor.diagnose(project).gaps if g.question == "afspraken"]
        return found[0] if found else None

    partly = gap(["kosten_baten", "weet_niet"])
    assert partly is not None and partly.partly
    # Whether the tasks are on paper is open, so the rule about them waits for it; whether the
    # costs and benefits are is known, so the rule about them decided.
    assert "vertrouwen.taken-niet-vastgelegd" in partly.blocked_rules
    assert "vertrouwen.kosten-baten-ontbreekt" not in partly.blocked_rules
    assert "vertrouwen.taken-bindend" in partly.blocked_advice
    assert gap(["kosten_baten"]) is None  # a whole answer leaves nothing open


def test_advise_lists_the_partly_known_question_among_the_gaps(tmp_path: Path) -> None:
    path = tmp_path / "deels.yaml"
    answers = {"vertrouwen": "redelijk", "afspraken": ["kosten_baten", "weet_niet"]}
    path.write_text(yaml.safe_dump({"name": "p", "answers": answers}), encoding="utf-8")
    _register()
    result = CliRunner().invoke(app, ["advise", str(path), "--top", "0"], env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.stderr
    gaps = " ".join(result.stdout.split("Informatiegaten")[1].split())
    prompt = "Welke afspraken zijn op papier gezet? Kies alles wat van toepassing is."
    assert f"{prompt} (deels bekend) — weegt" in gaps
    as_json = CliRunner().invoke(app, ["advise", str(path), "--format", "json"])
    [entry] = [g for g in json.loads(as_json.stdout)["gaps"] if g["question"] == "afspraken"]
    assert entry["partly"] is True


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
