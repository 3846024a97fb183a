"""Random but valid project answers, drawn from the questionnaire itself (seeded).

Used by the differential and property tests and by the benchmark, so all three exercise the
same space of projects: every question answered with a valid value, some left unknown, and
questions whose ``when`` is false left out, as the intake would.
"""

from __future__ import annotations

import random
from typing import Any

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.models import ROLES, Question
from clusteradvies.project.questionnaire import UNKNOWN_WORD, applies


def random_value(question: Question, rng: random.Random) -> Any:
    """A valid known answer to ``question``."""
    if question.type == "yesno":
        return rng.random() < 0.5
    ids = [c.id for c in question.choices]
    if question.type == "choice":
        return rng.choice(ids)
    if question.type == "multi":
        return rng.sample(ids, rng.randint(1, min(3, len(ids))))
    assert question.min is not None and question.max is not None
    # Most projects are small; sample the low end more often, like real cooperations.
    high = min(question.max, question.min + 40) if rng.random() < 0.8 else question.max
    return rng.randint(question.min, high)


def random_answers(
    kb: KnowledgeBase, rng: random.Random, role: str, unknown_rate: float = 0.1
) -> dict[str, Any]:
    """Answers to every applicable question, in intake order."""
    answers: dict[str, Any] = {}
    resolved: dict[str, Any] = {}
    for question_id in kb.question_order:
        question = kb.questions[question_id]
        if not applies(question, resolved, role):
            resolved[question_id] = "-"
            continue
        value = UNKNOWN_WORD if rng.random() < unknown_rate else random_value(question, rng)
        answers[question_id] = value
        resolved[question_id] = "?" if value == UNKNOWN_WORD else value
    return answers


def random_project(kb: KnowledgeBase, rng: random.Random, index: int = 0) -> dict[str, Any]:
    """A whole project description (as the YAML would hold it)."""
    role = rng.choice(ROLES)
    return {
        "format": 1,
        "name": f"Synthetisch project {index}",
        "role": role,
        "language": rng.choice(["nl", "en"]),
        "answers": random_answers(kb, rng, role),
    }
