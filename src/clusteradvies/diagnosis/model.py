"""The result of advising on one project: one value that every format renders.

Nothing here reasons or prints; ``advisor`` builds it, ``formats`` render it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["strength", "borderline", "concern", "unknown"]
Band = Literal["zwak", "aandacht", "sterk", "onzeker"]
"""A score's band; ``onzeker`` where the range of possible scores spans more than one band."""
Urgency = Literal["eerst", "daarna", "later", "uitzoeken"]
"""When to act on advice, in words a client understands (``uitzoeken``: find out first)."""


@dataclass(frozen=True)
class Coverage:
    """How much is known: answered questions among those that apply."""

    answered: int
    applicable: int

    @property
    def share(self) -> float:
        """0–1; 1 when nothing applies (nothing is missing)."""
        return self.answered / self.applicable if self.applicable else 1.0


@dataclass(frozen=True)
class AnswerUsed:
    """An answer a conclusion rests on."""

    question: str
    value: Any


@dataclass(frozen=True)
class Reason:
    """One fired rule behind a conclusion: its rationale and the answers and facts it used."""

    rule: str
    answers: tuple[AnswerUsed, ...]
    facts: tuple[tuple[str, Any], ...]
    """Derived facts the rule tested, as ``(fact, value)``."""
    effect: str | None = None
    """For factor evidence: ``strength`` or ``concern``."""
    weight: int = 0


@dataclass(frozen=True)
class FactorResult:
    id: str
    category: str
    status: Status
    score: float | None
    """(strengths − concerns) / (strengths + concerns), from −1 to 1; None without evidence."""
    strength: int
    concern: int
    evidence: tuple[Reason, ...]


@dataclass(frozen=True)
class CategoryResult:
    id: str
    score: int | None
    """0–100: 50 × (1 + pooled factor score); None without evidence."""
    band: Band | None
    """The band of the whole range; None without a score or with too little known."""
    strengths: tuple[str, ...]
    concerns: tuple[str, ...]
    score_range: tuple[int, int] | None = None
    """The lowest and highest score the unknown answers still allow."""
    coverage: Coverage = Coverage(0, 0)
    too_little_known: bool = False
    """Fewer than half of the category's questions answered: no verdict is given."""


@dataclass(frozen=True)
class AdviceResult:
    id: str
    category: str
    priority: float
    severity: float
    timing: float
    confidence: float
    why: tuple[Reason, ...]
    sources: tuple[str, ...]
    related: tuple[str, ...] = ()
    """Advice of the same theme, shown with this one instead of ranked separately."""
    grouped: tuple[AdviceResult, ...] = ()
    """The ``related`` advice itself, each with its own reasons."""
    about_unknown: bool = False
    """Only rules about unknown answers recommend it: find out first (ranked after the rest)."""
    own_concern: int = 0
    """The concern weight its own recommending rules assess: how strongly *this* project's
    answers call for it (what picks a theme's headline)."""
    urgency: Urgency = "later"


@dataclass(frozen=True)
class Gap:
    """An unknown or partly known answer that kept rules from deciding."""

    question: str
    impact: int
    """Sum of the weights of the conclusions it blocks."""
    blocked_rules: tuple[str, ...]
    blocked_advice: tuple[str, ...]
    partly: bool = False
    """The answer is a partly known multiple choice: the choices it leaves open block rules."""


@dataclass(frozen=True)
class Change:
    question: str
    before: Any
    after: Any


@dataclass(frozen=True)
class WhatIf:
    """The effect of one or more changed answers."""

    changes: tuple[Change, ...]
    readiness: int | None
    gain: int
    """Points gained at the lower end of the readiness range — what the change secures
    whatever the unknown answers turn out to be (0 when there is no readiness)."""
    lifted: tuple[str, ...]
    """Factors that stop being a concern."""
    advice: tuple[str, ...]
    """Current advice that addresses those factors: what leads there."""
    floor: int | None = None
    """The lower end of the readiness range after the change."""


@dataclass(frozen=True)
class Diagnosis:
    name: str
    role: str
    language: str
    readiness: int | None
    """The readiness the known answers give (unknown answers decide nothing)."""
    band: Band | None
    """The band of the whole ``readiness_range``: ``onzeker`` where it spans bands."""
    categories: tuple[CategoryResult, ...]
    factors: tuple[FactorResult, ...]
    advice: tuple[AdviceResult, ...]
    gaps: tuple[Gap, ...]
    facts: tuple[tuple[str, Any], ...]
    chain: tuple[str, ...]
    """Fired rules in chain order: by stratum, then as written in the knowledge."""
    answers: dict[str, Any] = field(default_factory=dict)
    """Every question's resolved value (UNKNOWN / NOT_ASKED included)."""
    similar_cases: tuple[tuple[str, float], ...] = ()
    """The report's cases most like this project: ``(case id, similarity 0–1)``."""
    what_if: tuple[WhatIf, ...] = ()
    """Filled in on request (``advise --what-if``): the answer changes that help most."""
    readiness_range: tuple[int, int] | None = None
    """The readiness with every unknown answer at its riskiest and at its safest value."""
    coverage: Coverage = Coverage(0, 0)
    in_place: tuple[str, ...] = ()
    """Advice a rule called for, but whose point the answers show is already in place."""

    def factor(self, factor_id: str) -> FactorResult:
        return next(f for f in self.factors if f.id == factor_id)
