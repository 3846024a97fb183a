"""The Rete network as this project runs it: experta's, changed by subclassing.

* ``ExactRemovalStrategy``: experta 1.9.4's ``DepthStrategy`` removes a cancelled activation
  by looking only at the neighbours of its bisect position; with several activations of equal
  key it can miss, and a rule whose ``NOT`` has become false still fires (experta issue #10).
  This strategy searches the whole run of equal keys, and computes a key where experta's
  cache would hash the activation through its rule.
* ``TouchedNodesMatcher`` asks only the conflict-set nodes a token reached for new activations
  (experta polls every rule's node after every firing).
* Its nodes are those of ``engine.alpha`` (the root, which routes facts by type, and the tests
  on one fact) and ``engine.beta`` (joins, ``NOT`` nodes and conflict-set nodes): tokens made
  and passed on without experta's checks and copies.
* ``snapshot()`` / ``restore()`` put every node's memory back as it was right after a reset,
  instead of walking the network to wipe it (``Node.reset`` visits a node once per path to it);
  only the nodes a token reached since are put back.
"""

from __future__ import annotations

import bisect
from typing import Any

from clusteradvies.engine.alpha import TypeRouter, pass_tokens_on
from clusteradvies.engine.beta import convert, each_node
from clusteradvies.engine.compat import (
    ConflictSetNode,
    DepthStrategy,
    NotNode,
    OrdinaryMatchNode,
    ReteMatcher,
)


class ExactRemovalStrategy(DepthStrategy):  # type: ignore[misc]
    """Depth strategy that removes exactly the cancelled activation (experta issue #10)."""

    def get_key(self, activation: Any) -> tuple[int, list[int]]:
        # experta's key (salience, then the facts' ids, newest first), without its lru_cache:
        # the cache hashes every activation (through its rule's whole pattern tree) to find a
        # key that is cheaper to compute again.
        ids = sorted([fact["__factid__"] for fact in activation.facts], reverse=True)
        return (activation.rule.salience, ids)

    def _update_agenda(self, agenda: Any, added: Any, removed: Any) -> None:
        activations = agenda.activations
        for act in removed:
            act.key = self.get_key(act)
            low = bisect.bisect_left(activations, act)
            high = bisect.bisect_right(activations, act)
            for index in range(low, high):
                if activations[index] == act:
                    del activations[index]
                    break
        for act in added:
            act.key = self.get_key(act)
            bisect.insort(activations, act)


_MEMORIES = {
    OrdinaryMatchNode: ("left_memory", "right_memory"),
    NotNode: ("left_memory", "right_memory"),
    ConflictSetNode: ("memory", "added", "removed"),
}
"""The nodes that remember, and their memories; every other node type keeps nothing."""


class TouchedNodesMatcher(ReteMatcher):  # type: ignore[misc]
    """Rete matcher that polls only the conflict-set nodes a token reached, routes facts by
    type, and restores its memories from a snapshot.

    experta's ``ReteMatcher.changes()`` polls every rule's conflict-set node after every
    firing — with ~280 rules and ~80 firings per project, most of the engine's time. A node
    can only have activations to report after a token reached it, so each node records that
    it was touched (``beta.Terminal``), and the matcher polls just those, in network order.
    """

    def __init__(self, engine: Any) -> None:
        super().__init__(engine)
        self._all_nodes: tuple[Any, ...] = super()._get_conflict_set_nodes()
        self._order = {node: i for i, node in enumerate(self._all_nodes)}
        self._memories = _memory_nodes(self.root_node)
        self._snapshot: dict[Any, tuple[tuple[str, Any], ...]] | None = None

    def build_network(self) -> None:
        self.root_node = TypeRouter()
        super().build_network()
        pass_tokens_on(self.root_node)
        self._touched: dict[Any, None] = {}
        """The conflict-set nodes a token reached since they were last polled."""
        self._changed: dict[Any, None] = {}
        """The nodes whose memories may differ from the snapshot."""
        convert(self.root_node, self._touched, self._changed)
        self.root_node.route()

    def _get_conflict_set_nodes(self) -> list[Any]:
        touched = self._touched
        nodes = sorted(touched, key=self._order.__getitem__) if len(touched) > 1 else list(touched)
        self._changed.update(touched)
        touched.clear()
        return nodes

    def changes(self, adding: Any = None, deleting: Any = None) -> tuple[list[Any], list[Any]]:
        """Pass retracted, then asserted facts through the network; the activations that
        appeared and went (experta's ``changes``, polling only the nodes reached)."""
        root = self.root_node
        for fact in deleting or ():
            root.remove(fact)
        for fact in adding or ():
            root.add(fact)
        added: list[Any] = []
        removed: list[Any] = []
        for node in self._get_conflict_set_nodes():
            appeared, went = node.take()
            added.extend(appeared)
            removed.extend(went)
        return added, removed

    def reset(self) -> None:
        super().reset()
        # A reset wipes the nodes' memories but not their pending activations; poll them all
        # once, as the stock matcher would.
        self._touched.update(dict.fromkeys(self._all_nodes))

    def snapshot(self) -> None:
        """Remember every node's memory as it is now (right after a reset)."""
        self._snapshot = {
            node: tuple((name, getattr(node, name).copy()) for name in names)
            for node, names in self._memories
        }
        self._touched.clear()
        self._changed.clear()

    def restore(self) -> None:
        """Put every memory back as it was at ``snapshot()``.

        Only the nodes a token reached since can differ (~200 of ~1,200 memories after a
        typical project); they get a fresh copy (cheaper than comparing first).
        """
        assert self._snapshot is not None, "restore() before snapshot()"
        changed = self._changed
        changed.update(self._touched)
        for node in changed:
            memories = vars(node)
            for name, saved in self._snapshot[node]:
                memories[name] = saved.copy()
        changed.clear()
        self._touched.clear()


def _memory_nodes(root: Any) -> list[tuple[Any, tuple[str, ...]]]:
    """Every node with a memory, once each, and the names of its memories."""
    found: list[tuple[Any, tuple[str, ...]]] = []
    for node in each_node(root):
        names = next((n for kind, n in _MEMORIES.items() if isinstance(node, kind)), None)
        if names is not None:
            found.append((node, names))
    return found
