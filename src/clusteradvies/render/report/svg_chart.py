"""The category profile as an inline SVG bar chart.

One row per category: its name, a bar from 0 to 100 over a track tinted by band, the score,
and the band's name. The band edges (40 and 65) are marked on every bar and numbered on top,
under the bands' names, so the chart explains its own scale on paper. A category without data
gets an empty grey track that says so, rather than a zero-length bar that reads as "0".
In a combined assessment, a small mark under each bar shows each partner's own score there,
so the spread between partners is seen at a glance; under each mark stand the first letters of
the partner's name (``marks``), which the caption spells out.

Sizes are in viewBox units; the page's CSS scales the whole chart to the column and may enlarge
the text on a phone. Every text is escaped: knowledge texts are ours, but a ``--kb`` is not.
"""

from __future__ import annotations

from html import escape

from clusteradvies.diagnosis.scoring import THRESHOLDS
from clusteradvies.messages import t
from clusteradvies.render.report.view import Bar

WIDTH = 640
TRACK_W = 560
"""Width of the 0–100 track; the score is written to its right."""
HEAD = 54
ROW = 62
BAR_Y = 27
"""Offset of the bar below the row's top (the name sits above it)."""
BAR_H = 18

BAND_FILL = {"zwak": "#c53030", "aandacht": "#b7791f", "sterk": "#2f855a", "onzeker": "#5a5a5a"}
BAND_TEXT = {"zwak": "#9b1c1c", "aandacht": "#8a4b08", "sterk": "#1e6b43", "onzeker": "#3c3c3c"}
"""Darker shades for words, which need more contrast on white than a bar does."""
ZONE_TINT = {"zwak": "#fbe9e9", "aandacht": "#fcf2dc", "sterk": "#e4f3ea"}
NONE_TEXT = "#4b5563"
MARK_W = 12
"""Width of a partner's mark: a triangle under the bar, pointing up at the score."""
MARK_H = 9
MARKED_ROW = 74
"""A row's height when partners' marks and their letters hang under the bar."""


def x_of(score: float) -> float:
    """Where a score lies on the track, in viewBox units."""
    return round(score * TRACK_W / 100, 1)


def profile_svg(bars: tuple[Bar, ...], lang: str, marks: tuple[str, ...] = ()) -> str:
    """The chart as one ``<svg>`` element, with a title and description for screen readers;
    ``marks`` are the partners' short names, in the order of each bar's ``partners``."""
    row = MARKED_ROW if marks else ROW
    height = HEAD + row * len(bars)
    edges = (0, *THRESHOLDS, 100)
    zones = tuple(zip(("zwak", "aandacht", "sterk"), edges, edges[1:], strict=False))
    out = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
        f'aria-labelledby="chart-title chart-desc">',
        f'<title id="chart-title">{escape(t("report.chart_title", lang))}</title>',
        f'<desc id="chart-desc">{escape(t("report.chart_desc", lang))}</desc>',
    ]
    for band, low, high in zones:
        middle = x_of((low + high) / 2)
        out.append(
            f'<text class="zone" x="{middle}" y="18" text-anchor="middle" '
            f'fill="{BAND_TEXT[band]}">{escape(t(f"band.{band}", lang))}</text>'
        )
    for edge in edges:
        anchor = "start" if edge == 0 else "end" if edge == 100 else "middle"
        out.append(
            f'<text class="tick" x="{x_of(edge)}" y="40" text-anchor="{anchor}">{edge}</text>'
        )
    for i, bar in enumerate(bars):
        out.append(_row(bar, HEAD + i * row, zones, marks))
    out.append("</svg>")
    return "\n".join(out)


def _row(
    bar: Bar, top: int, zones: tuple[tuple[str, int, int], ...], marks: tuple[str, ...]
) -> str:
    y = top + BAR_Y
    parts = [
        f'<g class="category" data-category="{escape(bar.category)}">',
        f'<text class="label" x="0" y="{top + 18}">{escape(bar.name)}</text>',
    ]
    if bar.score_range is None or bar.band is None:
        # No evidence, or too little known for a verdict: no bar that could read as one.
        parts += [
            f'<rect class="track" x="0" y="{y}" width="{TRACK_W}" height="{BAR_H}" '
            f'fill="#f1f3f5"/>',
            f'<text class="nodata" x="10" y="{y + 13.5}" fill="{NONE_TEXT}" '
            f'font-style="italic">{escape(bar.band_label)}</text>',
            f'<text class="value" x="{TRACK_W + 14}" y="{y + 14}" fill="{NONE_TEXT}">–</text>',
        ]
    else:
        for band, low, high in zones:
            parts.append(
                f'<rect class="zone-tint" x="{x_of(low)}" y="{y}" '
                f'width="{round(x_of(high) - x_of(low), 1)}" height="{BAR_H}" '
                f'fill="{ZONE_TINT[band]}"/>'
            )
        # The solid bar is what the answers assure (the lower end); the pale part is how far
        # the unknown answers could still take it.
        low, high = bar.score_range
        parts.append(
            f'<rect class="bar" x="0" y="{y}" width="{x_of(low)}" height="{BAR_H}" '
            f'fill="{BAND_FILL[bar.band]}" rx="2"/>'
        )
        if high > low:
            parts.append(
                f'<rect class="range" x="{x_of(low)}" y="{y}" '
                f'width="{round(x_of(high) - x_of(low), 1)}" height="{BAR_H}" '
                f'fill="{BAND_FILL[bar.band]}" fill-opacity=".3" rx="2"/>'
            )
        value = str(low) if low == high else f"{low}–{high}"
        parts += [
            f'<text class="value" x="{TRACK_W + 14}" y="{y + 14}">{value}</text>',
            f'<text class="band-label" x="{TRACK_W}" y="{top + 18}" text-anchor="end" '
            f'fill="{BAND_TEXT[bar.band]}">{escape(bar.band_label)}</text>',
        ]
    # The band edges are marked on each bar rather than by lines through the whole chart,
    # which would cross the category names.
    parts += [
        f'<line class="threshold" x1="{x_of(edge)}" y1="{y - 4}" x2="{x_of(edge)}" '
        f'y2="{y + BAR_H + 4}" stroke="#374151" stroke-width="1.5"/>'
        for edge in THRESHOLDS
    ]
    labels = marks or ("",) * len(bar.partners)
    parts += [
        _mark(score, y + BAR_H + 1, label)
        for score, label in zip(bar.partners, labels, strict=True)
        if score is not None
    ]
    parts.append("</g>")
    return "\n".join(parts)


def _mark(score: int, top: float, label: str) -> str:
    """One partner's score: a dark triangle whose tip touches the bar's lower edge there (its
    base kept inside the chart at a score of 0), the partner's letters under it."""
    x = x_of(score)
    left = max(x - MARK_W / 2, 0)
    mark = (
        f'<path class="partner-mark" data-score="{score}" '
        f'd="M{x} {top} L{left + MARK_W} {top + MARK_H} L{left} {top + MARK_H} Z" '
        f'fill="#1f2933" fill-opacity=".8" stroke="#fff" stroke-width="1"/>'
    )
    if not label:
        return mark
    return mark + (
        f'<text class="partner-label" x="{left + MARK_W / 2}" y="{top + MARK_H + 10}" '
        f'text-anchor="middle" font-size="10" fill="#1f2933">{escape(label)}</text>'
    )


def short_names(labels: tuple[str, ...]) -> tuple[str, ...]:
    """Each partner's shortest start of its name that no other name shares (``ba``, ``bo``,
    ``s`` for bakker, boekhandel and slager), up to three letters; else numbers for all."""
    names = [" ".join(label.split()).casefold() for label in labels]
    short = []
    for i, name in enumerate(names):
        others = names[:i] + names[i + 1 :]
        start = next(
            (name[:n] for n in range(1, 4) if not any(o.startswith(name[:n]) for o in others)),
            None,
        )
        if start is None:
            return tuple(str(n) for n in range(1, len(labels) + 1))
        short.append(start)
    return tuple(short)
