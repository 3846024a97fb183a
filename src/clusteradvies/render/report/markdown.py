"""The report as Markdown: the same content as the HTML report, for a wiki, an e-mail or a PDF
tool. The chart is a text bar chart in a code block, which every Markdown viewer shows as
drawn; the table under it carries the same numbers for readers that reflow text.

What the user typed (name, notes, and in a combined assessment the partners' labels, which
come from file names) is escaped with ``markdown.escape`` and put on one line, so it can
neither become markup nor break the list or table it sits in.
"""

from __future__ import annotations

from collections.abc import Callable

from clusteradvies import __version__
from clusteradvies.diagnosis.scoring import THRESHOLDS
from clusteradvies.messages import t
from clusteradvies.render.diagnosis.markdown import escape
from clusteradvies.render.report.partners import DisagreementItem, PartnersView, Score
from clusteradvies.render.report.view import AnswerLine, ReportView, bar_value, cap

CELLS = 20
"""Characters per bar: one per 5 points, so 40 and 65 fall on whole cells (8 and 13)."""


def _user(text: str) -> str:
    return escape(" ".join(text.split()))


def text_chart(report: ReportView) -> list[str]:
    """The profile as lines of a code block: an axis marking 0, 40, 65, 100, then the bars."""
    names = [bar.name.replace("`", "'") for bar in report.bars]  # a --kb name cannot end the block
    width = max(map(len, names)) + 2
    marks = (0, *THRESHOLDS, 100)
    axis, numbers = [" "] * (CELLS + 1), [" "] * (CELLS + 3)
    for mark in marks:
        cell = mark * CELLS // 100
        axis[cell] = "├" if mark == 0 else "┤" if mark == 100 else "┼"
        label = str(mark)
        start = cell - len(label) + 1 if mark == 100 else cell
        numbers[start : start + len(label)] = label
    axis = [c if c != " " else "─" for c in axis]
    lines = [" " * width + "".join(numbers).rstrip(), " " * width + "".join(axis)]
    for bar, name in zip(report.bars, names, strict=True):
        if bar.score_range is None or bar.band is None:
            drawn, value = "·" * CELLS, "–"
        else:
            # Solid up to what the answers assure, shaded as far as the unknowns could go.
            low, high = bar.score_range
            solid, reach = round(low * CELLS / 100), round(high * CELLS / 100)
            drawn = "█" * solid + "▒" * (reach - solid) + "░" * (CELLS - reach)
            value = str(low) if low == high else f"{low}–{high}"
        lines.append(f"{name:<{width}}{drawn} {value:>5}  {bar.band_label}")
    return lines


def _answer(line: AnswerLine, lang: str) -> str:
    note = f" — _{t('report.note', lang)}: “{_user(line.note)}”_" if line.note else ""
    return f"{line.prompt} → **{line.answer}**{note}"


def _header(r: ReportView) -> list[str]:
    lang = r.lang
    score = "" if r.score == "–" else f"{r.score}/100 — "
    title, partners, readiness = t("report.title", lang), "", t("readiness", lang)
    if r.partners is not None:
        title += f" — {t('report.combined', lang)}"
        labels = ", ".join(_user(label) for label in r.partners.labels)
        partners = f" · {t('combine.partners', lang)}: {labels}"
        readiness = t("report.shared_readiness", lang)
    out = [
        f"# {_user(r.name)}",
        "",
        f"**{title}** · {cap(t('role', lang))}: {r.role}{partners} · {r.date}",
        "",
        f"**{readiness}: {score}{r.band_label}** · {r.known}",
        "",
    ]
    summary = [f"- **{label}:** {names}" for label, names in r.summary()]
    out += [*summary, ""] if summary else []
    out += [f"> **{t('report.how_to_read', lang)}.** {t('report.scale', lang)}", ">"]
    if r.partners is not None:
        n = len(r.partners.labels)
        out += [f"> {t('report.combined_howto', lang).format(n=n)}", ">"]
    return [*out, f"> {t('report.reading_advice', lang)}"]


def _profile(r: ReportView) -> list[str]:
    lang = r.lang
    out = [f"## {t('profile', lang)}", "", "```text", *text_chart(r), "```", ""]
    out += [
        f"| {cap(t('category', lang))} | {cap(t('score', lang))} | {cap(t('band', lang))} "
        f"| {cap(t('concerns', lang))} | {t('top_strengths', lang)} |",
        "|---|---:|---|---|---|",
    ]
    for bar in r.bars:
        value = bar_value(bar)
        out.append(
            f"| {bar.name} | {value} | {bar.band_label} | {', '.join(bar.concerns)} "
            f"| {', '.join(bar.strengths)} |"
        )
    return out


def _advice(r: ReportView) -> list[str]:
    lang = r.lang
    out = [f"## {t('advice', lang)}", ""]
    if not r.advice:
        out.append(t("no_advice", lang))
    for item in r.advice:
        out.append(f"{item.rank}. **{item.text}**")
        if item.detail:
            out.append(f"   {item.detail}")
        for why in item.why:
            out.append(f"   - {t('why', lang)}: {why.rationale}")
            out += [f"     - {_answer(a, lang)}" for a in why.answers]
        out.append(_where(item.sources, item.urgency, lang))
        for related in item.related:
            out.append(f"   - {t('see_also', lang)}: {related.text}")
            out += [f"     - {t('why', lang)}: {why}" for why in related.why]
    out += ["", f"_{r.more_advice()}_"] if r.hidden_advice else []
    return out + (["", f"_{t('ranking_caveat', lang)}_"] if r.advice else [])


def _where(sources: tuple[str, ...], urgency: str | None, lang: str) -> str:
    when = "" if urgency is None else f" · {urgency}"
    return f"   - {t('where', lang)}: {', '.join(sources)}{when}"


def _differences(r: ReportView) -> list[str]:
    p = r.partners
    if p is None:
        return []
    lang = r.lang
    out = [f"## {t('report.differences', lang)}", "", t("report.differences_intro", lang), ""]
    out += [f"### {t('report.key_questions', lang)}", ""]
    if not p.disagreements:
        out.append(t("report.no_disagreements", lang))
    for item in p.disagreements:
        out += _disagreement(item, lang)
    return [*out, "", *_scores(p, lang), "", *_knowledge_gaps(p, lang)]


def _disagreement(item: DisagreementItem, lang: str) -> list[str]:
    choice = f" — {item.choice}" if item.choice else ""
    out = [f"{item.rank}. **{item.question}**{choice}"]
    out += [f"   - {_user(pos.partner)}: {pos.answer}" for pos in item.positions]
    out.append(f"   - _{t('report.counted_as', lang)}: {item.counted_as}_")
    out.append(f"   - **{t('report.to_do', lang)}:** {item.advice}")
    return [*out, _where(item.sources, item.urgency, lang)]


def _cell(score: Score) -> str:
    return "–" if score.score is None else str(score.score)


def _scores(p: PartnersView, lang: str) -> list[str]:
    labels = [_user(label) for label in p.labels]
    out = [f"### {t('report.scores_by_partner', lang)}", "", t("report.scores_intro", lang), ""]
    out += [
        f"| {cap(t('category', lang))} | {cap(t('combine.together', lang))} "
        f"| {' | '.join(labels)} |",
        "|---|" + "---:|" * (1 + len(labels)),
    ]
    readiness = p.readiness
    cells = " | ".join(f"**{_cell(s)}**" for s in (readiness.shared, *readiness.partners))
    out.append(f"| **{readiness.name}** | {cells} |")
    for row in p.categories:
        out.append(f"| {row.name} | {' | '.join(_cell(s) for s in (row.shared, *row.partners))} |")
    return out


def _knowledge_gaps(p: PartnersView, lang: str) -> list[str]:
    out = [f"### {t('combine.knowledge_gaps', lang)}", ""]
    if not p.knowledge_gaps:
        return [*out, t("combine.no_knowledge_gaps", lang)]
    out += [t("report.knowledge_gaps_intro", lang), ""]
    for gap in p.knowledge_gaps:
        unknown = ", ".join(_user(label) for label in gap.unknown_to)
        known = ", ".join(_user(label) for label in gap.known_to)
        out.append(
            f"- **{gap.prompt}** — {cap(t('report.unknown_to', lang))}: {unknown}; "
            f"{t('report.known_to', lang)}: {known}"
        )
    return out


def _cases(r: ReportView) -> list[str]:
    if not r.cases:
        return []
    out = [f"## {t('similar_cases', r.lang)}", "", t("report.cases_intro", r.lang), ""]
    for case in r.cases:
        out.append(f"- **{case.title}**")
        out += [f"  - {lesson}" for lesson in case.lessons]
    return out


def _gaps(r: ReportView) -> list[str]:
    lang = r.lang
    out = [f"## {t('gaps', lang)}", ""]
    intro = t("report.combined_gaps_intro" if r.partners else "report.gaps_intro", lang)
    out += [intro if r.gaps else t("no_gaps", lang), ""]
    for i, gap in enumerate(r.gaps, 1):
        out.append(f"{i}. **{gap.prompt}** ({gap.impact})")
        if gap.hint:
            out.append(f"   {gap.hint}")
        if gap.note:
            out.append(f"   _{t('report.note', lang)}: “{_user(gap.note)}”_")
    more = t("report.more_gaps", lang).format(n=r.hidden_gaps)
    return out + (["", f"_{more}_"] if r.hidden_gaps else [])


def _sources(r: ReportView) -> list[str]:
    if not r.sources:
        return []
    out = [f"## {cap(t('sources', r.lang))}", "", t("report.sources_intro", r.lang), ""]
    return out + [f"- **{s.id}** {s.title}".rstrip() for s in r.sources]


def _appendix(r: ReportView) -> list[str]:
    lang = r.lang
    out = [f"## {t('report.appendix', lang)}", "", t("report.appendix_intro", lang), ""]
    out += [f"| {t('report.question', lang)} | {t('report.answer', lang)} |", "|---|---|"]
    for line in r.answers:
        note = f" — _{_user(line.note)}_" if line.note else ""
        out.append(f"| {line.prompt} | {line.answer}{note}{_partner_answers(line)} |")
    return out


def _partner_answers(line: AnswerLine) -> str:
    """Each partner's own answer after the shared one, in the same table cell."""
    if not line.partners:
        return ""
    answers = "; ".join(
        f"{_user(a.partner)}: {a.answer}" + (f" — _“{_user(a.note)}”_" if a.note else "")
        for a in line.partners
    )
    return f" ({answers})"


SECTIONS: tuple[Callable[[ReportView], list[str]], ...] = (
    _header,
    _profile,
    _differences,
    _advice,
    _cases,
    _gaps,
    _sources,
    _appendix,
)
"""The document in order; like the HTML report's, one function per part."""


class ReportMarkdown:
    """The report in Markdown, with the same content as the HTML one."""

    def render(self, report: ReportView) -> str:
        out: list[str] = []
        for section in SECTIONS:
            lines = section(report)
            if lines:
                out += [*lines, ""]
        footer = t("report.footer", report.lang).format(version=__version__)
        return "\n".join([*out, "---", "", f"_{footer}_"]) + "\n"
