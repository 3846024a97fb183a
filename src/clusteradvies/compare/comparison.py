"""Progress between two assessments of one collaboration (``clusteradvies compare OLD NEW``).

The report asks for a first concrete milestone within 6–12 months; comparing the assessment
at the start with one made then shows what moved. Everything here is read off the two
diagnoses, so the comparison says exactly what ``advise`` says of each file:

* readiness and each category's score: up, down or the same (a category without evidence on
  one side has no change);
* each factor's status, ordered concern < borderline < strength: a step up is an improvement,
  a step down a setback; a factor that gained or lost evidence (was or became unknown) is
  listed apart, because new information is not progress;
* advice — each recommendation counts, including those grouped under another one of the same
  theme: *done* was recommended and no longer is (the answers that called for it changed),
  *new* is recommended now and was not, *open* is recommended in both;
* answers: every question whose value changed, "weet niet" and not applicable included.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from clusteradvies.diagnosis.model import Diagnosis, Status
from clusteradvies.knowledge.base import KnowledgeBase

Direction = Literal["improved", "worse", "unchanged", "assessed", "unassessed"]
"""How a factor's status moved; ``assessed``: it had no evidence before, ``unassessed``: it
has none now."""
STATUS_ORDER: dict[Status, int] = {"concern": 0, "borderline": 1, "strength": 2}


@dataclass(frozen=True)
class ScoreChange:
    """Readiness, or one category's score, before and after (None: no evidence)."""

    id: str
    before: int | None
    after: int | None

    @property
    def delta(self) -> int | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass(frozen=True)
class FactorChange:
    factor: str
    before: Status
    after: Status
    direction: Direction


@dataclass(frozen=True)
class AdviceChange:
    """One recommendation and the rank of its group in each assessment (None: not given)."""

    advice: str
    before: int | None
    after: int | None


@dataclass(frozen=True)
class AnswerChange:
    question: str
    before: Any
    after: Any


@dataclass(frozen=True)
class Comparison:
    old: Diagnosis
    new: Diagnosis
    readiness: ScoreChange
    categories: tuple[ScoreChange, ...]
    factors: tuple[FactorChange, ...]
    """Every factor, in knowledge order; renderers pick the directions they show."""
    done: tuple[AdviceChange, ...]
    """Recommended before, not now — in the old ranking's order."""
    new_advice: tuple[AdviceChange, ...]
    """Recommended now, not before — in the new ranking's order."""
    still_open: tuple[AdviceChange, ...]
    """Recommended in both — in the new ranking's order."""
    answers: tuple[AnswerChange, ...]
    """Changed answers, in intake order."""

    def factors_moving(self, *directions: Direction) -> tuple[FactorChange, ...]:
        return tuple(f for f in self.factors if f.direction in directions)


def compare(kb: KnowledgeBase, old: Diagnosis, new: Diagnosis) -> Comparison:
    """What changed from ``old`` to ``new``, two diagnoses made with the same knowledge."""
    before = {c.id: c.score for c in old.categories}
    after = {c.id: c.score for c in new.categories}
    categories = tuple(
        ScoreChange(c, before.get(c), after.get(c))
        for c in kb.categories
        if c in before or c in after
    )
    old_rank, new_rank = _ranks(old), _ranks(new)
    return Comparison(
        old=old,
        new=new,
        readiness=ScoreChange("readiness", old.readiness, new.readiness),
        categories=categories,
        factors=tuple(_factor_change(f.id, old, new) for f in old.factors),
        done=tuple(AdviceChange(a, r, None) for a, r in old_rank.items() if a not in new_rank),
        new_advice=tuple(
            AdviceChange(a, None, r) for a, r in new_rank.items() if a not in old_rank
        ),
        still_open=tuple(
            AdviceChange(a, old_rank[a], r) for a, r in new_rank.items() if a in old_rank
        ),
        answers=tuple(
            AnswerChange(q, old.answers.get(q), new.answers.get(q))
            for q in kb.question_order
            if not _same(old.answers.get(q), new.answers.get(q))
        ),
    )


def direction(before: Status, after: Status) -> Direction:
    """How a factor's status moved (see the module docstring)."""
    if before == after:
        return "unchanged"
    if before == "unknown":
        return "assessed"
    if after == "unknown":
        return "unassessed"
    return "improved" if STATUS_ORDER[after] > STATUS_ORDER[before] else "worse"


def _ranks(diagnosis: Diagnosis) -> dict[str, int]:
    """Every recommended advice id → the rank of the group it is shown in, in rank order."""
    ranks: dict[str, int] = {}
    for rank, item in enumerate(diagnosis.advice, 1):
        for advice_id in (item.id, *item.related):
            ranks.setdefault(advice_id, rank)
    return ranks


def _factor_change(factor_id: str, old: Diagnosis, new: Diagnosis) -> FactorChange:
    before, after = old.factor(factor_id).status, new.factor(factor_id).status
    return FactorChange(factor_id, before, after, direction(before, after))


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return set(a) == set(b)
    return bool(a == b)
