"""From a project to a Diagnosis: resolve answers, run the engine, score, rank, explain.

The scoring model itself (statuses, scores, bands, priority) is in ``diagnosis.scoring``, the
advice's order in ``diagnosis.ranking``, the information gaps in ``diagnosis.gaps``, coverage
and the readiness range in ``diagnosis.uncertainty``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from clusteradvies.diagnosis.gaps import GapFinder
from clusteradvies.diagnosis.model import (
    AnswerUsed,
    CategoryResult,
    Coverage,
    Diagnosis,
    FactorResult,
    Reason,
)
from clusteradvies.diagnosis.ranking import AdviceRanker
from clusteradvies.diagnosis.scoring import (
    MIN_COVERAGE,
    band_of,
    band_of_range,
    category_score,
    factor_score,
    status_of,
)
from clusteradvies.diagnosis.similar import similar_cases
from clusteradvies.diagnosis.support import support
from clusteradvies.diagnosis.uncertainty import at_extreme, coverage, has_unknowns
from clusteradvies.engine.inference import Engine, Inference, ResolvedProject
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.compiled import compile_condition
from clusteradvies.knowledge.conditions import Truth
from clusteradvies.knowledge.graph import strata
from clusteradvies.knowledge.models import Rule
from clusteradvies.project.model import Project
from clusteradvies.project.questionnaire import resolve


class Advisor:
    """Diagnoses projects against one knowledge base with one (reused) engine."""

    def __init__(self, kb: KnowledgeBase, engine: Engine | None = None) -> None:
        self.kb = kb
        if engine is None:
            from clusteradvies.engine.experta_engine import ExpertaEngine

            engine = ExpertaEngine.for_knowledge(kb)
        self.engine = engine
        level = strata(kb)
        position = {rule_id: i for i, rule_id in enumerate(kb.rules)}
        self._chain_order = {r: (level[r], position[r]) for r in kb.rules}
        self._category_shown = {
            c.id: compile_condition(c.shown_when)
            for c in kb.categories.values()
            if c.shown_when is not None
        }
        self._weights = {
            r.id: [
                (kb.factors[a.factor].category, a.effect == "concern", a.weight) for a in r.assess
            ]
            for r in kb.rules.values()
        }
        self._question_position = {q: i for i, q in enumerate(kb.question_order)}
        self._ranker = AdviceRanker(kb)
        self._gaps = GapFinder(kb)

    def diagnose(self, project: Project, explain: bool = True) -> Diagnosis:
        """The full diagnosis; with ``explain=False`` (batch summaries) the answers behind each
        conclusion and the information gaps are left out, which halves the work after
        inference. Scores, statuses, ranges and the ranking are the same either way."""
        answers = resolve(self.kb, project.answers, project.role)
        inference = self.engine.infer(ResolvedProject(answers=answers, role=project.role))
        return self.with_range(
            project, self.diagnose_inference(project, answers, inference, explain)
        )

    def with_range(self, project: Project, diagnosis: Diagnosis) -> Diagnosis:
        """The diagnosis with coverage, the readiness range and the bands of whole ranges.

        Both ends run the same rules with every unknown answer at its riskiest and at its
        safest value; a project without unknown answers needs no extra run.
        """
        known_scores = {c.id: c.score for c in diagnosis.categories}
        ends: list[dict[str, int | None]] = [known_scores]
        if has_unknowns(diagnosis.answers):
            for end in ("riskiest", "safest"):
                answers = at_extreme(self.kb, project, end)
                inference = self.engine.infer(ResolvedProject(answers, project.role))
                ends.append(self.category_scores(inference, known_scores))
        covered = coverage(self.kb, diagnosis.answers)
        categories = [self._with_category_range(c, ends, covered) for c in diagnosis.categories]
        readiness = [mean_score(scores.values()) for scores in ends]
        possible = [r for r in readiness if r is not None]
        span = (min(possible), max(possible)) if possible else None
        return replace(
            diagnosis,
            categories=tuple(categories),
            readiness_range=span,
            band=band_of_range(*span) if span else None,
            coverage=covered.get(None, Coverage(0, 0)),
        )

    def shown_categories(
        self, answers: Mapping[str, Any], inference: Inference, role: str
    ) -> set[str]:
        """The categories this project is judged on (``shown_when`` holds)."""
        return {
            c.id
            for c in self.kb.categories.values()
            if c.shown_when is None
            or self._category_shown[c.id](answers, inference.values_of, role) is Truth.TRUE
        }

    def advice_order(
        self, answers: Mapping[str, Any], inference: Inference, role: str
    ) -> list[str]:
        """The advice ids as the diagnosis lists them (one per theme), without explanations:
        what a quick look at the top of the list needs."""
        fired = sorted(inference.fired, key=self._chain_order.__getitem__)
        evidence: dict[str, list[Reason]] = {f: [] for f in self.kb.factors}
        for rule_id in fired:
            for assessment in self.kb.rules[rule_id].assess:
                evidence[assessment.factor].append(
                    Reason(rule_id, (), (), assessment.effect, assessment.weight)
                )
        advice, _ = self._ranker.rank(
            fired, evidence, answers, inference.values_of, role, _unexplained, order_only=True
        )
        return [a.id for a in advice]

    def category_scores(self, inference: Inference, shown: Iterable[str]) -> dict[str, int | None]:
        """The scores of the ``shown`` categories that an inference gives, without the answers
        behind them: what one end of a readiness range needs."""
        # The sums _categories would pool, without building factor results: the range's ends
        # and a quick scan's looks need only the scores.
        strength = dict.fromkeys(shown, 0)
        concern = dict.fromkeys(shown, 0)
        for rule_id in inference.fired:
            for category, is_concern, weight in self._weights[rule_id]:
                if category in strength:
                    (concern if is_concern else strength)[category] += weight
        return {
            c: category_score(strength[c], concern[c]) for c in self.kb.categories if c in strength
        }

    def _with_category_range(
        self,
        category: CategoryResult,
        ends: list[dict[str, int | None]],
        covered: dict[str | None, Coverage],
    ) -> CategoryResult:
        scores = [s for end in ends if (s := end.get(category.id)) is not None]
        span = (min(scores), max(scores)) if scores else None
        share = covered.get(category.id, Coverage(0, 0))
        too_little = share.share < MIN_COVERAGE
        band = None if too_little or span is None else band_of_range(*span)
        return replace(
            category, score_range=span, coverage=share, too_little_known=too_little, band=band
        )

    def diagnose_inference(
        self,
        project: Project,
        answers: Mapping[str, Any],
        inference: Inference,
        explain: bool = True,
    ) -> Diagnosis:
        kb = self.kb
        facts = inference.values_of
        fired = sorted(inference.fired, key=self._chain_order.__getitem__)

        supported: dict[str, tuple[tuple[AnswerUsed, ...], tuple[tuple[str, Any], ...]]] = {}

        def reason(rule: Rule, effect: str | None = None, weight: int = 0) -> Reason:
            if not explain:
                return Reason(rule.id, (), (), effect, weight)
            if rule.id not in supported:  # a rule can back several conclusions
                questions, used = support(rule.when, answers, facts, project.role)
                ordered = sorted(questions, key=self._question_position.__getitem__)
                supported[rule.id] = (
                    tuple(AnswerUsed(q, answers[q]) for q in ordered),
                    tuple(sorted(used, key=repr)),
                )
            used_answers, used_facts = supported[rule.id]
            return Reason(rule.id, used_answers, used_facts, effect, weight)

        factors = self._factors(fired, reason)
        shown = self.shown_categories(answers, inference, project.role)
        categories = self._categories(factors, shown)
        scored = [c.score for c in categories if c.score is not None]
        readiness = round(sum(scored) / len(scored)) if scored else None
        evidence = {f.id: f.evidence for f in factors}
        advice, in_place = self._ranker.rank(
            fired, evidence, answers, facts, project.role, lambda rule: reason(rule)
        )
        gaps = self._gaps.find(inference, answers, project.role) if explain else []
        return Diagnosis(
            name=project.name,
            role=project.role,
            language=project.language,
            readiness=readiness,
            band=band_of(readiness),
            categories=tuple(categories),
            factors=tuple(factors),
            advice=tuple(advice),
            gaps=tuple(gaps),
            facts=tuple(sorted(inference.facts, key=repr)),
            chain=tuple(fired),
            answers=dict(answers),
            similar_cases=similar_cases(kb, inference.facts),
            in_place=tuple(in_place),
        )

    # --- factors and categories ----------------------------------------------------------------

    def _factors(self, fired: list[str], reason: Any) -> list[FactorResult]:
        evidence: dict[str, list[Reason]] = {f: [] for f in self.kb.factors}
        for rule_id in fired:
            rule = self.kb.rules[rule_id]
            for assessment in rule.assess:
                evidence[assessment.factor].append(
                    reason(rule, assessment.effect, assessment.weight)
                )
        results = []
        for factor in self.kb.factors.values():
            reasons = evidence[factor.id]
            s = sum(r.weight for r in reasons if r.effect == "strength")
            c = sum(r.weight for r in reasons if r.effect == "concern")
            score = factor_score(s, c)
            status = status_of(score)
            results.append(
                FactorResult(
                    factor.id,
                    factor.category,
                    status,
                    None if score is None else round(score, 2),
                    s,
                    c,
                    tuple(reasons),
                )
            )
        return results

    def _categories(self, factors: list[FactorResult], shown: set[str]) -> list[CategoryResult]:
        out = []
        for category in self.kb.categories.values():
            if category.id not in shown:
                continue
            members = [f for f in factors if f.category == category.id]
            s = sum(f.strength for f in members)
            c = sum(f.concern for f in members)
            score = category_score(s, c)
            out.append(
                CategoryResult(
                    category.id,
                    score,
                    band_of(score),
                    tuple(f.id for f in members if f.status == "strength"),
                    tuple(f.id for f in members if f.status == "concern"),
                )
            )
        return out


def mean_score(scores: Iterable[int | None]) -> int | None:
    """Readiness: the mean of the category scores there are (None without any)."""
    present = [s for s in scores if s is not None]
    return round(sum(present) / len(present)) if present else None


def _unexplained(rule: Rule, effect: str | None = None, weight: int = 0) -> Reason:
    """A reason without the answers behind it: the range needs scores, not explanations."""
    return Reason(rule.id, (), (), effect, weight)
