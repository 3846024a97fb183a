"""A batch as CSV: one row per file, a column per category of the knowledge base.

Values are language-free (ids and band ids), so a spreadsheet or script reads any run the
same way; a category that does not apply to a project, or has no evidence, is left empty.
"""

from __future__ import annotations

import csv
import io

from clusteradvies.batch import Invalid, Scored, ScoreReport
from clusteradvies.formats.score_base import ScoreFormat, ScoreOptions
from clusteradvies.knowledge.base import KnowledgeBase


class CsvScoreFormat(ScoreFormat):
    def render(self, report: ScoreReport, kb: KnowledgeBase, options: ScoreOptions) -> str:
        categories = list(kb.categories)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(
            ["file", "name", "status", "readiness", "band", *categories]
            + ["weakest", "top_concern", "top_advice", "below_threshold", "errors"]
        )
        for result in report.results:
            if isinstance(result, Invalid):
                empty = [""] * (len(categories) + 6)
                writer.writerow([result.file, "", result.status, *empty, len(result.problems)])
                continue
            scores = {c.id: c.score for c in result.categories}
            writer.writerow(
                [result.file, result.name, result.status, _blank(result.readiness)]
                + [result.band or ""]
                + [_blank(scores.get(c)) for c in categories]
                + [" ".join(result.weakest), result.top_concern or ""]
                + [result.advice[0].id if result.advice else ""]
                + [_below(report, result), 0]
            )
        return out.getvalue()


def _below(report: ScoreReport, result: Scored) -> str:
    if report.fail_under is None:
        return ""
    return "true" if report.is_below(result) else "false"


def _blank(value: int | None) -> str | int:
    return "" if value is None else value
