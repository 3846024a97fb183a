"""The report's own cases, described as projects, must lead to the lessons the report draws."""

from __future__ import annotations

from pathlib import Path

import pytest

from clusteradvies.advisor import Advisor
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.project import load_project
from tests.conftest import EXAMPLES

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.yaml"))


def test_there_are_examples_of_the_report_s_cases() -> None:
    names = {p.stem for p in EXAMPLE_FILES}
    assert {
        "portnet",
        "trek",
        "klict-abstracte-doelen",
        "klict-keten",
        "digikring-het-gooi",
        "sales-in-de-bouw",
        "winkeliers-nieuwsbrief",
    } <= names


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_example_reaches_the_report_s_conclusions(
    path: Path, kb: KnowledgeBase, advisor: Advisor
) -> None:
    project = load_project(path, kb)
    assert project.expect is not None, f"{path.name} states no expected findings"
    diagnosis = advisor.diagnose(project)
    status = {f.id: f.status for f in diagnosis.factors}
    for factor in project.expect.strengths:
        assert status[factor] == "strength", f"{factor} is {status[factor]}, expected strength"
    for factor in project.expect.concerns:
        assert status[factor] == "concern", f"{factor} is {status[factor]}, expected concern"
    recommended = {a.id for a in diagnosis.advice} | {
        r for a in diagnosis.advice for r in a.related
    }
    for advice_id in project.expect.advice:
        assert advice_id in recommended, f"{advice_id} not recommended"
    top = [a.id for a in diagnosis.advice[:5]]
    top_with_related = set(top) | {r for a in diagnosis.advice[:5] for r in a.related}
    for advice_id in project.expect.top_advice:
        assert advice_id in top_with_related, f"{advice_id} not in the top five: {top}"


def test_abstract_goals_are_the_top_concern_of_the_stopped_klict_project(
    kb: KnowledgeBase, advisor: Advisor
) -> None:
    diagnosis = advisor.diagnose(load_project(EXAMPLES / "klict-abstracte-doelen.yaml", kb))
    assert diagnosis.factor("concreet-praktisch").status == "concern"
    first = diagnosis.advice[0]
    assert "concreet-praktisch" in kb.advice[first.id].addresses
    assert any("3.2.2" in a.sources for a in diagnosis.advice[:1])


def test_portnet_trust_through_small_projects_is_a_strength(
    kb: KnowledgeBase, advisor: Advisor
) -> None:
    diagnosis = advisor.diagnose(load_project(EXAMPLES / "portnet.yaml", kb))
    assert diagnosis.factor("klein-beginnen").status == "strength"
