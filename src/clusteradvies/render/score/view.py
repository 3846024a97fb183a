"""A batch put into words in one language — shared by the table and Markdown formats,
so both say the same things and differ only in layout."""

from __future__ import annotations

from dataclasses import dataclass

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.messages import t
from clusteradvies.printable import printable
from clusteradvies.render.labels import concern_text
from clusteradvies.render.problem_text import localised
from clusteradvies.score.batch import Scored, ScoreReport, ScoreResult, Unscored


@dataclass(frozen=True)
class ScoreRow:
    """One result as a row of words."""

    name: str
    file: str
    readiness: str
    """``62 (aandacht nodig)``, ``40–75 (onzeker)``, ``–`` without data, or the word for
    invalid."""
    band: str | None
    """The band's id (for colour), None when there is none."""
    weakest: str
    top_concern: str
    """The top concern's name; for an invalid file, its first problem."""
    below: bool
    invalid: bool


def score_row(result: ScoreResult, report: ScoreReport, kb: KnowledgeBase, lang: str) -> ScoreRow:
    if isinstance(result, Unscored):
        problem = first_problem(result, lang)
        file = printable(result.file)
        return ScoreRow("", file, t("score.invalid", lang), None, "", problem, False, True)
    return ScoreRow(
        name=printable(result.name),
        file=printable(result.file),
        readiness=readiness_label(result, lang),
        band=result.band,
        weakest=", ".join(_category_label(result, c, kb, lang) for c in result.weakest),
        top_concern=(
            concern_text(kb, result.top_concern, lang) if result.top_concern is not None else ""
        ),
        below=report.is_below(result),
        invalid=False,
    )


def first_problem(result: Unscored, lang: str) -> str:
    """The first problem of an invalid file, and how many more there are."""
    if not result.problems:
        return ""
    first = localised(result.problems[0], lang)
    parts = [f"{t('score.line', lang)} {first.line}"] if first.line is not None else []
    parts += [first.path] if first.path else []
    text = printable(": ".join([*parts, first.message]))
    if len(result.problems) > 1:
        text += " " + t("score.more_problems", lang).format(n=len(result.problems) - 1)
    return text


def readiness_label(result: Scored, lang: str) -> str:
    """``62 (aandacht nodig)``, or the range where the unknown answers leave one."""
    if result.readiness_range is None:
        return f"– ({t('band.none', lang)})"
    low, high = result.readiness_range
    score = str(low) if low == high else f"{low}–{high}"
    return f"{score} ({t(f'band.{result.band}', lang)})"


def _category_label(result: Scored, category_id: str, kb: KnowledgeBase, lang: str) -> str:
    score = next(c.score for c in result.categories if c.id == category_id)
    return f"{kb.categories[category_id].name.get(lang)} ({score})"


def summary_line(report: ScoreReport, lang: str) -> str:
    """``12 beoordeeld, 3 onder 50, 1 ongeldig``: the counts the exit code is based on."""
    parts = [t("score.scored", lang).format(n=len(report.scored))]
    if report.fail_under is not None:
        threshold = f"{report.fail_under:g}"
        parts.append(t("score.below", lang).format(n=len(report.below), threshold=threshold))
    parts.append(t("score.invalid_count", lang).format(n=len(report.invalid)))
    return ", ".join(parts)
