"""The alpha side of the Rete network as this project runs it, changed by subclassing.

* ``TypeRouter``, the root, routes each fact to the branch of the network that tests the
  fact's type, instead of offering it to every type test: each answer is a fact of its own
  type (one per question), so offering each to all ~60 type tests would cost more than the
  matching itself.
* ``PassingTester`` hands a token on without copying it when a test only passes, applies
  simple tests directly, without experta's log calls, and makes the token with a capture
  itself where experta would copy the token and then add to it.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from functools import partial
from typing import Any

from clusteradvies.engine.beta import INVALID, VALID, each_node, token
from clusteradvies.engine.compat import (
    BusNode,
    FactCapture,
    FeatureCheck,
    FeatureTesterNode,
    L,
    P,
    TypeCheck,
)


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
        self._send(token(VALID, frozenset((fact,)), {}), fact)

    def remove(self, fact: Any) -> None:
        self._send(token(INVALID, frozenset((fact,)), {}), fact)


class PassingTester(FeatureTesterNode):  # type: ignore[misc]
    """An alpha test that hands on the token it was given when the test just passes.

    experta copies the token at every node, because a test may add to the token's context
    (a capture). Most tests here are predicates that only pass or fail; for those the copy is
    wasted — the children copy it anyway before changing it. A test that does add to the
    context takes experta's own path. A predicate or a literal on one plain field (every
    test compiled here) is applied directly, without the check's two log calls per fact.

    A predicate depends on the value alone (``rules.predicate``), and a question has a few
    possible answers, so its outcome on a plain value is remembered (``known``): the same
    answers come back project after project.
    """

    field: str | None = None
    test: Callable[[Any], Any] | None = None
    known: dict[tuple[type, Any], bool] | None = None
    """A predicate's outcome on each plain value it was asked about (keyed with the value's
    type: ``True == 1``, but a test may tell them apart)."""
    capture: str | None = None
    """The name a ``FactCapture`` binds the fact to (experta adds one to every pattern)."""

    def activate(self, made: Any) -> Any:
        (fact,) = made.data
        if self.capture is not None:
            self._capture(made, fact, self.capture)
            return
        if self.test is not None:
            value = fact.get(self.field, _ABSENT)
            match: Any = value is not _ABSENT and self._outcome(value)
        else:
            match = self.matcher(fact)
        if match is True:
            for child in self.children:
                child.callback(made)
        elif match:
            super().activate(made)

    def _outcome(self, value: Any) -> bool:
        assert self.test is not None
        known, kind = self.known, type(value)
        if known is None or kind not in _PLAIN:
            return bool(self.test(value))
        outcome = known.get((kind, value))
        if outcome is None:
            outcome = known[kind, value] = bool(self.test(value))
        return outcome

    def _capture(self, made: Any, fact: Any, name: str) -> None:
        # As experta's tester adds a capture: not over a different value, nor where the
        # context says the name must not be this fact.
        context = made.context
        if context.get(name, fact) != fact:
            return
        if (False, name) in context and context[(False, name)] == fact:
            return
        captured = token(made.tag, made.data, {**context, name: fact})
        for child in self.children:
            child.callback(captured)

    def take_test(self) -> None:
        """Apply the check's predicate or literal directly where it is that simple."""
        check = self.matcher
        if isinstance(check, FactCapture) and isinstance(check.bind, str):
            self.capture = check.bind
            return
        if not isinstance(check, FeatureCheck) or not isinstance(check.what, str):
            return
        how = check.how
        if check.what.startswith("__") or "__" in check.what or how.__bind__ is not None:
            return
        if isinstance(how, P):
            self.field, self.test, self.known = check.what, how.match, {}
        elif isinstance(how, L):
            self.field, self.test = check.what, partial(operator.eq, how.value)


_ABSENT = object()
_PLAIN = frozenset((str, int, bool))


def pass_tokens_on(root: Any) -> None:
    """Make every alpha test of the network a ``PassingTester`` (callbacks included)."""
    for node in each_node(root):
        for index, child in enumerate(node.children):
            if type(child.node) is FeatureTesterNode:
                child.node.__class__ = PassingTester
                child.node.take_test()
            if isinstance(child.node, PassingTester):
                node.children[index] = child._replace(callback=child.node.activate)
