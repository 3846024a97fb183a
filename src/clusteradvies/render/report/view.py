"""What a shareable report says, in one language, for every report format.

It builds on ``build_view`` (the diagnosis put into words, as ``advise`` shows it) and adds what
a document handed to a client needs beyond that: the date, the respondent's own notes beside the
answers they explain, the bars of the profile chart, and the report sections cited. Renderers
only lay it out. Fields marked *user text* came from the project file and must be escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from clusteradvies.diagnosis.model import Diagnosis
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import NOT_ASKED
from clusteradvies.messages import t
from clusteradvies.printable import printable
from clusteradvies.project.model import Project
from clusteradvies.render.diagnosis.view import CaseView, DiagnosisView, build_view, span_text
from clusteradvies.render.formats import RenderOptions
from clusteradvies.render.labels import answer_label

if TYPE_CHECKING:
    from clusteradvies.render.report.partners import PartnersView

MAX_GAPS = 10
"""Gaps listed with their impact; the rest are counted (the appendix shows every answer)."""

MAX_SUMMARY = 5
"""Factors named in the summary at the top, per kind (strengths, concerns)."""

"""Where the bands change (40 and 65), taken from the scoring model so the chart cannot drift."""


@dataclass(frozen=True)
class PartnerAnswer:
    """One partner's own answer and note, beside the shared one of a combined assessment."""

    partner: str
    """The partner's label, from a file name (*user text*)."""
    answer: str
    note: str | None
    """*user text*"""


@dataclass(frozen=True)
class AnswerLine:
    prompt: str
    answer: str
    note: str | None
    """The respondent's note on this question (*user text*)."""
    partners: tuple[PartnerAnswer, ...] = ()
    """In a combined assessment's appendix: each partner's answer, where they are not all the
    same or a partner noted something."""


@dataclass(frozen=True)
class WhyLine:
    rationale: str
    answers: tuple[AnswerLine, ...]


@dataclass(frozen=True)
class RelatedItem:
    """Advice grouped under a headline, with its own reasons."""

    text: str
    why: tuple[str, ...]


@dataclass(frozen=True)
class AdviceItem:
    rank: int
    text: str
    detail: str | None
    why: tuple[WhyLine, ...]
    sources: tuple[str, ...]
    """Section labels as the report numbers them, e.g. ``3.1`` or ``0/vertrouwen``."""
    related: tuple[RelatedItem, ...]
    urgency: str
    """When to act, in words (eerst, daarna, later, eerst uitzoeken)."""


@dataclass(frozen=True)
class Bar:
    """One category of the profile: a bar in the chart and a row in the table."""

    category: str
    name: str
    score: int | None
    band: str | None
    """``zwak``, ``aandacht``, ``sterk`` or ``onzeker`` (None without data, or with too little
    known for a verdict): picks the colour."""
    band_label: str
    strengths: tuple[str, ...]
    concerns: tuple[str, ...]
    partners: tuple[int | None, ...] = ()
    score_range: tuple[int, int] | None = None
    """The lowest and highest score the unknown answers allow."""
    """In a combined assessment: each partner's own score on this category."""


def bar_value(bar: Bar) -> str:
    """A category's score as a reader sees it: ``58``, ``40–75``, or ``–`` without a verdict."""
    if bar.score_range is None or bar.band is None:
        return "–"
    return span_text(bar.score_range)


@dataclass(frozen=True)
class GapLine:
    prompt: str
    impact: str
    hint: str | None
    note: str | None
    """*user text*"""


@dataclass(frozen=True)
class SourceLine:
    id: str
    title: str


@dataclass(frozen=True)
class ReportView:
    lang: str
    name: str
    """The project's name (*user text*)."""
    readiness: int | None
    """The readiness the known answers give; the headline shows ``score``."""
    score: str
    """The readiness as far as the answers allow: ``58``, a range ``40–75``, or ``–``."""
    known: str
    """How much is known, in words (``35% van de vragen beantwoord``)."""
    band: str | None
    band_label: str
    role: str
    date: str
    bars: tuple[Bar, ...]
    advice: tuple[AdviceItem, ...]
    hidden_advice: int
    cases: tuple[CaseView, ...]
    gaps: tuple[GapLine, ...]
    hidden_gaps: int
    sources: tuple[SourceLine, ...]
    """Every section cited above, in the report's order."""
    answers: tuple[AnswerLine, ...]
    """The appendix: every question asked, with its answer and note."""
    partners: PartnersView | None = None
    """For a combined assessment: where the partners differ (``report_partners``)."""

    def summary(self) -> tuple[tuple[str, str], ...]:
        """Under the headline: the concerns, then the strengths, as ``(label, names)``."""
        out = []
        concerns = [name for bar in self.bars for name in bar.concerns]
        strengths = [name for bar in self.bars for name in bar.strengths]
        for key, names in (("top_concerns", concerns), ("top_strengths", strengths)):
            if names:
                more = " …" if len(names) > MAX_SUMMARY else ""
                out.append((t(key, self.lang), ", ".join(names[:MAX_SUMMARY]) + more))
        if self.partners is not None:
            counts = t("report.differences_summary", self.lang).format(
                n=len(self.partners.disagreements), k=len(self.partners.knowledge_gaps)
            )
            out.append((t("report.differences", self.lang), counts))
        return tuple(out)

    def more_advice(self) -> str:
        """What a reader of the document (who cannot pass ``--top``) is told about the rest."""
        total = len(self.advice) + self.hidden_advice
        return t("report.more_advice", self.lang).format(shown=len(self.advice), total=total)


def build_report(
    diagnosis: Diagnosis,
    project: Project,
    kb: KnowledgeBase,
    options: RenderOptions,
    today: date,
) -> ReportView:
    """The report's content; ``project`` supplies the notes, ``today`` the date it carries."""
    lang = options.lang
    view = build_view(diagnosis, kb, options)
    notes = {question: printable(note, newlines=True) for question, note in project.notes.items()}

    def line(question: str, value: object) -> AnswerLine:
        prompt = kb.questions[question].prompt.get(lang)
        return AnswerLine(prompt, answer_label(kb, question, value, lang), notes.get(question))

    advice = _advice(view, diagnosis, line)
    bars = tuple(
        Bar(
            c.id,
            row.name,
            c.score,
            c.band,
            row.band,
            row.strengths,
            row.concerns,
            score_range=c.score_range,
        )
        for c, row in zip(diagnosis.categories, view.profile, strict=True)
    )
    gaps = tuple(
        GapLine(shown.prompt, shown.impact, shown.hint, notes.get(gap.question))
        for shown, gap in zip(view.gaps[:MAX_GAPS], diagnosis.gaps, strict=False)
    )
    cited = {s for item in advice for s in item.sources}
    cited |= {kb.cases[case_id].section for case_id, _ in diagnosis.similar_cases}
    answers = tuple(
        line(q, diagnosis.answers[q])
        for q in kb.question_order
        if q in diagnosis.answers and (diagnosis.answers[q] != NOT_ASKED or q in notes)
    )
    band_key = f"band.{diagnosis.band}" if diagnosis.band else "band.none"
    return ReportView(
        lang=lang,
        name=printable(diagnosis.name),
        readiness=diagnosis.readiness,
        score=span_text(diagnosis.readiness_range) if diagnosis.readiness_range else "–",
        known=t("known_share", lang).format(known=round(100 * diagnosis.coverage.share)),
        band=diagnosis.band,
        band_label=t(band_key, lang),
        role=t(f"role.{diagnosis.role}", lang),
        date=format_date(today, lang),
        bars=bars,
        advice=advice,
        hidden_advice=view.hidden_advice,
        cases=view.cases,
        gaps=gaps,
        hidden_gaps=len(view.gaps) - len(gaps),
        sources=source_lines(kb, cited, lang),
        answers=answers,
    )


def _advice(
    view: DiagnosisView, diagnosis: Diagnosis, line: Callable[[str, object], AnswerLine]
) -> tuple[AdviceItem, ...]:
    items = []
    for shown, result in zip(view.advice, diagnosis.advice, strict=False):
        why, noted = [], set()
        reasons = {reason.rule: reason for reason in result.why}
        for reason in shown.why:  # without repeats (render/diagnosis/repeats.py)
            used = reasons[reason.rule]
            answers = []
            for a in used.answers if reason.answers else ():
                # Several rules may rest on one answer: its note is said once per advice item.
                answer = line(a.question, a.value)
                if a.question in noted:
                    answer = AnswerLine(answer.prompt, answer.answer, None)
                noted.add(a.question)
                answers.append(answer)
            why.append(WhyLine(reason.rationale, tuple(answers)))
        items.append(
            AdviceItem(
                shown.rank,
                shown.text,
                shown.detail,
                tuple(why),
                result.sources,
                tuple(
                    RelatedItem(r.text, tuple(reason.rationale for reason in r.why))
                    for r in shown.related
                ),
                shown.urgency,
            )
        )
    return tuple(items)


def source_lines(kb: KnowledgeBase, cited: Iterable[str], lang: str) -> tuple[SourceLine, ...]:
    """The sections cited, in the report's order (unknown labels last, alphabetically)."""
    order = {s: i for i, s in enumerate(kb.sections)}
    return tuple(
        SourceLine(s, _section_title(kb, s, lang))
        for s in sorted(set(cited), key=lambda s: (order.get(s, len(order)), s))
    )


def format_date(day: date, lang: str) -> str:
    """``1 november 2026`` / ``1 November 2026``: how a letter is dated, in either language."""
    months = t("report.months", lang).split(",")
    return f"{day.day} {months[day.month - 1]} {day.year}"


def _section_title(kb: KnowledgeBase, section: str, lang: str) -> str:
    """The title without a repeat of its number: ``3.1 — PortNET`` is listed as ``PortNET``
    and ``3.7/overheid``'s ``3.7 — Lessen voor de overheid`` as ``Lessen voor de overheid``."""
    if section not in kb.sections:
        return ""
    number = section.split("/")[0]
    return kb.sections[section].title.get(lang).removeprefix(f"{number} — ")


def cap(text: str) -> str:
    """A label from messages at the start of a line: ``rol`` → ``Rol``."""
    return text[:1].upper() + text[1:]
