"""The words of a diagnosis (``advise``): bands, profile, advice, information gaps, factors,
headline, similar cases and what-if."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # key: (nl, en)
    "band.zwak": ("zwak", "weak"),
    "band.aandacht": ("aandacht nodig", "needs attention"),
    "band.sterk": ("sterk", "strong"),
    "band.none": ("geen gegevens", "no data"),
    "band.onzeker": ("onzeker", "uncertain"),
    "band.too_little": ("te weinig gegevens", "too little known"),
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
    "gap_impact": ("weegt {impact} mee in {n} conclusies", "weighs {impact} in {n} conclusions"),
    "gap_partly": ("deels bekend", "partly known"),
    "gap_impact_one": ("weegt {impact} mee in 1 conclusie", "weighs {impact} in 1 conclusion"),
    "more_gaps": (
        "… en nog {n} informatiegaten (alle met --top 0 of --format json)",
        "… and {n} more information gaps (all with --top 0 or --format json)",
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
        "{name}: gereedheid {score}/100 ({band}) · {known}% van de vragen beantwoord",
        "{name}: readiness {score}/100 ({band}) · {known}% of the questions answered",
    ),
    "headline_uncertain": (
        "{name}: gereedheid onzeker, {score}/100 ({bands}) — vul eerst de gaten · {known}% van "
        "de vragen beantwoord",
        "{name}: readiness uncertain, {score}/100 ({bands}) — fill the gaps first · {known}% of "
        "the questions answered",
    ),
    "bands.two": ("{0} of {1}", "{0} or {1}"),
    "bands.three": ("{0} tot {2}", "{0} to {2}"),
    "urgency.eerst": ("eerst", "first"),
    "urgency.daarna": ("daarna", "next"),
    "urgency.later": ("later", "later"),
    "urgency.uitzoeken": ("eerst uitzoeken", "find out first"),
    "in_place": ("Al op orde", "Already in place"),
    "known_share": ("{known}% van de vragen beantwoord", "{known}% of the questions answered"),
    "headline_none": (
        "{name}: te weinig gegevens voor een oordeel",
        "{name}: too little data for a verdict",
    ),
    "top_concerns": ("Grootste zorgpunten", "Main concerns"),
    "top_strengths": ("Sterke punten", "Strengths"),
    "more_advice": ("… en {n} adviezen meer (gebruik --top)", "… and {n} more (use --top)"),
    # Shown under every ranked list of advice: the report itself refuses to rank (2.2).
    "ranking_caveat": (
        "Deze volgorde geldt voor deze antwoorden. Het rapport rangschikt succesfactoren niet naar"
        " belang: hun gewicht verschilt per sector en per soort partner (2.2).",
        "This order holds for these answers. The report does not rank success factors by"
        " importance: their weight differs by sector and by kind of partner (2.2).",
    ),
    "similar_cases": ("Vergelijkbare cases uit het rapport", "Similar cases from the report"),
    "case_title": (
        "{name} ({section}, {outcome}) — {percent}% overeenkomst",
        "{name} ({section}, {outcome}) — {percent}% alike",
    ),
    "outcome.geslaagd": ("geslaagd", "succeeded"),
    "outcome.deels": ("deels geslaagd", "partly succeeded"),
    "outcome.gestopt": ("gestopt", "stopped"),
    "outcome.lopend": ("lopend", "ongoing"),
    "what_if": ("Wat als…", "What if…"),
    "what_if_effect": (
        "zekere gereedheid {gain} (ondergrens naar {floor}), {n} zorgpunt(en) opgelost",
        "assured readiness {gain} (lower end to {floor}), {n} concern(s) lifted",
    ),
    "what_if_together": (
        "Alles hierboven samen: zekere gereedheid {gain} (ondergrens naar {floor}), "
        "{n} zorgpunt(en) opgelost",
        "All of the above together: assured readiness {gain} (lower end to {floor}), "
        "{n} concern(s) lifted",
    ),
    "what_if_none": (
        "Geen enkele haalbare stap naar een veiliger antwoord verbetert het beeld.",
        "No realistic step to a safer answer improves the picture.",
    ),
    "lifted": ("Opgelost", "Lifted"),
    "leads_there": ("Advies dat daarheen leidt", "Advice that leads there"),
    "scale_note": (
        "Schaal 0–100: onder 40 zwak, 40–64 aandacht nodig, vanaf 65 sterk.",
        "Scale 0–100: below 40 weak, 40–64 needs attention, 65 and up strong.",
    ),
}
