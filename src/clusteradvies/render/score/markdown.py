"""A batch as a Markdown table, to paste into a report or an e-mail."""

from __future__ import annotations

from dataclasses import dataclass, field

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.messages import t
from clusteradvies.render.diagnosis.markdown import escape
from clusteradvies.render.formats import RenderOptions
from clusteradvies.render.score.view import score_row, summary_line
from clusteradvies.score.batch import ScoreReport


def _cell(text: str) -> str:
    return escape(text).replace("\n", " ")


@dataclass(frozen=True)
class ScoreMarkdown:
    """The table in Markdown, for a report or an e-mail."""

    kb: KnowledgeBase
    options: RenderOptions = field(default_factory=RenderOptions)

    def render(self, report: ScoreReport) -> str:
        kb, lang = self.kb, self.options.lang
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
