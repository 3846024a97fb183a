"""An alpha test remembers its predicate's outcome per answer value (``PassingTester``).

Remembering by value alone would be wrong in Python, where ``True == 1`` and ``hash(True) ==
hash(1)``: a "yes" must never pass for a count of one, nor a count of one for "yes", whichever
of the two the engine met first.
"""

from __future__ import annotations

from typing import Any

import pytest

from clusteradvies.engine.compat import Fact, P, Rule
from clusteradvies.engine.network import ExactRemovalStrategy, TouchedNodesMatcher
from clusteradvies.engine.reasoning import ReasoningEngine


class Count(Fact):  # type: ignore[misc]
    pass


def _is_one(value: Any) -> bool:
    return type(value) is int and value == 1


def _engine() -> ReasoningEngine:
    def one(engine: ReasoningEngine) -> None:
        engine.conclude("one", ())

    namespace: dict[str, Any] = {
        "__strategy__": ExactRemovalStrategy,
        "__matcher__": TouchedNodesMatcher,
        "one": Rule(Count(value=P(_is_one)))(one),
    }
    engine: ReasoningEngine = type("Probe", (ReasoningEngine,), namespace)()
    engine.start()
    return engine


@pytest.mark.parametrize("order", [(1, True, 1, True), (True, 1, True, 1)])
def test_a_yes_is_not_a_count_of_one_whatever_came_first(order: tuple[Any, ...]) -> None:
    engine = _engine()
    fact = None
    for value in order:
        if fact is not None:
            engine.retract_fact(fact)
        fact = engine.assert_fact(Count(value=value))
        engine.run()
        assert engine.fired() == ({"one"} if type(value) is int else set()), value
