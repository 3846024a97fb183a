"""Every id an entry names exists: no dangling references.

Checked: the category of factors, advice and questions; source labels against
``sections``; questions and facts tested in a rule's or a question's ``when``, and the roles
there; the facts, factors and advice a rule derives, assesses and recommends; the factors
advice addresses and questions inform; the section, profile facts, advice and factors of a
case. A misspelt id gets a "did you mean".

Failing example (no question ``partner`` exists; the question is ``partners``)::

    rules:
      - id: type.horizontaal
        when: {answer: partner, contains: branchegenoten}
        ...
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from clusteradvies.checks.common.base import Issue, Level, from_loader
from clusteradvies.errors import Problem
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.references import UNKNOWN_REFERENCE

CODE = UNKNOWN_REFERENCE
LEVEL: Level = "error"


def check(kb: KnowledgeBase, loader_problems: Sequence[Problem]) -> Iterator[Issue]:
    """The loader's unknown-reference problems."""
    return from_loader(loader_problems, CODE)
