"""Diagnosis as Markdown: what an adviser pastes into an e-mail to the partners."""

from __future__ import annotations

from dataclasses import dataclass, field

from clusteradvies.diagnosis.model import Diagnosis
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.messages import t
from clusteradvies.render.diagnosis.view import AdviceView, ReasonView, build_view, shown_gaps
from clusteradvies.render.formats import RenderOptions


def escape(text: str) -> str:
    """Keep user-typed names from turning into Markdown markup."""
    for char in "\\`*_[]<>#|":
        text = text.replace(char, "\\" + char)
    return text


def reason_line(reason: ReasonView, lang: str, indent: str = "   ") -> str:
    """One *why* bullet: the rule's reasoning and the answers it rests on."""
    answers = "; ".join(f"{q} → {escape(a)}" for q, a in reason.answers)
    suffix = f" ({t('answers', lang)}: {answers})" if answers else ""
    return f"{indent}- {t('why', lang)}: {reason.rationale}{suffix}"


def related_lines(item: AdviceView, lang: str) -> list[str]:
    """The items grouped under a headline, each with its own reasons."""
    out: list[str] = []
    for related in item.related:
        out.append(f"   - {t('see_also', lang)}: {related.text}")
        out += [reason_line(reason, lang, indent="     ") for reason in related.why]
    return out


@dataclass(frozen=True)
class DiagnosisMarkdown:
    """The diagnosis as Markdown, for an e-mail to the partners."""

    kb: KnowledgeBase
    options: RenderOptions = field(default_factory=RenderOptions)

    def render(self, diagnosis: Diagnosis) -> str:
        kb, options = self.kb, self.options
        lang = options.lang
        view = build_view(diagnosis, kb, options)
        out = [f"# {escape(view.headline)}", "", f"_{view.role} · {view.scale}_", ""]
        out += [
            f"## {t('profile', lang)}",
            "",
            f"| {t('category', lang)} | {t('score', lang)} | {t('band', lang)} | "
            f"{t('concerns', lang)} |",
            "|---|---:|---|---|",
        ]
        for row in view.profile:
            out.append(f"| {row.name} | {row.score} | {row.band} | {', '.join(row.concerns)} |")
        out += ["", f"## {t('advice', lang)}", ""]
        if not view.advice:
            out.append(t("no_advice", lang))
        for item in view.advice:
            out.append(f"{item.rank}. **{item.text}** ({item.urgency})")
            if item.detail:
                out.append(f"   {item.detail}")
            out += [reason_line(reason, lang) for reason in item.why]
            out.append(f"   - {t('where', lang)}: {item.sources}")
            out += related_lines(item, lang)
        if view.hidden_advice:
            out += ["", f"_{t('more_advice', lang).format(n=view.hidden_advice)}_"]
        if view.advice:
            out += ["", f"_{t('ranking_caveat', lang)}_"]
        if view.in_place:
            out += ["", f"## {t('in_place', lang)}", ""]
            out += [f"- {text}" for text in view.in_place]
        if view.cases:
            out += ["", f"## {t('similar_cases', lang)}", ""]
            for case in view.cases:
                out.append(f"- **{case.title}**")
                out += [f"  - {lesson}" for lesson in case.lessons]
        if options.what_if:
            out += ["", f"## {t('what_if', lang)}", ""]
            if not view.what_if:
                out.append(t("what_if_none", lang))
            for i, what in enumerate(view.what_if, 1):
                if len(what.changes) > 1:  # the combination of the changes listed above
                    out += ["", f"**{what.effect}**"]
                    continue
                out.append(f"{i}. {what.changes[0]} ⇒ **{what.effect}**")
                if what.lifted:
                    out.append(f"   - {t('lifted', lang)}: {', '.join(what.lifted)}")
                out += [f"   - {t('leads_there', lang)}: {a}" for a in what.advice[:2]]
        out += ["", f"## {t('gaps', lang)}", ""]
        if not view.gaps:
            out.append(t("no_gaps", lang))
        for gap in shown_gaps(view, options):
            hint = f" {gap.hint}" if gap.hint else ""
            out.append(f"- {gap.prompt} ({gap.impact}).{hint}")
        if len(view.gaps) > len(shown_gaps(view, options)):
            hidden = len(view.gaps) - len(shown_gaps(view, options))
            out += ["", f"_{t('more_gaps', lang).format(n=hidden)}_"]
        if view.chain:
            out += ["", f"## {t('chain', lang)}", ""]
            for i, step in enumerate(view.chain, 1):
                out.append(f"{i}. `{step.rule}`: {step.rationale} ⇒ {step.conclusions}")
        return "\n".join(out) + "\n"
