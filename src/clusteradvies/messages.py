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
    "basis": ("Grond", "Basis"),
    "basis.inference": (
        "eigen afleiding van dit hulpmiddel uit de genoemde bronnen, geen advies van het rapport",
        "this tool's own inference from the sources cited, not advice the report gives",
    ),
    "polarity.success": ("succesfactor", "success factor"),
    "polarity.failure": ("faalfactor", "failure factor"),
    "when": ("Als", "When"),
    "then": ("Dan", "Then"),
    "choices": ("Keuzes", "Choices"),
    "lessons": ("Lessen", "Lessons"),
    "outcome": ("Afloop", "Outcome"),
    "none": ("geen", "none"),
    # Kinds of knowledge entry (kb list, kb show): one, and the heading of several.
    "kind.section": ("paragraaf", "section"),
    "kind.category": ("categorie", "category"),
    "kind.stage": ("fase", "stage"),
    "kind.fact": ("feit", "fact"),
    "kind.factor": ("factor", "factor"),
    "kind.advice": ("advies", "advice"),
    "kind.question": ("vraag", "question"),
    "kind.rule": ("regel", "rule"),
    "kind.case": ("case", "case"),
    "kinds.section": ("Paragrafen", "Sections"),
    "kinds.category": ("Categorieën", "Categories"),
    "kinds.stage": ("Fasen", "Stages"),
    "kinds.fact": ("Feiten", "Facts"),
    "kinds.factor": ("Factoren", "Factors"),
    "kinds.advice": ("Adviezen", "Advice"),
    "kinds.question": ("Vragen", "Questions"),
    "kinds.rule": ("Regels", "Rules"),
    "kinds.case": ("Cases", "Cases"),
    "entries": ("items", "entries"),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    "answer.yes": ("Ja", "Yes"),
    "answer.no": ("Nee", "No"),
    "unknown_answer": ("weet niet", "don't know"),
    "not_asked": ("n.v.t.", "n/a"),
    "readiness": ("Gereedheid", "Readiness"),
    "role": ("rol", "role"),
    "role.deelnemer": ("deelnemer", "participant"),
    "role.coordinator": ("coördinator", "coordinator"),
    "role.overheid": ("overheid", "government"),
    "partial_rest_unknown": ("de rest weet ik niet", "the rest I do not know"),
    "partial_not": ("niet: {label}", "not: {label}"),
    "role.programma": (
        "programma: brancheorganisatie of programmabureau",
        "programme: trade organisation or programme office",
    ),
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
    # --- the shareable report (clusteradvies report) ---
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
    # --- any output file (cli/output.py) ---
    "output.exists": (
        "{file} bestaat al; overschrijven met --force",
        "{file} already exists; overwrite it with --force",
    ),
    "output.cannot_write": ("kan {file} niet schrijven: {reason}", "cannot write {file}: {reason}"),
    "output.is_directory": ("{file}: is een map", "{file}: is a directory"),
    "output.not_directory": ("{file}: is geen map", "{file}: is not a directory"),
    "output.no_directory": (
        "de map {directory} bestaat niet; maak die eerst aan, of kies een ander --output",
        "the directory {directory} does not exist; create it first, or choose another --output",
    ),
    "output.format_clash": (
        "-o {file} past niet bij --format {format}; laat een van beide weg",
        "-o {file} does not match --format {format}; leave one of them out",
    ),
    "output.binary_terminal": (
        "een Excel-werkmap is geen tekst voor het scherm; schrijf hem naar een bestand: -o {file}",
        "an Excel workbook is not text for the screen; write it to a file: -o {file}",
    ),
    # --- the command line's own messages (cli/) ---
    "cli.lang": (
        "--lang: '{value}' kan niet; kies nl of en",
        "--lang: expected 'nl' or 'en', got '{value}'",
    ),
    "cli.no_such_file": ("{file}: dit bestand bestaat niet", "{file}: no such file"),
    "cli.not_a_file": ("{file}: dit is geen bestand", "{file}: not a file"),
    "cli.is_directory": (
        "{file}: dit is een map; verwacht een projectbestand (YAML)",
        "{file}: is a directory; expected a project file (YAML)",
    ),
    "cli.given_twice": (
        "{file}: twee keer opgegeven (eerder als {first})",
        "{file}: given twice (as {first} before)",
    ),
    "cli.stdin_once": (
        "standaardinvoer werkt alleen met één bestand; noem de bestanden bij naam",
        "standard input works with one file only; name the files",
    ),
    "cli.kb_errors": (
        "De kennisbank bevat fouten; draai 'clusteradvies check' voor details.",
        "The knowledge base has errors; run 'clusteradvies check' for details.",
    ),
    "cli.did_you_mean": (" (bedoel je '{match}'?)", " (did you mean '{match}'?)"),
    "cli.interrupted": ("Afgebroken.", "Interrupted."),
    "combine.too_few": (
        "combine vraagt de antwoordbestanden van {min} of meer partners; kreeg er {n} ({files})",
        "combine needs the answer files of {min} or more partners; got {n} ({files})",
    ),
    "compare.different_names": (
        "let op: {old} en {new} hebben een andere naam ('{old_name}' en '{new_name}'); "
        "gaat het wel om dezelfde samenwerking?",
        "note: {old} and {new} have different names ('{old_name}' and '{new_name}'); "
        "are they the same collaboration?",
    ),
    "kb.no_entry": ("geen item met id '{id}'", "no entry with id '{id}'"),
    "kb.kind": (
        "--kind: '{value}' kan niet; kies uit {kinds}",
        "--kind: expected one of {kinds}; got '{value}'",
    ),
    "score.no_files": (
        "geen projectbestanden (*.yaml, *.yml) in {paths}",
        "no project files (*.yaml, *.yml) in {paths}",
    ),
    "check.unknown_code": ("onbekende controlecode '{code}'", "unknown check code '{code}'"),
    "check.kb_twice": (
        "geef de kennismap één keer: als MAP of met --kb",
        "give the knowledge directory once: as DIR or with --kb",
    ),
    "check.skipped": ("{code} overgeslagen: {reason}", "{code} skipped: {reason}"),
    "check.more": (
        "… en nog {n} (niet getoond; --format json geeft ze alle)",
        "… and {n} more (not shown; --format json lists them all)",
    ),
    "cli.more_problems": (
        "… en nog {n} problemen (niet getoond)",
        "… and {n} more problems (not shown)",
    ),
    "check.clean": ("geen problemen gevonden ({checks})", "no problems found ({checks})"),
    "check.check": ("controle|controles", "check|checks"),
    "check.error": ("fout|fouten", "error|errors"),
    "check.warning": ("waarschuwing|waarschuwingen", "warning|warnings"),
    "intake.resume_alone": (
        "--resume gaat verder in het eigen bestand; om uit het ene bestand te beginnen en een "
        "ander te schrijven: --data BESTAND --answers-out ANDER",
        "--resume continues in its own file; to start from one file and write another use "
        "--data FILE --answers-out OTHER",
    ),
    "intake.role_invalid": (
        "--role: kies deelnemer, coordinator, overheid of programma (of participant, "
        "government, programme); kreeg '{value}'",
        "--role: expected participant, coordinator, government or programme (deelnemer, "
        "coordinator, overheid, programma); got '{value}'",
    ),
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
    # --- typed answers (questionnaire.parse_text) ---
    "parse.empty": ("Typ een antwoord, of ? voor uitleg.", "Type an answer, or ? for why."),
    "parse.yesno": ("Antwoord ja of nee (j/n).", "Answer yes or no (y/n)."),
    "parse.choice": (
        "'{text}' is geen keuze; typ een nummer van 1 tot {n}.",
        "'{text}' is not a choice; type a number from 1 to {n}.",
    ),
    "parse.ambiguous": (
        "'{text}' past bij {options}; typ het nummer.",
        "'{text}' fits {options}; type the number.",
    ),
    "parse.not_alone": (
        "'{text}' zegt alleen iets als de rest onbekend is: typ er weet niet bij, dus "
        "'{typed}, weet niet'.",
        "'{text}' only says something when the rest is unknown: add unknown, so "
        "'{typed}, unknown'.",
    ),
    "parse.chosen_and_not": (
        "'{label}' (keuze {n}) is zowel gekozen als uitgesloten; kies haar of sluit haar uit.",
        "'{label}' (choice {n}) is both chosen and ruled out; choose it or rule it out.",
    ),
    "parse.integer": (
        "'{text}' is geen heel getal; typ een getal van {min} tot {max}.",
        "'{text}' is not a whole number; type a number from {min} to {max}.",
    ),
    "parse.range": (
        "{value} ligt buiten {min}–{max}; typ een getal van {min} tot {max}.",
        "{value} is outside {min}–{max}; type a number from {min} to {max}.",
    ),
    # --- the intake conversation ---
    "answers_file.head": (
        "Antwoorden uit clusteradvies intake. De waarden zijn ids; de vraag en het gekozen "
        "antwoord staan erbij als commentaar.",
        "Answers from clusteradvies intake. The values are ids; each question and the chosen "
        "answer are given as comments.",
    ),
    "intake.saving_to": (
        "Je antwoorden worden na elke vraag bewaard in {file}.",
        "Your answers are saved to {file} after every question.",
    ),
    "intake.words": (
        "Typ bij elke vraag ? (waarom), weet niet, notitie (een toelichting bij je antwoord), "
        "terug of stop.",
        "At any question type ? (why), unknown, note (a note with your answer), back or stop.",
    ),
    "intake.keep": ("(Enter houdt '{value}')", "(Enter keeps '{value}')"),
    "intake.note.prompt": (
        "Toelichting bij deze vraag (Enter: niets veranderen, -: weghalen)",
        "Note with this question (Enter: change nothing, -: remove it)",
    ),
    "intake.note.saved": ("Toelichting bewaard.", "Note saved."),
    "intake.note.removed": ("Toelichting weggehaald.", "Note removed."),
    "intake.note.current": ("✎ {note}", "✎ {note}"),
    "intake.progress": ("vraag {n} van {total}", "question {n} of {total}"),
    "intake.progress.most": ("vraag {n} van hoogstens {total}", "question {n} of at most {total}"),
    "intake.readiness_now": ("gereedheid nu {range}", "readiness now {range}"),
    "intake.quick.start": (
        "Snelle scan: steeds de vraag die de diagnose het meest kan veranderen, hoogstens {cap}.",
        "Quick scan: each time the question that can change the diagnosis most, at most {cap}.",
    ),
    "intake.quick.why": (
        "Waarom nu: van de open vragen kan het antwoord hierop de diagnose het meest veranderen.",
        "Why now: of the open questions, the answer to this one can change the diagnosis most.",
    ),
    "intake.quick.entering": (
        "Een antwoord kan dit in de top-{top} brengen:",
        "An answer can bring this into the top {top}:",
    ),
    "intake.quick.opens": (
        "Het antwoord kan de weg openen naar een vervolgvraag die veel kan veranderen: "
        "'{question}'",
        "The answer can open the way to a follow-up question that can change much: '{question}'",
    ),
    "intake.quick.band": (
        "Een antwoord kan de band veranderen (nu: {band}).",
        "An answer can change the band (now: {band}).",
    ),
    "intake.quick.narrower": (
        "Het bereik kan smaller worden: nu {now}, met één antwoord {then}.",
        "The range can narrow: now {now}, with one answer {then}.",
    ),
    "intake.quick.settled": (
        "Snelle scan klaar na {count}: geen antwoord op een overgebleven vraag verandert de "
        "top-{top} of de band nog.",
        "Quick scan done after {count}: no answer to a remaining question changes the top "
        "{top} or the band any more.",
    ),
    "intake.quick.cap": (
        "Snelle scan klaar: het maximum van {cap} vragen is bereikt.",
        "Quick scan done: the maximum of {cap} questions is reached.",
    ),
    "intake.quick.skipped": (
        "{n} vragen overgeslagen ({where}). De rest in de gewone volgorde: {command}",
        "{n} questions skipped ({where}). The rest in the usual order: {command}",
    ),
    "intake.answer": ("Antwoord", "Answer"),
    "intake.hint.choice": ("1–{n}", "1–{n}"),
    "intake.hint.multi": ("een of meer van 1–{n}, bv. 1,3", "one or more of 1–{n}, e.g. 1,3"),
    "intake.hint.yesno": ("1–2 of ja/nee", "1–2 or yes/no"),
    "intake.hint.integer": ("{min}–{max}", "{min}–{max}"),
    "intake.hint.default": ("Enter = {value}", "Enter = {value}"),
    "intake.current": ("Nu: {value} (Enter houdt dit)", "Now: {value} (Enter keeps it)"),
    "intake.first": ("Dit is de eerste vraag.", "This is the first question."),
    "intake.why": ("Waarom deze vraag?", "Why this question?"),
    "intake.why.factors": ("Weegt mee in", "Bears on"),
    "intake.why.sections": ("In het rapport", "In the report"),
    "intake.why.rules": ("Wat dit antwoord kan betekenen", "What this answer can mean"),
    "intake.why.more": (
        "… en nog {n}; typ nog eens ? om alles te zien.",
        "… and {n} more; type ? again to see them all.",
    ),
    "intake.name": ("Naam van de samenwerking", "Name of the cooperation"),
    "intake.name.why": (
        "De naam staat boven de diagnose en in het antwoordenbestand.",
        "The name heads the diagnosis and the answers file.",
    ),
    "intake.name.empty": ("Typ een naam.", "Type a name."),
    "intake.role": ("In welke rol vul je dit in?", "In which role are you answering?"),
    "intake.role.why": (
        "Wie een programma of regeling opzet (overheid, brancheorganisatie, programmabureau) "
        "krijgt ook de lessen van het rapport over programma's en de vragen over de regeling; "
        "een overheid bovendien die over marktfalen en haar eigen rol (Box 0, 2.4, 3.7).",
        "Whoever sets up a programme or scheme (government, trade organisation, programme "
        "office) also gets the report's lessons on programmes and the questions about the "
        "scheme; a government also those on market failure and its own role (Box 0, 2.4, 3.7).",
    ),
    "intake.role.known": ("Kies een rol; die is nodig.", "Choose a role; it is needed."),
    "intake.summary": ("Je antwoorden", "Your answers"),
    "intake.summary.question": ("vraag", "question"),
    "intake.summary.answer": ("antwoord", "answer"),
    "intake.summary.prompt": (
        "Nummer om te wijzigen, n naam, r rol, l lijst; Enter voor de diagnose",
        "Number to change, n name, r role, l list; Enter for the diagnosis",
    ),
    "intake.summary.invalid": (
        "Typ een nummer van 1 tot {n}, n, r of l, of Enter voor de diagnose.",
        "Type a number from 1 to {n}, n, r or l, or Enter for the diagnosis.",
    ),
    "intake.summary.name": ("Naam", "Name"),
    "intake.summary.unchanged": ("Niets gewijzigd.", "Nothing changed."),
    "intake.summary.unknowns": (
        "Deze ‘weet niet’-antwoorden maken het meeste uit:",
        "These ‘don't know’ answers matter most:",
    ),
    "intake.summary.unknown.top": ("kan de top-{top} veranderen", "can change the top {top}"),
    "intake.summary.unknown.band": ("kan de band veranderen", "can change the band"),
    "intake.summary.unknowns.more": (
        "en nog {n} die de top-{top} of de band kunnen veranderen",
        "and {n} more that can change the top {top} or the band",
    ),
    "intake.summary.unknowns.hint": (
        "Zoek die eerst uit; typ het nummer om alsnog te antwoorden.",
        "Find those out first; type the number to answer now.",
    ),
    "intake.summary.unknowns.none": (
        "Je ‘weet niet’-antwoorden ({n}) kunnen de top-{top} en de band niet meer veranderen.",
        "Your ‘don't know’ answers ({n}) can no longer change the top {top} or the band.",
    ),
    "intake.resume": (
        "{how}; {count} bewaard. Verder: {command}",
        "{how}; {count} saved. Go on: {command}",
    ),
    "intake.count.one": ("1 antwoord", "1 answer"),
    "intake.count.many": ("{n} antwoorden", "{n} answers"),
    "intake.resuming": (
        "{name}: {count} ingevuld, nog {left} te gaan.",
        "{name}: {count} given, {left} to go.",
    ),
    "intake.resuming_complete": (
        "{name}: {count} ingevuld, alles is beantwoord.",
        "{name}: {count} given, every question answered.",
    ),
    "intake.stopped": ("Gestopt", "Stopped"),
    "intake.interrupted": ("Onderbroken", "Interrupted"),
    "intake.input_ended": ("Invoer beëindigd", "Input ended"),
    "intake.nothing_saved": ("{how}; er is nog niets bewaard.", "{how}; nothing was saved yet."),
    "intake.done": (
        "Antwoorden bewaard in {file}.\nOpnieuw bekijken: {command}",
        "Answers saved in {file}.\nTo see this again: {command}",
    ),
    "intake.no_terminal": (
        "intake stelt vragen en heeft een terminal nodig; zonder terminal: "
        "'clusteradvies advise BESTAND' of 'clusteradvies intake --data BESTAND'",
        "intake asks questions and needs a terminal; without one use "
        "'clusteradvies advise FILE' or 'clusteradvies intake --data FILE'",
    ),
    "intake.missing": (
        "{file} mist antwoorden op: {ids}; vul ze aan in een terminal met "
        "'clusteradvies intake {option} {file}', of zet ze op weet_niet",
        "{file} lacks answers to: {ids}; add them in a terminal with "
        "'clusteradvies intake {option} {file}', or set them to weet_niet",
    ),
    "intake.exists": (
        "{file} bestaat al; verder met --resume {file}, overschrijven met --force, "
        "of kies een ander --answers-out",
        "{file} already exists; continue with --resume {file}, overwrite with --force, "
        "or choose another --answers-out",
    ),
    "intake.in_use": (
        "{file} is in gebruik door een andere intake ({process}); rond die eerst af, "
        "of kies een ander bestand",
        "{file} is in use by another intake ({process}); finish that one first, "
        "or choose another file",
    ),
    "intake.process": ("proces {pid}", "process {pid}"),
    "intake.unknown_process": ("een ander proces", "another process"),
    "intake.no_lock": (
        "let op: {file} kan niet worden vergrendeld ({reason}); start geen tweede intake "
        "op dit bestand",
        "note: {file} cannot be locked ({reason}); do not start a second intake on this file",
    ),
    # --- combine: several partners' answers for one collaboration ---
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
    # --- compare: two assessments of one collaboration ---
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
    "none_found": ("Geen.", "None."),
}


def t(key: str, lang: str) -> str:
    """The message for ``key`` in ``lang`` (``nl`` or ``en``)."""
    nl, en = MESSAGES[key]
    return en if lang == "en" else nl
