"""A Comparison put into words in one language — shared by the text and Markdown formats,
so both say the same things and differ only in layout."""

from __future__ import annotations

from dataclasses import dataclass

from clusteradvies.compare.comparison import AdviceChange, Comparison, Direction, ScoreChange
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.messages import t
from clusteradvies.printable import printable
from clusteradvies.render.formats import RenderOptions
from clusteradvies.render.labels import answer_label

FACTOR_GROUPS: tuple[Direction, ...] = ("improved", "worse", "assessed", "unassessed")
"""The factor changes shown, in this order (unchanged factors are left out)."""


@dataclass(frozen=True)
class CategoryRow:
    name: str
    before: str
    after: str
    change: str
    """``+12``, ``-3``, ``0``, or ``–`` where one side has no score."""
    delta: int | None


@dataclass(frozen=True)
class FactorGroup:
    direction: Direction
    title: str
    lines: tuple[str, ...]
    """``factor: zorgpunt → sterk punt``"""


@dataclass(frozen=True)
class AdviceLine:
    text: str
    rank: str
    """Where it stands: ``3 (was 9)`` for open advice, ``was 9`` for done, ``3`` for new."""


@dataclass(frozen=True)
class ComparisonView:
    headline: str
    renamed: str | None
    scale: str
    categories: tuple[CategoryRow, ...]
    factors: tuple[FactorGroup, ...]
    done: tuple[AdviceLine, ...]
    new: tuple[AdviceLine, ...]
    still_open: tuple[AdviceLine, ...]
    hidden_open: int
    answers: tuple[tuple[str, str], ...]
    """(question prompt, ``before → after``)"""


def build_comparison_view(
    comparison: Comparison, kb: KnowledgeBase, options: RenderOptions
) -> ComparisonView:
    lang = options.lang
    old, new = comparison.old, comparison.new
    still_open = comparison.still_open
    shown = still_open if options.top == 0 else still_open[: options.top]
    return ComparisonView(
        headline=_headline(comparison, lang),
        renamed=(
            t("compare.renamed", lang).format(name=printable(old.name))
            if old.name != new.name
            else None
        ),
        scale=t("scale_note", lang),
        categories=tuple(
            _category_row(kb.categories[c.id].name.get(lang), c) for c in comparison.categories
        ),
        factors=tuple(
            FactorGroup(
                direction,
                t(f"compare.{direction}", lang),
                tuple(
                    f"{kb.factors[f.factor].name.get(lang)}: "
                    f"{t('status.' + f.before, lang)} → {t('status.' + f.after, lang)}"
                    for f in changes
                ),
            )
            for direction in FACTOR_GROUPS
            if (changes := comparison.factors_moving(direction))
        ),
        done=tuple(_advice_line(kb, a, lang) for a in comparison.done),
        new=tuple(_advice_line(kb, a, lang) for a in comparison.new_advice),
        still_open=tuple(_advice_line(kb, a, lang) for a in shown),
        hidden_open=len(still_open) - len(shown),
        answers=tuple(
            (
                kb.questions[a.question].prompt.get(lang),
                f"{answer_label(kb, a.question, a.before, lang)} → "
                f"{answer_label(kb, a.question, a.after, lang)}",
            )
            for a in comparison.answers
        ),
    )


def _headline(comparison: Comparison, lang: str) -> str:
    old, new = comparison.old, comparison.new
    if old.readiness is None or new.readiness is None:
        return t("compare.headline_none", lang).format(name=printable(new.name))
    return t("compare.headline", lang).format(
        name=printable(new.name),
        before=old.readiness,
        after=new.readiness,
        change=_signed(comparison.readiness.delta),
        band_before=t(f"band.{old.band}", lang),
        band_after=t(f"band.{new.band}", lang),
    )


def _category_row(name: str, change: ScoreChange) -> CategoryRow:
    def score(value: int | None) -> str:
        return "–" if value is None else str(value)

    return CategoryRow(
        name, score(change.before), score(change.after), _signed(change.delta), change.delta
    )


def _signed(delta: int | None) -> str:
    return "–" if delta is None else f"{delta:+d}" if delta else "0"


def _advice_line(kb: KnowledgeBase, change: AdviceChange, lang: str) -> AdviceLine:
    text = kb.advice[change.advice].text.get(lang)
    if change.after is None:
        rank = t("compare.was", lang).format(rank=change.before)
    elif change.before is None:
        rank = str(change.after)
    else:
        rank = f"{change.after} ({t('compare.was', lang).format(rank=change.before)})"
    return AdviceLine(text, rank)
