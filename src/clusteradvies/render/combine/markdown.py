"""A Combination as Markdown: what an adviser sends the partners before they meet."""

from __future__ import annotations

from dataclasses import dataclass, field

from clusteradvies.combine.model import Combination
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.messages import t
from clusteradvies.render.combine.view import (
    CombinationView,
    DisagreementView,
    build_combination_view,
)
from clusteradvies.render.diagnosis.markdown import escape, reason_line, related_lines
from clusteradvies.render.formats import RenderOptions


@dataclass(frozen=True)
class CombinationMarkdown:
    """The combination as Markdown, to send around before or after a meeting."""

    kb: KnowledgeBase
    options: RenderOptions = field(default_factory=RenderOptions)

    def render(self, combination: Combination) -> str:
        kb, options = self.kb, self.options
        lang = options.lang
        view = build_combination_view(combination, kb, options)
        labels = [escape(label) for label in combination.labels]
        out = [f"# {escape(view.headline)}", "", escape(view.partners), "", f"_{view.scale}_", ""]
        out += [
            f"## {t('profile', lang)}",
            "",
            f"| {t('category', lang)} | {t('combine.together', lang)} | {' | '.join(labels)} |",
            "|---|" + "---:|" * (1 + len(labels)),
        ]
        for name, scores in view.categories:
            cells = " | ".join("–" if s is None else str(s) for s in scores)
            out.append(f"| {name} | {cells} |")
        out += ["", *_ranked(view, lang), *_questions(view, lang)]
        if view.factors:
            columns = [t("combine.factor", lang), *labels, t("combine.together", lang)]
            out += [
                f"## {t('combine.factors', lang)}",
                "",
                f"| {' | '.join(columns)} |",
                "|---|" + "---|" * (1 + len(labels)),
            ]
            out += [f"| {r.name} | {' | '.join(r.statuses)} | {r.shared} |" for r in view.factors]
            out.append("")
        out += [t("combine.factors_agree", lang).format(n=view.factors_agreeing), ""]
        out += [f"## {t('combine.knowledge_gaps', lang)}", ""]
        if not view.knowledge_gaps:
            out.append(t("combine.no_knowledge_gaps", lang))
        out += [f"- {prompt} — {escape(who)}" for prompt, who in view.knowledge_gaps]
        out += ["", f"## {t('combine.nobody_knew', lang)}", ""]
        if not view.nobody_knew:
            out.append(t("no_gaps", lang))
        out += [f"- {gap.prompt} ({gap.impact})" for gap in view.nobody_knew]
        return "\n".join(out) + "\n"


def _ranked(view: CombinationView, lang: str) -> list[str]:
    out = [f"## {t('combine.ranked', lang)}", ""]
    if not view.ranked:
        out.append(t("no_advice", lang))
    for item in view.ranked:
        if isinstance(item, DisagreementView):
            out.append(f"{item.rank}. **{item.title}** ({item.urgency})")
            out += [f"   - {escape(p)}" for p in item.positions]
            out.append(f"   - {item.advice}")
        else:
            out.append(f"{item.rank}. **{item.text}** ({item.urgency})")
            if item.detail:
                out.append(f"   {item.detail}")
            out += [reason_line(reason, lang) for reason in item.why]
            out += related_lines(item, lang)
        out.append(f"   - {t('where', lang)}: {item.sources}")
    if view.hidden:
        out += ["", f"_{t('more_advice', lang).format(n=view.hidden)}_"]
    if view.ranked:
        out += ["", f"_{t('ranking_caveat', lang)}_"]
    return [*out, ""]


def _questions(view: CombinationView, lang: str) -> list[str]:
    count = t("combine.differences_count", lang).format(
        n=len(view.differences), total=view.answered_by_several
    )
    out = [f"## {t('combine.differences', lang)}", "", f"_{count}_", ""]
    for question in view.differences:
        key = (
            f" ★ _{t('combine.key', lang).format(rank=question.key_rank)}_"
            if question.key_rank
            else ""
        )
        out.append(f"- **{question.prompt}**{key}")
        out += [f"  - {escape(answer)}" for answer in question.answers]
        out.append(f"  - ⇒ {t('combine.shared_answer', lang)}: {question.shared}")
    out += ["", f"## {t('combine.agreements', lang)}", ""]
    if not view.agreements:
        out.append(t("none_found", lang))
    out += [f"- {q.prompt} — {q.shared}" for q in view.agreements]
    return [*out, ""]
