"""experta issue #10: a cancelled activation must not fire.

With the stock DepthStrategy, a rule whose NOT(...) became false can still fire when several
activations share a key. The minimal case: A (salience 30) declares D; B is NOT(D); three more
rules are activated by the same fact.
"""

from __future__ import annotations

from typing import Any

from clusteradvies.engine.compat import NOT, DepthStrategy, Fact, KnowledgeEngine, Rule
from clusteradvies.engine.network import ExactRemovalStrategy


class Start(Fact):  # type: ignore[misc]
    pass


class D(Fact):  # type: ignore[misc]
    pass


def _engine_class(strategy: type) -> type:
    fired: list[str] = []

    def record(name: str) -> Any:
        def action(self: Any) -> None:
            fired.append(name)

        action.__name__ = name
        return action

    def declare_d(self: Any) -> None:
        fired.append("A")
        self.declare(D())

    namespace: dict[str, Any] = {
        "__strategy__": strategy,
        "fired": fired,
        "a": Rule(Start(), salience=30)(declare_d),
        "b": Rule(Start(), NOT(D()))(record("B")),
    }
    for i in range(3):
        namespace[f"other{i}"] = Rule(Start())(record(f"other{i}"))
    return type("Probe", (KnowledgeEngine,), namespace)


def _run(strategy: type) -> list[str]:
    cls = _engine_class(strategy)
    engine = cls()
    engine.reset()
    engine.declare(Start())
    engine.run()
    fired: list[str] = cls.fired
    return fired


def _agenda_with_b_inside_its_key_run(strategy: type) -> tuple[Any, Any, Any]:
    """A real agenda after ``declare(Start())``, with B third in the run of activations that
    share its key. The stock strategy looks only at the bisect position, the one after it and
    the last element, so it misses B there. (Where B really lands depends on set iteration
    order, i.e. on memory addresses — hence this arranged agenda.)"""
    engine = _engine_class(strategy)()
    engine.reset()
    engine.declare(Start())
    activations = engine.agenda.activations
    b = next(a for a in activations if getattr(a.rule, "__name__", None) == "B")
    run = [a for a in activations if a.key == b.key and a is not b]
    assert len(run) == 3  # the three other rules share B's key
    rest = [a for a in activations if a.key != b.key]
    activations[:] = [run[0], run[1], b, run[2], *rest]
    return engine, engine.agenda, b


def test_exact_removal_strategy_removes_the_cancelled_activation() -> None:
    engine, agenda, b = _agenda_with_b_inside_its_key_run(ExactRemovalStrategy)
    engine.strategy._update_agenda(agenda, added=[], removed=[b])
    assert b not in agenda.activations
    assert len(agenda.activations) == 4  # A and the three others stay


def test_stock_depth_strategy_misses_it() -> None:
    # Documents why ExactRemovalStrategy exists. If this fails, experta fixed issue #10.
    engine, agenda, b = _agenda_with_b_inside_its_key_run(DepthStrategy)
    engine.strategy._update_agenda(agenda, added=[], removed=[b])
    assert b in agenda.activations


def test_not_rule_does_not_fire_once_its_fact_exists() -> None:
    fired = _run(ExactRemovalStrategy)
    assert fired[0] == "A"
    assert "B" not in fired
    assert sorted(fired[1:]) == ["other0", "other1", "other2"]
