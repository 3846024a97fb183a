"""What derived facts depend on: other facts and, in the end, answers.

A rule that tests fact ``b`` and derives fact ``a`` makes ``a`` depend on ``b``. Checks use
this graph to find cycles and to know which answers a fact needs before it can be derived.
"""

from __future__ import annotations

from collections.abc import Iterator

from clusteradvies.checks.common.walk import facts_read, questions_read
from clusteradvies.knowledge.base import KnowledgeBase

FactGraph = dict[str, dict[str, list[str]]]
"""Fact → fact it depends on → the rules (in file order) that make it depend so."""


def fact_graph(kb: KnowledgeBase) -> FactGraph:
    """Every derived fact and the facts its deriving rules test."""
    graph: FactGraph = {}
    for rule in kb.rules.values():
        tested = sorted(facts_read(rule.when))
        for derivation in rule.derive:
            edges = graph.setdefault(derivation.fact, {})
            for fact in tested:
                rules = edges.setdefault(fact, [])
                if rule.id not in rules:
                    rules.append(rule.id)
    return graph


def questions_behind_facts(kb: KnowledgeBase) -> dict[str, set[str]]:
    """Fact → every question whose answer can feed it, through any chain of rules."""
    direct: dict[str, set[str]] = {}
    for rule in kb.rules.values():
        for derivation in rule.derive:
            direct.setdefault(derivation.fact, set()).update(questions_read(rule.when))
    graph = fact_graph(kb)
    behind: dict[str, set[str]] = {}
    for fact in set(direct) | set(graph):
        questions: set[str] = set()
        for reached in _reachable(graph, fact):
            questions |= direct.get(reached, set())
        behind[fact] = questions
    return behind


def strongly_connected(graph: FactGraph) -> Iterator[list[str]]:
    """The strongly connected groups of facts (Tarjan), each sorted, in a stable order.

    A group of two or more facts, or one fact with an edge to itself, is a cycle.
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        # Recursion depth is bounded by the length of a chain of facts: a few dozen at most.
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for successor in graph.get(node, {}):
            if successor not in index:
                visit(successor)
                low[node] = min(low[node], low[successor])
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
        if low[node] == index[node]:
            group: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            groups.append(sorted(group))

    for node in graph:
        if node not in index:
            visit(node)
    yield from sorted(groups)


def _reachable(graph: FactGraph, start: str) -> set[str]:
    seen = {start}
    todo = [start]
    while todo:
        for successor in graph.get(todo.pop(), {}):
            if successor not in seen:
                seen.add(successor)
                todo.append(successor)
    return seen
