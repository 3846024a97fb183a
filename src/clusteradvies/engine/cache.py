"""A cache of built engines: experta's Rete network for a knowledge base, built once per
version of everything it depends on rather than at every command's start.

Building the network is the largest part of a cold ``advise`` after the imports. The built
engine is pickled next to the knowledge cache (``knowledge.cache.cache_directory``), keyed on
the knowledge's fingerprint, the experta and Python versions and the source of this package's
engine and condition code — anything else misses. A network holds functions and generated
classes that pickle cannot name, so the pickler replaces each with the recipe it was made
from (``rules.RECIPES``, ``rules.answer_type``) and experta's tuple-like objects with their
items; loading makes the same functions again. The conflict-set nodes' touch recorders are
taken off before pickling and put back after loading.

As with the knowledge cache, any trouble (no cache directory, a damaged or foreign file, a
pickling error) falls back to building, silently; ``CLUSTERADVIES_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import gc
import hashlib
import io
import os
import pickle
import sys
import tempfile
from pathlib import Path
from types import FunctionType
from typing import Any

from clusteradvies.engine import alpha, beta, compat, network, reasoning, rules
from clusteradvies.engine.compat import EXPERTA_VERSION, ConditionalElement, Fact, FeatureCheck
from clusteradvies.engine.reasoning import ReasoningEngine
from clusteradvies.knowledge import compiled, conditions, graph
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.cache import cache_directory

KEEP = 4
"""Cached engines kept; older ones (from earlier edits or versions) are removed."""


def engine_for(kb: KnowledgeBase) -> ReasoningEngine:
    """The built engine for ``kb``: from the cache when it can be, else built (and stored)."""
    directory = cache_directory() if kb.fingerprint else None
    if directory is None:
        return rules.compile_engine_class(kb)()
    path = directory / f"engine-{_key(kb)}.pickle"
    engine = _read(path)
    if engine is None:
        engine = rules.compile_engine_class(kb)()
        _store(path, engine)
    return engine


def _key(kb: KnowledgeBase) -> str:
    digest = hashlib.sha256()
    for part in (kb.fingerprint, EXPERTA_VERSION, sys.version):
        digest.update(part.encode() + b"\0")
    engine = (alpha, beta, compat, network, reasoning, rules)
    sources = [Path(str(m.__file__)) for m in (*engine, compiled, conditions, graph)]
    sources.append(Path(__file__))
    for source in sources:  # the code that built the network, and this pickler's
        digest.update(source.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


def _read(path: Path) -> ReasoningEngine | None:
    collecting = gc.isenabled()
    gc.disable()  # the network's ~30,000 new objects hold no garbage: a third of the load
    try:
        with path.open("rb") as handle:
            engine = pickle.load(handle)
        if not isinstance(engine, ReasoningEngine):
            return None
    except Exception:  # missing, damaged or from elsewhere: build instead, never fail
        return None
    finally:
        if collecting:
            gc.enable()
    return engine


def _store(path: Path, engine: ReasoningEngine) -> None:
    temp: str | None = None
    try:
        data = io.BytesIO()
        _Pickler(data).dump(engine)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".engine-", suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(data.getvalue())
        os.replace(temp, path)
        temp = None
        older = sorted(path.parent.glob("engine-*.pickle"), key=lambda p: p.stat().st_mtime)
        for stale in older[:-KEEP]:
            stale.unlink(missing_ok=True)
    except Exception:  # a cache that cannot be written is just not used
        if temp is not None:
            Path(temp).unlink(missing_ok=True)


class _Pickler(pickle.Pickler):
    """Pickles a built engine: recipes for functions and generated classes, items for
    experta's tuple-like conditional elements (their ``__new__`` does not take them back)."""

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, FunctionType) and obj in rules.RECIPES:
            return rules.remade, (rules.RECIPES[obj],)
        if isinstance(obj, type):
            return _class_reduction(obj)
        if isinstance(obj, ConditionalElement):
            # Not the engine instance experta last read the rule through (``_wrapped_self``,
            # ``ke``): a rule of the class must not drag an instance into the class's pickle.
            state = {k: v for k, v in vars(obj).items() if k != "ke"}
            if "_wrapped_self" in state:
                state["_wrapped_self"] = None
            return _tuple_like, (type(obj), tuple(obj), state)
        if isinstance(obj, Fact):
            state = {k: v for k, v in vars(obj).items() if k != "_hash"}  # a hash of ids
            return _dict_like, (type(obj), dict(obj), state)
        if isinstance(obj, FeatureCheck):
            return FeatureCheck, (obj.what, obj.how)
        return NotImplemented


def _class_reduction(cls: type) -> Any:
    if issubclass(cls, rules.Answer) and cls is not rules.Answer:
        return rules.answer_type, (vars(cls)["index"], vars(cls)["question"])
    if issubclass(cls, ReasoningEngine) and "answer_types" in vars(cls):
        skip = ("__module__", "__dict__", "__weakref__", "__doc__", "__qualname__")
        namespace = {k: v for k, v in vars(cls).items() if k not in skip}
        return type, (cls.__name__, cls.__bases__, namespace)
    return NotImplemented


def _tuple_like(cls: Any, items: tuple[Any, ...], state: dict[str, Any]) -> Any:
    obj: Any = tuple.__new__(cls, items)
    obj.__dict__.update(state)
    return obj


def _dict_like(cls: Any, items: dict[Any, Any], state: dict[str, Any]) -> Any:
    obj: Any = cls.__new__(cls)
    dict.update(obj, items)
    obj.__dict__.update(state)
    return obj
