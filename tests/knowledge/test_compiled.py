"""Compiled conditions mean exactly what the interpreted ones mean.

The engines, the gap analysis and experta's predicates use compiled closures for speed;
``conditions.evaluate`` is the readable reference. Both must agree on every rule of the shipped
knowledge, for random answers (unknown and not-asked included), random facts and every role.
"""

from __future__ import annotations

import random
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.compiled import compile_condition
from clusteradvies.knowledge.conditions import evaluate
from clusteradvies.knowledge.models import ROLES
from clusteradvies.project.questionnaire import resolve
from tests.support.synthetic import random_answers


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 2**32 - 1), role=st.sampled_from(ROLES))
def test_compiled_and_interpreted_conditions_agree(kb: KnowledgeBase, seed: int, role: str) -> None:
    rng = random.Random(seed)
    answers = resolve(kb, random_answers(kb, rng, role, unknown_rate=0.2), role)
    derived: dict[str, frozenset[Any]] = {
        fact.id: frozenset(v for v in fact.values if rng.random() < 0.3)
        for fact in kb.facts.values()
    }

    def facts(name: str) -> frozenset[Any]:
        return derived.get(name, frozenset())

    conditions = [rule.when for rule in kb.rules.values()]
    conditions += [q.when for q in kb.questions.values() if q.when is not None]
    for condition in conditions:
        assert compile_condition(condition)(answers, facts, role) is evaluate(
            condition, answers, facts, role
        ), condition
