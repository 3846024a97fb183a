"""No two entries of the same kind share an id, in one file or across files.

Rules, questions and cases name entries by id; with two entries under one id, which one a
reference means would depend on the order files are read. The second entry is left out.

Failing example (the second ``vertrouwen`` factor, possibly in another file)::

    factors:
      - id: vertrouwen
        ...
      - id: vertrouwen
        ...
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from clusteradvies.checks.common.base import Issue, Level, from_loader
from clusteradvies.errors import Problem
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.loader import DUPLICATE_ID

CODE = DUPLICATE_ID
LEVEL: Level = "error"


def check(kb: KnowledgeBase, loader_problems: Sequence[Problem]) -> Iterator[Issue]:
    """The loader's duplicate-id problems."""
    return from_loader(loader_problems, CODE)
