"""How much is known, and how far the unknown answers could still move the scores.

Unknown answers decide nothing, so a diagnosis of a project with many "weet niet" rests on
few answers — and could read as strong precisely because little is known. Two measures keep
it honest:

* **coverage**: answered questions among those that apply, per category and overall;
* **the range**: the scores with every unknown answer set to its riskiest and to its safest
  value (the questionnaire's ``safer:``), by running the same rules on both. A question without
  a safer end stays unknown in both.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from clusteradvies.diagnosis.model import Coverage
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import NOT_ASKED, UNKNOWN, is_partial
from clusteradvies.project.model import Project
from clusteradvies.project.questionnaire import resolve
from clusteradvies.project.safety import End, extreme


def coverage(kb: KnowledgeBase, answers: Mapping[str, Any]) -> dict[str | None, Coverage]:
    """Coverage per category id, and overall under ``None``."""
    answered: dict[str | None, int] = {}
    applicable: dict[str | None, int] = {}
    for question in kb.questions.values():
        value = answers.get(question.id, NOT_ASKED)
        if isinstance(value, str) and value == NOT_ASKED:
            continue
        known = not (isinstance(value, str) and value == UNKNOWN)
        for key in (question.category, None):
            applicable[key] = applicable.get(key, 0) + 1
            answered[key] = answered.get(key, 0) + known
    return {key: Coverage(answered[key], applicable[key]) for key in applicable}


def has_unknowns(answers: Mapping[str, Any]) -> bool:
    """Whether any answer is unknown, wholly or (a multi answer's unnamed choices) partly."""
    return any((isinstance(v, str) and v == UNKNOWN) or is_partial(v) for v in answers.values())


def at_extreme(kb: KnowledgeBase, project: Project, end: End) -> dict[str, Any]:
    """The project's resolved answers with every unknown set to its ``end`` (where it has one)."""
    return resolve(kb, project.answers, project.role, fill=lambda q: extreme(q, end))
