"""The scoring model in one place: factor status, category scores, bands and advice priority.

These are the tool's design, not the report's knowledge (the report does not score); the README
documents them. What *is* knowledge — how much each stage weighs — lives in ``knowledge/``
(``stages``), so that a branch organisation can tune it without touching code.

* factor score = (S − C) / (S + C), where S and C are the summed weights of the fired rules
  that assess the factor as a strength or a concern; status strength ≥ ``STATUS_EDGE``,
  concern ≤ −``STATUS_EDGE``, borderline between, unknown without evidence;
* category score = 50 × (1 + pooled factor score of the category), 0–100; readiness = the mean
  of the category scores; ``BANDS`` name the ranges;
* advice priority = weight × severity × timing × confidence, where severity = 1 + the concern
  weight behind it, timing is the advice's stage multiplier, and confidence = 0.5 + 0.5 × the
  share of known answers among the questions that bear on the factors it addresses.
"""

from __future__ import annotations

from clusteradvies.diagnosis.model import Band, Status, Urgency

STATUS_EDGE = 0.34
"""How far the evidence must lean, either way, before a factor is a strength or a concern."""

BANDS: tuple[tuple[int, Band], ...] = ((65, "sterk"), (40, "aandacht"), (0, "zwak"))
"""Lower edge of each band, highest first."""

THRESHOLDS: tuple[int, ...] = tuple(sorted(edge for edge, _ in BANDS if edge > 0))
"""The band edges inside 0–100, ascending (where charts draw their lines)."""


MIN_COVERAGE = 0.5
"""Below this share of its questions answered a category gets no verdict ("te weinig
gegevens"): a score from a few answers would read as a judgement it is not."""

URGENCY_EDGES: tuple[tuple[float, Urgency], ...] = (
    (0.75, "eerst"),
    (0.5, "daarna"),
    (0.0, "later"),
)
"""Priority as a share of the top priority → the words a client reads; advice that only rests
on unknown answers is ``uitzoeken`` (find out), whatever its priority."""


def band_of(score: int | None) -> Band | None:
    """The band a 0–100 score falls in; none without a score."""
    if score is None:
        return None
    return next(band for edge, band in BANDS if score >= edge)


def band_of_range(low: int, high: int) -> Band:
    """The band of every score in ``low``–``high``; ``onzeker`` when they fall in several."""
    lower, upper = band_of(low), band_of(high)
    assert lower is not None and upper is not None
    return lower if lower == upper else "onzeker"


def bands_of_range(low: int, high: int) -> tuple[Band, ...]:
    """Every band the scores ``low``–``high`` fall in, weakest first."""
    return tuple(
        band for edge, band in reversed(BANDS) if band_of(low) == band or low <= edge <= high
    )


def urgency(priority: float, top: float, about_unknown: bool) -> Urgency:
    """How soon to act on advice of this priority, next to the most urgent one."""
    if about_unknown:
        return "uitzoeken"
    share = priority / top if top > 0 else 1.0
    return next(label for edge, label in URGENCY_EDGES if share >= edge)


def factor_score(strength: int, concern: int) -> float | None:
    """The balance of the evidence, −1 (all concern) to 1 (all strength); none without any."""
    return (strength - concern) / (strength + concern) if strength + concern else None


def status_of(score: float | None) -> Status:
    """A factor's status from its score."""
    if score is None:
        return "unknown"
    if score >= STATUS_EDGE:
        return "strength"
    if score <= -STATUS_EDGE:
        return "concern"
    return "borderline"


def category_score(strength: int, concern: int) -> int | None:
    """A category's 0–100 score from the pooled weights of its factors; none without evidence."""
    balance = factor_score(strength, concern)
    return None if balance is None else round(50 * (1 + balance))


def confidence(known: int, asked: int) -> float:
    """0.5 with nothing known, 1.0 with everything known (or nothing to ask)."""
    return 0.5 + 0.5 * (known / asked if asked else 1.0)
