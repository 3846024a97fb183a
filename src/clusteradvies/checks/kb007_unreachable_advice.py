"""Every piece of advice can be given: some rule that can fire recommends it.

Advice that no rule recommends is written but never shown. A rule counts only if its
``when`` can hold (see KB009): advice recommended only by an impossible rule is just as
unreachable.

Failing example (no rule lists ``kleine-stappen`` under ``recommend``)::

    advice:
      - id: kleine-stappen
        category: vertrouwen
        text: {nl: "Begin klein.", en: "Start small."}
        ...
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from clusteradvies.checks.base import Issue, Level, issue_at
from clusteradvies.checks.satisfiability import can_hold
from clusteradvies.errors import Problem
from clusteradvies.knowledge.base import KnowledgeBase

CODE = "KB007"
LEVEL: Level = "warning"


def check(kb: KnowledgeBase, loader_problems: Sequence[Problem]) -> Iterator[Issue]:
    """Advice that no rule which can fire recommends."""
    for advice_id in kb.advice:
        rules = kb.rules_by_advice.get(advice_id, [])
        if not rules:
            message = f"advice '{advice_id}': no rule recommends it"
        elif not any(can_hold(kb, kb.rules[r].when) for r in rules):
            names = ", ".join(f"'{r}'" for r in rules)
            message = f"advice '{advice_id}': only rules that can never fire recommend it ({names})"
        else:
            continue
        yield issue_at(kb, "advice", advice_id, "id", message)
