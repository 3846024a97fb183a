"""A Comparison for the terminal: Rich, readable at 80 columns, plain when NO_COLOR is set."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from clusteradvies.compare.comparison import Comparison
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.messages import t
from clusteradvies.render.compare.view import AdviceLine, build_comparison_view
from clusteradvies.render.formats import RenderOptions
from clusteradvies.render.layout import block, bulleted, indented
from clusteradvies.render.rich_text import rich_text

DIRECTION_STYLE = {"improved": "green", "worse": "red", "assessed": "", "unassessed": "dim"}


@dataclass(frozen=True)
class ComparisonText:
    """``compare``'s default: laid out for a terminal."""

    kb: KnowledgeBase
    options: RenderOptions = field(default_factory=RenderOptions)
    console: Console | None = None
    """The console the text is for (its width and colours); None: plain, 80 columns."""

    def render(self, comparison: Comparison) -> str:
        return rich_text(self._layout(comparison), self.console)

    def _layout(self, comparison: Comparison) -> RenderableType:
        kb, options = self.kb, self.options
        lang = options.lang
        view = build_comparison_view(comparison, kb, options)
        delta = comparison.readiness.delta or 0
        style = "green" if delta > 0 else "red" if delta < 0 else ""
        parts: list[RenderableType] = [Text(view.headline, style=f"bold {style}".strip())]
        if view.renamed:
            parts.append(Text(view.renamed))
        parts += [Text(view.scale, style="dim"), Text("")]

        table = Table(title=t("profile", lang), title_justify="left", expand=False)
        table.add_column(t("category", lang))
        table.add_column(t("compare.before", lang), justify="right")
        table.add_column(t("compare.after", lang), justify="right")
        table.add_column(t("compare.change", lang), justify="right")
        for row in view.categories:
            change = row.delta or 0
            colour = "green" if change > 0 else "red" if change < 0 else ""
            table.add_row(row.name, row.before, row.after, Text(row.change, style=colour))
        parts += [table, Text("")]

        parts.append(Text(t("factors", lang), style="bold underline"))
        if not view.factors:
            parts.append(Text(t("compare.no_factor_changes", lang)))
        for group in view.factors:
            parts.append(Text(f"{group.title} ({len(group.lines)})", style="bold"))
            style = DIRECTION_STYLE[group.direction]
            parts.append(indented(bulleted([Text(line, style=style) for line in group.lines])))
        parts.append(Text(""))

        parts.append(Text(t("advice", lang), style="bold underline"))
        parts += _advice(t("compare.done", lang), view.done, lang)
        parts += _advice(t("compare.new", lang), view.new, lang)
        parts += _advice(t("compare.open", lang), view.still_open, lang)
        if view.hidden_open:
            parts.append(Text(t("more_advice", lang).format(n=view.hidden_open), style="dim"))
        parts.append(Text(""))

        parts.append(
            Text(f"{t('compare.answers', lang)} ({len(view.answers)})", style="bold underline")
        )
        if not view.answers:
            parts.append(Text(t("none_found", lang)))
        answers = [
            block(Text(prompt), Text(before_after, style="dim"))
            for prompt, before_after in view.answers
        ]
        if answers:
            parts.append(bulleted(answers))
        return Group(*parts)


def _advice(title: str, lines: tuple[AdviceLine, ...], lang: str) -> list[RenderableType]:
    parts: list[RenderableType] = [Text(f"{title} ({len(lines)})", style="bold")]
    if not lines:
        parts.append(Text(f"  {t('none_found', lang)}", style="dim"))
    items = []
    for line in lines:
        text = Text(f"{line.text} ")
        text.append(f"[{line.rank}]", style="dim")
        items.append(text)
    if items:
        parts.append(indented(bulleted(items)))
    return parts
