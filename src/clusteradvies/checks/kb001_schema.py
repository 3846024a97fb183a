"""Every file is valid YAML and every entry has the keys and values its kind allows.

The loader validates each file against the models in ``clusteradvies.knowledge.models``:
YAML syntax, keys written twice, unknown keys (with a "did you mean"), missing required keys,
values of the wrong type or outside their allowed set. An invalid entry is left out of the
knowledge base, so it must be fixed before anything else about it can be trusted.

Failing example (``polarity`` must be ``success`` or ``failure``; ``descripton`` is misspelt)::

    factors:
      - id: vertrouwen
        category: vertrouwen
        polarity: positive
        name: {nl: "Vertrouwen", en: "Trust"}
        concern: {nl: "Er is weinig vertrouwen", en: "There is little trust"}
        descripton: {nl: "…", en: "…"}
        sources: ["0/vertrouwen"]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from clusteradvies.checks.common.base import Issue, Level, from_loader
from clusteradvies.errors import Problem
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.loader import SCHEMA

CODE = SCHEMA
LEVEL: Level = "error"


def check(kb: KnowledgeBase, loader_problems: Sequence[Problem]) -> Iterator[Issue]:
    """The loader's schema and YAML problems."""
    return from_loader(loader_problems, CODE)
