"""The quick scan's cheap look at a diagnosis, and its choice of the next question.

A look must say exactly what ``advise`` would say about the same answers (the first five
advice and the readiness range), however the forecaster's engines got there; the choice must
be the question whose answers change that look most, the same under every hash seed.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.diagnosis.decisive import Picker, answer_values
from clusteradvies.diagnosis.outlook import Forecaster
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.compiled import value_matcher
from clusteradvies.knowledge.conditions import NOT_ASKED, AnswerTest, leaves
from clusteradvies.project.model import Project, load_project
from clusteradvies.project.questionnaire import resolve
from tests.conftest import EXAMPLES
from tests.support.plain import PlainEngine
from tests.support.synthetic import random_answers

ROOT = Path(__file__).resolve().parents[2]


def _project(answers: dict[str, object], role: str) -> Project:
    return Project(name="x", role=role, answers=answers)  # type: ignore[arg-type]


def _as_advise_says(advisor: Advisor, project: Project) -> tuple[tuple[str, ...], object]:
    diagnosis = advisor.diagnose(project)
    return tuple(a.id for a in diagnosis.advice[:5]), diagnosis.readiness_range


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.yaml")))
def test_a_look_says_what_advise_says(kb: KnowledgeBase, advisor: Advisor, example: str) -> None:
    project = load_project(EXAMPLES / example, kb)
    look = Forecaster(advisor, project.role).outlook(project.answers)
    assert (look.top, look.span) == _as_advise_says(advisor, project)


def test_a_variant_is_the_look_at_the_changed_answers(kb: KnowledgeBase, advisor: Advisor) -> None:
    """Seen through engines that keep their memory between looks, one answer changed at a
    time — and through the plain evaluator, which starts afresh every time."""
    rng = random.Random(3)
    kept = Forecaster(advisor, "deelnemer")
    afresh = Forecaster(Advisor(kb, PlainEngine(kb)), "deelnemer")
    for _ in range(4):
        given = random_answers(kb, rng, "deelnemer", unknown_rate=0.3)
        given = dict(rng.sample(sorted(given.items()), k=len(given) // 2))
        kept.outlook(given)
        for question in rng.sample(kb.question_order, k=6):
            value = rng.choice(answer_values(kb, kb.questions[question]))
            then = kept.variant(question, value)
            expected = _as_advise_says(advisor, _project({**given, question: value}, "deelnemer"))
            assert (then.top, then.span) == expected, question
            assert afresh.outlook({**given, question: value}) == then


def test_a_number_is_tried_once_per_stretch_the_rules_tell_apart(kb: KnowledgeBase) -> None:
    """Every answer a number question can get is treated like one of the values tried."""
    for question in kb.questions.values():
        if question.type != "integer":
            continue
        tried = answer_values(kb, question)
        assert question.min in tried
        tests = [
            value_matcher(leaf)
            for condition in [r.when for r in kb.rules.values()]
            for leaf in leaves(condition)
            if isinstance(leaf, AnswerTest) and leaf.answer == question.id
        ]
        assert tests, f"{question.id}: no rule reads it, so nothing tells its answers apart"
        assert question.max is not None and question.min is not None
        for number in range(question.min, question.max + 1):
            like = max(v for v in tried if v <= number)
            assert [t(number) for t in tests] == [t(like) for t in tests], (question.id, number)


def _open(kb: KnowledgeBase, given: dict[str, object], role: str) -> list[str]:
    resolved = resolve(kb, given, role)
    return [q for q in kb.question_order if resolved[q] != NOT_ASKED and q not in given]


def test_the_question_asked_is_the_one_whose_answers_change_the_look_most(
    kb: KnowledgeBase, advisor: Advisor
) -> None:
    project = load_project(EXAMPLES / "portnet.yaml", kb)
    given = {q: project.answers[q] for q in list(project.answers)[:5]}
    forecaster = Forecaster(advisor, project.role)
    effects = Picker(forecaster).effects(given, _open(kb, given, project.role))
    best, worst = effects[0], effects[-1]
    assert best.score >= worst.score and best.score > 0
    now = forecaster.outlook(given)
    # What the best question says it can bring into the top, one of its answers does.
    for advice in best.entering:
        outcomes = [
            forecaster.variant(best.question, v)
            for v in answer_values(kb, kb.questions[best.question])
        ]
        assert any(advice in o.top and advice not in now.top for o in outcomes)


@pytest.mark.slow
def test_the_next_question_does_not_depend_on_the_hash_seed() -> None:
    script = (
        "from clusteradvies.knowledge.loader import load_knowledge\n"
        "from clusteradvies.project.model import load_project\n"
        "from clusteradvies.intake.quick import QuickSession\n"
        "from pathlib import Path\n"
        "kb = load_knowledge()\n"
        f"p = load_project(Path({str(EXAMPLES / 'tris.yaml')!r}), kb)\n"
        "s = QuickSession(kb, p.role, cap=6)\n"
        "order = []\n"
        "while s.current is not None:\n"
        "    order.append(s.current)\n"
        "    s.record(p.answers.get(s.current, 'weet_niet'))\n"
        "print(' '.join(order))\n"
    )
    orders = set()
    for seed in ("0", "1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        )
        orders.add(done.stdout.strip())
    assert len(orders) == 1
    assert len(orders.pop().split()) == 6
