"""Truth maintenance: what a rule concluded goes when the facts it rested on go.

The smallest chain that needs it: rule A derives D from the answer ``yes``, rule C derives E
from D, and rule B fires when there is no D. Changing the answer back and forth, in one working
memory, must each time end as a run from scratch would — also after B had fired before D
appeared.
"""

from __future__ import annotations

from typing import Any

from clusteradvies.engine.compat import NOT, Fact, Rule
from clusteradvies.engine.network import ExactRemovalStrategy, TouchedNodesMatcher
from clusteradvies.engine.reasoning import Derived, ReasoningEngine


class Start(Fact):  # type: ignore[misc]
    pass


def _engine() -> ReasoningEngine:
    def conclude(rule_id: str, derived: tuple[tuple[str, Any], ...]) -> Any:
        def action(engine: ReasoningEngine) -> None:
            engine.conclude(rule_id, derived)

        action.__name__ = rule_id
        return action

    namespace: dict[str, Any] = {
        "__strategy__": ExactRemovalStrategy,
        "__matcher__": TouchedNodesMatcher,
        "a": Rule(Start(answer="yes"), salience=30)(conclude("A", (("d", True),))),
        "b": Rule(NOT(Derived(name="d")))(conclude("B", ())),
        "c": Rule(Derived(name="d"))(conclude("C", (("e", 1),))),
    }
    engine: ReasoningEngine = type("Probe", (ReasoningEngine,), namespace)()
    engine.start()
    return engine


def _answer(engine: ReasoningEngine, old: Any, value: str) -> Any:
    if old is not None:
        engine.retract_fact(old)
    fact = engine.assert_fact(Start(answer=value))
    engine.run()
    return fact


def test_a_conclusion_goes_with_the_fact_it_rested_on() -> None:
    engine = _engine()
    engine.run()
    assert engine.fired() == {"B"}  # no D yet
    fact = _answer(engine, None, "yes")
    assert engine.fired() == {"A", "C"}  # B had fired; D took its ground away
    assert engine.derived() == {("d", True), ("e", 1)}
    fact = _answer(engine, fact, "no")
    assert engine.fired() == {"B"}  # A's D, and C's E built on it, are gone
    assert engine.derived() == set()
    _answer(engine, fact, "yes")
    assert engine.fired() == {"A", "C"}
    assert engine.derived() == {("d", True), ("e", 1)}


def test_retracting_a_fact_not_yet_seen_by_the_network_leaves_no_trace() -> None:
    engine = _engine()
    fact = engine.assert_fact(Start(answer="yes"))
    engine.retract_fact(fact)
    engine.run()
    assert engine.fired() == {"B"}
    assert engine.derived() == set()


def test_a_fresh_start_forgets_everything() -> None:
    engine = _engine()
    _answer(engine, None, "yes")
    engine.start()
    assert engine.fired() == set()
    assert engine.derived() == set()
    _answer(engine, None, "yes")
    assert engine.fired() == {"A", "C"}
