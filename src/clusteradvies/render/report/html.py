"""The report as one self-contained HTML file: what an adviser hands to an SME owner.

Nothing is fetched: the stylesheet is inlined, the chart is inline SVG, there is no script, and
the only links point inside the document (from a citation to the list of sources). Every text
goes through ``_e`` (``html.escape``): the project's name and notes were typed by the user, and
knowledge texts may come from another ``--kb``.

The body is the sequence of ``SECTIONS``, each a function from the ReportView to HTML; a new
part of the report is one more function in that tuple. A combined assessment (several
partners' files) adds ``_differences`` and a few lines elsewhere; a report of one file has no
``partners`` and looks as it always did.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from clusteradvies import __version__
from clusteradvies.messages import t
from clusteradvies.render.report.base import ReportFormat
from clusteradvies.render.report.html_style import CSS
from clusteradvies.render.report.partners import (
    DisagreementItem,
    PartnersView,
    Score,
    ScoreRow,
)
from clusteradvies.render.report.svg_chart import profile_svg
from clusteradvies.render.report.view import AnswerLine, PartnerAnswer, ReportView, cap


def _e(text: str) -> str:
    return escape(text, quote=True)


def anchor(section: str) -> str:
    """A fragment id for a cited section: ``3.2.2`` → ``bron-3-2-2``."""
    return "bron-" + re.sub(r"[^A-Za-z0-9]+", "-", section).strip("-")


def _band_class(band: str | None) -> str:
    return f"band-{band}" if band else "band-none"


def _header(r: ReportView) -> str:
    lang = r.lang
    # Without a readiness there is no "/100" to show: just the dash and "geen gegevens".
    of = "" if r.readiness is None else '<span class="of">/100</span>'
    number = "–" if r.readiness is None else str(r.readiness)
    kicker, meta, caption = t("report.title", lang), "", t("readiness", lang)
    if r.partners is not None:
        kicker += f" · {t('report.combined', lang)}"
        meta = f" · {_e(t('combine.partners', lang))}: {_e(', '.join(r.partners.labels))}"
        caption = t("report.shared_readiness", lang)
    out = [
        '<header class="masthead">',
        f'<p class="kicker">{_e(kicker)}</p>',
        f"<h1>{_e(r.name)}</h1>",
        f'<p class="meta">{_e(cap(t("role", lang)))}: {_e(r.role)}{meta} · {_e(r.date)}</p>',
        f'<div class="verdict {_band_class(r.band)}">',
        f'<p class="score"><span class="number">{number}</span>{of}</p>',
        f'<div><p class="caption">{_e(caption)}</p><p class="band">{_e(r.band_label)}</p></div>',
        "</div>",
    ]
    if r.summary():
        out.append('<dl class="summary">')
        out += [f"<dt>{_e(label)}</dt><dd>{_e(names)}</dd>" for label, names in r.summary()]
        out.append("</dl>")
    out.append("</header>")
    return "\n".join(out)


def _howto(r: ReportView) -> str:
    combined = ""
    if r.partners is not None:
        n = len(r.partners.labels)
        combined = f"<p>{_e(t('report.combined_howto', r.lang).format(n=n))}</p>"
    return (
        f'<section class="howto"><h2>{_e(t("report.how_to_read", r.lang))}</h2>'
        f"<p>{_e(t('report.scale', r.lang))}</p>{combined}"
        f"<p>{_e(t('report.reading_advice', r.lang))}</p></section>"
    )


def _profile(r: ReportView) -> str:
    lang = r.lang
    rows = []
    for bar in r.bars:
        factors = [
            f'<span class="factors">{_e(cap(t(key, lang)))}: {_e(", ".join(names))}</span>'
            for key, names in (("concerns", bar.concerns), ("top_strengths", bar.strengths))
            if names
        ]
        score = "–" if bar.score is None else str(bar.score)
        rows.append(
            f"<tr><td>{_e(bar.name)}{''.join(factors)}</td><td class='num'>{score}</td>"
            f"<td><span class='pill {_band_class(bar.band)}'>{_e(bar.band_label)}</span></td></tr>"
        )
    legend = ""
    if r.partners is not None:
        legend = f"<figcaption>{_e(t('report.partner_marks', lang))}</figcaption>"
    return (
        f'<section id="profiel"><h2>{_e(t("profile", lang))}</h2>'
        f"<figure>{profile_svg(r.bars, lang)}{legend}</figure>"
        f"<table class='profile'><thead><tr><th>{_e(cap(t('category', lang)))}</th>"
        f"<th class='num'>{_e(cap(t('score', lang)))}</th><th>{_e(cap(t('band', lang)))}</th>"
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table></section>"
    )


def _note(note: str | None, lang: str) -> str:
    """The respondent's own words, quoted and set apart from the tool's."""
    if not note:
        return ""
    return f'<span class="note">{_e(t("report.note", lang))}: “{_e(note)}”</span>'


def _answer(line: AnswerLine, lang: str) -> str:
    return (
        f'<li><span class="q">{_e(line.prompt)}</span> → '
        f'<span class="a">{_e(line.answer)}</span>{_note(line.note, lang)}</li>'
    )


def _advice(r: ReportView) -> str:
    lang = r.lang
    out = [f'<section id="advies"><h2>{_e(t("advice", lang))}</h2>']
    if not r.advice:
        out.append(f"<p>{_e(t('no_advice', lang))}</p>")
    out.append('<ol class="advice">')
    for item in r.advice:
        out.append(f'<li><h3><span class="rank">{item.rank}</span>{_e(item.text)}</h3>')
        if item.detail:
            out.append(f'<p class="detail">{_e(item.detail)}</p>')
        out.append(f'<span class="tag">{_e(t("why", lang))}</span><ul class="why">')
        for why in item.why:
            answers = "".join(_answer(a, lang) for a in why.answers)
            out.append(f"<li>{_e(why.rationale)}")
            out.append(f'<ul class="answers">{answers}</ul></li>' if answers else "</li>")
        out.append("</ul>")
        out.append(_where(item.sources, item.priority if r.partners else None, lang))
        for related in item.related:
            out.append(f'<p class="where"><strong>{_e(t("see_also", lang))}:</strong> ')
            out.append(f"{_e(related)}</p>")
        out.append("</li>")
    out.append("</ol>")
    if r.hidden_advice:
        out.append(f'<p class="intro">{_e(r.more_advice())}</p>')
    if r.advice:
        out.append(f'<p class="intro">{_e(t("ranking_caveat", lang))}</p>')
    out.append("</section>")
    return "\n".join(out)


def _where(sources: tuple[str, ...], priority: float | None, lang: str) -> str:
    """Where the report says it; in a combined report also the priority, which puts advice and
    the partners' disagreements on one scale."""
    cites = ", ".join(f'<a href="#{anchor(s)}">{_e(s)}</a>' for s in sources)
    rank = (
        ""
        if priority is None
        else f' · <span class="prio">{_e(t("priority", lang))} {priority:g}</span>'
    )
    return f'<p class="where"><strong>{_e(t("where", lang))}:</strong> {cites}{rank}</p>'


def _differences(r: ReportView) -> str:
    """What only several partners can show: where they differ, ranked like the advice."""
    p = r.partners
    if p is None:
        return ""
    lang = r.lang
    out = [
        f'<section id="verschillen"><h2>{_e(t("report.differences", lang))}</h2>',
        f'<p class="intro">{_e(t("report.differences_intro", lang))}</p>',
        f'<h3 class="sub">{_e(t("report.key_questions", lang))}</h3>',
    ]
    if not p.disagreements:
        out.append(f"<p>{_e(t('report.no_disagreements', lang))}</p>")
    else:
        out.append('<ol class="advice disagreements">')
        out += [_disagreement(item, lang) for item in p.disagreements]
        out.append("</ol>")
    out += [_scores(p, lang), _knowledge_gaps(p, lang), "</section>"]
    return "\n".join(out)


def _disagreement(item: DisagreementItem, lang: str) -> str:
    rows = "".join(
        f'<tr><th scope="row">{_e(pos.partner)}</th><td>{_e(pos.answer)}</td></tr>'
        for pos in item.positions
    )
    counted = (
        f'<tr class="counted"><th scope="row">{_e(t("report.counted_as", lang))}</th>'
        f"<td>{_e(item.counted_as)}</td></tr>"
    )
    choice = f'<p class="choice">{_e(item.choice)}</p>' if item.choice else ""
    return (
        f'<li><h4><span class="rank">{item.rank}</span>{_e(item.question)}</h4>{choice}'
        f'<table class="positions"><tbody>{rows}{counted}</tbody></table>'
        f'<span class="tag">{_e(t("report.to_do", lang))}</span>'
        f'<p class="detail">{_e(item.advice)}</p>{_where(item.sources, item.priority, lang)}</li>'
    )


def _cell(score: Score, css: str = "num") -> str:
    value = "–" if score.score is None else str(score.score)
    return (
        f'<td class="{css}"><span class="pill {_band_class(score.band)}" '
        f'title="{_e(score.band_label)}">{value}</span></td>'
    )


def _scores(p: PartnersView, lang: str) -> str:
    head = "".join(f'<th class="num partner">{_e(label)}</th>' for label in p.labels)
    rows = [_score_row(p.readiness, ' class="total"'), *(_score_row(r) for r in p.categories)]
    return (
        f'<h3 class="sub">{_e(t("report.scores_by_partner", lang))}</h3>'
        f'<p class="intro">{_e(t("report.scores_intro", lang))}</p>'
        f'<div class="scroll"><table class="scores"><thead><tr>'
        f"<th>{_e(cap(t('category', lang)))}</th>"
        f'<th class="num shared">{_e(cap(t("combine.together", lang)))}</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def _score_row(row: ScoreRow, attributes: str = "") -> str:
    cells = "".join(_cell(score) for score in row.partners)
    return f"<tr{attributes}><td>{_e(row.name)}</td>{_cell(row.shared, 'num shared')}{cells}</tr>"


def _knowledge_gaps(p: PartnersView, lang: str) -> str:
    out = [f'<h3 class="sub">{_e(t("combine.knowledge_gaps", lang))}</h3>']
    if not p.knowledge_gaps:
        out.append(f"<p>{_e(t('combine.no_knowledge_gaps', lang))}</p>")
        return "".join(out)
    out.append(f'<p class="intro">{_e(t("report.knowledge_gaps_intro", lang))}</p>')
    items = "".join(
        f'<li><p><strong>{_e(gap.prompt)}</strong></p><p class="who">'
        f"{_e(cap(t('report.unknown_to', lang)))}: {_e(', '.join(gap.unknown_to))}"
        f" · {_e(t('report.known_to', lang))}: {_e(', '.join(gap.known_to))}</p></li>"
        for gap in p.knowledge_gaps
    )
    out.append(f'<ul class="kgaps">{items}</ul>')
    return "".join(out)


def _cases(r: ReportView) -> str:
    if not r.cases:
        return ""
    lang = r.lang
    out = [
        f'<section id="cases"><h2>{_e(t("similar_cases", lang))}</h2>',
        f'<p class="intro">{_e(t("report.cases_intro", lang))}</p><ul class="cases">',
    ]
    for case in r.cases:
        lessons = "".join(f"<li>{_e(lesson)}</li>" for lesson in case.lessons)
        out.append(f'<li><h3>{_e(case.title)}</h3><ul class="lessons">{lessons}</ul></li>')
    out.append("</ul></section>")
    return "\n".join(out)


def _gaps(r: ReportView) -> str:
    lang = r.lang
    out = [f'<section id="gaten"><h2>{_e(t("gaps", lang))}</h2>']
    if not r.gaps:
        out.append(f"<p>{_e(t('no_gaps', lang))}</p></section>")
        return "\n".join(out)
    intro = t("report.combined_gaps_intro" if r.partners else "report.gaps_intro", lang)
    out.append(f'<p class="intro">{_e(intro)}</p><ol class="gaps">')
    for gap in r.gaps:
        hint = f'<p class="hint">{_e(gap.hint)}</p>' if gap.hint else ""
        out.append(
            f"<li><p><strong>{_e(gap.prompt)}</strong></p>"
            f'<p class="impact">{_e(cap(gap.impact))}</p>{hint}{_note(gap.note, lang)}</li>'
        )
    out.append("</ol>")
    if r.hidden_gaps:
        out.append(
            f'<p class="intro">{_e(t("report.more_gaps", lang).format(n=r.hidden_gaps))}</p>'
        )
    out.append("</section>")
    return "\n".join(out)


def _sources(r: ReportView) -> str:
    if not r.sources:
        return ""
    items = "".join(
        f'<li id="{anchor(s.id)}"><span class="id">{_e(s.id)}</span><span>{_e(s.title)}</span></li>'
        for s in r.sources
    )
    return (
        f'<section id="bronnen"><h2>{_e(cap(t("sources", r.lang)))}</h2>'
        f'<p class="intro">{_e(t("report.sources_intro", r.lang))}</p>'
        f'<ul class="sources">{items}</ul></section>'
    )


def _appendix(r: ReportView) -> str:
    lang = r.lang
    unknown = t("unknown_answer", lang)
    rows = []
    for line in r.answers:
        css = "a unknown" if line.answer == unknown else "a"
        note = f'<span class="note">“{_e(line.note)}”</span>' if line.note else ""
        rows.append(
            f"<tr><td>{_e(line.prompt)}</td><td><span class='{css}'>{_e(line.answer)}</span>"
            f"{note}{_partner_answers(line.partners)}</td></tr>"
        )
    kind = "appendix combined" if r.partners else "appendix"
    return (
        f'<section id="bijlage" class="{kind}"><h2>{_e(t("report.appendix", lang))}</h2>'
        f'<p class="intro">{_e(t("report.appendix_intro", lang))}</p>'
        f"<table><thead><tr><th>{_e(t('report.question', lang))}</th>"
        f"<th>{_e(t('report.answer', lang))}</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def _partner_answers(answers: tuple[PartnerAnswer, ...]) -> str:
    """Under a shared answer: each partner's own, with the partner's note."""
    if not answers:
        return ""
    items = "".join(
        f'<li><span class="who">{_e(a.partner)}:</span> {_e(a.answer)}'
        + (f'<span class="note">“{_e(a.note)}”</span>' if a.note else "")
        + "</li>"
        for a in answers
    )
    return f'<ul class="by-partner">{items}</ul>'


SECTIONS: tuple[Callable[[ReportView], str], ...] = (
    _header,
    _howto,
    _profile,
    _differences,
    _advice,
    _cases,
    _gaps,
    _sources,
    _appendix,
)


class HtmlReport(ReportFormat):
    def render(self, report: ReportView) -> str:
        title = f"{report.name} — {t('report.title', report.lang)}"
        body = "\n".join(part for part in (section(report) for section in SECTIONS) if part)
        footer = t("report.footer", report.lang).format(version=__version__)
        return (
            f'<!DOCTYPE html>\n<html lang="{_e(report.lang)}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="generator" content="clusteradvies {__version__}">\n'
            f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            f'<main class="report">\n{body}\n<footer><p>{_e(footer)}</p></footer>\n</main>\n'
            "</body>\n</html>\n"
        )
