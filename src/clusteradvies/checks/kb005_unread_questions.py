"""Every question's answer is read by a rule, or by another question's ``when``.

A question nobody reads costs the respondent time and changes nothing in the advice. Either
a rule should use the answer, or the question should go. A question whose only reader is
another question's ``when`` still matters: it decides what else is asked.

Failing example (no rule and no ``when`` mentions ``website``)::

    questions:
      - id: website
        category: voordelen
        type: yesno
        prompt: {nl: "Heeft u een website?", en: "Do you have a website?"}
        ...
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from clusteradvies.checks.common.base import Issue, Level, issue_at
from clusteradvies.errors import Problem
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import questions_read

CODE = "KB005"
LEVEL: Level = "warning"


def check(kb: KnowledgeBase, loader_problems: Sequence[Problem]) -> Iterator[Issue]:
    """Questions whose answer no rule and no other question uses."""
    read: set[str] = set()
    for rule in kb.rules.values():
        read.update(questions_read(rule.when))
    for question in kb.questions.values():
        if question.when is not None:
            # A question gating itself is KB006's finding, not a reader.
            read.update(set(questions_read(question.when)) - {question.id})
    for question_id in kb.questions:
        if question_id not in read:
            message = f"question '{question_id}': no rule or other question reads its answer"
            yield issue_at(kb, "questions", question_id, "id", message)
