"""The command line's own messages (``cli/``): output files, usage errors, files that cannot be
read, and what ``check`` says about its findings."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # key: (nl, en)
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
}
