"""The knowledge base's rules compiled into experta patterns and one generated engine class.

Each YAML rule becomes a class attribute of a generated ``ReasoningEngine`` subclass:

* each question's answer is a fact of its own type (``Answer`` subclass, field ``value``), so
  changing one answer re-matches only the rules that read that question; a question that was
  not asked has no fact at all. All tests of a conjunction on one question are one pattern
  with one predicate; ``any``/``not`` become experta ``OR`` branches (at most three per rule
  in the shipped knowledge);
* derived facts are ``Derived(name=…, value=…)`` facts, so rules chain forward and ``not``
  over a fact is experta's ``NOT``;
* salience follows the rule's stratum (see ``knowledge.graph.strata``), so in a run from
  scratch every rule that could derive a fact fires before any rule that tests for its
  absence (after a change, truth maintenance puts right what fired too early);
* an action tells the engine its rule id and the facts it derives (``conclude``), so no
  result depends on firing order.

Negation is pushed down to the tests (De Morgan), where "false" is decided three-valued: a
negated answer test holds only for a known, different answer. Kleene's ``and``/``or`` are
true (or false) exactly when their parts are, so the branches need no third value.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from clusteradvies.engine.compat import AND, NOT, OR, P, Rule
from clusteradvies.engine.network import ExactRemovalStrategy, TouchedNodesMatcher
from clusteradvies.engine.reasoning import Derived, QuickFact, ReasoningEngine
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.compiled import answer_predicate, operand_matcher
from clusteradvies.knowledge.conditions import (
    All,
    AnswerTest,
    AnyOf,
    Condition,
    FactTest,
    Not,
    RoleTest,
    Truth,
)
from clusteradvies.knowledge.graph import strata
from clusteradvies.knowledge.models import Rule as RuleModel

TOP_SALIENCE = 1000
"""Salience of stratum 0; each stratum above it fires 10 lower."""


class Answer(QuickFact):
    """One question's answer (``value``: a choice, a number, a list, or UNKNOWN)."""


class Context(QuickFact):
    """The respondent's role."""


def answer_types(kb: KnowledgeBase) -> dict[str, type[Answer]]:
    """One ``Answer`` subclass per question, in questionnaire order."""
    return {q: answer_type(i, q) for i, q in enumerate(kb.questions)}


def answer_type(index: int, question: str) -> type[Answer]:
    """The fact type of one question's answer (``index``: its place in the knowledge)."""
    namespace = {"question": question, "index": index, "__module__": __name__}
    return type(f"Answer_{index}", (Answer,), namespace)


Recipe = tuple[Any, ...]
"""How to make a predicate or an action again: plain data, so a built network can be cached
(``engine/cache.py``) with a recipe in place of each function."""

_PREDICATES: dict[Recipe, Callable[[Any], bool]] = {}
"""One predicate object per distinct test. experta's alpha network shares a check between
rules only when the checks compare equal, and a ``P`` check compares by the function it
wraps: with one function per distinct test, rules that test the same answer share their
nodes. Predicates depend only on the test, so sharing them across knowledge bases is safe."""
RECIPES: dict[Callable[..., Any], Recipe] = {}
"""Every predicate and action made here → its recipe."""


def predicate(recipe: Recipe) -> Callable[[Any], bool]:
    """The one predicate for ``recipe``: ``("answer", question, operator, operand, wanted)``,
    ``("fact", fact, operator, operand)``, ``("role", roles, positive)`` or ``("all",
    recipes)``. Operands are JSON, so that ``true`` and ``1`` stay two tests (in Python they
    are equal, and would share one predicate)."""
    made = _PREDICATES.get(recipe)
    if made is None:
        made = _PREDICATES[recipe] = _make(recipe)
        RECIPES[made] = recipe
    return made


def _make(recipe: Recipe) -> Callable[[Any], bool]:
    kind = recipe[0]
    if kind == "answer":
        _, question, op, operand, wanted = recipe
        return answer_predicate(question, op, json.loads(operand), Truth(wanted))
    if kind == "fact":
        return operand_matcher(recipe[2], json.loads(recipe[3]))
    if kind == "role":
        roles, positive = frozenset(recipe[1]), recipe[2]
        return (lambda r: r in roles) if positive else (lambda r: r not in roles)
    parts = tuple(predicate(part) for part in recipe[1])
    return lambda value: all(p(value) for p in parts)


def action(rule_id: str, derived: tuple[tuple[str, Any], ...], name: str) -> Callable[..., None]:
    """A rule's action: it tells the engine the rule holds and what it derives."""

    def conclude(engine: ReasoningEngine) -> None:
        engine.conclude(rule_id, derived)

    conclude.__name__ = name
    # experta asks every copy of a rule it makes while building the network (a dozen per
    # rule) for its action's signature; a ready one spares ~3,000 calls to inspect.
    conclude.__signature__ = _ACTION_SIGNATURE  # type: ignore[attr-defined]
    RECIPES[conclude] = ("action", rule_id, derived, name)
    return conclude


def remade(recipe: Recipe) -> Callable[..., Any]:
    """The function ``recipe`` describes (the inverse of ``RECIPES``)."""
    if recipe[0] == "action":
        return action(*recipe[1:])
    return predicate(recipe)


_ACTION_SIGNATURE = inspect.Signature(
    [inspect.Parameter("engine", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
)


def _test_recipe(test: AnswerTest | FactTest) -> tuple[str, str]:
    """The operator and operand of a test, as a recipe holds them."""
    op = test.operator
    return op, json.dumps(test.operand(op))


@dataclass(frozen=True)
class _FieldTest:
    """A predicate on one question's answer, before the tests of a conjunction are merged."""

    question: str
    predicate: Callable[[Any], bool]


class RuleCompiler:
    """Turns conditions into experta conditional elements over one knowledge base's types."""

    def __init__(self, answers: dict[str, type[Answer]]) -> None:
        self.answers = answers

    def elements(self, condition: Condition, positive: bool = True) -> list[Any]:
        """The conditional elements of a rule whose condition is ``condition``."""
        return self._merge(list(self._compile(condition, positive)))

    def _compile(self, condition: Condition, positive: bool) -> Iterator[Any]:
        """Elements for ``condition`` (or its negation), to be ANDed together."""
        wanted = Truth.TRUE if positive else Truth.FALSE
        conjunctive = isinstance(condition, All) if positive else isinstance(condition, AnyOf)
        if isinstance(condition, Not):
            yield from self._compile(condition.not_, not positive)
        elif isinstance(condition, All | AnyOf):
            children = condition.all if isinstance(condition, All) else condition.any
            if conjunctive:
                for child in children:
                    yield from self._compile(child, positive)
            else:
                yield OR(*[AND(*self.elements(child, positive)) for child in children])
        elif isinstance(condition, AnswerTest):
            recipe = ("answer", condition.answer, *_test_recipe(condition), wanted.value)
            yield _FieldTest(condition.answer, predicate(recipe))
        elif isinstance(condition, FactTest):
            matches = predicate(("fact", condition.fact, *_test_recipe(condition)))
            pattern = Derived(name=condition.fact, value=P(matches))
            yield pattern if positive else NOT(pattern)
        elif isinstance(condition, RoleTest):
            in_roles = predicate(("role", tuple(sorted(set(condition.role))), positive))
            yield Context(role=P(in_roles))

    def _merge(self, elements: list[Any]) -> list[Any]:
        """One pattern per question for the field tests of one conjunction, first."""
        tests: dict[str, list[Callable[[Any], bool]]] = {}
        rest: list[Any] = []
        for element in elements:
            if isinstance(element, _FieldTest):
                tests.setdefault(element.question, []).append(element.predicate)
            else:
                rest.append(element)
        patterns = [
            self.answers[question](value=P(preds[0] if len(preds) == 1 else _all_of(preds)))
            for question, preds in tests.items()
        ]
        return [*patterns, *rest]


def _all_of(predicates: list[Callable[[Any], bool]]) -> Callable[[Any], bool]:
    return predicate(("all", tuple(RECIPES[p] for p in predicates)))


def _rule_attribute(compiler: RuleCompiler, rule: RuleModel, salience: int) -> tuple[str, Any]:
    elements = compiler.elements(rule.when)
    derived = tuple((d.fact, d.value) for d in rule.derive)
    name = "rule_" + "".join(c if c.isalnum() else "_" for c in rule.id)
    return name, Rule(*elements, salience=salience)(action(rule.id, derived, name))


def compile_engine_class(kb: KnowledgeBase) -> type[ReasoningEngine]:
    """A ReasoningEngine subclass with one generated rule per knowledge rule; its
    ``answer_types`` maps each question to its fact type."""
    level = strata(kb)
    types = answer_types(kb)
    compiler = RuleCompiler(types)
    namespace: dict[str, Any] = {
        "__strategy__": ExactRemovalStrategy,
        "__matcher__": TouchedNodesMatcher,
        "answer_types": types,
    }
    for index, rule in enumerate(kb.rules.values()):
        name, attribute = _rule_attribute(compiler, rule, TOP_SALIENCE - 10 * level[rule.id])
        namespace[f"r{index:04d}_{name}"] = attribute
    return type("ClusterAdviesEngine", (ReasoningEngine,), namespace)
