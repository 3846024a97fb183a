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
        for item in view.advice:
            head = Text(f"{item.rank}. ", style="bold")
            head.append(item.text, style="bold")
            head.append(f"  [{item.urgency}]", style="dim")
            parts.append(head)
            if item.detail:
                parts.append(Text(f"   {item.detail}"))
            for reason in item.why:
                parts.append(reason_text(reason, lang))
            parts.append(Text(f"   {t('where', lang)}: {item.sources}", style="cyan"))
            parts += related_text(item, lang)
            parts.append(Text(""))
        if view.hidden_advice:
            parts.append(Text(t("more_advice", lang).format(n=view.hidden_advice), style="dim"))
            parts.append(Text(""))
        if view.advice:
            parts += [Text(t("ranking_caveat", lang), style="dim"), Text("")]
        if view.in_place:
            parts.append(Text(t("in_place", lang), style="bold underline"))
            parts += [Text(f"✓ {text}") for text in view.in_place]
            parts.append(Text(""))

        if view.cases:
            parts.append(Text(t("similar_cases", lang), style="bold underline"))
            for case in view.cases:
                parts.append(Text(f"• {case.title}", style="bold"))
                for lesson in case.lessons:
                    parts.append(Text(f"  – {lesson}"))
            parts.append(Text(""))

        if options.what_if:
            parts.append(Text(t("what_if", lang), style="bold underline"))
            if not view.what_if:
                parts.append(Text(t("what_if_none", lang)))
            for i, what in enumerate(view.what_if, 1):
                if len(what.changes) > 1:  # the combination of the changes listed above
                    parts.append(Text(f"⇒ {what.effect}", style="bold"))
                    continue
                parts.append(Text(f"{i}. {what.changes[0]}"))
                parts.append(Text(f"   ⇒ {what.effect}", style="bold"))
                if what.lifted:
                    parts.append(Text(f"   {t('lifted', lang)}: {', '.join(what.lifted)}"))
                for text in what.advice[:2]:
                    parts.append(Text(f"   {t('leads_there', lang)}: {text}", style="dim"))
            parts.append(Text(""))

        parts.append(Text(t("gaps", lang), style="bold underline"))
        if not view.gaps:
            parts.append(Text(t("no_gaps", lang)))
        for gap in shown_gaps(view, options):
            line = Text("• ")
            line.append(gap.prompt)
            line.append(f" — {gap.impact}", style="dim")
            parts.append(line)
            if gap.hint:
                parts.append(Text(f"  {gap.hint}", style="italic"))
        if len(view.gaps) > len(shown_gaps(view, options)):
            hidden = len(view.gaps) - len(shown_gaps(view, options))
            parts.append(Text(t("more_gaps", lang).format(n=hidden), style="dim"))
        if view.chain:
            parts += [Text(""), Text(t("chain", lang), style="bold underline")]
            for i, step in enumerate(view.chain, 1):
                line = Text(f"{i}. {step.rule}: ", style="bold")
                line.append(step.rationale)
                parts.append(line)
                parts.append(Text(f"   ⇒ {step.conclusions}", style="dim"))
        return Group(*parts)


def related_text(item: AdviceView, lang: str) -> list[RenderableType]:
    """The items grouped under a headline, each with its own reasons, indented under it."""
    parts: list[RenderableType] = []
    for related in item.related:
        parts.append(Text(f"   {t('see_also', lang)}: {related.text}"))
        parts += [reason_text(reason, lang, indent="     ") for reason in related.why]
    return parts


def reason_text(reason: ReasonView, lang: str, indent: str = "   ") -> Text:
    """One *why* line: the rule's reasoning and, dimmed, the answers it rests on."""
    line = Text(f"{indent}{t('why', lang)}: ", style="bold")
    line.append(reason.rationale)
    if reason.answers:
        answers = "; ".join(f"{q} → {a}" for q, a in reason.answers)
        line.append(f"\n{indent}  ({t('answers', lang)}: {answers})", style="dim")
    return line
