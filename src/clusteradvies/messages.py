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
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    "unknown_answer": ("weet niet", "don't know"),
    "not_asked": ("n.v.t.", "n/a"),
    "readiness": ("Gereedheid", "Readiness"),
    "role": ("rol", "role"),
    "role.deelnemer": ("deelnemer", "participant"),
    "role.coordinator": ("coördinator", "coordinator"),
    "role.overheid": ("overheid / programma", "government / programme"),
    "band.zwak": ("zwak", "weak"),
    "band.aandacht": ("aandacht nodig", "needs attention"),
    "band.sterk": ("sterk", "strong"),
    "band.none": ("geen gegevens", "no data"),
    "profile": ("Profiel per categorie", "Profile per category"),
    "score": ("score", "score"),
    "band": ("oordeel", "verdict"),
    "strengths": ("sterk", "strengths"),
    "concerns": ("zorgpunten", "concerns"),
    "advice": ("Advies", "Advice"),
    "why": ("Waarom", "Why"),
    "where": ("Waar", "Where"),
    "priority": ("prioriteit", "priority"),
    "see_also": ("Hoort hierbij", "Goes with"),
    "gaps": ("Informatiegaten", "Information gaps"),
    "gap_impact": (
        "weegt {impact} mee in {n} conclusie(s)",
        "weighs {impact} in {n} conclusion(s)",
    ),
    "no_advice": ("Geen advies: geen regel was van toepassing.", "No advice: no rule applied."),
    "no_gaps": (
        "Geen: alle gevraagde antwoorden zijn bekend.",
        "None: every asked answer is known.",
    ),
    "answers": ("antwoorden", "answers"),
    "via": ("via", "via"),
    "how": ("Hoe", "How"),
    "chain": ("Redeneerketen", "Chain of reasoning"),
    "factors": ("Factoren", "Factors"),
    "status.strength": ("sterk punt", "strength"),
    "status.concern": ("zorgpunt", "concern"),
    "status.borderline": ("twijfel", "borderline"),
    "status.unknown": ("onbekend", "unknown"),
    "headline": (
        "{name}: gereedheid {score}/100 ({band})",
        "{name}: readiness {score}/100 ({band})",
    ),
    "headline_none": (
        "{name}: te weinig gegevens voor een oordeel",
        "{name}: too little data for a verdict",
    ),
    "top_concerns": ("Grootste zorgpunten", "Main concerns"),
    "top_strengths": ("Sterke punten", "Strengths"),
    "more_advice": ("… en {n} adviezen meer (gebruik --top)", "… and {n} more (use --top)"),
    "scale_note": (
        "Schaal 0–100: onder 40 zwak, 40–64 aandacht nodig, vanaf 65 sterk.",
        "Scale 0–100: below 40 weak, 40–64 needs attention, 65 and up strong.",
    ),
}


def t(key: str, lang: str) -> str:
    """The message for ``key`` in ``lang`` (``nl`` or ``en``)."""
    nl, en = MESSAGES[key]
    return en if lang == "en" else nl
