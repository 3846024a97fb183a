"""Properties over random valid projects: no crash, deterministic, and monotone where the
questionnaire says which answer is safer (making a risk answer safer never lowers readiness)."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.models import ROLES
from clusteradvies.project.model import Project
from clusteradvies.project.safety import one_step_safer
from tests.support.synthetic import random_answers

pytestmark = pytest.mark.slow

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _project(kb: KnowledgeBase, seed: int, role: str) -> Project:
    rng = random.Random(seed)
    return Project(name="p", role=role, answers=random_answers(kb, rng, role))  # type: ignore[arg-type]


@SETTINGS
@given(seed=st.integers(0, 2**32 - 1), role=st.sampled_from(ROLES))
def test_any_valid_project_is_diagnosed_the_same_way_twice(
    kb: KnowledgeBase, advisor: Advisor, seed: int, role: str
) -> None:
    project = _project(kb, seed, role)
    first, second = advisor.diagnose(project), advisor.diagnose(project)
    assert first == second
    assert first.readiness is None or 0 <= first.readiness <= 100
    # Advice on known answers first, then advice about unknowns; each by priority.
    tiers = [a.about_unknown for a in first.advice]
    assert tiers == sorted(tiers)
    for tier in (False, True):
        ranked = [a.priority for a in first.advice if a.about_unknown is tier]
        assert ranked == sorted(ranked, reverse=True)
    if first.readiness_range is not None:
        low, high = first.readiness_range
        assert 0 <= low <= high <= 100
        assert first.readiness is None or low <= first.readiness <= high


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 2**32 - 1), role=st.sampled_from(ROLES))
def test_a_safer_answer_never_lowers_readiness(
    kb: KnowledgeBase, advisor: Advisor, seed: int, role: str
) -> None:
    project = _project(kb, seed, role)
    before = advisor.diagnose(project)
    for question_id, value in project.answers.items():
        safer_value = one_step_safer(kb.questions[question_id], value)
        if safer_value is None:
            continue
        safer = project.model_copy(
            update={"answers": {**project.answers, question_id: safer_value}}
        )
        after = advisor.diagnose(safer)
        if before.readiness is not None and after.readiness is not None:
            assert after.readiness >= before.readiness, (
                f"{question_id}: {value!r} → {safer_value!r} lowered readiness "
                f"{before.readiness} → {after.readiness}"
            )


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 2**32 - 1), role=st.sampled_from(ROLES))
def test_not_knowing_never_raises_the_readiness_a_project_can_count_on(
    kb: KnowledgeBase, advisor: Advisor, seed: int, role: str
) -> None:
    project = _project(kb, seed, role)
    before = advisor.diagnose(project, explain=False)
    rng = random.Random(seed)
    known = [
        q
        for q, v in project.answers.items()
        if kb.questions[q].safer is not None and v != "weet_niet"
    ]
    for question_id in rng.sample(known, min(4, len(known))):
        unsure = project.model_copy(
            update={"answers": {**project.answers, question_id: "weet_niet"}}
        )
        after = advisor.diagnose(unsure, explain=False)
        assert before.readiness_range is not None and after.readiness_range is not None
        assert after.readiness_range[0] <= before.readiness_range[0], question_id
        assert after.readiness_range[1] >= before.readiness_range[1], question_id


@SETTINGS
@given(seed=st.integers(0, 2**32 - 1), role=st.sampled_from(ROLES))
def test_a_summary_diagnosis_scores_and_ranks_exactly_like_the_full_one(
    kb: KnowledgeBase, advisor: Advisor, seed: int, role: str
) -> None:
    project = _project(kb, seed, role)
    full, summary = advisor.diagnose(project), advisor.diagnose(project, explain=False)
    assert summary.readiness == full.readiness
    assert summary.categories == full.categories
    assert [(f.id, f.status, f.score) for f in summary.factors] == [
        (f.id, f.status, f.score) for f in full.factors
    ]
    assert [(a.id, a.priority, a.related) for a in summary.advice] == [
        (a.id, a.priority, a.related) for a in full.advice
    ]
    assert summary.gaps == ()
