"""The Diagnosis put into words in one language — shared by the text and Markdown formats,
so both say exactly the same things and differ only in layout."""

from __future__ import annotations

from clusteradvies.diagnosis.model import Diagnosis, Reason, WhatIf
from clusteradvies.diagnosis.scoring import bands_of_range
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.messages import t
from clusteradvies.printable import printable
from clusteradvies.render.diagnosis.repeats import without_repeats
from clusteradvies.render.diagnosis.view_model import (
    AdviceView,
    CaseView,
    ChainStep,
    DiagnosisView,
    GapView,
    ProfileRow,
    ReasonView,
    RelatedView,
    WhatIfView,
)
from clusteradvies.render.formats import RenderOptions
from clusteradvies.render.labels import answer_label, concern_text, fact_label

__all__ = [
    "AdviceView",
    "CaseView",
    "ChainStep",
    "DiagnosisView",
    "GapView",
    "ProfileRow",
    "ReasonView",
    "RelatedView",
    "WhatIfView",
    "build_view",
]


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
    factor_name = {f: kb.factors[f].name.get(lang) for f in kb.factors}
    concern = {f: concern_text(kb, f, lang) for f in kb.factors}
    profile = tuple(
        ProfileRow(
            kb.categories[c.id].name.get(lang),
            span_text(c.score_range) if c.score_range and not c.too_little_known else "–",
            t(_band_key(c.band, c.too_little_known), lang),
            tuple(factor_name[f] for f in c.strengths),
            tuple(concern[f] for f in c.concerns),
        )
        for c in diagnosis.categories
    )
    shown = diagnosis.advice if options.top == 0 else diagnosis.advice[: options.top]
    advice = tuple(
        without_repeats(
            AdviceView(
                rank=i,
                id=item.id,
                text=kb.advice[item.id].text.get(lang),
                detail=_detail(kb, item.id, lang),
                urgency=t(f"urgency.{item.urgency}", lang),
                why=tuple(reason_view(kb, r, lang) for r in item.why),
                sources=", ".join(item.sources),
                related=tuple(
                    RelatedView(
                        kb.advice[g.id].text.get(lang),
                        tuple(reason_view(kb, r, lang) for r in g.why),
                    )
                    for g in item.grouped
                ),
            )
        )
        for i, item in enumerate(shown, 1)
    )
    gaps = tuple(
        GapView(
            prompt=kb.questions[g.question].prompt.get(lang)
            + (f" ({t('gap_partly', lang)})" if g.partly else ""),
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
        headline=headline(diagnosis, lang),
        role=f"{t('role', lang)}: {t('role.' + diagnosis.role, lang)}",
        scale=t("scale_note", lang),
        profile=profile,
        advice=advice,
        hidden_advice=len(diagnosis.advice) - len(shown),
        gaps=gaps,
        cases=tuple(_case_view(kb, c, s, lang) for c, s in diagnosis.similar_cases),
        what_if=tuple(_what_if_view(kb, w, lang) for w in diagnosis.what_if),
        chain=chain,
        in_place=tuple(kb.advice[a].text.get(lang) for a in diagnosis.in_place),
    )


def headline(diagnosis: Diagnosis, lang: str) -> str:
    """The first line: the readiness as far as the answers allow, and how much is known.

    Where the unknown answers leave the readiness in more than one band, no band is claimed.
    """
    span = diagnosis.readiness_range
    if span is None:
        return t("headline_none", lang).format(name=printable(diagnosis.name))
    known = round(100 * diagnosis.coverage.share)
    key = "headline_uncertain" if diagnosis.band == "onzeker" else "headline"
    band = t(f"band.{diagnosis.band}", lang)
    name = printable(diagnosis.name)
    bands = bands_text(span, lang)
    return t(key, lang).format(
        name=name, score=span_text(span), band=band, bands=bands, known=known
    )


def bands_text(span: tuple[int, int], lang: str) -> str:
    """The bands a range spans, in words: ``aandacht nodig of sterk``, ``zwak tot sterk``."""
    words = [t(f"band.{b}", lang) for b in bands_of_range(*span)]
    if len(words) == 1:
        return words[0]
    return t("bands.two" if len(words) == 2 else "bands.three", lang).format(*words)


def span_text(span: tuple[int, int]) -> str:
    """``58`` or ``40–75``."""
    low, high = span
    return str(low) if low == high else f"{low}–{high}"


def _band_key(band: str | None, too_little_known: bool) -> str:
    if too_little_known:
        return "band.too_little"
    return f"band.{band}" if band else "band.none"


def _what_if_view(kb: KnowledgeBase, what: WhatIf, lang: str) -> WhatIfView:
    changes = tuple(
        f"{kb.questions[c.question].prompt.get(lang)} "
        f"{answer_label(kb, c.question, c.before, lang)} → "
        f"{answer_label(kb, c.question, c.after, lang)}"
        for c in what.changes
    )
    key = "what_if_together" if len(what.changes) > 1 else "what_if_effect"
    effect = t(key, lang).format(gain=f"{what.gain:+d}", floor=what.floor, n=len(what.lifted))
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
