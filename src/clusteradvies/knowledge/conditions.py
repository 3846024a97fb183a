"""The declarative condition language of rules and of questions' ``when``.

A condition is data, never code: a tree of ``all`` / ``any`` / ``not`` over three kinds of
test — on an answer, on a derived fact, or on the respondent's role. Evaluation is
three-valued, because a user may answer "weet niet": a test on an unknown answer is neither
true nor false, and a rule fires only when its condition is definitely true.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from enum import Enum
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, model_validator

Scalar = str | int | bool

T = TypeVar("T")

UNKNOWN = "?"
"""The value of an answer the respondent does not know ("weet niet")."""
NOT_ASKED = "-"
"""The value of a question that does not apply (its ``when`` was false) or was never answered."""

PARTLY = "weet_niet"
"""In a multi-choice answer: the choices it does not name are unknown ("X; the rest I do not
know"), instead of known not to apply."""
NOT_PREFIX = "niet_"
"""In a partly known multi-choice answer, ``niet_X`` says that choice X is known not to apply."""

OPERATORS = ("equals", "in", "contains", "contains_any", "gt", "gte", "lt", "lte", "unknown")


class Truth(Enum):
    """Kleene's three-valued logic."""

    TRUE = "true"
    FALSE = "false"
    UNKNOWN = "unknown"

    def __invert__(self) -> Truth:
        if self is Truth.UNKNOWN:
            return self
        return Truth.FALSE if self is Truth.TRUE else Truth.TRUE


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class _ValueTest(_Model):
    """Exactly one operator and its operand."""

    equals: Scalar | None = None
    in_: list[Scalar] | None = Field(default=None, alias="in")
    contains: Scalar | None = None
    contains_any: list[Scalar] | None = None
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None
    unknown: bool | None = None

    @model_validator(mode="after")
    def _one_operator(self) -> _ValueTest:
        given = [op for op in OPERATORS if self.operand(op) is not None]
        if len(given) != 1:
            names = ", ".join(OPERATORS)
            found = ", ".join(given) or "none"
            raise ValueError(f"expected exactly one operator of {names}; found {found}")
        return self

    def operand(self, op: str) -> Any:
        return getattr(self, "in_" if op == "in" else op)

    @property
    def operator(self) -> str:
        return next(op for op in OPERATORS if self.operand(op) is not None)

    def matches(self, value: Any) -> bool:
        """Whether a known value passes; total on any value, as experta's alpha tests need."""
        op, operand = self.operator, self.operand(self.operator)
        if op == "equals":
            return same_value(value, operand)
        if op == "in":
            return any(same_value(value, o) for o in operand)
        if op in ("contains", "contains_any"):
            if not isinstance(value, list | tuple | frozenset):
                return False
            wanted = [operand] if op == "contains" else operand
            return any(same_value(v, w) for v in value for w in wanted)
        if op == "unknown":
            return (isinstance(value, str) and value == UNKNOWN) is operand
        if isinstance(value, bool) or not isinstance(value, int):
            return False
        bound: int = operand
        return {
            "gt": value > bound,
            "gte": value >= bound,
            "lt": value < bound,
            "lte": value <= bound,
        }[op]


def same_value(a: Any, b: Any) -> bool:
    """Whether two answer values are the same answer: equal *and* of the same type.

    Python holds ``True == 1`` (and ``hash(True) == hash(1)``), but a yes/no answer "yes" is
    not a count of 1: a test ``equals: 1`` must not pass on ``True``, and changing an answer
    from ``1`` to ``True`` is a change.
    """
    return type(a) is type(b) and a == b


class AnswerTest(_ValueTest):
    """A test on the answer to one question."""

    answer: str


class FactTest(_ValueTest):
    """A test on a derived fact (closed world: a fact no rule derived is false)."""

    fact: str


class RoleTest(_Model):
    """True when the respondent's role is one of these."""

    role: list[str]


class All(_Model):
    all: list[Condition] = Field(min_length=1)


class AnyOf(_Model):
    any: list[Condition] = Field(min_length=1)


class Not(_Model):
    not_: Condition = Field(alias="not")


def _kind(value: Any) -> str | None:
    if isinstance(value, Mapping):
        for key in ("all", "any", "not", "answer", "fact", "role"):
            if key in value:
                return key
        return None
    return getattr(value, "_kind", None)


Condition = Annotated[
    Annotated[All, Tag("all")]
    | Annotated[AnyOf, Tag("any")]
    | Annotated[Not, Tag("not")]
    | Annotated[AnswerTest, Tag("answer")]
    | Annotated[FactTest, Tag("fact")]
    | Annotated[RoleTest, Tag("role")],
    Discriminator(
        _kind,
        custom_error_type="condition",
        custom_error_message=(
            "a condition needs one of the keys all, any, not, answer, fact or role"
        ),
    ),
]

All.model_rebuild()
AnyOf.model_rebuild()
Not.model_rebuild()
for _cls, _name in (
    (All, "all"),
    (AnyOf, "any"),
    (Not, "not"),
    (AnswerTest, "answer"),
    (FactTest, "fact"),
    (RoleTest, "role"),
):
    setattr(_cls, "_kind", _name)  # noqa: B010  (read back by _kind() on model instances)

CONDITION_TAGS = frozenset({"all", "any", "not", "answer", "fact", "role"})
"""The union tags pydantic puts into error locations; the loader strips them."""

Leaf = AnswerTest | FactTest | RoleTest


def located_leaves(condition: Condition, path: str = "") -> Iterator[tuple[Leaf, str]]:
    """Every test in a condition with its key path, depth first (``when.all[1]``).

    This is the one walk over a condition's tests: checks report at the path's line, the
    engine and the graph of facts read only the tests.
    """
    if isinstance(condition, All):
        for i, part in enumerate(condition.all):
            yield from located_leaves(part, f"{path}.all[{i}]")
    elif isinstance(condition, AnyOf):
        for i, part in enumerate(condition.any):
            yield from located_leaves(part, f"{path}.any[{i}]")
    elif isinstance(condition, Not):
        yield from located_leaves(condition.not_, f"{path}.not")
    else:
        yield condition, path


def fold(
    condition: Condition,
    leaf: Callable[[Leaf], T],
    junction: Callable[[All | AnyOf, list[T]], T],
    negation: Callable[[T], T],
) -> T:
    """Reduce a condition bottom-up: ``leaf`` for each test, ``junction`` for an ``all`` or
    ``any`` with its parts' results, ``negation`` for a ``not``.

    The one recursion over a condition's shape for whatever maps a condition to one value
    (evaluating it, compiling it, putting it into words). Walks that must decide per branch
    (the explanation of why a condition holds, the engine's De Morgan translation) keep their
    own recursion because they need more than the parts' results.
    """
    if isinstance(condition, All | AnyOf):
        parts = condition.all if isinstance(condition, All) else condition.any
        return junction(condition, [fold(c, leaf, junction, negation) for c in parts])
    if isinstance(condition, Not):
        return negation(fold(condition.not_, leaf, junction, negation))
    return leaf(condition)


def leaves(condition: Condition) -> Iterator[Leaf]:
    """Every test in a condition, depth first."""
    return (leaf for leaf, _ in located_leaves(condition))


def questions_read(condition: Condition) -> tuple[str, ...]:
    """The questions whose answers a condition tests, each once, in the order written."""
    return tuple(
        dict.fromkeys(leaf.answer for leaf in leaves(condition) if isinstance(leaf, AnswerTest))
    )


def facts_read(condition: Condition) -> tuple[str, ...]:
    """The derived facts a condition tests, each once, in the order written."""
    return tuple(
        dict.fromkeys(leaf.fact for leaf in leaves(condition) if isinstance(leaf, FactTest))
    )


def evaluate(
    condition: Condition,
    answers: Mapping[str, Any],
    facts: Callable[[str], frozenset[Any]],
    role: str,
) -> Truth:
    """Three-valued truth of a condition.

    ``answers`` maps question ids to values (``UNKNOWN`` / ``NOT_ASKED`` included);
    ``facts(name)`` gives the values derived for a fact so far.
    """

    def test(leaf: Leaf) -> Truth:
        if isinstance(leaf, RoleTest):
            return _truth(role in leaf.role)
        if isinstance(leaf, FactTest):
            return _truth(any(leaf.matches(v) for v in facts(leaf.fact)))
        return answer_truth(leaf, answers.get(leaf.answer, NOT_ASKED))

    return fold(condition, test, _junction_truth, Truth.__invert__)


def _junction_truth(junction: All | AnyOf, results: list[Truth]) -> Truth:
    decisive, other = (
        (Truth.FALSE, Truth.TRUE) if isinstance(junction, All) else (Truth.TRUE, Truth.FALSE)
    )
    if decisive in results:
        return decisive
    return Truth.UNKNOWN if Truth.UNKNOWN in results else other


def answer_truth(test: AnswerTest, value: Any) -> Truth:
    """A test on one answer: unknown answers decide nothing, except for ``unknown:``.

    A question that was not asked decides nothing at all (it is no information gap either).
    """
    if isinstance(value, str) and value == NOT_ASKED:
        return Truth.UNKNOWN
    if test.operator == "unknown":
        return _truth(test.matches(value))
    if isinstance(value, str) and value == UNKNOWN:
        return Truth.UNKNOWN
    partly = partial_truth(test.operator, test.operand(test.operator), value)
    if partly is not None:
        return partly
    return _truth(test.matches(value))


def is_partial(value: Any) -> bool:
    """Whether a multi-choice answer leaves the choices it does not name unknown."""
    return isinstance(value, list | tuple | frozenset) and PARTLY in value


def partial_truth(op: str, operand: Any, value: Any) -> Truth | None:
    """A ``contains`` test on a partly known answer, or None where the answer is not partial.

    Named choices decide as usual; a choice marked ``niet_X`` is false; any other choice is
    unknown, so that "not competitors; the rest I do not know" fires no rule about the rest.
    """
    if op not in ("contains", "contains_any") or not is_partial(value):
        return None
    wanted = [operand] if op == "contains" else list(operand)
    if any(w in value for w in wanted if isinstance(w, str)):
        return Truth.TRUE
    if all(isinstance(w, str) and NOT_PREFIX + w in value for w in wanted):
        return Truth.FALSE
    return Truth.UNKNOWN


def _truth(flag: bool) -> Truth:
    return Truth.TRUE if flag else Truth.FALSE
