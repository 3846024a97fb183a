"""The tool's own words (labels, headings) in Dutch and English.

Knowledge texts live in knowledge/; this is only the frame around them.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # key: (nl, en)
    "id": ("id", "id"),
    "kind": ("soort", "kind"),
    "text": ("tekst", "text"),
    "sources": ("bronnen", "sources"),
    "category": ("categorie", "category"),
    "file": ("bestand", "file"),
    "rules_leading_here": ("Regels die hiertoe leiden", "Rules that lead here"),
    "rules_assessing": ("Regels die deze factor beoordelen", "Rules that assess this factor"),
    "rules_reading": ("Regels die dit antwoord gebruiken", "Rules that use this answer"),
    "addresses": ("Pakt deze factoren aan", "Addresses these factors"),
    "polarity.success": ("succesfactor", "success factor"),
    "polarity.failure": ("faalfactor", "failure factor"),
    "when": ("Als", "When"),
    "then": ("Dan", "Then"),
    "choices": ("Keuzes", "Choices"),
    "lessons": ("Lessen", "Lessons"),
    "outcome": ("Afloop", "Outcome"),
    "none": ("geen", "none"),
    "entries": ("items", "entries"),
}


def t(key: str, lang: str) -> str:
    """The message for ``key`` in ``lang`` (``nl`` or ``en``)."""
    nl, en = MESSAGES[key]
    return en if lang == "en" else nl
