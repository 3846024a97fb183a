"""``combine``: several partners' answers for one collaboration."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # key: (nl, en)
    "combine.headline": (
        "{name}: gedeelde gereedheid {score}/100 ({band})",
        "{name}: shared readiness {score}/100 ({band})",
    ),
    "combine.headline_uncertain": (
        "{name}: gedeelde gereedheid onzeker, {score}/100 ({bands}) — vul eerst de gaten",
        "{name}: shared readiness uncertain, {score}/100 ({bands}) — fill the gaps first",
    ),
    "combine.headline_none": (
        "{name}: te weinig gedeelde gegevens voor een oordeel",
        "{name}: too little shared data for a verdict",
    ),
    "combine.partners": ("Partners", "Partners"),
    "combine.together": ("samen", "together"),
    "combine.ranked": (
        "Advies en verschillen, op prioriteit",
        "Advice and disagreements, by priority",
    ),
    "combine.disagreement": ("Partners zien dit verschillend", "Partners see this differently"),
    "combine.named": ("genoemd", "named"),
    "combine.not_named": ("niet genoemd", "not named"),
    "combine.differences": ("Waar partners verschillen", "Where partners differ"),
    "combine.differences_count": (
        "{n} van de {total} vragen die meer dan één partner beantwoordde",
        "{n} of the {total} questions more than one partner answered",
    ),
    "combine.key": (
        "sleutelvraag, plaats {rank} in de rangorde",
        "key question, rank {rank} in the ranking",
    ),
    "combine.shared_answer": ("samen", "together"),
    "combine.agreements": ("Waar partners het eens zijn", "Where partners agree"),
    "combine.factors": ("Factoren waarover partners verschillen", "Factors partners differ on"),
    "combine.factor": ("factor", "factor"),
    "combine.factors_agree": (
        "Over {n} andere factoren komen de antwoorden van alle partners tot hetzelfde oordeel.",
        "On {n} other factors all partners' answers lead to the same verdict.",
    ),
    "combine.knowledge_gaps": ("Gaten in gedeelde kennis", "Gaps in shared knowledge"),
    "combine.knowledge_gap": (
        "weet niet: {unknown}; wel bekend bij: {known}",
        "unknown to {unknown}; known to {known}",
    ),
    "combine.no_knowledge_gaps": (
        "Geen: wat één partner wist, wisten de anderen ook.",
        "None: what one partner knew, the others knew too.",
    ),
    "combine.nobody_knew": (
        "Informatiegaten: niemand wist het",
        "Information gaps: nobody knew",
    ),
    "combine.rule.same": ("ieder die het wist, zei dit", "everyone who knew said this"),
    "combine.rule.riskiest": ("het risicovolste antwoord", "the riskiest answer"),
    "combine.rule.majority": ("het vaakst gegeven antwoord", "the most common answer"),
    "combine.rule.tie": ("gelijke stand, dus weet niet", "a tie, so unknown"),
    "combine.rule.median": ("de mediaan", "the median"),
    "combine.rule.majority_choices": (
        "de keuzes van een meerderheid",
        "the choices a majority named",
    ),
    "combine.rule.no_majority": ("geen keuze had een meerderheid", "no choice had a majority"),
    "combine.rule.nobody": ("niemand wist het", "nobody knew"),
}
