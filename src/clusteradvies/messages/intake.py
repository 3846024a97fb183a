"""The intake (``clusteradvies intake``): typed answers, the conversation, the answers file
and resuming."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # key: (nl, en)
    # --- typed answers (typed_answers.parse_text) ---
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
}
