"""The knowledge base compiled into an experta KnowledgeEngine — the one module that uses experta.

Each YAML rule becomes a class attribute of a generated ``KnowledgeEngine`` subclass:

* all answers travel in ONE ``Answers`` fact (a field per question), so a simple test is an
  alpha-network predicate on one field; answer-only ``any``/``not`` subtrees become one ``TEST``
  on that fact instead of an ``OR`` per branch;
* derived facts are ``Derived(name=…, value=…)`` facts, so rules chain forward and ``not`` over a
  fact is experta's ``NOT``;
* salience follows the rule's stratum (see ``inference.strata``), so every rule that could
  derive a fact fires before any rule that tests for its absence;
* an action declares the facts its rule derives and adds its rule id to the engine's set of
  fired rules — a set, so no result depends on firing order. (Declaring a fact per firing
  instead cost a third of the engine's time: every fact travels through the whole network.)

experta 1.9.4's ``DepthStrategy`` removes a cancelled activation by looking only at the
neighbours of its bisect position; with several activations of equal key it can miss, and a
rule whose ``NOT`` has become false still fires (experta issue #10). ``ExactRemovalStrategy``
searches the whole run of equal keys instead.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from clusteradvies.engine.compat import (
    AND,
    AS,
    NOT,
    OR,
    TEST,
    DepthStrategy,
    Fact,
    KnowledgeEngine,
    P,
    ReteMatcher,
    Rule,
)
from clusteradvies.engine.inference import Inference, ResolvedProject
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.compiled import answer_predicate, compile_condition, value_matcher
from clusteradvies.knowledge.conditions import (
    All,
    AnswerTest,
    AnyOf,
    Condition,
    FactTest,
    Not,
    RoleTest,
    Truth,
    leaves,
)
from clusteradvies.knowledge.graph import strata
from clusteradvies.knowledge.models import Rule as RuleModel

TOP_SALIENCE = 1000
"""Salience of stratum 0; each stratum above it fires 10 lower."""


class Answers(Fact):  # type: ignore[misc]
    """Every question's value (or UNKNOWN / NOT_ASKED), one field per question id."""


class Context(Fact):  # type: ignore[misc]
    """The respondent's role."""


class Derived(Fact):  # type: ignore[misc]
    """A derived fact: ``name`` and ``value``."""


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


class TouchedNodesMatcher(ReteMatcher):  # type: ignore[misc]
    """Rete matcher that asks only the conflict-set nodes a token reached for new activations.

    experta's ``ReteMatcher.changes()`` polls every rule's conflict-set node after every
    firing — with ~280 rules and ~80 firings per project, most of the engine's time. A node
    can only have activations to report after a token reached it, so each node records that
    it was touched, and the matcher polls just those (in network order, as before). Results
    are identical; the differential test compares them with the plain evaluator.
    """

    def __init__(self, engine: Any) -> None:
        super().__init__(engine)
        self._all_nodes: tuple[Any, ...] = super()._get_conflict_set_nodes()
        self._order = {id(node): i for i, node in enumerate(self._all_nodes)}
        self._touched: dict[int, Any] = {}
        for node in self._all_nodes:
            node._activate = self._recording(node, node._activate)

    def _recording(self, node: Any, activate: Callable[[Any], Any]) -> Callable[[Any], Any]:
        touched = self._touched

        def record(token: Any) -> Any:
            touched[id(node)] = node
            return activate(token)

        return record

    def _get_conflict_set_nodes(self) -> tuple[Any, ...]:
        nodes = sorted(self._touched.values(), key=lambda n: self._order[id(n)])
        self._touched.clear()
        return tuple(nodes)

    def reset(self) -> None:
        super().reset()
        # A reset wipes the nodes' memories but not their pending activations; poll them all
        # once, as the stock matcher would.
        self._touched.update((id(node), node) for node in self._all_nodes)


# --- compiling conditions ---------------------------------------------------------------------


_PREDICATES: dict[tuple[Any, ...], Callable[[Any], bool]] = {}
"""One predicate object per distinct test. experta's alpha network shares a check between
rules only when the checks compare equal, and a ``P`` check compares by the function it
wraps: with one function per distinct test, rules that test the same answer share their
nodes — fewer nodes to reset for every project and to pass every fact through. Predicates
depend only on the test, so sharing them across knowledge bases is safe."""


def _shared(
    key: tuple[Any, ...], make: Callable[[], Callable[[Any], bool]]
) -> Callable[[Any], bool]:
    if key not in _PREDICATES:
        _PREDICATES[key] = make()
    return _PREDICATES[key]


def _test_key(test: AnswerTest | FactTest) -> str:
    return test.model_dump_json(by_alias=True, exclude_none=True)


def _all_of(predicates: list[Callable[[Any], bool]]) -> Callable[[Any], bool]:
    parts = tuple(predicates)
    return _shared(("all", *map(id, parts)), lambda: lambda value: all(p(value) for p in parts))


def _answer_only(condition: Condition) -> bool:
    return all(isinstance(leaf, AnswerTest) for leaf in leaves(condition))


def _subtree_test(condition: Condition, wanted: Truth) -> Any:
    """One TEST over the bound Answers fact for an answer-only ``any``/``all``/``not`` subtree."""
    holds = compile_condition(condition)

    def test(answers: Any) -> bool:
        return holds(answers, _no_facts, "") is wanted

    return TEST(test)


def _no_facts(_: str) -> frozenset[Any]:
    return frozenset()


def _fact_pattern(test: FactTest) -> Any:
    matches = _shared(("fact", _test_key(test)), lambda: value_matcher(test))
    return Derived(name=test.fact, value=P(matches))


def _compile(condition: Condition, positive: bool) -> Iterator[Any]:
    """Conditional elements for ``condition`` (or its negation), to be ANDed together.

    Negation is pushed down to the tests (De Morgan), where "false" is decided three-valued:
    a negated answer test holds only for a known, different answer.
    """
    wanted = Truth.TRUE if positive else Truth.FALSE
    conjunctive = isinstance(condition, All) if positive else isinstance(condition, AnyOf)
    if isinstance(condition, Not):
        yield from _compile(condition.not_, not positive)
    elif isinstance(condition, All | AnyOf):
        children = condition.all if isinstance(condition, All) else condition.any
        if _answer_only(condition) and len(children) > 1 and not conjunctive:
            yield _subtree_test(condition, wanted)
        elif conjunctive:
            for child in children:
                yield from _compile(child, positive)
        else:
            yield OR(
                *[AND(*_merge_answer_tests(list(_compile(child, positive)))) for child in children]
            )
    elif isinstance(condition, AnswerTest):
        test = condition
        predicate = _shared(
            ("answer", _test_key(test), wanted), lambda: answer_predicate(test, wanted)
        )
        yield _FieldTest(condition.answer, predicate)
    elif isinstance(condition, FactTest):
        yield _fact_pattern(condition) if positive else NOT(_fact_pattern(condition))
    elif isinstance(condition, RoleTest):
        roles = frozenset(condition.role)
        in_roles = _shared(
            ("role", tuple(sorted(roles)), positive),
            lambda: (lambda r: r in roles) if positive else (lambda r: r not in roles),
        )
        yield Context(role=P(in_roles))


@dataclass(frozen=True)
class _FieldTest:
    """A predicate on one field of the Answers fact, before tests are merged into a pattern."""

    field: str
    predicate: Callable[[Any], bool]


def _merge_answer_tests(elements: list[Any], bind: bool = False) -> list[Any]:
    """Fold the field tests of one conjunction into a single pattern on the one Answers fact."""
    fields: dict[str, list[Callable[[Any], bool]]] = {}
    rest: list[Any] = []
    for element in elements:
        if isinstance(element, _FieldTest):
            fields.setdefault(element.field, []).append(element.predicate)
        else:
            rest.append(element)
    if not fields and not bind:
        return rest
    pattern = Answers(
        **{k: P(_all_of(preds) if len(preds) > 1 else preds[0]) for k, preds in fields.items()}
    )
    return [AS.answers << pattern if bind else pattern, *rest]


def _rule_attribute(rule: RuleModel, salience: int) -> tuple[str, Any]:
    elements = _merge_answer_tests(list(_compile(rule.when, positive=True)), bind=True)
    derived = tuple((d.fact, d.value) for d in rule.derive)
    rule_id = rule.id

    def action(engine: KnowledgeEngine, **_bindings: Any) -> None:
        engine.fired_rules.add(rule_id)
        for name, value in derived:
            engine.declare(Derived(name=name, value=value))

    name = "rule_" + "".join(c if c.isalnum() else "_" for c in rule.id)
    action.__name__ = name
    return name, Rule(*elements, salience=salience)(action)


def compile_engine_class(kb: KnowledgeBase) -> type[KnowledgeEngine]:
    """A KnowledgeEngine subclass with one generated rule per knowledge rule."""
    level = strata(kb)
    namespace: dict[str, Any] = {
        "__strategy__": ExactRemovalStrategy,
        "__matcher__": TouchedNodesMatcher,
    }
    for index, rule in enumerate(kb.rules.values()):
        name, attribute = _rule_attribute(rule, TOP_SALIENCE - 10 * level[rule.id])
        namespace[f"r{index:04d}_{name}"] = attribute
    return type("ClusterAdviesEngine", (KnowledgeEngine,), namespace)


class ExpertaEngine:
    """Compiles a knowledge base once and reuses one engine instance for every case.

    ``ExpertaEngine.for_knowledge(kb)`` shares one compiled engine per knowledge base within a
    process, so ``compare``, ``combine``, what-if and the tests do not compile it again.
    """

    _shared: ClassVar[dict[str, ExpertaEngine]] = {}
    _SHARED_MAX: ClassVar[int] = 4

    def __init__(self, kb: KnowledgeBase) -> None:
        self._engine = compile_engine_class(kb)()

    @classmethod
    def for_knowledge(cls, kb: KnowledgeBase) -> ExpertaEngine:
        """The process's engine for this knowledge (by fingerprint), compiled on first use."""
        if not kb.fingerprint:  # built in memory: nothing says two are the same
            return cls(kb)
        engine = cls._shared.get(kb.fingerprint)
        if engine is None:
            if len(cls._shared) >= cls._SHARED_MAX:
                cls._shared.pop(next(iter(cls._shared)))
            engine = cls._shared[kb.fingerprint] = cls(kb)
        return engine

    def infer(self, case: ResolvedProject) -> Inference:
        engine = self._engine
        engine.fired_rules = set()  # filled by the rule actions during run()
        engine.reset()
        engine.declare(Answers(**dict(case.answers)), Context(role=case.role))
        engine.run()
        fired: set[str] = engine.fired_rules
        facts: set[tuple[str, Any]] = set()
        for fact in engine.facts.values():
            if isinstance(fact, Derived):
                facts.add((fact["name"], fact["value"]))
        return Inference(fired=frozenset(fired), facts=frozenset(facts))
