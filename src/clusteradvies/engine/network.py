"""The Rete network as this project runs it: experta's, with four changes made by subclassing.

* ``ExactRemovalStrategy``: experta 1.9.4's ``DepthStrategy`` removes a cancelled activation
  by looking only at the neighbours of its bisect position; with several activations of equal
  key it can miss, and a rule whose ``NOT`` has become false still fires (experta issue #10).
  This strategy searches the whole run of equal keys.
* ``TouchedNodesMatcher`` asks only the conflict-set nodes a token reached for new activations
  (experta polls every rule's node after every firing).
* Its root routes each fact to the branch of the network that tests the fact's type, instead
  of offering it to every type test: each answer is a fact of its own type (one per
  question), so offering each to all ~60 type tests would cost more than the matching itself.
* ``snapshot()`` / ``restore()`` put every node's memory back as it was right after a reset,
  instead of walking the network to wipe it (``Node.reset`` visits a node once per path to it).
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Callable
from functools import partial
from typing import Any

from clusteradvies.engine.compat import (
    BusNode,
    ConflictSetNode,
    DepthStrategy,
    FeatureCheck,
    FeatureTesterNode,
    L,
    NotNode,
    OrdinaryMatchNode,
    P,
    ReteMatcher,
    Token,
    TypeCheck,
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


class TypeRouter(BusNode):  # type: ignore[misc]
    """The network's root: sends a fact straight to the tests below its type's test.

    experta puts the type test first in every pattern, so the root's children are type tests
    (``TypeCheck``: ``type(fact) == T``); a fact passes exactly the one for its own type, and
    what that node would do is hand the token on to its children — which the router does
    directly. A child that is not a type test (none today) still sees every fact.
    """

    def route(self) -> None:
        """Index the children by type; call once the network is built."""
        self._routes: dict[type, list[Callable[[Any], Any]]] = {}
        self._always: list[Callable[[Any], Any]] = []
        for child in self.children:
            check = getattr(child.node, "matcher", None)
            if isinstance(check, TypeCheck):
                below = [grandchild.callback for grandchild in child.node.children]
                self._routes.setdefault(check.fact_type, []).extend(below)
            else:
                self._always.append(child.callback)

    def _send(self, token: Any, fact: Any) -> None:
        for callback in self._routes.get(type(fact), ()):
            callback(token)
        for callback in self._always:
            callback(token)

    def add(self, fact: Any) -> None:
        self._send(Token.valid(fact), fact)

    def remove(self, fact: Any) -> None:
        self._send(Token.invalid(fact), fact)


class PassingTester(FeatureTesterNode):  # type: ignore[misc]
    """An alpha test that hands on the token it was given when the test just passes.

    experta copies the token at every node, because a test may add to the token's context
    (a capture). Most tests here are predicates that only pass or fail; for those the copy is
    wasted — the children copy it anyway before changing it. A test that does add to the
    context takes experta's own path. A predicate or a literal on one plain field (every
    test compiled here) is applied directly, without the check's two log calls per fact.
    """

    field: str | None = None
    test: Callable[[Any], Any] | None = None

    def activate(self, token: Any) -> Any:
        (fact,) = token.data
        if self.test is not None:
            value = fact.get(self.field, _ABSENT)
            match: Any = value is not _ABSENT and bool(self.test(value))
        else:
            match = self.matcher(fact)
        if match is True:
            for child in self.children:
                child.callback(token)
        elif match:
            super().activate(token)

    def take_test(self) -> None:
        """Apply the check's predicate or literal directly where it is that simple."""
        check = self.matcher
        if not isinstance(check, FeatureCheck) or not isinstance(check.what, str):
            return
        how = check.how
        if check.what.startswith("__") or "__" in check.what or how.__bind__ is not None:
            return
        if isinstance(how, P):
            self.field, self.test = check.what, how.match
        elif isinstance(how, L):
            self.field, self.test = check.what, partial(operator.eq, how.value)


_ABSENT = object()


def _pass_tokens_on(root: Any) -> None:
    """Make every alpha test of the network a ``PassingTester`` (callbacks included)."""
    seen: set[int] = set()
    todo = [root]
    while todo:
        node = todo.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        for index, child in enumerate(node.children):
            if type(child.node) is FeatureTesterNode:
                child.node.__class__ = PassingTester
                child.node.take_test()
            if isinstance(child.node, PassingTester):
                node.children[index] = child._replace(callback=child.node.activate)
            todo.append(child.node)


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
        _pass_tokens_on(self.root_node)
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
