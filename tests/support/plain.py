"""A plain-Python evaluator of the same declarative rules: the oracle and the speed floor.

It runs the rules stratum by stratum to a fixpoint with the same three-valued conditions as
the experta engine. The differential test asserts both reach the same Inference; the benchmark
uses it as the floor that experta's cost is measured against.
"""

from __future__ import annotations

from typing import Any

from clusteradvies.engine.inference import Inference, ResolvedProject
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.compiled import Evaluator, compile_condition
from clusteradvies.knowledge.conditions import Truth
from clusteradvies.knowledge.graph import strata
from clusteradvies.knowledge.models import Rule


class PlainEngine:
    """Evaluates a knowledge base's rules directly, without a Rete network."""

    def __init__(self, kb: KnowledgeBase) -> None:
        level = strata(kb)
        depth = max(level.values(), default=-1) + 1
        self._layers: list[list[tuple[Rule, Evaluator]]] = [[] for _ in range(depth)]
        for rule in kb.rules.values():
            self._layers[level[rule.id]].append((rule, compile_condition(rule.when)))

    def infer(self, case: ResolvedProject) -> Inference:
        derived: dict[str, set[Any]] = {}
        fired: set[str] = set()

        def facts(name: str) -> frozenset[Any]:
            return frozenset(derived.get(name, ()))

        for layer in self._layers:
            changed = True
            while changed:  # a layer never reads its own facts, but a fixpoint costs nothing
                changed = False
                for rule, holds in layer:
                    if rule.id in fired:
                        continue
                    if holds(case.answers, facts, case.role) is Truth.TRUE:
                        fired.add(rule.id)
                        changed = True
                        for d in rule.derive:
                            derived.setdefault(d.fact, set()).add(d.value)
        pairs = frozenset((name, v) for name, values in derived.items() for v in values)
        return Inference(fired=frozenset(fired), facts=pairs)
