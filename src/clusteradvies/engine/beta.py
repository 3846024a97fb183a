"""The beta side of the Rete network as this project runs it, changed by subclassing.

experta's joins, negations and conflict-set nodes spend most of a run on bookkeeping around
the matching: every token is checked argument by argument when it is made, copied before
each node looks at it, logged at every join, and every activation is hashed through its
rule (a hash over the rule's whole pattern tree) each time a node or the strategy looks it
up. These subclasses keep experta's memories and what reaches each child, and drop the rest:

* tokens are made directly (``token``), with their facts as a frozenset, and passed on
  without copies — no node here changes a token it is given;
* ``Join`` and ``Negation`` match a token against the other memory as experta's nodes do;
* ``Terminal`` (the conflict-set node) keys the activations it has yet to report by the
  token that made them, and makes ``Match`` activations, which know their identity (rule and
  token) from the start. It notes that it was reached, so the matcher polls only the nodes a
  token reached (``network.TouchedNodesMatcher``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from clusteradvies.engine.compat import (
    Activation,
    ConflictSetNode,
    NotNode,
    OrdinaryMatchNode,
    Token,
    TokenInfo,
)

VALID = Token.TagType.VALID
INVALID = Token.TagType.INVALID


def token(tag: Any, data: frozenset[Any], context: dict[Any, Any]) -> Any:
    """A token, without ``Token.__new__``'s checks of every fact (they cost more than the
    matching itself, and every token made here comes from facts the network already has)."""
    return tuple.__new__(Token, (tag, data, context))


def info(made: Any) -> Any:
    """The token's immutable form, as the memories hold it (``Token.to_info``)."""
    return tuple.__new__(TokenInfo, (frozenset(made.data), frozenset(made.context.items())))


class Join(OrdinaryMatchNode):  # type: ignore[misc]
    """A two-input node that joins what arrives on one side with the other side's memory."""

    changed: dict[Any, None]
    """The matcher's record of the nodes whose memories changed since its snapshot."""

    def _activate_left(self, made: Any) -> None:
        self._join(made, self.left_memory, self.right_memory, True)

    def _activate_right(self, made: Any) -> None:
        self._join(made, self.right_memory, self.left_memory, False)

    def _join(self, made: Any, own: list[Any], other: list[Any], from_left: bool) -> None:
        self.changed[self] = None
        entry = info(made)
        if made.tag is VALID:
            own.append(entry)
        elif entry in own:
            own.remove(entry)
        context = made.context
        for other_data, other_items in other:
            other_context = dict(other_items)
            if from_left:
                joined = self.matcher(context, other_context)
            else:
                joined = self.matcher(other_context, context)
            if not joined:
                continue
            # experta's rule: the arriving side's captures, then the other side's, without
            # the negated ones (keys that are tuples).
            merged = {k: v for k, v in context.items() if isinstance(k, str)}
            merged.update((k, v) for k, v in other_context.items() if not isinstance(k, tuple))
            new = token(made.tag, made.data | other_data, merged)
            for child in self.children:
                child.callback(new)


class Negation(NotNode):  # type: ignore[misc]
    """A NOT node: passes a left token on while nothing on the right matches it."""

    changed: dict[Any, None]
    """As ``Join.changed``."""

    def _activate_left(self, made: Any) -> None:
        self.changed[self] = None
        entry = info(made)
        right = self.right_memory
        if not right:
            if made.tag is VALID:
                self.left_memory[entry] = 0
            else:
                del self.left_memory[entry]
            self._pass(made)
            return
        context, matcher = made.context, self.matcher
        if made.tag is VALID:
            count = sum(1 for _, items in right if matcher(context, dict(items)))
            if count == 0:
                self._pass(made)
            self.left_memory[entry] = count
        else:
            if not any(matcher(context, dict(items)) for _, items in right):
                self._pass(made)
            del self.left_memory[entry]

    def _activate_right(self, made: Any) -> None:
        self.changed[self] = None
        entry = info(made)
        if made.tag is VALID:
            self.right_memory.append(entry)
            step = 1
        else:
            self.right_memory.remove(entry)
            step = -1
        left, context, matcher = self.left_memory, made.context, self.matcher
        for waiting in left:
            if not matcher(dict(waiting.context), context):
                continue
            left[waiting] += step
            count = left[waiting]
            if step == -1 and count == 0:  # the last match went: the left token holds again
                self._pass(token(VALID, waiting.data, dict(waiting.context)))
            elif step == 1 and count == 1:  # the first match came: it no longer holds
                self._pass(token(INVALID, waiting.data, dict(waiting.context)))

    def _pass(self, made: Any) -> None:
        for child in self.children:
            child.callback(made)


class Match(Activation):  # type: ignore[misc]
    """An activation made by a ``Terminal``, with its identity computed once.

    experta compares and hashes activations by rule, facts and context, going through the
    rule's own ``__eq__``/``__hash__`` (its whole pattern tree) every time. A rule here is one
    object per conflict-set node, so its ``id`` stands for it.
    """

    def __init__(self, rule: Any, key: tuple[Any, Any], context: dict[str, Any]) -> None:
        self.rule = rule
        self.facts = key[0]
        self.context = context
        self.key = None
        self.identity = (id(rule), key)
        """What ``ReasoningEngine`` recognises a fired activation by: its rule, facts and
        context (``key`` is ``(facts, frozenset(context.items()))``)."""

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Match):
            return self.identity == other.identity and self.key == other.key
        return bool(super().__eq__(other))

    def __hash__(self) -> int:
        return hash(self.identity)


class Terminal(ConflictSetNode):  # type: ignore[misc]
    """A conflict-set node: the activations of one rule that appeared or went since the
    matcher last asked.

    ``added`` and ``removed`` map a token's identity to its activation (experta keeps sets of
    activations); ``touches`` is the matcher's record of the nodes a token reached (which
    it counts as changed when it polls them).
    """

    added: dict[Any, Match]
    removed: dict[Any, Match]
    touches: dict[Any, None]

    def activate(self, made: Any) -> None:
        self.touches[self] = None
        entry = info(made)
        context = {k: v for k, v in made.context.items() if isinstance(k, str)}
        # The activation's identity: its facts and the captures that are names (negated
        # ones, keyed by tuples, are not part of it).
        key = entry if len(context) == len(made.context) else (entry[0], frozenset(context.items()))
        if made.tag is VALID:
            if entry in self.memory:
                return
            self.memory.add(entry)
            if self.removed.pop(key, None) is None:
                self.added[key] = Match(self.rule, key, context)
        else:
            self.memory.remove(entry)
            if self.added.pop(key, None) is None:
                self.removed[key] = Match(self.rule, key, context)

    def take(self) -> tuple[list[Any], list[Any]]:
        """The activations that appeared and went since the last call (``get_activations``)."""
        added, removed = list(self.added.values()), list(self.removed.values())
        if added:
            self.added = {}
        if removed:
            self.removed = {}
        return added, removed

    def get_activations(self) -> tuple[list[Any], list[Any]]:
        return self.take()


def convert(root: Any, touches: dict[Any, None], changed: dict[Any, None]) -> None:
    """Make the network's joins, negations and conflict-set nodes this module's, with every
    callback bound to the method that takes a token without copying it; they record in
    ``touches`` and ``changed`` (see ``Terminal``, ``Join``)."""
    kinds = {OrdinaryMatchNode: Join, NotNode: Negation, ConflictSetNode: Terminal}
    sides = {"activate_left": "_activate_left", "activate_right": "_activate_right"}
    for node in each_node(root):
        for index, child in enumerate(node.children):
            target = child.node
            kind = kinds.get(type(target))
            if kind is not None:
                target.__class__ = kind
                if kind is Terminal:
                    target.added, target.removed, target.touches = {}, {}, touches
                else:
                    target.changed = changed
            name = getattr(child.callback, "__name__", "")
            if isinstance(target, Join | Negation) and name in sides:
                node.children[index] = child._replace(callback=getattr(target, sides[name]))
            elif isinstance(target, Terminal):
                node.children[index] = child._replace(callback=target.activate)


def each_node(root: Any) -> Iterator[Any]:
    """Every node reachable from ``root``, once each (a join is reached from both its sides).
    A node's children are read after the caller has had the node, so the caller may rebind
    their callbacks or change their class on the way."""
    seen: set[int] = set()
    todo = [root]
    while todo:
        node = todo.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        yield node
        todo.extend(child.node for child in node.children)
