"""A question's ``when`` can hold, and tests only what the intake knows by then.

Questions are asked in intake order: by category, in the order of ``categories``, then as
written. A ``when`` is evaluated just before its question is asked, so it may only test
answers to earlier questions, and facts derived from earlier answers; otherwise the question
is skipped or asked depending on answers the respondent has not given yet. A ``when`` that
can never be true hides its question from every respondent.

Failing example (``trekker`` is asked later; ``subsidie`` cannot be true and false)::

    questions:
      - id: trekker_tijd
        when: {answer: trekker, equals: iemand}
        ...
      - id: trekker
        ...
      - id: subsidie_hoogte
        when:
          all:
            - {answer: subsidie, equals: true}
            - {answer: subsidie, equals: false}
        ...
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from clusteradvies.checks.common.base import Issue, Level, issue_at
from clusteradvies.checks.common.satisfiability import can_hold, first_conflict
from clusteradvies.checks.common.walk import operator_path
from clusteradvies.errors import Problem
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import AnswerTest, FactTest, located_leaves
from clusteradvies.knowledge.graph import questions_behind_facts

CODE = "KB006"
LEVEL: Level = "error"


def check(kb: KnowledgeBase, loader_problems: Sequence[Problem]) -> Iterator[Issue]:
    """Impossible ``when`` conditions, and ``when`` conditions that look ahead."""
    position = {question_id: i for i, question_id in enumerate(kb.question_order)}
    behind_facts = questions_behind_facts(kb)
    for question_id in kb.question_order:
        when = kb.questions[question_id].when
        if when is None:
            continue
        owner = f"question '{question_id}'"
        if not can_hold(kb, when):
            path = first_conflict(kb, when, "when")
            yield issue_at(kb, "questions", question_id, path, f"{owner}: its when can never hold")
        for leaf, path in located_leaves(when, "when"):
            if isinstance(leaf, AnswerTest):
                later = [leaf.answer]
            elif isinstance(leaf, FactTest):
                later = sorted(behind_facts.get(leaf.fact, set()))
            else:
                continue
            later = [q for q in later if position.get(q, -1) >= position[question_id]]
            if later:
                what = "itself" if later == [question_id] else _names(later)
                via = f" (through fact '{leaf.fact}')" if isinstance(leaf, FactTest) else ""
                message = f"{owner}: its when depends on {what}{via}, not asked before it"
                yield issue_at(kb, "questions", question_id, operator_path(leaf, path), message)


def _names(question_ids: list[str]) -> str:
    quoted = ", ".join(f"'{q}'" for q in question_ids)
    return f"question {quoted}" if len(question_ids) == 1 else f"questions {quoted}"
