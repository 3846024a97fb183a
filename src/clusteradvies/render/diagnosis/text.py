"""Diagnosis for the terminal: Rich, readable at 80 columns, plain when NO_COLOR is set."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from clusteradvies.diagnosis.model import Diagnosis
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.messages import t
from clusteradvies.render.diagnosis.view import AdviceView, ReasonView, build_view, shown_gaps
from clusteradvies.render.formats import RenderOptions
from clusteradvies.render.layout import block, bulleted, indented, label, marked
from clusteradvies.render.rich_text import rich_text

BAND_STYLE = {"zwak": "red", "aandacht": "yellow", "sterk": "green", "onzeker": "magenta"}


@dataclass(frozen=True)
class DiagnosisText:
    """``advise``'s default: the diagnosis laid out for a terminal."""

    kb: KnowledgeBase
    options: RenderOptions = field(default_factory=RenderOptions)
    console: Console | None = None
    """The console the text is for (its width and colours); None: plain, 80 columns."""

    def render(self, diagnosis: Diagnosis) -> str:
        return rich_text(self._layout(diagnosis), self.console)

    def _layout(self, diagnosis: Diagnosis) -> RenderableType:
        kb, options = self.kb, self.options
        lang = options.lang
        view = build_view(diagnosis, kb, options)
        style = BAND_STYLE.get(diagnosis.band or "", "")
        parts: list[RenderableType] = [
            Text(view.headline, style=f"bold {style}".strip()),
            Text(f"{view.role} · {view.scale}", style="dim"),
            Text(""),
        ]
        table = Table(title=t("profile", lang), title_justify="left", expand=False)
        table.add_column(t("category", lang))
        table.add_column(t("score", lang), justify="right")
        table.add_column(t("band", lang))
        table.add_column(t("concerns", lang), overflow="fold")
        for c, row in zip(diagnosis.categories, view.profile, strict=True):
            table.add_row(
                row.name,
                row.score,
                Text(row.band, style=BAND_STYLE.get(c.band or "", "")),
                ", ".join(row.concerns),
            )
        parts += [table, Text("")]

        parts.append(Text(t("advice", lang), style="bold underline"))
        if not view.advice:
            parts.append(Text(t("no_advice", lang)))
        else:
            parts.append(marked([(f"{i.rank}.", advice_block(i, lang)) for i in view.advice]))
        if view.hidden_advice:
            parts.append(Text(t("more_advice", lang).format(n=view.hidden_advice), style="dim"))
            parts.append(Text(""))
        if view.advice:
            parts += [Text(t("ranking_caveat", lang), style="dim"), Text("")]
        if view.in_place:
            parts.append(Text(t("in_place", lang), style="bold underline"))
            parts += [bulleted([Text(text) for text in view.in_place], "✓"), Text("")]

        if view.cases:
            parts.append(Text(t("similar_cases", lang), style="bold underline"))
            cases = [
                block(
                    Text(case.title, style="bold"),
                    bulleted([Text(lesson) for lesson in case.lessons], "–"),
                )
                for case in view.cases
            ]
            parts += [bulleted(cases), Text("")]

        if options.what_if:
            parts.append(Text(t("what_if", lang), style="bold underline"))
            if not view.what_if:
                parts.append(Text(t("what_if_none", lang)))
            steps: list[tuple[str, RenderableType]] = []
            for i, what in enumerate(view.what_if, 1):
                if len(what.changes) > 1:  # the combination of the changes listed above
                    steps.append(("⇒", Text(what.effect, style="bold")))
                    continue
                lifted = (
                    label(t("lifted", lang), ", ".join(what.lifted), "") if what.lifted else None
                )
                leads = [
                    Text(f"{t('leads_there', lang)}: {text}", style="dim")
                    for text in what.advice[:2]
                ]
                effect = Text(f"⇒ {what.effect}", style="bold")
                steps.append((f"{i}.", block(Text(what.changes[0]), effect, lifted, *leads)))
            if steps:
                parts.append(marked(steps))
            parts.append(Text(""))

        parts.append(Text(t("gaps", lang), style="bold underline"))
        if not view.gaps:
            parts.append(Text(t("no_gaps", lang)))
        gaps = []
        for gap in shown_gaps(view, options):
            line = Text(gap.prompt)
            line.append(f" — {gap.impact}", style="dim")
            hint = Text(gap.hint, style="italic") if gap.hint else None
            gaps.append(block(line, hint))
        if gaps:
            parts.append(bulleted(gaps))
        if len(view.gaps) > len(shown_gaps(view, options)):
            hidden = len(view.gaps) - len(shown_gaps(view, options))
            parts.append(Text(t("more_gaps", lang).format(n=hidden), style="dim"))
        if view.chain:
            parts += [Text(""), Text(t("chain", lang), style="bold underline")]
            chain = []
            for i, step in enumerate(view.chain, 1):
                line = Text(f"{step.rule}: ", style="bold")
                line.append(step.rationale)
                chain.append((f"{i}.", block(line, Text(f"⇒ {step.conclusions}", style="dim"))))
            parts.append(marked(chain))
        return Group(*parts)


def advice_block(item: AdviceView, lang: str) -> RenderableType:
    """One piece of advice beside its number: the advice, its detail, why, where, and what
    goes with it — every wrapped line under the advice's first word."""
    head = Text(item.text, style="bold")
    head.append(f"  [{item.urgency}]", style="dim")
    return block(
        head,
        Text(item.detail) if item.detail else None,
        *(reason_text(reason, lang) for reason in item.why),
        label(t("where", lang), item.sources, "cyan"),
        *related_text(item, lang),
        Text(""),
    )


def related_text(item: AdviceView, lang: str) -> list[RenderableType]:
    """The items grouped under a headline, each with its own new reasons, indented under it."""
    parts: list[RenderableType] = []
    for related in item.related:
        parts.append(label(t("see_also", lang), related.text, ""))
        if related.why:
            parts.append(indented(block(*(reason_text(r, lang) for r in related.why))))
    return parts


def reason_text(reason: ReasonView, lang: str) -> RenderableType:
    """One *why*: the rule's reasoning and, dimmed and indented, the answers it rests on."""
    line = label(t("why", lang), reason.rationale)
    if not reason.answers:
        return line
    answers = "; ".join(f"{q} → {a}" for q, a in reason.answers)
    return block(line, indented(Text(f"({t('answers', lang)}: {answers})", style="dim")))
