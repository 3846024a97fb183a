"""The shareable report (``clusteradvies report``), of one assessment and of a combined one."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # key: (nl, en)
    # One assessment.
    "report.title": ("Adviesrapport ICT-samenwerking", "Advice report: ICT cooperation"),
    "report.months": (
        "januari,februari,maart,april,mei,juni,juli,augustus,september,oktober,november,december",
        "January,February,March,April,May,June,July,August,September,October,November,December",
    ),
    "report.how_to_read": ("Zo lees je dit rapport", "How to read this report"),
    "report.scale": (
        "De gereedheid (0–100) vat samen hoe de samenwerking ervoor staat op de succes- en "
        "faalfactoren uit het onderzoeksrapport; elke categorie heeft een eigen score. Onder 40 "
        "is zwak, 40–64 vraagt aandacht, vanaf 65 is sterk. Een categorie zonder bruikbare "
        "antwoorden toont ‘geen gegevens’.",
        "Readiness (0–100) sums up how the collaboration stands on the success and failure "
        "factors from the research report; each category has its own score. Below 40 is weak, "
        "40–64 needs attention, 65 and up is strong. A category without usable answers shows "
        "‘no data’.",
    ),
    "report.reading_advice": (
        "Het advies staat op volgorde van urgentie. Bij elk punt staat waarom (de redenering en "
        "de antwoorden waarop die rust) en waar het rapport het zegt: de nummers verwijzen naar "
        "paragrafen, zoals 3.1, of naar een thema uit hoofdstuk 0, zoals 0/vertrouwen. De "
        "bronnenlijst achterin geeft de titels.",
        "The advice is in order of urgency. Each point says why (the reasoning and the answers "
        "it rests on) and where the report says so: the numbers refer to its sections, such as "
        "3.1, or to a theme of chapter 0, such as 0/vertrouwen. The list of sources at the end "
        "gives their titles.",
    ),
    "report.chart_title": ("Score per categorie (0–100)", "Score per category (0–100)"),
    "report.chart_desc": (
        "Horizontale balken per categorie op een schaal van 0 tot 100, met de grenzen 40 en 65 "
        "tussen zwak, aandacht nodig en sterk.",
        "Horizontal bars per category on a scale from 0 to 100, with the edges 40 and 65 "
        "between weak, needs attention and strong.",
    ),
    "report.gaps_intro": (
        "Deze vragen zijn met ‘weet niet’ beantwoord. Ze zouden het advies het meest "
        "veranderen: zoek ze als eerste uit.",
        "These questions were answered ‘don't know’. They would change the advice most: "
        "find them out first.",
    ),
    "report.more_advice": (
        "Dit rapport toont de {shown} belangrijkste van {total} adviezen.",
        "This report shows the {shown} most important of {total} pieces of advice.",
    ),
    "report.more_gaps": (
        "… en {n} vragen meer met ‘weet niet’ (zie de bijlage).",
        "… and {n} more questions answered ‘don't know’ (see the appendix).",
    ),
    "report.cases_intro": (
        "Cases uit het rapport die het meest op deze samenwerking lijken (soort samenwerking, "
        "mix van bedrijfsgroottes, sector, netwerk, financiering), met de lessen eruit.",
        "Cases from the report that resemble this collaboration most (type of cooperation, "
        "size mix, sector, network, funding), with their lessons.",
    ),
    "report.sources_intro": (
        "De verwijzingen gaan naar het onderzoeksrapport over samenwerking en clustervorming "
        "tussen MKB-bedrijven op het gebied van ICT in de regio Amsterdam, waarop dit advies "
        "rust.",
        "The references are to the research report on cooperation and cluster formation "
        "between SMEs on ICT in the Amsterdam region, on which this advice rests.",
    ),
    "report.appendix": ("Bijlage: de antwoorden", "Appendix: the answers"),
    "report.appendix_intro": (
        "Alle gestelde vragen, met het antwoord en de toelichting.",
        "Every question asked, with its answer and note.",
    ),
    "report.question": ("Vraag", "Question"),
    "report.answer": ("Antwoord", "Answer"),
    "report.note": ("toelichting", "note"),
    "report.footer": (
        "Opgesteld met clusteradvies {version}. Het advies volgt uit vaste, herleidbare regels "
        "op basis van één onderzoeksrapport; het ondersteunt het gesprek met je partners en "
        "vervangt het niet.",
        "Prepared with clusteradvies {version}. The advice follows from fixed, traceable rules "
        "based on one research report; it supports the conversation with your partners rather "
        "than replacing it.",
    ),
    "report.written": ("Rapport geschreven naar {file}", "Report written to {file}"),
    # --- the report of a combined assessment (report FILE FILE...) ---
    "report.combined": ("gezamenlijke beoordeling", "combined assessment"),
    "report.shared_readiness": ("Gedeelde gereedheid", "Shared readiness"),
    "report.combined_howto": (
        "Dit rapport voegt de antwoorden van {n} partners samen. Per vraag telt één gedeeld "
        "antwoord: waar een antwoord een veilige kant heeft het zorgelijkste, want een "
        "samenwerking is zo gereed als de partner die zich de meeste zorgen maakt; anders het "
        "vaakst gegeven antwoord. ‘Weet niet’ telt niet mee. De gedeelde score is dus geen "
        "gemiddelde.",
        "This report combines the answers of {n} partners. Each question gets one shared "
        "answer: where an answer has a safer end the most worrying one, since a collaboration "
        "is as ready as its most worried partner thinks; otherwise the most common one. "
        "‘Don't know’ does not count. The shared score is therefore not an average.",
    ),
    "report.differences": ("Verschillen tussen partners", "Differences between partners"),
    "report.differences_intro": (
        "Op deze sleutelvragen moeten partners hetzelfde zien: partijen moeten weten wat ze aan "
        "elkaar hebben. Een verschil is zelf een bevinding en staat op dezelfde "
        "prioriteitsschaal als het advies; bespreek het samen voordat jullie bouwen op advies "
        "dat op deze antwoorden rust.",
        "On these key questions partners must see things alike: parties must know what they "
        "have in each other. A difference is itself a finding and sits on the same priority "
        "scale as the advice; discuss it together before building on advice that rests on "
        "these answers.",
    ),
    "report.key_questions": (
        "Sleutelvragen die partners verschillend zien",
        "Key questions the partners see differently",
    ),
    "report.no_disagreements": (
        "Geen: op de sleutelvragen geven alle partners die het weten hetzelfde antwoord.",
        "None: on the key questions every partner who knows gives the same answer.",
    ),
    "report.partner": ("Partner", "Partner"),
    "report.differences_summary": (
        "sleutelvragen die partners verschillend zien: {n}; gaten in gedeelde kennis: {k}",
        "key questions the partners see differently: {n}; gaps in shared knowledge: {k}",
    ),
    "report.counted_as": ("Samen gerekend als", "Counted together as"),
    "report.to_do": ("Te doen", "To do"),
    "report.scores_by_partner": ("Scores per partner", "Scores by partner"),
    "report.scores_intro": (
        "Elke partner apart beoordeeld op de eigen antwoorden, naast de gedeelde score.",
        "Each partner assessed on their own answers, beside the shared score.",
    ),
    "report.knowledge_gaps_intro": (
        "De ene partner wist het antwoord, de andere niet. Deel wat je weet voordat jullie samen "
        "beslissen.",
        "One partner knew the answer, another did not. Share what you know before deciding "
        "together.",
    ),
    "report.unknown_to": ("weet niet", "unknown to"),
    "report.known_to": ("wel bekend bij", "known to"),
    "report.combined_gaps_intro": (
        "Op deze vragen is samen geen antwoord: niemand wist het, of de antwoorden gaven geen "
        "meerderheid. Ze zouden het advies het meest veranderen: zoek ze als eerste uit.",
        "These questions have no shared answer: nobody knew, or the answers gave no majority. "
        "They would change the advice most: find them out first.",
    ),
    "report.partner_marks": (
        "Elk ▲ onder een balk is de score van één partner op de eigen antwoorden: {names} "
        "(zie Scores per partner).",
        "Each ▲ under a bar is one partner's score on their own answers: {names} (see Scores "
        "by partner).",
    ),
}
