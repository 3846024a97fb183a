"""The Rete network as this project runs it: experta's, changed by subclassing.

* ``ExactRemovalStrategy``: experta 1.9.4's ``DepthStrategy`` removes a cancelled activation
  by looking only at the neighbours of its bisect position; with several activations of equal
  key it can miss, and a rule whose ``NOT`` has become false still fires (experta issue #10).
  This strategy searches the whole run of equal keys.
* ``TouchedNodesMatcher`` asks only the conflict-set nodes a token reached for new activations
  (experta polls every rule's node after every firing).
* Its root and alpha tests are those of ``engine.alpha``: facts routed by type, tokens passed
  on without copies; join and ``NOT`` nodes take tokens without copies too.
* ``snapshot()`` / ``restore()`` put every node's memory back as it was right after a reset,
  instead of walking the network to wipe it (``Node.reset`` visits a node once per path to it).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any

from clusteradvies.engine.alpha import TypeRouter, pass_tokens_on
from clusteradvies.engine.compat import (
    ConflictSetNode,
    DepthStrategy,
    NotNode,
    OrdinaryMatchNode,
    ReteMatcher,
)


class ExactRemovalStrategy(DepthStrategy):  # type: ignore[misc]
    """Depth strategy that removes exactly the cancelled activation (experta issue #10)."""

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
    it was touched, and the matcher polls just those (in network order, as before).
    """

    def __init__(self, engine: Any) -> None:
        super().__init__(engine)
        self._all_nodes: tuple[Any, ...] = super()._get_conflict_set_nodes()
        self._memories = _memory_nodes(self.root_node)
        self._snapshot: list[tuple[Any, str, Any]] | None = None
        self.record_touches()

    def record_touches(self) -> None:
        """Make each conflict-set node note that a token reached it (again, after loading a
        pickled network: node ids change, and the recorders are not pickled)."""
        self._order = {id(node): i for i, node in enumerate(self._all_nodes)}
        self._touched: dict[int, Any] = {}
        for node in self._all_nodes:
            node.__dict__.pop("_activate", None)
            node._activate = self._recording(node, node._activate)

    def forget_touches(self) -> None:
        """Take the recorders off (to pickle the network)."""
        for node in self._all_nodes:
            node.__dict__.pop("_activate", None)

    def build_network(self) -> None:
        self.root_node = TypeRouter()
        super().build_network()
        pass_tokens_on(self.root_node)
        _join_without_copies(self.root_node)
        self.root_node.route()

    def _recording(self, node: Any, activate: Callable[[Any], Any]) -> Callable[[Any], Any]:
        touched = self._touched

        def record(token: Any) -> Any:
            touched[id(node)] = node
            return activate(token)

        return record

    def _get_conflict_set_nodes(self) -> tuple[Any, ...]:
        order = self._order
        nodes = sorted(self._touched.values(), key=lambda n: order[id(n)])
        self._touched.clear()
        return tuple(nodes)

    def reset(self) -> None:
        super().reset()
        # A reset wipes the nodes' memories but not their pending activations; poll them all
        # once, as the stock matcher would.
        self._touched.update((id(node), node) for node in self._all_nodes)

    def snapshot(self) -> None:
        """Remember every node's memory as it is now (right after a reset)."""
        self._snapshot = [
            (vars(node), name, getattr(node, name).copy())
            for node, names in self._memories
            for name in names
        ]
        self._touched.clear()

    def restore(self) -> None:
        """Put every memory back as it was at ``snapshot()``.

        A project leaves most memories as they were (180 of ~1,200 after a typical one), and
        comparing is cheaper than copying: only the changed ones get a fresh copy.
        """
        assert self._snapshot is not None, "restore() before snapshot()"
        for memories, name, saved in self._snapshot:
            if memories[name] != saved:
                memories[name] = saved.copy()
        self._touched.clear()


def _join_without_copies(root: Any) -> None:
    """Hand tokens to the join and negation nodes without the copy experta makes first.

    ``TwoInputNode.activate_left/right`` copy the token (and log it) before the node looks at
    it, but neither an ordinary join nor a ``NOT`` node changes the token it is given: they
    keep its immutable ``to_info()`` and build new tokens for their children. Only the alpha
    tests change a token (a capture), and those copy for themselves.
    """
    sides = {"activate_left": "_activate_left", "activate_right": "_activate_right"}
    seen: set[int] = set()
    todo = [root]
    while todo:
        node = todo.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        for index, child in enumerate(node.children):
            target = child.node
            side = sides.get(getattr(child.callback, "__name__", ""))
            if side is not None and type(target) in (OrdinaryMatchNode, NotNode):
                node.children[index] = child._replace(callback=getattr(target, side))
            todo.append(target)


def _memory_nodes(root: Any) -> list[tuple[Any, tuple[str, ...]]]:
    """Every node with a memory, once each, and the names of its memories."""
    seen: set[int] = set()
    found: list[tuple[Any, tuple[str, ...]]] = []
    todo = [root]
    while todo:
        node = todo.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        names = next((n for kind, n in _MEMORIES.items() if isinstance(node, kind)), None)
        if names is not None:
            found.append((node, names))
        todo.extend(child.node for child in node.children)
    return found
