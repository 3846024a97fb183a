"""A rule's conditions do not contradict each other, so the rule can fire.

The check tries every relevant combination of answers, role and derived facts (including
"weet niet") and reports a rule whose ``when`` is true for none of them, pointing at the test
that makes it impossible. Typical causes: two different ``equals`` on one question, a test
and its own negation, or integer bounds that exclude each other.

Failing example (``vorm`` cannot be both; the second test is reported)::

    rules:
      - id: vorm-dubbel
        when:
          all:
            - {answer: vorm, equals: informeel}
            - {answer: vorm, equals: joint_venture}
        ...
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from clusteradvies.checks.common.base import Issue, Level, issue_at
from clusteradvies.checks.common.satisfiability import can_hold, first_conflict
from clusteradvies.errors import Problem
from clusteradvies.knowledge.base import KnowledgeBase

CODE = "KB009"
LEVEL: Level = "error"


def check(kb: KnowledgeBase, loader_problems: Sequence[Problem]) -> Iterator[Issue]:
    """Rules whose ``when`` is true for no possible answers."""
    for rule in kb.rules.values():
        if not can_hold(kb, rule.when):
            path = first_conflict(kb, rule.when, "when")
            message = f"rule '{rule.id}': its conditions contradict each other; it can never fire"
            yield issue_at(kb, "rules", rule.id, path, message)
