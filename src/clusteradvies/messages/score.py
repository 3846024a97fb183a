"""``score``: many projects at once, as a table and as an Excel workbook."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # key: (nl, en)
    "score.project": ("project", "project"),
    "score.weakest": ("zwakste categorieën", "weakest categories"),
    "score.top_concern": ("grootste zorgpunt", "top concern"),
    "score.invalid": ("ongeldig", "invalid"),
    "score.line": ("regel", "line"),
    "score.more_problems": ("(en nog {n})", "(and {n} more)"),
    "score.scored": ("{n} beoordeeld", "{n} scored"),
    "score.below": ("{n} onder {threshold}", "{n} below {threshold}"),
    "score.invalid_count": ("{n} ongeldig", "{n} invalid"),
    "xlsx.projects": ("Projecten", "Projects"),
    "xlsx.concerns": ("Zorgpunten", "Concerns"),
    "xlsx.advice": ("Advies", "Advice"),
    "xlsx.low": ("Ondergrens", "Low"),
    "xlsx.high": ("Bovengrens", "High"),
    "xlsx.answered": ("Beantwoord", "Answered"),
    "xlsx.below": ("Onder drempel", "Below threshold"),
    "xlsx.problems": ("Problemen", "Problems"),
    "xlsx.concern": ("Zorgpunt", "Concern"),
    "xlsx.weight": ("Gewicht", "Weight"),
    "xlsx.rank": ("Nr.", "No."),
    "xlsx.urgency": ("Wanneer", "When"),
}
