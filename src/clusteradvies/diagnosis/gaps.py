"""Information gaps: the answers that kept rules from deciding, ranked by what they block.

A rule that did not fire is blocked by an answer when its condition is undecided and a test on
that answer is undecided. That answer is a "weet niet", or a partly known multiple-choice
answer whose open choices the rule asks about: ``[kosten_baten, weet_niet]`` leaves "are the
tasks on paper?" open, so a rule about the tasks is blocked by it, while a rule about costs and
benefits is not. Finding out the rest of such an answer decides the rule, as with any gap.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from clusteradvies.diagnosis.model import Gap
from clusteradvies.engine.inference import Inference
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.compiled import compile_condition
from clusteradvies.knowledge.conditions import (
    UNKNOWN,
    AnswerTest,
    Truth,
    answer_truth,
    is_partial,
    leaves,
)
from clusteradvies.knowledge.models import Rule


class GapFinder:
    """Finds the information gaps of one knowledge base; built once per advisor."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._holds = {r.id: compile_condition(r.when) for r in kb.rules.values()}
        self._tests: dict[str, dict[str, list[AnswerTest]]] = {}
        for rule in kb.rules.values():
            tests = self._tests.setdefault(rule.id, {})
            for leaf in leaves(rule.when):
                if isinstance(leaf, AnswerTest):
                    tests.setdefault(leaf.answer, []).append(leaf)
        self._question_position = {q: i for i, q in enumerate(kb.question_order)}
        self._advice_position = {a: i for i, a in enumerate(kb.advice)}

    def find(self, inference: Inference, answers: Mapping[str, Any], role: str) -> list[Gap]:
        """Every answer that blocks a rule, the one that blocks the most weight first."""
        kb = self.kb
        blocked: dict[str, list[Rule]] = {}
        for rule in kb.rules.values():
            if rule.id in inference.fired:
                continue
            if self._holds[rule.id](answers, inference.values_of, role) is not Truth.UNKNOWN:
                continue
            for question, tests in self._tests[rule.id].items():
                if _undecided(tests, answers.get(question)):
                    blocked.setdefault(question, []).append(rule)
        gaps = []
        for question, rules in blocked.items():
            impact = sum(a.weight for r in rules for a in r.assess)
            impact += sum(kb.advice[a].weight for r in rules for a in r.recommend)
            advice = sorted(
                {a for r in rules for a in r.recommend}, key=self._advice_position.__getitem__
            )
            partly = is_partial(answers[question])
            gaps.append(Gap(question, impact, tuple(r.id for r in rules), tuple(advice), partly))
        gaps.sort(key=lambda g: (-g.impact, self._question_position[g.question]))
        return gaps


def _undecided(tests: list[AnswerTest], value: Any) -> bool:
    """Whether the answer leaves a rule's tests on it open: a "weet niet" wherever the rule
    reads it, a partly known answer where a test asks about a choice it leaves open."""
    if isinstance(value, str):
        return value == UNKNOWN
    return is_partial(value) and any(answer_truth(t, value) is Truth.UNKNOWN for t in tests)
