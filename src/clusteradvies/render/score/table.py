"""A batch for the terminal: one Rich table row per file, and the summary line."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.messages import t
from clusteradvies.render.diagnosis.text import BAND_STYLE
from clusteradvies.render.formats import RenderOptions
from clusteradvies.render.rich_text import rich_text
from clusteradvies.render.score.view import score_row, summary_line
from clusteradvies.score.batch import ScoreReport


@dataclass(frozen=True)
class ScoreTable:
    """``score``'s default: one table row per file, and the summary line."""

    kb: KnowledgeBase
    options: RenderOptions = field(default_factory=RenderOptions)
    console: Console | None = None
    """The console the table is for (its width and colours); None: plain, 80 columns."""

    def render(self, report: ScoreReport) -> str:
        return rich_text(self._layout(report), self.console)

    def _layout(self, report: ScoreReport) -> RenderableType:
        kb, lang = self.kb, self.options.lang
        table = Table(expand=False)
        table.add_column(t("score.project", lang).capitalize(), overflow="fold")
        table.add_column(t("file", lang).capitalize(), overflow="fold")
        table.add_column(t("readiness", lang), no_wrap=True)
        table.add_column(t("score.weakest", lang).capitalize(), overflow="fold")
        table.add_column(t("score.top_concern", lang).capitalize(), overflow="fold")
        for result in report.results:
            row = score_row(result, report, kb, lang)
            if row.invalid:
                style = "red"
            else:
                style = BAND_STYLE.get(row.band or "", "")
                if row.below:
                    style = f"bold {style}".strip()
            table.add_row(  # Text, not markup: a name or a path may hold "[/]"
                Text(row.name),
                Text(row.file),
                Text(row.readiness, style=style),
                Text(row.weakest),
                Text(row.top_concern, style="red" if row.invalid else ""),
            )
        return Group(table, Text(summary_line(report, lang)))
