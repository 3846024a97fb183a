"""Whether a condition can hold, in the engine's three-valued logic, against the base fixture.

The base knowledge has: ``aantal`` (integer 2..50), ``partners`` (multi: branchegenoten,
ketenpartners), ``vorm`` (choice: informeel, joint_venture), ``kennen`` (yes/no), and the
fact ``groep`` (klein, groot).
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from pydantic import TypeAdapter

from clusteradvies.checks.common.satisfiability import can_hold, first_conflict
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import Condition
from clusteradvies.knowledge.loader import load_knowledge
from tests.checks.conftest import BASE

CONDITION: TypeAdapter[Any] = TypeAdapter(Condition)


@pytest.fixture(scope="module")
def base_kb() -> KnowledgeBase:
    return load_knowledge(BASE)


def condition(text: str) -> Any:
    return CONDITION.validate_python(yaml.safe_load(text))


@pytest.mark.parametrize(
    ("text", "possible"),
    [
        ("{answer: vorm, equals: informeel}", True),
        (
            "{all: [{answer: vorm, equals: informeel}, {answer: vorm, equals: joint_venture}]}",
            False,
        ),
        (
            "{all: [{answer: vorm, in: [informeel]}, {not: {answer: vorm, equals: informeel}}]}",
            False,
        ),
        # "weet niet" is an answer of its own: it makes `unknown` true and nothing else.
        ("{all: [{answer: vorm, unknown: true}, {answer: vorm, equals: informeel}]}", False),
        ("{not: {answer: vorm, unknown: false}}", True),
        ("{not: {answer: vorm, in: [informeel, joint_venture]}}", False),
        ("{all: [{answer: aantal, gt: 10}, {answer: aantal, lt: 12}]}", True),
        ("{all: [{answer: aantal, gt: 10}, {answer: aantal, lt: 11}]}", False),
        ("{answer: aantal, gt: 50}", False),
        ("{answer: aantal, lte: 2}", True),
        (
            "{all: [{answer: partners, contains: branchegenoten}, "
            "{answer: partners, contains: ketenpartners}]}",
            True,
        ),
        (
            "{all: [{answer: partners, contains: branchegenoten}, "
            "{not: {answer: partners, contains_any: [ketenpartners, branchegenoten]}}]}",
            False,
        ),
        ("{all: [{answer: kennen, equals: true}, {answer: kennen, in: [false]}]}", False),
        # A fact can hold several values at once, and none when no rule derived it.
        ("{all: [{fact: groep, equals: klein}, {fact: groep, equals: groot}]}", True),
        ("{all: [{fact: groep, equals: klein}, {not: {fact: groep, equals: klein}}]}", False),
        ("{not: {fact: groep, in: [klein, groot]}}", True),
        ("{all: [{role: [overheid]}, {role: [deelnemer]}]}", False),
        ("{any: [{role: [overheid]}, {answer: kennen, equals: true}]}", True),
        # A dangling reference is KB003's finding; the condition gets the benefit of the doubt.
        ("{all: [{answer: onbekend, equals: x}, {not: {answer: onbekend, equals: x}}]}", True),
    ],
)
def test_can_hold(base_kb: KnowledgeBase, text: str, possible: bool) -> None:
    assert can_hold(base_kb, condition(text)) is possible


@pytest.mark.parametrize(
    ("text", "path"),
    [
        (
            "{all: [{answer: vorm, equals: informeel}, {answer: kennen, equals: true}, "
            "{answer: vorm, equals: joint_venture}]}",
            "when.all[2]",
        ),
        (
            "{all: [{answer: kennen, equals: true}, "
            "{all: [{answer: aantal, lt: 5}, {answer: aantal, gt: 5}, {answer: aantal, gt: 4}]}]}",
            "when.all[1].all[1]",
        ),
        ("{any: [{answer: aantal, gt: 50}, {answer: aantal, lt: 2}]}", "when"),
    ],
)
def test_first_conflict_points_at_the_test_that_makes_it_impossible(
    base_kb: KnowledgeBase, text: str, path: str
) -> None:
    assert first_conflict(base_kb, condition(text), "when") == path
