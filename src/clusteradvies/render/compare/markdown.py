"""A Comparison as Markdown: the progress note an adviser sends after a milestone."""

from __future__ import annotations

from dataclasses import dataclass, field

from clusteradvies.compare.comparison import Comparison
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.messages import t
from clusteradvies.render.compare.view import AdviceLine, build_comparison_view
from clusteradvies.render.diagnosis.markdown import escape
from clusteradvies.render.formats import RenderOptions


@dataclass(frozen=True)
class ComparisonMarkdown:
    """The comparison as Markdown, to send around before or after a meeting."""

    kb: KnowledgeBase
    options: RenderOptions = field(default_factory=RenderOptions)

    def render(self, comparison: Comparison) -> str:
        kb, options = self.kb, self.options
        lang = options.lang
        view = build_comparison_view(comparison, kb, options)
        out = [f"# {escape(view.headline)}", ""]
        if view.renamed:
            out += [escape(view.renamed), ""]
        out += [f"_{view.scale}_", "", f"## {t('profile', lang)}", ""]
        out += [
            f"| {t('category', lang)} | {t('compare.before', lang)} | "
            f"{t('compare.after', lang)} | {t('compare.change', lang)} |",
            "|---|---:|---:|---:|",
        ]
        out += [f"| {r.name} | {r.before} | {r.after} | {r.change} |" for r in view.categories]
        out += ["", f"## {t('factors', lang)}", ""]
        if not view.factors:
            out.append(t("compare.no_factor_changes", lang))
        for group in view.factors:
            out += [f"### {group.title} ({len(group.lines)})", ""]
            out += [f"- {line}" for line in group.lines]
            out.append("")
        out += [f"## {t('advice', lang)}", ""]
        out += _advice(t("compare.done", lang), view.done, lang)
        out += _advice(t("compare.new", lang), view.new, lang)
        out += _advice(t("compare.open", lang), view.still_open, lang)
        if view.hidden_open:
            out += [f"_{t('more_advice', lang).format(n=view.hidden_open)}_", ""]
        out += [f"## {t('compare.answers', lang)} ({len(view.answers)})", ""]
        if not view.answers:
            out.append(t("none_found", lang))
        for prompt, before_after in view.answers:
            out += [f"- {prompt}", f"  - {before_after}"]
        return "\n".join(out) + "\n"


def _advice(title: str, lines: tuple[AdviceLine, ...], lang: str) -> list[str]:
    out = [f"### {title} ({len(lines)})", ""]
    if not lines:
        out.append(t("none_found", lang))
    out += [f"- {line.text} _({line.rank})_" for line in lines]
    return [*out, ""]
