"""No derived fact depends on itself through rules.

A rule that tests fact ``b`` and derives fact ``a`` makes ``a`` depend on ``b``. When that
chain leads back to where it started, whether the facts hold depends on the order rules fire
in — and with ``not`` in the loop, a fact can undo the very condition that derived it. Facts
must be derivable layer by layer: answers first, then facts from answers, then facts from
those.

Failing example (``klein_netwerk`` and ``vertrouwd`` need each other)::

    rules:
      - id: klein-is-vertrouwd
        when: {fact: klein_netwerk, equals: true}
        derive: [{fact: vertrouwd}]
        ...
      - id: vertrouwd-blijft-klein
        when: {fact: vertrouwd, equals: true}
        derive: [{fact: klein_netwerk}]
        ...
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from clusteradvies.checks.common.base import Issue, Level, issue_at
from clusteradvies.errors import Problem
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.graph import fact_graph, strongly_connected

CODE = "KB010"
LEVEL: Level = "error"


def check(kb: KnowledgeBase, loader_problems: Sequence[Problem]) -> Iterator[Issue]:
    """One issue per group of facts that depend on each other, at the first rule involved."""
    graph = fact_graph(kb)
    for group in strongly_connected(graph):
        members = set(group)
        if len(group) == 1 and group[0] not in graph.get(group[0], {}):
            continue
        rules = {
            r for fact in group for dep in members & set(graph[fact]) for r in graph[fact][dep]
        }
        in_file_order = [r for r in kb.rules if r in rules]
        first = kb.rules[in_file_order[0]]
        index = next(i for i, d in enumerate(first.derive) if d.fact in members)
        facts = ", ".join(f"'{f}'" for f in group)
        via = ", ".join(f"'{r}'" for r in in_file_order)
        what = (
            f"fact {facts} depends on itself"
            if len(group) == 1
            else f"facts {facts} depend on each other"
        )
        message = f"{what} through rules {via}" if len(rules) > 1 else f"{what} through rule {via}"
        yield issue_at(kb, "rules", first.id, f"derive[{index}].fact", message)
