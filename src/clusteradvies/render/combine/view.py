"""A Combination put into words in one language — shared by the text and Markdown formats,
so both say the same things and differ only in layout."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from clusteradvies.combine.disagreements import is_known
from clusteradvies.combine.model import Combination, Disagreement, QuestionAgreement, RankedItem
from clusteradvies.diagnosis.model import Diagnosis
from clusteradvies.diagnosis.scoring import urgency
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import NOT_ASKED
from clusteradvies.messages import t
from clusteradvies.printable import printable
from clusteradvies.render.diagnosis.view import (
    AdviceView,
    GapView,
    bands_text,
    build_view,
    span_text,
)
from clusteradvies.render.formats import RenderOptions
from clusteradvies.render.labels import answer_label


@dataclass(frozen=True)
class DisagreementView:
    rank: int
    title: str
    positions: tuple[str, ...]
    """``bakker: Veel`` per partner who knew."""
    advice: str
    priority: float
    urgency: str
    sources: str


@dataclass(frozen=True)
class QuestionView:
    prompt: str
    answers: tuple[str, ...]
    """``bakker: Veel`` per partner the question applied to."""
    shared: str
    """The shared answer and the rule that gave it."""
    key_rank: int | None
    """Where a disagreement on it stands in the ranked list, if it is one."""


@dataclass(frozen=True)
class FactorRow:
    name: str
    statuses: tuple[str, ...]
    shared: str


@dataclass(frozen=True)
class CombinationView:
    headline: str
    partners: str
    scale: str
    categories: tuple[tuple[str, tuple[int | None, ...]], ...]
    """Category name → (shared score, each partner's score)."""
    ranked: tuple[AdviceView | DisagreementView, ...]
    hidden: int
    differences: tuple[QuestionView, ...]
    answered_by_several: int
    agreements: tuple[QuestionView, ...]
    factors: tuple[FactorRow, ...]
    factors_agreeing: int
    knowledge_gaps: tuple[tuple[str, str], ...]
    """(question prompt, who did and did not know)."""
    nobody_knew: tuple[GapView, ...]


def build_combination_view(
    combination: Combination, kb: KnowledgeBase, options: RenderOptions
) -> CombinationView:
    lang, labels, shared = options.lang, combination.labels, combination.diagnosis
    base = build_view(shared, kb, dataclasses.replace(options, top=0, explain=False))
    ranked = combination.ranked
    shown = ranked if options.top == 0 else ranked[: options.top]
    key_rank = {d.question: ranked.index(d) + 1 for d in combination.disagreements}
    several = [q for q in combination.questions if q.agreement in ("agree", "differ")]
    # Key questions first, in the order of the ranking: they are what partners must settle.
    differing = sorted(
        (q for q in several if q.agreement == "differ"),
        key=lambda q: key_rank.get(q.question, len(ranked) + 1),
    )
    scores = ", ".join(
        f"{label} ({_score(d)})"
        for label, d in zip(labels, combination.partner_diagnoses, strict=True)
    )
    return CombinationView(
        headline=_headline(shared, lang),
        partners=f"{t('combine.partners', lang)}: {scores}",
        scale=t("scale_note", lang),
        categories=tuple(
            (
                kb.categories[c.id].name.get(lang),
                (c.score, *(_category_score(d, c.id) for d in combination.partner_diagnoses)),
            )
            for c in shared.categories
        ),
        ranked=_ranked(kb, shown, {view.id: view for view in base.advice}, lang),
        hidden=len(ranked) - len(shown),
        differences=tuple(
            _question_view(kb, q, labels, key_rank.get(q.question), lang) for q in differing
        ),
        answered_by_several=len(several),
        agreements=tuple(
            _question_view(kb, q, labels, None, lang) for q in several if q.agreement == "agree"
        ),
        factors=tuple(
            FactorRow(
                kb.factors[f.factor].name.get(lang),
                tuple(t(f"status.{s}", lang) for s in f.statuses),
                t(f"status.{f.shared}", lang),
            )
            for f in combination.factors
            if f.agreement == "differ"
        ),
        factors_agreeing=sum(f.agreement == "agree" for f in combination.factors),
        knowledge_gaps=tuple(
            _knowledge_gap(kb, q, labels, lang) for q in combination.knowledge_gaps
        ),
        nobody_knew=base.gaps,
    )


def _ranked(
    kb: KnowledgeBase, shown: Sequence[RankedItem], advice: dict[str, AdviceView], lang: str
) -> tuple[AdviceView | DisagreementView, ...]:
    # Advice and disagreements share one scale here, so how soon to act is judged on the
    # whole list (a difference to settle can outrank every piece of advice).
    top = max((_priority(f) for f in shown if not _about_unknown(f)), default=0.0)
    out: list[AdviceView | DisagreementView] = []
    for rank, finding in enumerate(shown, 1):
        label = t(f"urgency.{urgency(_priority(finding), top, _about_unknown(finding))}", lang)
        if isinstance(finding, Disagreement):
            out.append(_disagreement_view(kb, finding, rank, label, lang))
        else:
            out.append(dataclasses.replace(advice[finding.id], rank=rank, urgency=label))
    return tuple(out)


def _priority(finding: RankedItem) -> float:
    return finding.priority


def _about_unknown(finding: RankedItem) -> bool:
    return not isinstance(finding, Disagreement) and finding.about_unknown


def _headline(diagnosis: Diagnosis, lang: str) -> str:
    if diagnosis.readiness_range is None:
        return t("combine.headline_none", lang).format(name=printable(diagnosis.name))
    band = t(f"band.{diagnosis.band}", lang)
    key = "combine.headline_uncertain" if diagnosis.band == "onzeker" else "combine.headline"
    span = diagnosis.readiness_range
    return t(key, lang).format(
        name=printable(diagnosis.name),
        score=span_text(span),
        band=band,
        bands=bands_text(span, lang),
    )


def _score(diagnosis: Diagnosis) -> str:
    return "–" if diagnosis.readiness is None else f"{diagnosis.readiness}/100"


def _category_score(diagnosis: Diagnosis, category_id: str) -> int | None:
    return next((c.score for c in diagnosis.categories if c.id == category_id), None)


def _disagreement_view(
    kb: KnowledgeBase, item: Disagreement, rank: int, label: str, lang: str
) -> DisagreementView:
    question = kb.questions[item.question]
    title = f"{t('combine.disagreement', lang)}: {question.prompt.get(lang)}"
    labels = {c.id: c.label.get(lang) for c in question.choices}
    if item.choices:
        title += " — " + "; ".join(labels[c] for c in item.choices)
    positions = tuple(
        f"{label}: {position_label(kb, item, answer, lang)}" for label, answer in item.positions
    )
    assert question.shared_view is not None  # only such questions give disagreements
    return DisagreementView(
        rank,
        title,
        positions,
        question.shared_view.advice.get(lang),
        item.priority,
        label,
        ", ".join(item.sources),
    )


def position_label(kb: KnowledgeBase, item: Disagreement, answer: Any, lang: str) -> str:
    """A partner's answer as the disagreement is about it: the answer, or for a disagreement
    on one of several choices whether the partner named it."""
    if not item.choices:
        return answer_label(kb, item.question, answer, lang)
    return t("combine.named" if set(item.choices) <= set(answer) else "combine.not_named", lang)


def _question_view(
    kb: KnowledgeBase,
    agreement: QuestionAgreement,
    labels: tuple[str, ...],
    key_rank: int | None,
    lang: str,
) -> QuestionView:
    question_id = agreement.question
    answers = tuple(
        f"{label}: {answer_label(kb, question_id, answer, lang)}"
        for label, answer in zip(labels, agreement.answers, strict=True)
        if not (isinstance(answer, str) and answer == NOT_ASKED)
    )
    shared = answer_label(kb, question_id, agreement.shared, lang)
    if agreement.agreement == "differ":
        shared += f" ({t('combine.rule.' + agreement.rule, lang)})"
    return QuestionView(kb.questions[question_id].prompt.get(lang), answers, shared, key_rank)


def _knowledge_gap(
    kb: KnowledgeBase, agreement: QuestionAgreement, labels: tuple[str, ...], lang: str
) -> tuple[str, str]:
    known = [label for label, a in zip(labels, agreement.answers, strict=True) if is_known(a)]
    text = t("combine.knowledge_gap", lang).format(
        unknown=", ".join(agreement.unknown_to), known=", ".join(known)
    )
    return kb.questions[agreement.question].prompt.get(lang), text
