"""The report of a combined assessment (``report FILE FILE...``): the shared diagnosis as any
report shows it, plus what only several partners can show — where they differ.

``build_combined_report`` starts from the ordinary report of the combined project and adds:

* the differences between partners (``PartnersView``): the disagreements on the key questions
  (``shared_view`` in the knowledge), ranked on the advice's priority scale, each with every
  partner's answer, the answer the combination counted and what to do; each partner's own
  scores per category; and the gaps in shared knowledge (one partner knew, another did not);
* each partner's score per category on the bars of the profile chart;
* in the appendix, beside each shared answer, the partners' own answers where they are not
  all the same, and the partners' notes (a note explains its author's answer, not the shared
  one, so it is shown there rather than under the advice);
* the sections the disagreements cite, in the list of sources.

Partner labels come from file names and notes from the files: *user text*, to be escaped.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any

from clusteradvies.combine.disagreements import is_known
from clusteradvies.combine.model import Combination, Disagreement, QuestionAgreement
from clusteradvies.diagnosis.model import Diagnosis
from clusteradvies.diagnosis.scoring import urgency
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import NOT_ASKED
from clusteradvies.messages import t
from clusteradvies.printable import printable
from clusteradvies.render.combine.view import position_label
from clusteradvies.render.formats import RenderOptions
from clusteradvies.render.labels import answer_label
from clusteradvies.render.report.view import (
    AnswerLine,
    PartnerAnswer,
    ReportView,
    build_report,
    source_lines,
)


@dataclass(frozen=True)
class Score:
    score: int | None
    band: str | None
    """``zwak``, ``aandacht``, ``sterk`` or None (no data): picks the colour."""
    band_label: str


@dataclass(frozen=True)
class ScoreRow:
    """One line of the scores-by-partner table: the shared score, then each partner's."""

    name: str
    shared: Score
    partners: tuple[Score, ...]


@dataclass(frozen=True)
class Position:
    partner: str
    """*user text*"""
    answer: str


@dataclass(frozen=True)
class DisagreementItem:
    rank: int
    """Among the disagreements, highest priority first."""
    question: str
    """The question's prompt."""
    choice: str | None
    """For a question with several choices: the choice partners differ on naming."""
    positions: tuple[Position, ...]
    """Each partner who knew, in file order."""
    counted_as: str
    """The answer the combination used, and the rule that gave it."""
    advice: str
    urgency: str
    """How soon to settle it, on the same scale as the advice."""
    sources: tuple[str, ...]


@dataclass(frozen=True)
class KnowledgeGap:
    prompt: str
    unknown_to: tuple[str, ...]
    """*user text* (partner labels)"""
    known_to: tuple[str, ...]
    """*user text* (partner labels)"""


@dataclass(frozen=True)
class PartnersView:
    labels: tuple[str, ...]
    """The partners in file order (*user text*)."""
    readiness: ScoreRow
    categories: tuple[ScoreRow, ...]
    disagreements: tuple[DisagreementItem, ...]
    knowledge_gaps: tuple[KnowledgeGap, ...]


def build_combined_report(
    combination: Combination, kb: KnowledgeBase, options: RenderOptions, today: date
) -> ReportView:
    """The report of a combined assessment; ``today`` is the date it carries."""
    lang = options.lang
    base = build_report(combination.diagnosis, combination.project, kb, options, today)
    own = combination.partner_diagnoses
    bars = tuple(
        dataclasses.replace(
            bar, partners=tuple(_category(d, bar.category, lang).score for d in own)
        )
        for bar in base.bars
    )
    partners = PartnersView(
        labels=combination.labels,
        readiness=ScoreRow(
            t("readiness", lang),
            _readiness(combination.diagnosis, lang),
            tuple(_readiness(d, lang) for d in own),
        ),
        categories=tuple(
            ScoreRow(
                bar.name,
                Score(bar.score, bar.band, bar.band_label),
                tuple(_category(d, bar.category, lang) for d in own),
            )
            for bar in base.bars
        ),
        disagreements=tuple(
            _disagreement(kb, combination, item, rank, _top_priority(combination), lang)
            for rank, item in enumerate(combination.disagreements, 1)
        ),
        knowledge_gaps=tuple(
            _knowledge_gap(kb, combination.labels, q, lang) for q in combination.knowledge_gaps
        ),
    )
    cited = {s.id for s in base.sources}
    cited |= {s for d in combination.disagreements for s in d.sources}
    return dataclasses.replace(
        base,
        bars=bars,
        sources=source_lines(kb, cited, lang),
        answers=_answers(kb, combination, lang),
        partners=partners,
    )


def _score(score: int | None, band: str | None, lang: str) -> Score:
    return Score(score, band, t(f"band.{band}" if band else "band.none", lang))


def _readiness(diagnosis: Diagnosis, lang: str) -> Score:
    return _score(diagnosis.readiness, diagnosis.band, lang)


def _category(diagnosis: Diagnosis, category_id: str, lang: str) -> Score:
    found = next((c for c in diagnosis.categories if c.id == category_id), None)
    if found is None:
        return _score(None, None, lang)
    return _score(found.score, found.band, lang)


def _top_priority(combination: Combination) -> float:
    """The most urgent item of the shared list: differences and advice share one scale."""
    ranked = [item.priority for item in combination.disagreements]
    ranked += [a.priority for a in combination.diagnosis.advice if not a.about_unknown]
    return max(ranked, default=0.0)


def _disagreement(
    kb: KnowledgeBase,
    combination: Combination,
    item: Disagreement,
    rank: int,
    top: float,
    lang: str,
) -> DisagreementItem:
    question = kb.questions[item.question]
    assert question.shared_view is not None  # only such questions give disagreements
    labels = {c.id: c.label.get(lang) for c in question.choices}
    shared = next(q for q in combination.questions if q.question == item.question)
    counted = _counted(kb, item, shared.shared, lang)
    if shared.rule != "same":
        counted += f" ({t('combine.rule.' + shared.rule, lang)})"
    return DisagreementItem(
        rank=rank,
        question=question.prompt.get(lang),
        choice="; ".join(labels[c] for c in item.choices) or None,
        positions=tuple(
            Position(label, position_label(kb, item, answer, lang))
            for label, answer in item.positions
        ),
        counted_as=counted,
        advice=question.shared_view.advice.get(lang),
        urgency=t(f"urgency.{urgency(item.priority, top, False)}", lang),
        sources=item.sources,
    )


def _counted(kb: KnowledgeBase, item: Disagreement, shared: Any, lang: str) -> str:
    if not is_known(shared):
        return answer_label(kb, item.question, shared, lang)
    return position_label(kb, item, shared, lang)


def _knowledge_gap(
    kb: KnowledgeBase, labels: tuple[str, ...], agreement: QuestionAgreement, lang: str
) -> KnowledgeGap:
    known = tuple(label for label, a in zip(labels, agreement.answers, strict=True) if is_known(a))
    prompt = kb.questions[agreement.question].prompt.get(lang)
    return KnowledgeGap(prompt, agreement.unknown_to, known)


def _note(note: str | None) -> str | None:
    return None if note is None else printable(note, newlines=True)


def _answers(kb: KnowledgeBase, combination: Combination, lang: str) -> tuple[AnswerLine, ...]:
    """The appendix: each question asked of the combination or noted on by a partner, with the
    shared answer and, where they matter, the partners' own answers and notes."""
    lines = []
    shared = combination.diagnosis.answers
    for agreement in combination.questions:
        question = agreement.question
        notes = [_note(p.project.notes.get(question)) for p in combination.partners]
        if shared.get(question, NOT_ASKED) == NOT_ASKED and not any(notes):
            continue
        own: tuple[PartnerAnswer, ...] = ()
        if agreement.agreement == "differ" or agreement.unknown_to or any(notes):
            own = tuple(
                PartnerAnswer(p.label, answer_label(kb, question, answer, lang), note)
                for p, answer, note in zip(
                    combination.partners, agreement.answers, notes, strict=True
                )
                if answer != NOT_ASKED or note
            )
        lines.append(
            AnswerLine(
                kb.questions[question].prompt.get(lang),
                answer_label(kb, question, shared.get(question, NOT_ASKED), lang),
                None,
                own,
            )
        )
    return tuple(lines)
