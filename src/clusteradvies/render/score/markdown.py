"""A batch as a Markdown table, to paste into a report or an e-mail."""

from __future__ import annotations

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.messages import t
from clusteradvies.render.diagnosis.markdown import escape
from clusteradvies.render.score.base import ScoreFormat, ScoreOptions
from clusteradvies.render.score.view import score_row, summary_line
from clusteradvies.score.batch import ScoreReport


def _cell(text: str) -> str:
    return escape(text).replace("\n", " ")


class MarkdownScoreFormat(ScoreFormat):
    def render(self, report: ScoreReport, kb: KnowledgeBase, options: ScoreOptions) -> str:
        lang = options.lang
        headers = [
            t("score.project", lang).capitalize(),
            t("file", lang).capitalize(),
            t("readiness", lang),
            t("score.weakest", lang).capitalize(),
            t("score.top_concern", lang).capitalize(),
        ]
        out = ["| " + " | ".join(headers) + " |", "|---|---|---|---|---|"]
        for result in report.results:
            row = score_row(result, report, kb, lang)
            readiness = f"**{row.readiness}**" if row.below or row.invalid else row.readiness
            cells = [_cell(row.name), _cell(row.file), readiness]
            cells += [_cell(row.weakest), _cell(row.top_concern)]
            out.append("| " + " | ".join(cells) + " |")
        out += ["", summary_line(report, lang)]
        return "\n".join(out) + "\n"
