"""A quick look at where a diagnosis stands: the top of the advice list and the readiness range.

The quick scan asks, for every question still open and every answer it could get, where the
diagnosis would go: dozens of diagnoses for each question it asks. Each look is cheap because
it computes only what the scan compares (the top advice ids and the range's two ends, no
explanations) and because it keeps three engines of its own, each with its working memory:
one for the answers as given (an open question counts as "weet niet", as ``advise`` reads a
missing answer), one with every unknown at its riskiest and one at its safest value. A look at
a variant changes a few answers in each, and the engine's truth maintenance re-matches only
what depends on them (``engine.experta_engine``).

What a look gives is exactly what ``Advisor.diagnose`` would give for the same answers: the
same rules, the same ranking, the same range (a test holds the two together).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from clusteradvies.diagnosis.advisor import Advisor, mean_score
from clusteradvies.diagnosis.model import Band
from clusteradvies.diagnosis.scoring import band_of_range
from clusteradvies.diagnosis.uncertainty import has_unknowns
from clusteradvies.engine.inference import Engine, ResolvedProject
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import questions_read, same_value
from clusteradvies.knowledge.models import Question
from clusteradvies.project.questionnaire import resolve, resolve_again
from clusteradvies.project.safety import extreme

Fill = Callable[[Question], Any]
ENDS = ("given", "riskiest", "safest")

TOP = 5
"""How much of the advice list a quick scan tries to get right: what a client reads first."""


@dataclass(frozen=True)
class Outlook:
    """The top of the advice list and the readiness range for one set of answers."""

    top: tuple[str, ...]
    """The first advice ids of the list (one per theme), in the diagnosis's order."""
    low: int | None
    high: int | None

    @property
    def band(self) -> Band | None:
        """The band of the whole range, as the diagnosis's headline gives it."""
        if self.low is None or self.high is None:
            return None
        return band_of_range(self.low, self.high)

    @property
    def span(self) -> tuple[int, int] | None:
        if self.low is None or self.high is None:
            return None
        return (self.low, self.high)

    @property
    def width(self) -> int:
        return 0 if self.low is None or self.high is None else self.high - self.low


class Forecaster:
    """Looks at one respondent's answers and variants of them, cheaply and repeatedly.

    ``outlook(given)`` looks at a set of answers and remembers it as the base; ``variant``
    looks at the base with one answer changed, resolving again only that question and the
    questions whose ``when`` depends on it.
    """

    def __init__(
        self,
        advisor: Advisor,
        role: str,
        top: int = TOP,
        engine: Callable[[], Engine] | None = None,
    ) -> None:
        self.advisor = advisor
        self.kb = advisor.kb
        self.role = role
        self.top = top
        make = engine or _own_engine(advisor)
        # One engine per end, so that each keeps the memory of its own end between looks.
        self._engines = {end: make() for end in ENDS}
        self._fills: dict[str, Fill | None] = {
            "given": None,
            "riskiest": lambda q: extreme(q, "riskiest"),
            "safest": lambda q: extreme(q, "safest"),
        }
        self._affected = _affected_by_answer(self.kb)
        self._given: dict[str, Any] = {}
        self._base: dict[str, dict[str, Any]] = {}
        self._base_ends: dict[tuple[str, frozenset[str]], int | None] = {}

    def outlook(self, given: Mapping[str, Any]) -> Outlook:
        """Where the diagnosis of these answers stands (a missing answer: "weet niet")."""
        kb, role = self.kb, self.role
        self._given = dict(given)
        self._base = {end: resolve(kb, given, role, fill) for end, fill in self._fills.items()}
        self._base_ends = {}
        return self._look(self._base, ())

    def variant(self, question: str, value: Any) -> Outlook:
        """The outlook of the last ``outlook``'s answers with ``question`` answered ``value``."""
        given = {**self._given, question: value}
        again = self._affected[question]
        resolved = {
            end: resolve_again(self.kb, self._base[end], given, self.role, again, fill)
            for end, fill in self._fills.items()
        }
        return self._look(resolved, again)

    def _look(self, resolved: Mapping[str, dict[str, Any]], again: tuple[str, ...]) -> Outlook:
        advisor, role = self.advisor, self.role
        answers = resolved["given"]
        inference = self._engines["given"].infer(ResolvedProject(answers, role))
        shown = advisor.shown_categories(answers, inference, role)
        top = tuple(advisor.advice_order(answers, inference, role)[: self.top])
        ends = [mean_score(advisor.category_scores(inference, shown).values())]
        if has_unknowns(answers):
            for end in ("riskiest", "safest"):
                ends.append(self._end_score(end, resolved[end], again, shown))
        possible = [r for r in ends if r is not None]
        if not possible:
            return Outlook(top, None, None)
        return Outlook(top, min(possible), max(possible))

    def _end_score(
        self, end: str, resolved: dict[str, Any], again: tuple[str, ...], shown: set[str]
    ) -> int | None:
        """The readiness at one end of the range; the base's own where the variant changes
        nothing there (an answer equal to the end's fill-in: a third of all variants)."""
        base = self._base[end]
        same = again and all(same_value(resolved[q], base[q]) for q in again)
        key = (end, frozenset(shown))
        if same and key in self._base_ends:
            return self._base_ends[key]
        inference = self._engines[end].infer(ResolvedProject(resolved, self.role))
        score = mean_score(self.advisor.category_scores(inference, shown).values())
        if not again:
            self._base_ends[key] = score
        return score


def _affected_by_answer(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """Per question: itself and every question whose ``when`` reads it, directly or through
    another, in intake order — what must be resolved again when its answer changes."""
    readers: dict[str, set[str]] = {q: set() for q in kb.question_order}
    for question in kb.questions.values():
        if question.when is not None:
            for read in questions_read(question.when):
                readers.setdefault(read, set()).add(question.id)
    position = {q: i for i, q in enumerate(kb.question_order)}
    affected: dict[str, tuple[str, ...]] = {}
    for question_id in kb.question_order:
        reached, todo = {question_id}, [question_id]
        while todo:
            for reader in readers.get(todo.pop(), ()):
                if reader not in reached:
                    reached.add(reader)
                    todo.append(reader)
        affected[question_id] = tuple(sorted(reached, key=position.__getitem__))
    return affected


def _own_engine(advisor: Advisor) -> Callable[[], Engine]:
    """A maker of engines like the advisor's: a fresh experta engine keeps a working memory of
    its own; an engine without memory (the tests' plain evaluator) can be shared."""
    from clusteradvies.engine.experta_engine import ExpertaEngine

    if isinstance(advisor.engine, ExpertaEngine):
        return lambda: ExpertaEngine(advisor.kb)
    return lambda: advisor.engine
