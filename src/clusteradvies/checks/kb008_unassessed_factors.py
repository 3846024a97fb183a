"""Every factor can be assessed: some rule that can fire assesses it.

The profile scores categories by the factors rules assess. A factor no rule assesses never
counts, however well the report supports it. A rule counts only if its ``when`` can hold
(see KB009).

Failing example (no rule has ``assess: [{factor: trekker, …}]``)::

    factors:
      - id: trekker
        category: deelnemers
        polarity: success
        ...
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from clusteradvies.checks.common.base import Issue, Level, unreached
from clusteradvies.errors import Problem
from clusteradvies.knowledge.base import KnowledgeBase

CODE = "KB008"
LEVEL: Level = "warning"


def check(kb: KnowledgeBase, loader_problems: Sequence[Problem]) -> Iterator[Issue]:
    """Factors that no rule which can fire assesses."""
    return unreached(kb, "factors", kb.rules_by_factor, "factor", ("assesses", "assess"))
