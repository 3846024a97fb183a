"""The parts of the HTML report only a combined assessment has: where the partners differ,
each partner's own scores, the gaps in their shared knowledge, and each partner's answers."""

from __future__ import annotations

from clusteradvies.messages import t
from clusteradvies.render.report.html_parts import band_class, esc, where
from clusteradvies.render.report.partners import (
    DisagreementItem,
    PartnersView,
    Score,
    ScoreRow,
)
from clusteradvies.render.report.view import PartnerAnswer, ReportView, cap


def differences(r: ReportView) -> str:
    """What only several partners can show: where they differ, ranked like the advice."""
    p = r.partners
    if p is None:
        return ""
    lang = r.lang
    out = [
        f'<section id="verschillen"><h2>{esc(t("report.differences", lang))}</h2>',
        f'<p class="intro">{esc(t("report.differences_intro", lang))}</p>',
        f'<h3 class="sub">{esc(t("report.key_questions", lang))}</h3>',
    ]
    if not p.disagreements:
        out.append(f"<p>{esc(t('report.no_disagreements', lang))}</p>")
    else:
        out.append('<ol class="advice disagreements">')
        out += [_disagreement(item, lang) for item in p.disagreements]
        out.append("</ol>")
    out += [_scores(p, lang), _knowledge_gaps(p, lang), "</section>"]
    return "\n".join(out)


def _disagreement(item: DisagreementItem, lang: str) -> str:
    rows = "".join(
        f'<tr><th scope="row">{esc(pos.partner)}</th><td>{esc(pos.answer)}</td></tr>'
        for pos in item.positions
    )
    counted = (
        f'<tr class="counted"><th scope="row">{esc(t("report.counted_as", lang))}</th>'
        f"<td>{esc(item.counted_as)}</td></tr>"
    )
    choice = f'<p class="choice">{esc(item.choice)}</p>' if item.choice else ""
    return (
        f'<li><h4><span class="rank">{item.rank}</span>{esc(item.question)}</h4>{choice}'
        f'<table class="positions"><tbody>{rows}{counted}</tbody></table>'
        f'<span class="tag">{esc(t("report.to_do", lang))}</span>'
        f'<p class="detail">{esc(item.advice)}</p>{where(item.sources, item.urgency, lang)}</li>'
    )


def _cell(score: Score, css: str = "num") -> str:
    value = "–" if score.score is None else str(score.score)
    return (
        f'<td class="{css}"><span class="pill {band_class(score.band)}" '
        f'title="{esc(score.band_label)}">{value}</span></td>'
    )


def _scores(p: PartnersView, lang: str) -> str:
    head = "".join(f'<th class="num partner">{esc(label)}</th>' for label in p.labels)
    rows = [_score_row(p.readiness, ' class="total"'), *(_score_row(r) for r in p.categories)]
    return (
        f'<h3 class="sub">{esc(t("report.scores_by_partner", lang))}</h3>'
        f'<p class="intro">{esc(t("report.scores_intro", lang))}</p>'
        f'<div class="scroll"><table class="scores"><thead><tr>'
        f"<th>{esc(cap(t('category', lang)))}</th>"
        f'<th class="num shared">{esc(cap(t("combine.together", lang)))}</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def _score_row(row: ScoreRow, attributes: str = "") -> str:
    cells = "".join(_cell(score) for score in row.partners)
    return f"<tr{attributes}><td>{esc(row.name)}</td>{_cell(row.shared, 'num shared')}{cells}</tr>"


def _knowledge_gaps(p: PartnersView, lang: str) -> str:
    out = [f'<h3 class="sub">{esc(t("combine.knowledge_gaps", lang))}</h3>']
    if not p.knowledge_gaps:
        out.append(f"<p>{esc(t('combine.no_knowledge_gaps', lang))}</p>")
        return "".join(out)
    out.append(f'<p class="intro">{esc(t("report.knowledge_gaps_intro", lang))}</p>')
    items = "".join(
        f'<li><p><strong>{esc(gap.prompt)}</strong></p><p class="who">'
        f"{esc(cap(t('report.unknown_to', lang)))}: {esc(', '.join(gap.unknown_to))}"
        f" · {esc(t('report.known_to', lang))}: {esc(', '.join(gap.known_to))}</p></li>"
        for gap in p.knowledge_gaps
    )
    out.append(f'<ul class="kgaps">{items}</ul>')
    return "".join(out)


def partner_answers(answers: tuple[PartnerAnswer, ...]) -> str:
    """Under a shared answer: each partner's own, with the partner's note."""
    if not answers:
        return ""
    items = "".join(
        f'<li><span class="who">{esc(a.partner)}:</span> {esc(a.answer)}'
        + (f'<span class="note">“{esc(a.note)}”</span>' if a.note else "")
        + "</li>"
        for a in answers
    )
    return f'<ul class="by-partner">{items}</ul>'
