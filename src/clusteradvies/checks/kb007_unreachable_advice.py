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

from clusteradvies.checks.common.base import Issue, Level, unreached
from clusteradvies.errors import Problem
from clusteradvies.knowledge.base import KnowledgeBase

CODE = "KB007"
LEVEL: Level = "warning"


def check(kb: KnowledgeBase, loader_problems: Sequence[Problem]) -> Iterator[Issue]:
    """Advice that no rule which can fire recommends."""
    return unreached(kb, "advice", kb.rules_by_advice, "advice", ("recommends", "recommend"))
