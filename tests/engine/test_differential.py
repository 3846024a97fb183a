"""The experta engine and the plain-Python evaluator must agree on every project.

The plain evaluator is a direct fixpoint over the same declarative conditions; if experta
ever misfires (as with its issue #10), the two disagree on some random project here.
"""

from __future__ import annotations

import random

from clusteradvies.engine.experta_engine import ExpertaEngine
from clusteradvies.engine.inference import ResolvedProject
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.models import ROLES
from clusteradvies.project.questionnaire import resolve
from tests.support.plain import PlainEngine
from tests.support.synthetic import random_answers

PROJECTS = 300


def test_experta_and_plain_evaluator_reach_the_same_conclusions(kb: KnowledgeBase) -> None:
    rng = random.Random(20261128)
    experta, plain = ExpertaEngine(kb), PlainEngine(kb)
    fired_somewhere: set[str] = set()
    for index in range(PROJECTS):
        role = rng.choice(ROLES)
        answers = resolve(kb, random_answers(kb, rng, role, unknown_rate=0.15), role)
        case = ResolvedProject(answers, role)
        expected, actual = plain.infer(case), experta.infer(case)
        assert actual == expected, (
            f"project {index}: experta fired {sorted(actual.fired ^ expected.fired)} "
            f"differently from the plain evaluator"
        )
        fired_somewhere |= actual.fired
    # The comparison means something only if the random projects reach most rules.
    assert len(fired_somewhere) >= 0.6 * len(kb.rules)


def test_one_engine_instance_is_reused_without_leaking_facts(kb: KnowledgeBase) -> None:
    rng = random.Random(7)
    experta, plain = ExpertaEngine(kb), PlainEngine(kb)
    cases = [
        ResolvedProject(resolve(kb, random_answers(kb, rng, "deelnemer"), "deelnemer"), "deelnemer")
        for _ in range(3)
    ]
    first = experta.infer(cases[0])
    for case in cases[1:]:
        experta.infer(case)
    assert experta.infer(cases[0]) == first == plain.infer(cases[0])
