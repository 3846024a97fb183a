"""The report as one self-contained HTML file: what an adviser hands to an SME owner.

Nothing is fetched: the stylesheet is inlined, the chart is inline SVG, there is no script, and
the only links point inside the document (from a citation to the list of sources). Every text
goes through ``_e`` (``html.escape``): the project's name and notes were typed by the user, and
knowledge texts may come from another ``--kb``.

The body is the sequence of ``SECTIONS``, each a function from the ReportView to HTML; a new
part of the report (e.g. the partners' disagreements of a combined assessment) is one more
function in that tuple.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from clusteradvies import __version__
from clusteradvies.formats.html_style import CSS
from clusteradvies.formats.report_base import ReportFormat
from clusteradvies.formats.report_view import AnswerLine, ReportView, cap
from clusteradvies.formats.svg_chart import profile_svg
from clusteradvies.messages import t


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
    out = [
        '<header class="masthead">',
        f'<p class="kicker">{_e(t("report.title", lang))}</p>',
        f"<h1>{_e(r.name)}</h1>",
        f'<p class="meta">{_e(cap(t("role", lang)))}: {_e(r.role)} · {_e(r.date)}</p>',
        f'<div class="verdict {_band_class(r.band)}">',
        f'<p class="score"><span class="number">{number}</span>{of}</p>',
        f'<div><p class="caption">{_e(t("readiness", lang))}</p>'
        f'<p class="band">{_e(r.band_label)}</p></div>',
        "</div>",
    ]
    if r.summary():
        out.append('<dl class="summary">')
        out += [f"<dt>{_e(label)}</dt><dd>{_e(names)}</dd>" for label, names in r.summary()]
        out.append("</dl>")
    out.append("</header>")
    return "\n".join(out)


def _howto(r: ReportView) -> str:
    return (
        f'<section class="howto"><h2>{_e(t("report.how_to_read", r.lang))}</h2>'
        f"<p>{_e(t('report.scale', r.lang))}</p>"
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
    return (
        f'<section id="profiel"><h2>{_e(t("profile", lang))}</h2>'
        f"<figure>{profile_svg(r.bars, lang)}</figure>"
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
        cites = ", ".join(f'<a href="#{anchor(s)}">{_e(s)}</a>' for s in item.sources)
        out.append(f'<p class="where"><strong>{_e(t("where", lang))}:</strong> {cites}</p>')
        for related in item.related:
            out.append(f'<p class="where"><strong>{_e(t("see_also", lang))}:</strong> ')
            out.append(f"{_e(related)}</p>")
        out.append("</li>")
    out.append("</ol>")
    if r.hidden_advice:
        out.append(f'<p class="intro">{_e(r.more_advice())}</p>')
    out.append("</section>")
    return "\n".join(out)


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
    out.append(f'<p class="intro">{_e(t("report.gaps_intro", lang))}</p><ol class="gaps">')
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
            f"{note}</td></tr>"
        )
    return (
        f'<section id="bijlage" class="appendix"><h2>{_e(t("report.appendix", lang))}</h2>'
        f'<p class="intro">{_e(t("report.appendix_intro", lang))}</p>'
        f"<table><thead><tr><th>{_e(t('report.question', lang))}</th>"
        f"<th>{_e(t('report.answer', lang))}</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


SECTIONS: tuple[Callable[[ReportView], str], ...] = (
    _header,
    _howto,
    _profile,
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
