"""A test on an answer compares by value *and* type, as the engine does.

Python holds ``True == 1``; a yes/no answer "yes" must still not pass a test for a count of 1,
nor a count of 1 a test for "yes".
"""

from __future__ import annotations

from typing import Any

import pytest

from clusteradvies.knowledge.conditions import AnswerTest, Truth, answer_truth, same_value


@pytest.mark.parametrize(
    ("test", "value", "truth"),
    [
        ({"answer": "q", "equals": 1}, True, Truth.FALSE),
        ({"answer": "q", "equals": True}, 1, Truth.FALSE),
        ({"answer": "q", "equals": 1}, 1, Truth.TRUE),
        ({"answer": "q", "in": [0, 1]}, False, Truth.FALSE),
        ({"answer": "q", "contains": 1}, [True], Truth.FALSE),
        ({"answer": "q", "contains": "a"}, ["a"], Truth.TRUE),
    ],
)
def test_a_yes_is_not_a_count_of_one(test: dict[str, Any], value: Any, truth: Truth) -> None:
    assert answer_truth(AnswerTest.model_validate(test), value) is truth


def test_same_value_holds_equal_values_of_one_type_only() -> None:
    assert same_value("ja", "ja")
    assert not same_value(True, 1)
    assert not same_value(0, False)
    assert not same_value(1, 2)
