"""A batch as an Excel workbook (``score -o scores.xlsx``), for a programme office.

Three sheets, each with a bold, frozen header row, a filter and columns as wide as their
content: the projects (readiness, its range and band, the share answered, a score per category,
the weakest categories, the top concern, problems of invalid files), every concern of every
project, and the advice shown per project. Scores are numbers, so they sort and sum; the bands
are coloured by Excel itself (conditional formatting: red below 40, amber 40–64, green from
65), so the colours follow when someone edits a score. Texts are in the chosen language.

Every text goes in as text, never as a formula: a project called ``=HYPERLINK(…)`` stays a name;
its control characters are written as escapes (``\x07``), as on a terminal.
openpyxl is imported here only, when a workbook is asked for.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.messages import t
from clusteradvies.printable import printable
from clusteradvies.render.formats import RenderOptions
from clusteradvies.render.labels import concern_text
from clusteradvies.render.score.view import first_problem
from clusteradvies.score.batch import ScoreReport, Unscored

BAND_FILLS = (
    ("AND(ISNUMBER({cell}),{cell}<40)", "F4C7C3"),
    ("AND(ISNUMBER({cell}),{cell}>=40,{cell}<65)", "FCE8B2"),
    ("AND(ISNUMBER({cell}),{cell}>=65)", "B7E1CD"),
)
"""Excel formulas for the bands (the first cell of the range stands for each cell) and their
fill colours: the weak, needs-attention and strong bands of the README."""
MAX_WIDTH = 60
"""Widest column, in characters; longer texts wrap."""

Row = Sequence[Any]


@dataclass(frozen=True)
class ScoreWorkbook:
    """Projects, concerns and advice, one sheet each."""

    kb: KnowledgeBase
    options: RenderOptions = field(default_factory=RenderOptions)

    def render(self, report: ScoreReport) -> bytes:
        from openpyxl import Workbook

        book = Workbook()
        for sheet in list(book.worksheets):  # the empty sheet a new workbook starts with
            book.remove(sheet)
        lang = self.options.lang
        header, rows = self._projects(report)
        categories = len(self.kb.categories)
        # Readiness, its low and high end, and each category's score are coloured by band;
        # the share answered (column 7) is a percentage.
        scores = (3, 4, 5, *range(8, 8 + categories))
        self._sheet(book, t("xlsx.projects", lang), header, rows, scores, percent=(7,))
        self._sheet(book, t("xlsx.concerns", lang), *self._concerns(report))
        self._sheet(book, t("xlsx.advice", lang), *self._advice(report))
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()

    # --- the sheets ---------------------------------------------------------------------

    def _projects(self, report: ScoreReport) -> tuple[Row, list[Row]]:
        kb, lang = self.kb, self.options.lang
        categories = list(kb.categories)
        header = [
            t("score.project", lang).capitalize(),
            t("file", lang).capitalize(),
            t("readiness", lang),
            t("xlsx.low", lang),
            t("xlsx.high", lang),
            t("band", lang).capitalize(),
            t("xlsx.answered", lang),
            *(kb.categories[c].name.get(lang) for c in categories),
            t("score.weakest", lang).capitalize(),
            t("score.top_concern", lang).capitalize(),
            t("xlsx.below", lang),
            t("xlsx.problems", lang),
        ]
        rows: list[Row] = []
        for result in report.results:
            if isinstance(result, Unscored):
                empty = [None] * (1 + len(categories) + 2)
                invalid = t("score.invalid", lang)
                problem = first_problem(result, lang)
                rows.append(["", result.file, None, None, None, invalid, *empty, "", problem])
                continue
            low, high = result.readiness_range or (None, None)
            score = {c.id: c.score for c in result.categories}
            band = f"band.{result.band}" if result.band else "band.none"
            below = (
                ""
                if report.fail_under is None
                else t("yes" if report.is_below(result) else "no", lang)
            )
            rows.append(
                [
                    result.name,
                    result.file,
                    result.readiness,
                    low,
                    high,
                    t(band, lang),
                    result.coverage,
                    *(score.get(c) for c in categories),
                    ", ".join(kb.categories[c].name.get(lang) for c in result.weakest),
                    concern_text(kb, result.top_concern, lang) if result.top_concern else "",
                    below,
                    "",
                ]
            )
        return header, rows

    def _concerns(self, report: ScoreReport) -> tuple[Row, list[Row]]:
        kb, lang = self.kb, self.options.lang
        header = [
            t("score.project", lang).capitalize(),
            t("file", lang).capitalize(),
            t("category", lang).capitalize(),
            t("xlsx.concern", lang),
            t("xlsx.weight", lang),
        ]
        rows: list[Row] = [
            [
                result.name,
                result.file,
                kb.categories[concern.category].name.get(lang),
                concern_text(kb, concern.factor, lang),
                concern.weight,
            ]
            for result in report.scored
            for concern in result.concerns
        ]
        return header, rows

    def _advice(self, report: ScoreReport) -> tuple[Row, list[Row]]:
        kb, lang = self.kb, self.options.lang
        header = [
            t("score.project", lang).capitalize(),
            t("file", lang).capitalize(),
            t("xlsx.rank", lang),
            t("xlsx.urgency", lang),
            t("category", lang).capitalize(),
            t("advice", lang),
            t("sources", lang).capitalize(),
            t("see_also", lang),
        ]
        rows: list[Row] = [
            [
                result.name,
                result.file,
                rank,
                t(f"urgency.{advice.urgency}", lang),
                kb.categories[advice.category].name.get(lang),
                kb.advice[advice.id].text.get(lang),
                ", ".join(advice.sources),
                "\n".join(kb.advice[r].text.get(lang) for r in advice.related),
            ]
            for result in report.scored
            for rank, advice in enumerate(result.advice, 1)
        ]
        return header, rows

    # --- one sheet ----------------------------------------------------------------------

    def _sheet(
        self,
        book: Any,
        title: str,
        header: Row,
        rows: list[Row],
        scores: Sequence[int] = (),
        percent: Sequence[int] = (),
    ) -> None:
        """One sheet: ``scores`` and ``percent`` are 1-based column numbers."""
        from openpyxl.formatting.rule import FormulaRule
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        sheet = book.create_sheet(title)
        for values in (header, *rows):
            # Control characters escaped as on a terminal: a worksheet cannot hold them.
            sheet.append([printable(v, newlines=True) if isinstance(v, str) else v for v in values])
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # text, also when it starts with "="
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                else:
                    cell.alignment = Alignment(vertical="top")
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        last = get_column_letter(len(header))
        sheet.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
        for index in range(1, len(header) + 1):
            letter = get_column_letter(index)
            longest = max((_width(r[index - 1]) for r in (header, *rows)), default=8)
            sheet.column_dimensions[letter].width = min(MAX_WIDTH, longest + 2)
        for index in scores:
            letter = get_column_letter(index)
            area = f"{letter}2:{letter}{max(len(rows), 1) + 1}"
            for formula, colour in BAND_FILLS:
                fill = PatternFill(start_color=colour, end_color=colour, fill_type="solid")
                rule = FormulaRule(  # type: ignore[no-untyped-call]
                    formula=[formula.format(cell=f"{letter}2")], fill=fill
                )
                sheet.conditional_formatting.add(area, rule)
        for index in percent:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = "0%"


def _width(value: Any) -> int:
    if value is None:
        return 0
    return max((len(line) for line in str(value).splitlines()), default=0)
