"""Typer's and Click's usage errors, in the user's language and in the tool's own shape.

Click writes its messages in English, in f-strings (no catalogue to translate them with), and
Typer boxes them in a Rich panel. Every other message of this tool is one plain line on
stderr, ``clusteradvies: …``; so is a usage error, followed by where to find help:

    clusteradvies advise: onbekende optie --lnag (bedoel je --lang?)
    Zie 'clusteradvies advise --help'.

The messages are recognised by their English wording, one pattern each below; one that is not
recognised is shown as Click wrote it. A test runs every usage error of every command in Dutch
and finds no English left, so a new Typer wording shows up there.
"""

from __future__ import annotations

import re
import sys
from typing import Any

# (English pattern, Dutch) — the Dutch may use the pattern's groups as \1, \2.
_MESSAGES: tuple[tuple[str, str], ...] = (
    (r"No such command '(.*?)'\.? Did you mean (.*)\?", r"onbekend commando '\1' (bedoel je \2?)"),
    (r"No such command '(.*?)'\.?", r"onbekend commando '\1'"),
    (r"No such option: (\S+) Did you mean (\S+)\?", r"onbekende optie \1 (bedoel je \2?)"),
    (r"No such option: (\S+) \(Possible options: (.*)\)", r"onbekende optie \1 (bedoel je \2?)"),
    (r"No such option: (\S+)", r"onbekende optie \1"),
    (r"Missing argument '(.*?)'\.?", r"het argument \1 ontbreekt"),
    (r"Missing option '(.*?)'\.?", r"de optie \1 ontbreekt"),
    (r"Missing command\.?", "welk commando? Kies er een uit de lijst"),
    (r"Option '(.*?)' requires an argument\.?", r"de optie \1 vraagt een waarde"),
    (r"Option '(.*?)' requires (\d+) arguments\.?", r"de optie \1 vraagt \2 waarden"),
    (r"Option '(.*?)' does not take a value\.?", r"de optie \1 neemt geen waarde"),
    (r"Got unexpected extra argument(?:s|\(s\))? \((.*)\)", r"onverwacht extra argument: \1"),
)
_VALUES: tuple[tuple[str, str], ...] = (
    (r"(?:Value error, )?'(.*?)' is not one of (.*?)\.?", r"'\1' kan niet; kies uit \2"),
    (r"Input should be greater than or equal to (\S+)", r"moet minstens \1 zijn"),
    (r"Input should be less than or equal to (\S+)", r"mag hoogstens \1 zijn"),
    (r"Input should be greater than (\S+)", r"moet groter zijn dan \1"),
    (r"Input should be less than (\S+)", r"moet kleiner zijn dan \1"),
    (r"Input should be a valid integer.*", "moet een heel getal zijn"),
    (r"Input should be a valid number.*", "moet een getal zijn"),
    (r".*'(.*?)' is not a valid integer\.?", r"'\1' is geen heel getal"),
    (r".*'(.*?)' is not a valid float\.?", r"'\1' is geen getal"),
    (r"(?:file|File|path|Path) '(.*?)' is a directory\.?", r"'\1' is een map, geen bestand"),
    (r"(?:dir|Directory|directory) '(.*?)' is a file\.?", r"'\1' is een bestand, geen map"),
    (r"\w+ '(.*?)' does not exist\.?", r"'\1' bestaat niet"),
    (r"\w+ '(.*?)' is not readable\.?", r"'\1' is niet leesbaar"),
    (r"\w+ '(.*?)' is not writable\.?", r"'\1' is niet schrijfbaar"),
)
HELP_HINT = {"nl": "Zie '{command} --help'.", "en": "See '{command} --help'."}


def in_dutch(message: str) -> str:
    """Click's English message in Dutch, where its wording is known."""
    text = message.strip()
    invalid = re.fullmatch(r"Invalid value for '(.*?)': (.*)", text, flags=re.DOTALL)
    if invalid:
        return f"ongeldige waarde voor {invalid[1]}: {_translated(_VALUES, invalid[2])}"
    invalid = re.fullmatch(r"Invalid value: (.*)", text, flags=re.DOTALL)
    if invalid:
        return f"ongeldige waarde: {_translated(_VALUES, invalid[1])}"
    return _translated(_MESSAGES, text)


def _translated(table: tuple[tuple[str, str], ...], text: str) -> str:
    for pattern, dutch in table:
        match = re.fullmatch(pattern, text.strip(), flags=re.DOTALL)
        if match:
            return match.expand(dutch)
    return text


def show(error: Any, lang: str) -> None:
    """One line for a Click usage error (``UsageError``, ``BadParameter``…), then the help hint."""
    message = error.format_message()
    message = in_dutch(message) if lang != "en" else message.replace("Value error, ", "")
    ctx = getattr(error, "ctx", None)
    command = ctx.command_path if ctx is not None else "clusteradvies"
    sys.stderr.write(f"{command}: {message}\n")
    sys.stderr.write(HELP_HINT["en" if lang == "en" else "nl"].format(command=command) + "\n")
