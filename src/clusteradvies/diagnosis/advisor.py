"""From a project to a Diagnosis: resolve answers, run the engine, score, rank, explain.

The scoring model itself (statuses, scores, bands, priority) is in ``diagnosis.scoring``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from clusteradvies.diagnosis.model import (
    AdviceResult,
    AnswerUsed,
    CategoryResult,
    Diagnosis,
    FactorResult,
    Gap,
    Reason,
)
from clusteradvies.diagnosis.scoring import (
    band_of,
    category_score,
    confidence,
    factor_score,
    status_of,
)
from clusteradvies.diagnosis.similar import similar_cases
from clusteradvies.diagnosis.support import support
from clusteradvies.engine.inference import Engine, Inference, ResolvedProject
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.compiled import compile_condition
from clusteradvies.knowledge.conditions import UNKNOWN, Truth, questions_read
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
        self._holds = {r.id: compile_condition(r.when) for r in kb.rules.values()}
        self._category_shown = {
            c.id: compile_condition(c.shown_when)
            for c in kb.categories.values()
            if c.shown_when is not None
        }
        self._asks = {r.id: questions_read(r.when) for r in kb.rules.values()}
        self._question_position = {q: i for i, q in enumerate(kb.question_order)}
        self._advice_position = {a: i for i, a in enumerate(kb.advice)}
        self._section_position = {s: i for i, s in enumerate(kb.sections)}
        self._informing: dict[str, list[str]] = {}
        for question in kb.questions.values():
            for factor in question.informs:
                self._informing.setdefault(factor, []).append(question.id)

    def diagnose(self, project: Project, explain: bool = True) -> Diagnosis:
        """The full diagnosis; with ``explain=False`` (batch summaries) the answers behind each
        conclusion and the information gaps are left out, which halves the work after
        inference. Scores, statuses and the ranking are the same either way."""
        answers = resolve(self.kb, project.answers, project.role)
        inference = self.engine.infer(ResolvedProject(answers=answers, role=project.role))
        return self.diagnose_inference(project, answers, inference, explain)

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
        shown = {
            c.id
            for c in kb.categories.values()
            if c.shown_when is None
            or self._category_shown[c.id](answers, facts, project.role) is Truth.TRUE
        }
        categories = self._categories(factors, shown)
        scored = [c.score for c in categories if c.score is not None]
        readiness = round(sum(scored) / len(scored)) if scored else None
        advice = self._advice(fired, factors, answers, project.role, reason)
        gaps = self._gaps(inference, answers, project.role) if explain else []
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

    # --- advice ----------------------------------------------------------------------------------

    def _advice(
        self,
        fired: list[str],
        factors: list[FactorResult],
        answers: Mapping[str, Any],
        role: str,
        reason: Any,
    ) -> list[AdviceResult]:
        kb = self.kb
        by_id = {f.id: f for f in factors}
        recommenders: dict[str, list[Rule]] = {}
        for rule_id in fired:
            for advice_id in kb.rules[rule_id].recommend:
                recommenders.setdefault(advice_id, []).append(kb.rules[rule_id])
        items: list[AdviceResult] = []
        for advice_id, rules in recommenders.items():
            advice = kb.advice[advice_id]
            if advice.applies_to == "government" and role != "overheid":
                continue
            concern_weight = {
                (r.rule, f): r.weight
                for f in advice.addresses
                for r in by_id[f].evidence
                if r.effect == "concern"
            }
            for rule in rules:
                for a in rule.assess:
                    if a.effect == "concern":
                        concern_weight[(rule.id, a.factor)] = a.weight
            severity = 1 + sum(concern_weight.values())
            timing = kb.stages[advice.stage].timing
            informing = sorted({q for f in advice.addresses for q in self._informing.get(f, [])})
            asked = [q for q in informing if answers.get(q) != "-"]
            known = [q for q in asked if answers.get(q) != UNKNOWN]
            sure = confidence(len(known), len(asked))
            priority = round(advice.weight * severity * timing * sure, 2)
            sources = {s for s in advice.sources} | {s for r in rules for s in r.sources}
            section_position = self._section_position
            items.append(
                AdviceResult(
                    advice_id,
                    advice.category,
                    priority,
                    severity,
                    timing,
                    round(sure, 2),
                    tuple(reason(r) for r in rules),
                    tuple(sorted(sources, key=lambda s: (section_position.get(s, 999), s))),
                )
            )
        items.sort(key=lambda a: (-a.priority, self._advice_position[a.id]))
        return self._group(items)

    def _group(self, items: list[AdviceResult]) -> list[AdviceResult]:
        """One entry per theme: the highest priority leads, the rest are listed as related."""
        leaders: dict[str, int] = {}
        grouped: list[AdviceResult] = []
        for item in items:
            theme = self.kb.advice[item.id].theme
            if theme is not None and theme in leaders:
                index = leaders[theme]
                leader = grouped[index]
                grouped[index] = AdviceResult(
                    **{**leader.__dict__, "related": (*leader.related, item.id)}
                )
                continue
            if theme is not None:
                leaders[theme] = len(grouped)
            grouped.append(item)
        return grouped

    # --- gaps ------------------------------------------------------------------------------------

    def _gaps(self, inference: Inference, answers: Mapping[str, Any], role: str) -> list[Gap]:
        kb = self.kb
        blocked: dict[str, list[Rule]] = {}
        for rule in kb.rules.values():
            if rule.id in inference.fired:
                continue
            if self._holds[rule.id](answers, inference.values_of, role) is not Truth.UNKNOWN:
                continue
            for question in self._asks[rule.id]:
                if isinstance(answers.get(question), str) and answers[question] == UNKNOWN:
                    blocked.setdefault(question, []).append(rule)
        gaps = []
        for question, rules in blocked.items():
            impact = sum(a.weight for r in rules for a in r.assess)
            impact += sum(kb.advice[a].weight for r in rules for a in r.recommend)
            advice = sorted(
                {a for r in rules for a in r.recommend}, key=self._advice_position.__getitem__
            )
            gaps.append(Gap(question, impact, tuple(r.id for r in rules), tuple(advice)))
        gaps.sort(key=lambda g: (-g.impact, self._question_position[g.question]))
        return gaps
