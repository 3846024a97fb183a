"""A Combination for the terminal: Rich, readable at 80 columns, plain when NO_COLOR is set."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from clusteradvies.combine.model import Combination
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.messages import t
from clusteradvies.render.combine.view import (
    CombinationView,
    DisagreementView,
    build_combination_view,
)
from clusteradvies.render.diagnosis.text import BAND_STYLE, advice_block
from clusteradvies.render.formats import RenderOptions
from clusteradvies.render.layout import block, bulleted, label, marked
from clusteradvies.render.rich_text import rich_text


@dataclass(frozen=True)
class CombinationText:
    """``combine``'s default: laid out for a terminal."""

    kb: KnowledgeBase
    options: RenderOptions = field(default_factory=RenderOptions)
    console: Console | None = None
    """The console the text is for (its width and colours); None: plain, 80 columns."""

    def render(self, combination: Combination) -> str:
        return rich_text(self._layout(combination), self.console)

    def _layout(self, combination: Combination) -> RenderableType:
        kb, options = self.kb, self.options
        lang = options.lang
        view = build_combination_view(combination, kb, options)
        style = BAND_STYLE.get(combination.diagnosis.band or "", "")
        parts: list[RenderableType] = [
            Text(view.headline, style=f"bold {style}".strip()),
            Text(view.partners),
            Text(view.scale, style="dim"),
            Text(""),
            _profile(view, combination.labels, lang),
            Text(""),
            *_ranked(view, lang),
            *_differences(view, lang),
        ]
        if view.factors:
            table = Table(title=t("combine.factors", lang), title_justify="left", expand=False)
            table.add_column(t("combine.factor", lang), overflow="fold")
            for label in combination.labels:  # Text, not markup: labels are file names
                table.add_column(Text(label), overflow="fold")
            table.add_column(t("combine.together", lang), style="bold")
            for row in view.factors:
                table.add_row(row.name, *row.statuses, row.shared)
            parts.append(table)
        parts += [Text(t("combine.factors_agree", lang).format(n=view.factors_agreeing)), Text("")]
        parts += _gaps(view, lang)
        return Group(*parts)


def _profile(view: CombinationView, labels: tuple[str, ...], lang: str) -> Table:
    table = Table(title=t("profile", lang), title_justify="left", expand=False)
    table.add_column(t("category", lang))
    table.add_column(t("combine.together", lang), justify="right", style="bold")
    for partner in labels:
        table.add_column(Text(partner), justify="right", overflow="fold")
    for name, scores in view.categories:
        table.add_row(name, *("–" if s is None else str(s) for s in scores))
    return table


def _ranked(view: CombinationView, lang: str) -> list[RenderableType]:
    parts: list[RenderableType] = [Text(t("combine.ranked", lang), style="bold underline")]
    if not view.ranked:
        parts.append(Text(t("no_advice", lang)))
    items: list[tuple[str, RenderableType]] = []
    for item in view.ranked:
        if isinstance(item, DisagreementView):
            head = Text(item.title, style="bold magenta")
            head.append(f"  [{item.urgency}]", style="dim")
            body = block(
                head,
                *(Text(p) for p in item.positions),
                Text(item.advice),
                label(t("where", lang), item.sources, "cyan"),
                Text(""),
            )
            items.append((f"{item.rank}.", body))
        else:
            items.append((f"{item.rank}.", advice_block(item, lang)))
    if items:
        parts.append(marked(items))
    if view.hidden:
        parts += [Text(t("more_advice", lang).format(n=view.hidden), style="dim"), Text("")]
    if view.ranked:
        parts += [Text(t("ranking_caveat", lang), style="dim"), Text("")]
    return parts


def _differences(view: CombinationView, lang: str) -> list[RenderableType]:
    count = t("combine.differences_count", lang).format(
        n=len(view.differences), total=view.answered_by_several
    )
    parts: list[RenderableType] = [
        Text(f"{t('combine.differences', lang)} ({count})", style="bold underline")
    ]
    differences = []
    for question in view.differences:
        line = Text(question.prompt)
        if question.key_rank is not None:
            line.append(
                f"  ★ {t('combine.key', lang).format(rank=question.key_rank)}", style="magenta"
            )
        answers = Text(" · ".join(question.answers), style="dim")
        shared = Text(f"⇒ {t('combine.shared_answer', lang)}: {question.shared}")
        differences.append(block(line, answers, shared))
    if differences:
        parts.append(bulleted(differences))
    parts += [Text(""), Text(t("combine.agreements", lang), style="bold underline")]
    if not view.agreements:
        parts.append(Text(t("none_found", lang)))
    agreements = []
    for question in view.agreements:
        line = Text(f"{question.prompt} ")
        line.append(f"— {question.shared}", style="dim")
        agreements.append(line)
    if agreements:
        parts.append(bulleted(agreements))
    return [*parts, Text("")]


def _gaps(view: CombinationView, lang: str) -> list[RenderableType]:
    parts: list[RenderableType] = [Text(t("combine.knowledge_gaps", lang), style="bold underline")]
    if not view.knowledge_gaps:
        parts.append(Text(t("combine.no_knowledge_gaps", lang)))
    known = []
    for prompt, who in view.knowledge_gaps:
        line = Text(f"{prompt} ")
        line.append(f"— {who}", style="dim")
        known.append(line)
    if known:
        parts.append(bulleted(known))
    parts += [Text(""), Text(t("combine.nobody_knew", lang), style="bold underline")]
    if not view.nobody_knew:
        parts.append(Text(t("no_gaps", lang)))
    unknown = []
    for gap in view.nobody_knew:
        line = Text(f"{gap.prompt} ")
        line.append(f"— {gap.impact}", style="dim")
        unknown.append(line)
    if unknown:
        parts.append(bulleted(unknown))
    return parts
