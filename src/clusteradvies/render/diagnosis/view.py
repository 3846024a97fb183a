"""The Diagnosis put into words in one language — shared by the text and Markdown formats,
so both say exactly the same things and differ only in layout."""

from __future__ import annotations

from dataclasses import dataclass

from clusteradvies.diagnosis.model import Diagnosis, Reason, WhatIf
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.messages import t
from clusteradvies.printable import printable
from clusteradvies.render.formats import RenderOptions
from clusteradvies.render.labels import answer_label, fact_label


@dataclass(frozen=True)
class ReasonView:
    rationale: str
    answers: tuple[tuple[str, str], ...]
    """(question prompt, answer label)"""
    facts: tuple[str, ...]
    rule: str


@dataclass(frozen=True)
class AdviceView:
    rank: int
    id: str
    text: str
    detail: str | None
    priority: float
    why: tuple[ReasonView, ...]
    sources: str
    related: tuple[str, ...]


@dataclass(frozen=True)
class ProfileRow:
    name: str
    score: int | None
    band: str
    strengths: tuple[str, ...]
    concerns: tuple[str, ...]


@dataclass(frozen=True)
class GapView:
    prompt: str
    impact: str
    hint: str | None


@dataclass(frozen=True)
class CaseView:
    title: str
    """Name, section and how alike, e.g. ``PortNET (3.1) — 75% overeenkomst``."""
    lessons: tuple[str, ...]


@dataclass(frozen=True)
class WhatIfView:
    changes: tuple[str, ...]
    """``question: from → to`` per changed answer."""
    effect: str
    lifted: tuple[str, ...]
    advice: tuple[str, ...]


@dataclass(frozen=True)
class ChainStep:
    rule: str
    rationale: str
    conclusions: str


@dataclass(frozen=True)
class DiagnosisView:
    headline: str
    role: str
    scale: str
    profile: tuple[ProfileRow, ...]
    advice: tuple[AdviceView, ...]
    hidden_advice: int
    gaps: tuple[GapView, ...]
    cases: tuple[CaseView, ...]
    what_if: tuple[WhatIfView, ...]
    chain: tuple[ChainStep, ...]


MAX_GAPS = 5
"""Information gaps shown in text and Markdown (all with ``--top 0``, and always in JSON)."""


def shown_gaps(view: DiagnosisView, options: RenderOptions) -> tuple[GapView, ...]:
    return view.gaps if options.top == 0 else view.gaps[:MAX_GAPS]


def reason_view(kb: KnowledgeBase, reason: Reason, lang: str) -> ReasonView:
    return ReasonView(
        rationale=kb.rules[reason.rule].rationale.get(lang),
        answers=tuple(
            (kb.questions[a.question].prompt.get(lang), answer_label(kb, a.question, a.value, lang))
            for a in reason.answers
        ),
        facts=tuple(fact_label(f, v) for f, v in reason.facts),
        rule=reason.rule,
    )


def build_view(diagnosis: Diagnosis, kb: KnowledgeBase, options: RenderOptions) -> DiagnosisView:
    lang = options.lang
    band = t(f"band.{diagnosis.band}" if diagnosis.band else "band.none", lang)
    if diagnosis.readiness is None:
        headline = t("headline_none", lang).format(name=printable(diagnosis.name))
    else:
        headline = t("headline", lang).format(
            name=printable(diagnosis.name), score=diagnosis.readiness, band=band
        )
    factor_name = {f: kb.factors[f].name.get(lang) for f in kb.factors}
    profile = tuple(
        ProfileRow(
            kb.categories[c.id].name.get(lang),
            c.score,
            t(f"band.{c.band}" if c.band else "band.none", lang),
            tuple(factor_name[f] for f in c.strengths),
            tuple(factor_name[f] for f in c.concerns),
        )
        for c in diagnosis.categories
    )
    shown = diagnosis.advice if options.top == 0 else diagnosis.advice[: options.top]
    advice = tuple(
        AdviceView(
            rank=i,
            id=item.id,
            text=kb.advice[item.id].text.get(lang),
            detail=_detail(kb, item.id, lang),
            priority=item.priority,
            why=tuple(reason_view(kb, r, lang) for r in item.why),
            sources=", ".join(item.sources),
            related=tuple(kb.advice[r].text.get(lang) for r in item.related),
        )
        for i, item in enumerate(shown, 1)
    )
    gaps = tuple(
        GapView(
            prompt=kb.questions[g.question].prompt.get(lang),
            impact=t("gap_impact" if len(g.blocked_rules) > 1 else "gap_impact_one", lang).format(
                impact=g.impact, n=len(g.blocked_rules)
            ),
            hint=_hint(kb, g.question, lang),
        )
        for g in diagnosis.gaps
    )
    chain = (
        tuple(
            ChainStep(r, kb.rules[r].rationale.get(lang), _conclusions(kb, r, lang))
            for r in diagnosis.chain
        )
        if options.explain
        else ()
    )
    return DiagnosisView(
        headline=headline,
        role=f"{t('role', lang)}: {t('role.' + diagnosis.role, lang)}",
        scale=t("scale_note", lang),
        profile=profile,
        advice=advice,
        hidden_advice=len(diagnosis.advice) - len(shown),
        gaps=gaps,
        cases=tuple(_case_view(kb, c, s, lang) for c, s in diagnosis.similar_cases),
        what_if=tuple(_what_if_view(kb, w, lang) for w in diagnosis.what_if),
        chain=chain,
    )


def _what_if_view(kb: KnowledgeBase, what: WhatIf, lang: str) -> WhatIfView:
    changes = tuple(
        f"{kb.questions[c.question].prompt.get(lang)} "
        f"{answer_label(kb, c.question, c.before, lang)} → "
        f"{answer_label(kb, c.question, c.after, lang)}"
        for c in what.changes
    )
    key = "what_if_together" if len(what.changes) > 1 else "what_if_effect"
    effect = t(key, lang).format(
        gain=f"{what.gain:+d}", readiness=what.readiness, n=len(what.lifted)
    )
    return WhatIfView(
        changes,
        effect,
        tuple(kb.factors[f].name.get(lang) for f in what.lifted),
        tuple(kb.advice[a].text.get(lang) for a in what.advice),
    )


MAX_LESSONS = 3
"""Lessons shown per similar case; the JSON output has them all."""


def _case_view(kb: KnowledgeBase, case_id: str, similarity: float, lang: str) -> CaseView:
    case = kb.cases[case_id]
    outcome = t(f"outcome.{case.outcome}", lang)
    title = t("case_title", lang).format(
        name=case.name, section=case.section, percent=round(similarity * 100), outcome=outcome
    )
    return CaseView(title, tuple(lesson.text.get(lang) for lesson in case.lessons[:MAX_LESSONS]))


def _detail(kb: KnowledgeBase, advice_id: str, lang: str) -> str | None:
    detail = kb.advice[advice_id].detail
    return detail.get(lang) if detail is not None else None


def _hint(kb: KnowledgeBase, question_id: str, lang: str) -> str | None:
    category = kb.categories.get(kb.questions[question_id].category)
    return category.gap_hint.get(lang) if category and category.gap_hint else None


def _conclusions(kb: KnowledgeBase, rule_id: str, lang: str) -> str:
    rule = kb.rules[rule_id]
    parts = [fact_label(d.fact, d.value) for d in rule.derive]
    parts += [
        f"{kb.factors[a.factor].name.get(lang)}: {t('status.' + a.effect, lang)} (×{a.weight})"
        for a in rule.assess
    ]
    parts += [f"→ {a}" for a in rule.recommend]
    return "; ".join(parts)
