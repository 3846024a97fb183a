"""A batch for the terminal: one Rich table row per file, and the summary line.

The table is shown only where it fits without breaking a word or a path: on a narrow terminal
(80 columns and five columns of text) each project becomes a short block instead, its file
and its weakest categories on lines of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.messages import t
from clusteradvies.render.diagnosis.text import BAND_STYLE
from clusteradvies.render.formats import RenderOptions
from clusteradvies.render.layout import block, bulleted, column_widths, label
from clusteradvies.render.rich_text import plain_console, rich_text
from clusteradvies.render.score.view import ScoreRow, score_row, summary_line
from clusteradvies.score.batch import ScoreReport

READINESS = 2
"""The column of the readiness, which is never wrapped."""


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
        rows = [score_row(result, report, self.kb, self.options.lang) for result in report.results]
        lang = self.options.lang
        headers = [
            t("score.project", lang).capitalize(),
            t("file", lang).capitalize(),
            t("readiness", lang),
            t("score.weakest", lang).capitalize(),
            t("score.top_concern", lang).capitalize(),
        ]
        cells = [(r.name, r.file, r.readiness, r.weakest, r.top_concern) for r in rows]
        console = self.console or plain_console()
        borders = 3 * len(headers) + 1  # a space either side of each column, and the lines
        widths = column_widths([headers, *cells], console.width - borders, whole={READINESS})
        shown = self._table(rows, headers, widths) if widths else self._blocks(rows)
        return Group(shown, Text(summary_line(report, lang)))

    def _table(self, rows: list[ScoreRow], headers: list[str], widths: list[int]) -> Table:
        table = Table(expand=False)
        for header, width in zip(headers, widths, strict=True):
            table.add_column(header, width=width)
        for row in rows:
            table.add_row(  # Text, not markup: a name or a path may hold "[/]"
                Text(row.name),
                Text(row.file),
                Text(row.readiness, style=_style(row)),
                Text(row.weakest),
                Text(row.top_concern, style="red" if row.invalid else ""),
            )
        return table

    def _blocks(self, rows: list[ScoreRow]) -> RenderableType:
        """Each project as a few lines: name and readiness, the file, what is weakest."""
        lang = self.options.lang
        blocks = []
        for row in rows:
            head = Text(row.name or row.file, style="bold")
            head.append("  ")
            head.append(row.readiness, style=_style(row))
            weakest = t("score.weakest", lang).capitalize()
            concern = t("score.top_concern", lang).capitalize()
            blocks.append(
                block(
                    head,
                    Text(row.file, style="dim") if row.name else None,
                    label(weakest, row.weakest, "") if row.weakest else None,
                    label(concern, row.top_concern, "red" if row.invalid else "")
                    if row.top_concern
                    else None,
                )
            )
        return bulleted(blocks)


def _style(row: ScoreRow) -> str:
    """Red for an invalid file, else the band's colour, bold when below --fail-under."""
    if row.invalid:
        return "red"
    style = BAND_STYLE.get(row.band or "", "")
    return f"bold {style}".strip() if row.below else style
