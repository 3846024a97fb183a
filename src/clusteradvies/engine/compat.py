"""Import experta 1.9.4 on a modern Python, and undo its import-time side effect.

experta pins frozendict 1.2, which reaches for ``collections.Mapping`` — moved to
``collections.abc`` and removed from ``collections`` in Python 3.10. Aliasing the ABCs back
before the import is enough. experta also calls ``logging.basicConfig()`` when imported,
which would make every later warning of any library print to stderr; the root logger's
handlers are restored right after.

This is the only module that imports experta; the rest of ``engine/`` takes it from here.
"""

from __future__ import annotations

import collections
import collections.abc
import logging

_ALIASES = ("Mapping", "MutableMapping", "Sequence", "Iterable", "Hashable", "Callable")

for _name in _ALIASES:
    if not hasattr(collections, _name):
        setattr(collections, _name, getattr(collections.abc, _name))

_root = logging.getLogger()
_handlers_before = list(_root.handlers)

import experta  # noqa: E402  (must follow the aliases)
from experta import AND, NOT, OR, Fact, KnowledgeEngine, L, P, Rule  # noqa: E402
from experta.activation import Activation  # noqa: E402
from experta.conditionalelement import ConditionalElement  # noqa: E402
from experta.fact import InitialFact  # noqa: E402
from experta.factlist import FactList  # noqa: E402
from experta.matchers import ReteMatcher  # noqa: E402
from experta.matchers.rete.check import FactCapture, FeatureCheck, TypeCheck  # noqa: E402
from experta.matchers.rete.nodes import (  # noqa: E402
    BusNode,
    ConflictSetNode,
    FeatureTesterNode,
    NotNode,
    OrdinaryMatchNode,
)
from experta.matchers.rete.token import Token, TokenInfo  # noqa: E402
from experta.strategies import DepthStrategy  # noqa: E402
from experta.utils import freeze  # noqa: E402

for _handler in list(_root.handlers):
    if _handler not in _handlers_before:
        _root.removeHandler(_handler)

EXPERTA_VERSION: str = getattr(experta, "__version__", "1.9.4")

__all__ = [
    "AND",
    "EXPERTA_VERSION",
    "NOT",
    "OR",
    "Activation",
    "BusNode",
    "ConditionalElement",
    "ConflictSetNode",
    "DepthStrategy",
    "Fact",
    "FactCapture",
    "FactList",
    "FeatureCheck",
    "FeatureTesterNode",
    "InitialFact",
    "KnowledgeEngine",
    "L",
    "NotNode",
    "OrdinaryMatchNode",
    "P",
    "ReteMatcher",
    "Rule",
    "Token",
    "TokenInfo",
    "TypeCheck",
    "freeze",
]
