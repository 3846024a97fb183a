"""The report's own cases, described as projects, must lead to the lessons the report draws."""

from __future__ import annotations

from pathlib import Path

import pytest

from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.diagnosis.expectations import unmet
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.project.model import load_project
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
    assert project.expect.strengths or project.expect.concerns or project.expect.advice
    assert unmet(project.expect, advisor.diagnose(project)) == []


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


@pytest.mark.parametrize("case", ["portnet", "digikring-het-gooi"])
def test_a_case_described_as_a_project_resembles_that_case_most(
    case: str, kb: KnowledgeBase, advisor: Advisor
) -> None:
    diagnosis = advisor.diagnose(load_project(EXAMPLES / f"{case}.yaml", kb))
    assert diagnosis.similar_cases[0] == (case, 1.0)
    assert all(0.5 <= s <= 1.0 for _, s in diagnosis.similar_cases)


def test_similar_cases_are_shown_with_their_lessons(kb: KnowledgeBase, advisor: Advisor) -> None:
    from clusteradvies.render.diagnosis.markdown import DiagnosisMarkdown

    diagnosis = advisor.diagnose(load_project(EXAMPLES / "portnet.yaml", kb))
    text = DiagnosisMarkdown(kb).render(diagnosis)
    assert "## Vergelijkbare cases uit het rapport" in text
    first_lesson = kb.cases["portnet"].lessons[0].text.nl
    assert first_lesson in text


def test_the_government_category_shows_only_where_government_is_involved(
    kb: KnowledgeBase, advisor: Advisor
) -> None:
    def categories(name: str) -> list[str]:
        diagnosis = advisor.diagnose(load_project(EXAMPLES / f"{name}.yaml", kb))
        return [c.id for c in diagnosis.categories]

    assert "overheid" in categories("gemeente-regeling")  # a government respondent
    assert "overheid" not in categories("winkeliers-nieuwsbrief")  # no subsidy, no government
