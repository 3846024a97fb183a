"""``compare``: two assessments of one collaboration."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # key: (nl, en)
    "compare.headline": (
        "{name}: gereedheid {before} → {after} ({change}), van {band_before} naar {band_after}",
        "{name}: readiness {before} → {after} ({change}), from {band_before} to {band_after}",
    ),
    "compare.headline_none": (
        "{name}: te weinig gegevens om de gereedheid te vergelijken",
        "{name}: too little data to compare readiness",
    ),
    "compare.renamed": ("(eerder: {name})", "(before: {name})"),
    "compare.before": ("eerst", "before"),
    "compare.after": ("nu", "now"),
    "compare.change": ("verschil", "change"),
    "compare.improved": ("Verbeterd", "Improved"),
    "compare.worse": ("Verslechterd", "Got worse"),
    "compare.assessed": ("Nu in beeld (eerst onbekend)", "Now assessed (unknown before)"),
    "compare.unassessed": ("Uit beeld (nu onbekend)", "No longer assessed (unknown now)"),
    "compare.no_factor_changes": (
        "Geen factor kreeg een ander oordeel.",
        "No factor's verdict changed.",
    ),
    "compare.done": ("Afgerond of niet meer nodig", "Done or no longer needed"),
    "compare.new": ("Nieuw advies", "New advice"),
    "compare.open": ("Nog open", "Still open"),
    "compare.was": ("was {rank}", "was {rank}"),
    "compare.answers": ("Gewijzigde antwoorden", "Changed answers"),
}
