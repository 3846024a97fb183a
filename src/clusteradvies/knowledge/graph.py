"""The graph of derived facts: what each depends on, the order rules fire in, and cycles.

A rule that tests fact ``b`` and derives fact ``a`` makes ``a`` depend on ``b``. One graph
serves the engine (``strata``: the salience that makes negation safe) and the checks (KB010
finds cycles with ``strongly_connected``; KB006 asks which answers feed a fact).
"""

from __future__ import annotations

from collections.abc import Iterator

from clusteradvies.errors import KnowledgeError, Problem
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import facts_read, questions_read

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


def strata(kb: KnowledgeBase) -> dict[str, int]:
    """Rule id → stratum: 0 reads no derived fact; otherwise one above every rule it relies on.

    Firing strata in order makes negation safe: a rule testing ``not fact`` runs only after
    every rule that could derive that fact. A cycle through facts has no order and is an error
    (the one KB010 reports; this is the guard for code that skips the checks).
    """
    graph = fact_graph(kb)
    for group in strongly_connected(graph):
        if len(group) > 1 or group[0] in graph.get(group[0], {}):
            first = group[0]
            rule_id = next(r for rules in graph[first].values() for r in rules)
            where = kb.where("rules", rule_id)
            facts = " → ".join([*group, first])
            raise KnowledgeError(
                [
                    Problem(
                        where.file,
                        where.line,
                        f"rules[{rule_id}]",
                        f"derived facts depend on themselves: {facts}",
                    )
                ]
            )
    derivers: dict[str, list[str]] = {}
    for rule in kb.rules.values():
        for derivation in rule.derive:
            derivers.setdefault(derivation.fact, []).append(rule.id)
    level: dict[str, int] = {}

    def visit(rule_id: str) -> int:
        # Terminates: the graph of facts has no cycle (checked above).
        if rule_id not in level:
            below = [
                visit(d)
                for fact in facts_read(kb.rules[rule_id].when)
                for d in derivers.get(fact, [])
            ]
            level[rule_id] = 1 + max(below) if below else 0
        return level[rule_id]

    for rule_id in kb.rules:
        visit(rule_id)
    return level


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
