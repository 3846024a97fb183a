"""The report as one self-contained HTML file: what an adviser hands to an SME owner.

Nothing is fetched: the stylesheet is inlined, the chart is inline SVG, there is no script, and
the only links point inside the document (from a citation to the list of sources). Every text
goes through ``esc`` (``html.escape``): the project's name and notes were typed by the user, and
knowledge texts may come from another ``--kb``.

The body is the sequence of ``SECTIONS``, each a function from the ReportView to HTML; a new
part of the report is one more function in that tuple. A combined assessment (several
partners' files) adds ``differences`` and a few lines elsewhere; a report of one file has no
``partners`` and looks as it always did.
"""

from __future__ import annotations

from collections.abc import Callable

from clusteradvies import __version__
from clusteradvies.messages import t
from clusteradvies.render.report.html_partners import differences, partner_answers
from clusteradvies.render.report.html_parts import anchor, band_class, esc, quoted_note, where
from clusteradvies.render.report.html_style import CSS
from clusteradvies.render.report.svg_chart import profile_svg, short_names
from clusteradvies.render.report.view import AnswerLine, ReportView, bar_value, cap


def _header(r: ReportView) -> str:
    lang = r.lang
    # Without a readiness there is no "/100" to show: just the dash and "geen gegevens".
    of = "" if r.score == "–" else '<span class="of">/100</span>'
    number = r.score
    kicker, meta, caption = t("report.title", lang), "", t("readiness", lang)
    if r.partners is not None:
        kicker += f" · {t('report.combined', lang)}"
        meta = f" · {esc(t('combine.partners', lang))}: {esc(', '.join(r.partners.labels))}"
        caption = t("report.shared_readiness", lang)
    out = [
        '<header class="masthead">',
        f'<p class="kicker">{esc(kicker)}</p>',
        f"<h1>{esc(r.name)}</h1>",
        f'<p class="meta">{esc(cap(t("role", lang)))}: {esc(r.role)}{meta} · {esc(r.date)}</p>',
        f'<div class="verdict {band_class(r.band)}">',
        f'<p class="score"><span class="number">{number}</span>{of}</p>',
        f'<div><p class="caption">{esc(caption)}</p><p class="band">{esc(r.band_label)}</p>',
        f'<p class="caption">{esc(r.known)}</p></div>',
        "</div>",
    ]
    if r.summary():
        out.append('<dl class="summary">')
        out += [f"<dt>{esc(label)}</dt><dd>{esc(names)}</dd>" for label, names in r.summary()]
        out.append("</dl>")
    out.append("</header>")
    return "\n".join(out)


def _howto(r: ReportView) -> str:
    combined = ""
    if r.partners is not None:
        n = len(r.partners.labels)
        combined = f"<p>{esc(t('report.combined_howto', r.lang).format(n=n))}</p>"
    return (
        f'<section class="howto"><h2>{esc(t("report.how_to_read", r.lang))}</h2>'
        f"<p>{esc(t('report.scale', r.lang))}</p>{combined}"
        f"<p>{esc(t('report.reading_advice', r.lang))}</p></section>"
    )


def _profile(r: ReportView) -> str:
    lang = r.lang
    rows = []
    for bar in r.bars:
        factors = [
            f'<span class="factors">{esc(cap(t(key, lang)))}: {esc(", ".join(names))}</span>'
            for key, names in (("concerns", bar.concerns), ("top_strengths", bar.strengths))
            if names
        ]
        score = bar_value(bar)
        rows.append(
            f"<tr><td>{esc(bar.name)}{''.join(factors)}</td><td class='num'>{score}</td>"
            f"<td><span class='pill {band_class(bar.band)}'>{esc(bar.band_label)}</span></td></tr>"
        )
    legend, marks = "", tuple[str, ...]()
    if r.partners is not None:
        marks = short_names(r.partners.labels)
        names = ", ".join(
            f"{mark} = {label}" for mark, label in zip(marks, r.partners.labels, strict=True)
        )
        caption = t("report.partner_marks", lang).format(names=names)
        legend = f"<figcaption>{esc(caption)}</figcaption>"
    return (
        f'<section id="profiel"><h2>{esc(t("profile", lang))}</h2>'
        f"<figure>{profile_svg(r.bars, lang, marks)}{legend}</figure>"
        f"<table class='profile'><thead><tr><th>{esc(cap(t('category', lang)))}</th>"
        f"<th class='num'>{esc(cap(t('score', lang)))}</th><th>{esc(cap(t('band', lang)))}</th>"
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table></section>"
    )


def _answer(line: AnswerLine, lang: str) -> str:
    return (
        f'<li><span class="q">{esc(line.prompt)}</span> → '
        f'<span class="a">{esc(line.answer)}</span>{quoted_note(line.note, lang)}</li>'
    )


def _advice(r: ReportView) -> str:
    lang = r.lang
    out = [f'<section id="advies"><h2>{esc(t("advice", lang))}</h2>']
    if not r.advice:
        out.append(f"<p>{esc(t('no_advice', lang))}</p>")
    out.append('<ol class="advice">')
    for item in r.advice:
        out.append(f'<li><h3><span class="rank">{item.rank}</span>{esc(item.text)}</h3>')
        if item.detail:
            out.append(f'<p class="detail">{esc(item.detail)}</p>')
        out.append(f'<span class="tag">{esc(t("why", lang))}</span><ul class="why">')
        for why in item.why:
            answers = "".join(_answer(a, lang) for a in why.answers)
            out.append(f"<li>{esc(why.rationale)}")
            out.append(f'<ul class="answers">{answers}</ul></li>' if answers else "</li>")
        out.append("</ul>")
        out.append(where(item.sources, item.urgency, lang))
        for related in item.related:
            out.append(f'<p class="where"><strong>{esc(t("see_also", lang))}:</strong> ')
            out.append(f"{esc(related.text)}</p>")
            if related.why:
                reasons = "".join(f"<li>{esc(why)}</li>" for why in related.why)
                out.append(f'<ul class="why">{reasons}</ul>')
        out.append("</li>")
    out.append("</ol>")
    if r.hidden_advice:
        out.append(f'<p class="intro">{esc(r.more_advice())}</p>')
    if r.advice:
        out.append(f'<p class="intro">{esc(t("ranking_caveat", lang))}</p>')
    out.append("</section>")
    return "\n".join(out)


def _cases(r: ReportView) -> str:
    if not r.cases:
        return ""
    lang = r.lang
    out = [
        f'<section id="cases"><h2>{esc(t("similar_cases", lang))}</h2>',
        f'<p class="intro">{esc(t("report.cases_intro", lang))}</p><ul class="cases">',
    ]
    for case in r.cases:
        lessons = "".join(f"<li>{esc(lesson)}</li>" for lesson in case.lessons)
        out.append(f'<li><h3>{esc(case.title)}</h3><ul class="lessons">{lessons}</ul></li>')
    out.append("</ul></section>")
    return "\n".join(out)


def _gaps(r: ReportView) -> str:
    lang = r.lang
    out = [f'<section id="gaten"><h2>{esc(t("gaps", lang))}</h2>']
    if not r.gaps:
        out.append(f"<p>{esc(t('no_gaps', lang))}</p></section>")
        return "\n".join(out)
    intro = t("report.combined_gaps_intro" if r.partners else "report.gaps_intro", lang)
    out.append(f'<p class="intro">{esc(intro)}</p><ol class="gaps">')
    for gap in r.gaps:
        hint = f'<p class="hint">{esc(gap.hint)}</p>' if gap.hint else ""
        out.append(
            f"<li><p><strong>{esc(gap.prompt)}</strong></p>"
            f'<p class="impact">{esc(cap(gap.impact))}</p>{hint}{quoted_note(gap.note, lang)}</li>'
        )
    out.append("</ol>")
    if r.hidden_gaps:
        out.append(
            f'<p class="intro">{esc(t("report.more_gaps", lang).format(n=r.hidden_gaps))}</p>'
        )
    out.append("</section>")
    return "\n".join(out)


def _sources(r: ReportView) -> str:
    if not r.sources:
        return ""
    items = "".join(
        f'<li id="{anchor(s.id)}"><span class="id">{esc(s.id)}</span>'
        f"<span>{esc(s.title)}</span></li>"
        for s in r.sources
    )
    return (
        f'<section id="bronnen"><h2>{esc(cap(t("sources", r.lang)))}</h2>'
        f'<p class="intro">{esc(t("report.sources_intro", r.lang))}</p>'
        f'<ul class="sources">{items}</ul></section>'
    )


def _appendix(r: ReportView) -> str:
    lang = r.lang
    unknown = t("unknown_answer", lang)
    rows = []
    for line in r.answers:
        css = "a unknown" if line.answer == unknown else "a"
        note = f'<span class="note">“{esc(line.note)}”</span>' if line.note else ""
        rows.append(
            f"<tr><td>{esc(line.prompt)}</td><td><span class='{css}'>{esc(line.answer)}</span>"
            f"{note}{partner_answers(line.partners)}</td></tr>"
        )
    kind = "appendix combined" if r.partners else "appendix"
    return (
        f'<section id="bijlage" class="{kind}"><h2>{esc(t("report.appendix", lang))}</h2>'
        f'<p class="intro">{esc(t("report.appendix_intro", lang))}</p>'
        f"<table><thead><tr><th>{esc(t('report.question', lang))}</th>"
        f"<th>{esc(t('report.answer', lang))}</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


SECTIONS: tuple[Callable[[ReportView], str], ...] = (
    _header,
    _howto,
    _profile,
    differences,
    _advice,
    _cases,
    _gaps,
    _sources,
    _appendix,
)


class ReportHtml:
    """The report as one self-contained HTML document."""

    def render(self, report: ReportView) -> str:
        title = f"{report.name} — {t('report.title', report.lang)}"
        body = "\n".join(part for part in (section(report) for section in SECTIONS) if part)
        footer = t("report.footer", report.lang).format(version=__version__)
        return (
            f'<!DOCTYPE html>\n<html lang="{esc(report.lang)}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="generator" content="clusteradvies {__version__}">\n'
            f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            f'<main class="report">\n{body}\n<footer><p>{esc(footer)}</p></footer>\n</main>\n'
            "</body>\n</html>\n"
        )
