"""A KnowledgeEngine whose conclusions follow its facts: logical support, as CLIPS has it.

experta 1.9.4 has no truth maintenance: a fact a rule declared stays when the facts that made
the rule fire are retracted. Every change to an answer would then need a reset and a run from
scratch. ``ReasoningEngine`` keeps, for each fired activation, what it concluded; when the
Rete network withdraws that activation (one of its facts was retracted, or a ``NOT`` it relied
on stopped holding), its conclusions lose that support, and a derived fact without support is
retracted — which withdraws, in turn, what rested on it.

Because the graph of derived facts has no cycle (``knowledge.graph.strata`` refuses one), the
working memory after any sequence of changes settles on the one state a run from scratch
reaches: every rule whose condition holds has fired, every derived fact is derived by one of
them. The differential test checks exactly that against the plain evaluator.

The run loop is this module's own: it asks the matcher for changes, withdraws the conclusions
of cancelled activations, lets the strategy update the agenda, and fires the next activation
— without formatting experta's watcher log lines, which its loop builds eagerly even when no
one listens.
"""

from __future__ import annotations

from typing import Any

from clusteradvies.engine.compat import Fact, FactList, InitialFact, KnowledgeEngine, freeze

_HASHABLE = (str, int, bool)
"""Values that experta's ``freeze`` hands back as they are."""


class QuickFact(Fact):  # type: ignore[misc]
    """A fact made from keywords directly.

    experta's ``Fact.__init__`` takes its generic way for every fact: positional and keyword
    items chained into a dict, each item set through ``__setitem__`` (which looks up the
    fact's id to refuse changes after declaration) and frozen through a single-dispatch
    function. A fact made here is new, so its items are simply set, frozen the same way.
    Patterns (values that are experta constraints) and positional items take experta's way.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if args:
            super().__init__(*args, **kwargs)
            return
        for key, value in kwargs.items():
            dict.__setitem__(self, key, value if type(value) in _HASHABLE else freeze(value))


class Derived(QuickFact):
    """A derived fact: ``name`` and ``value``."""


class ReasoningEngine(KnowledgeEngine):  # type: ignore[misc]
    """KnowledgeEngine with logical support of derived facts and a snapshot instead of reset.

    Rule actions call ``conclude(rule_id, derived)``; ``fired()`` and ``derived()`` are the
    current conclusions at any moment after ``run()``.
    """

    facts: Any
    agenda: Any

    def __init__(self) -> None:
        super().__init__()
        self._clear_support()
        self._firing: Any = None
        self._saved: tuple[FactList, list[Any]] | None = None

    def _clear_support(self) -> None:
        self._supports: dict[tuple[Any, ...], tuple[str, tuple[tuple[str, Any], ...]]] = {}
        """Fired activation → (rule id, the facts it derived)."""
        self._fired: dict[str, int] = {}
        """Rule id → how many of its activations fired and still hold."""
        self._derived: dict[tuple[str, Any], tuple[Any, int]] = {}
        """(name, value) → (the declared fact, how many fired activations derive it)."""

    # --- starting over -------------------------------------------------------------------------

    def get_deffacts(self) -> list[Any]:
        # experta finds deffacts with inspect.getmembers on every reset; the only ones here
        # are experta's own initial fact.
        return [self._declare_initial_fact]

    def start(self) -> None:
        """An empty working memory (but for the initial fact), as after ``reset()``.

        The first call resets and takes a snapshot of the network's memories; later calls
        restore it, which is the same state without walking the whole network.
        """
        if self._saved is None:
            self.reset()
            self.matcher.snapshot()
            self._saved = (_copy_facts(self.facts), list(self.agenda.activations))
        else:
            facts, activations = self._saved
            self.matcher.restore()
            self.facts = _copy_facts(facts)
            self.agenda.activations = list(activations)
        self._clear_support()

    def reset(self, **kwargs: Any) -> None:
        super().reset(**kwargs)
        self._clear_support()

    # --- running -------------------------------------------------------------------------------

    def assert_fact(self, fact: Any) -> Any:
        """Add a fact to working memory; the network sees it at the next ``run()``."""
        return self.facts.declare(fact)

    def retract_fact(self, fact: Any) -> None:
        """Take a fact out of working memory; the network sees it at the next ``run()``.

        A fact asserted since the last run has not reached the network yet: it is simply
        forgotten (the network must never see the retraction of a fact it never saw).
        """
        self.facts.retract(fact)
        pending = self.facts.added
        for index, added in enumerate(pending):
            if added is fact:
                del pending[index]
                self.facts.removed.pop()
                break

    def get_activations(self) -> tuple[Any, Any]:
        added, removed = super().get_activations()
        if removed:
            self._withdraw(removed)
        return added, removed

    def run(self, steps: float = float("inf")) -> None:
        strategy, agenda = self.strategy, self.agenda
        self.running = True
        try:
            while steps > 0 and self.running:
                added, removed = self.get_activations()
                if added or removed:
                    strategy._update_agenda(agenda, added, removed)
                activation = agenda.get_next()
                if activation is None:
                    if self.facts.added or self.facts.removed:
                        continue  # facts retracted for want of support: the network must see it
                    break
                steps -= 1
                self._firing = activation
                rule = activation.rule
                if rule._wrapped_self is None:
                    rule._wrapped(self)  # what ``Rule.__call__`` comes to for an action here
                else:
                    rule(self)
        finally:
            self._firing = None
            self.running = False

    def conclude(self, rule_id: str, derived: tuple[tuple[str, Any], ...]) -> None:
        """Record that the activation now firing holds ``rule_id`` and derives ``derived``."""
        self._supports[_identity(self._firing)] = (rule_id, derived)
        self._fired[rule_id] = self._fired.get(rule_id, 0) + 1
        for pair in derived:
            known = self._derived.get(pair)
            if known is None:
                fact = self.facts.declare(Derived(name=pair[0], value=pair[1]))
                self._derived[pair] = (fact, 1)
            else:
                self._derived[pair] = (known[0], known[1] + 1)

    def _withdraw(self, removed: Any) -> None:
        """Take back what cancelled activations concluded, if they had fired."""
        for activation in removed:
            support = self._supports.pop(_identity(activation), None)
            if support is None:  # never fired: the strategy takes it off the agenda
                continue
            rule_id, derived = support
            if self._fired[rule_id] == 1:
                del self._fired[rule_id]
            else:
                self._fired[rule_id] -= 1
            for pair in derived:
                fact, count = self._derived[pair]
                if count == 1:
                    del self._derived[pair]
                    self.facts.retract(fact)
                else:
                    self._derived[pair] = (fact, count - 1)

    # --- the conclusions -----------------------------------------------------------------------

    def fired(self) -> frozenset[str]:
        return frozenset(self._fired)

    def derived(self) -> frozenset[tuple[str, Any]]:
        return frozenset(self._derived)


def _identity(activation: Any) -> tuple[Any, ...]:
    """An activation without its agenda key: a cancelled activation reaches ``_withdraw``
    before the strategy gives it one, so experta's ``==`` (which compares keys) would not
    find the fired one. The network's own activations (``beta.Match``) carry it."""
    identity: tuple[Any, ...] | None = getattr(activation, "identity", None)
    if identity is not None:
        return identity
    return id(activation.rule), frozenset(activation.facts), frozenset(activation.context.items())


def _copy_facts(facts: Any) -> Any:
    copy = FactList()
    copy.update(facts)
    copy.last_index = facts.last_index
    copy.reference_counter.update(facts.reference_counter)
    assert not facts.added and not facts.removed, "a snapshot with pending changes"
    assert all(isinstance(f, InitialFact) for f in facts.values()), "only the initial fact"
    return copy
