"""The located problems of project files and knowledge directories, in Dutch.

The core words its problems in English, once, where it finds them (``file:line: key: message``,
the same for every caller and in the checks). A Dutch user of ``advise``, ``score`` or the
intake reads them through this table: each known wording is a pattern with its Dutch. A wording
that is not known is shown as the core wrote it; a test feeds every kind of broken project file
through the commands in Dutch and finds no English left.

The YAML parser's own explanations (libyaml's) are translated where they are common; a rare one
keeps the parser's words after the Dutch frame.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from clusteradvies.errors import Problem

_HINT = (r"(.*) \(did you mean '(.*?)'\?\)", r" (bedoel je '\2'?)")

_MESSAGES: tuple[tuple[str, str], ...] = (
    (r"unknown key '(.*?)'; expected one of (.*)", r"onbekende sleutel '\1'; verwacht een van \2"),
    (r"unknown key '(.*?)'", r"onbekende sleutel '\1'"),
    (r"unknown question '(.*?)'", r"onbekende vraag '\1'"),
    (r"unknown id '(.*?)'", r"onbekend id '\1'"),
    (r"unknown check code '(.*?)'", r"onbekende controlecode '\1'"),
    (
        r"the report's text was not found \((.*): no \.txt file\); set (\w+)",
        r"de tekst van het rapport is niet gevonden (\1: geen .txt-bestand); wijs die aan met \2",
    ),
    (
        r"no knowledge directory to look beside; set (\w+)",
        r"geen kennismap om naast te zoeken; wijs de tekst aan met \1",
    ),
    (r"required key is missing", "deze verplichte sleutel ontbreekt"),
    (r"duplicate key '(.*?)' \(first at line (\d+)\)", r"dubbele sleutel '\1' (eerst op regel \2)"),
    (r"a key must be plain text", "een sleutel moet gewone tekst zijn"),
    (r"not UTF-8 text", "geen UTF-8-tekst"),
    (r"no such directory", "deze map bestaat niet"),
    (r"no such file", "dit bestand bestaat niet"),
    (r"is a directory; expected a YAML file", "dit is een map; verwacht een YAML-bestand"),
    (r"a symbolic link to a missing file", "een symbolische koppeling naar een ontbrekend bestand"),
    (
        r"a symbolic link that loops \(it leads back to itself\)",
        "een symbolische koppeling die rondloopt (ze leidt naar zichzelf terug)",
    ),
    (r"permission denied", "geen toestemming om dit te lezen"),
    (r"too large: more than (\S+) MB of YAML", r"te groot: meer dan \1 MB aan YAML"),
    (
        r"not UTF-8 text: byte (0x\w+); save the file as UTF-8",
        r"geen UTF-8-tekst: byte \1; bewaar het bestand als UTF-8",
    ),
    (
        r"control character U\+(\w+) is not allowed in YAML text",
        r"het stuurteken U+\1 mag niet in YAML-tekst staan",
    ),
    (r"nested more than (\d+) levels deep", r"dieper genest dan \1 niveaus"),
    (r"more than (\d+) aliases \(\*name\)", r"meer dan \1 verwijzingen (*naam)"),
    (
        r"the alias '(.*?)' refers to a list or mapping that contains it",
        r"de verwijzing '\1' wijst naar een lijst of mapping die haar zelf bevat",
    ),
    (
        r"the alias '(.*?)' refers to no anchor \(&name\) before it",
        r"de verwijzing '\1' wijst niet naar een anker (&naam) ervoor",
    ),
    (
        r"more than (\S+) values \(every use of an alias counts as a copy of what it names\)",
        r"meer dan \1 waarden (elke verwijzing telt als een kopie van waar ze naar wijst)",
    ),
    (
        r"the tag '(.*?)' is not allowed \(a file holds only text, numbers, true/false, lists "
        r"and mappings\)",
        r"het label '\1' mag niet (een bestand bevat alleen tekst, getallen, true/false, "
        r"lijsten en mappings)",
    ),
    (r"a number of more than (\d+) digits", r"een getal van meer dan \1 cijfers"),
    (r"could not be scored: (.*)", r"kon niet worden gescoord: \1"),
    (
        r"'(.*?)' is given twice; name each choice once",
        r"'\1' staat er twee keer; noem elke keuze één keer",
    ),
    (
        r"'(.*?)' only means something beside weet_niet \(the rest is unknown\)",
        r"'\1' betekent alleen iets naast weet_niet (de rest is onbekend)",
    ),
    (r"'(.*?)' is both named and ruled out", r"'\1' is zowel genoemd als uitgesloten"),
    (
        r"a list of only weet_niet says nothing; answer weet_niet without a list",
        "een lijst met alleen weet_niet zegt niets; antwoord weet_niet zonder lijst",
    ),
    (
        r"merge keys \(<<\) are not supported; write the keys out",
        "samenvoegsleutels (<<) worden niet ondersteund; schrijf de sleutels uit",
    ),
    (
        r"a NUL byte: this looks like a binary file, not YAML text",
        "een NUL-byte: dit lijkt een binair bestand, geen YAML-tekst",
    ),
    (r"UTF-(16|32) text; save the file as UTF-8", r"UTF-\1-tekst; bewaar het bestand als UTF-8"),
    (
        r"a second document \(---\): a file holds one",
        "een tweede document (---): een bestand bevat er één",
    ),
    (r"String should have at least 1 character", "mag niet leeg zijn"),
    (r"String should have at least (\d+) characters", r"moet minstens \1 tekens lang zijn"),
    (
        r"expected lower-case words joined by '\.', '-' or '_' \(snake_case for questions\)",
        "verwacht woorden in kleine letters, verbonden met '.', '-' of '_' (snake_case voor "
        "vragen)",
    ),
    (
        r"duplicate (\w+) id '(.*?)' \(first at (.*)\)",
        r"dubbel id '\2' voor een \1 (eerst in \3)",
    ),
    (r"no such file or directory", "dit bestand of deze map bestaat niet"),
    (r"YAML nested too deeply", "de YAML is te diep genest"),
    (r"not a directory", "dit is geen map"),
    (r"no \.yaml files in this directory", "geen .yaml-bestanden in deze map"),
    (
        r"expected a mapping with name, role and answers \(see 'clusteradvies schema'\)",
        "verwacht een YAML-mapping met de sleutels 'name', 'role' en 'answers' (zie "
        "'clusteradvies schema')",
    ),
    (r"expected a mapping with keys (.*)", r"verwacht een YAML-mapping met de sleutels \1"),
)
_EXPECTED: tuple[tuple[str, str], ...] = (
    (r"true or false", "true of false"),
    (r"one of (.*)", r"een van \1"),
    (r"a list of (.*)", r"een lijst met \1"),
    (r"a whole number from (-?\d+) to (-?\d+)", r"een heel getal van \1 tot en met \2"),
    (r"a whole number", "een heel getal"),
    (r"a number", "een getal"),
    (r"a valid string", "tekst"),
    (r"a valid dictionary", "een YAML-mapping (sleutel: waarde)"),
    (r"a valid list", "een lijst"),
    (r"a valid integer.*", "een heel getal"),
    (r"a valid boolean.*", "true of false"),
    (r"(.*), (.*) or (.*)", r"\1, \2 of \3"),
    (r"(\S+) or (\S+)", r"\1 of \2"),
    (r"(\S+)", r"\1"),
)
_YAML: tuple[tuple[str, str], ...] = (
    (r"did not find expected node content", "hier ontbreekt een waarde"),
    (
        r"mapping values are not allowed here",
        "hier mag geen ': waarde' staan (vergeten aanhalingstekens?)",
    ),
    (r"could not find expected ':'", "hier ontbreekt een ':'"),
    (
        r"mapping values are not allowed in this context",
        "hier mag geen ': waarde' staan (let op het inspringen)",
    ),
    (
        r"a tab character, where YAML allows only spaces \(indent with spaces\)",
        "een tab, waar YAML alleen spaties toestaat (spring in met spaties)",
    ),
    (r"did not find expected hexdecimal number", "hier werd een hexadecimaal getal verwacht"),
    (r"did not find expected key", "hier werd een sleutel verwacht (let op het inspringen)"),
    (r"did not find expected '-' indicator", "hier werd een '-' verwacht (let op het inspringen)"),
    (
        r"found character that cannot start any token",
        "een teken waarmee niets kan beginnen (een tab?)",
    ),
    (r"found unexpected end of stream", "het bestand houdt onverwacht op"),
    (r"found undefined alias", "een verwijzing (*naam) naar iets wat niet bestaat"),
    (r"found unknown escape character", "een onbekende \\-code in tekst tussen aanhalingstekens"),
    (
        r"(?:did not find )?expected '(.)' or '(.)'(?:, but got .*)?",
        r"hier werd '\1' of '\2' verwacht",
    ),
    (r"nested too deeply", "te diep genest"),
    (r"invalid YAML", "onleesbaar"),
)


def in_dutch(message: str) -> str:
    """One problem's message in Dutch, where its wording is known."""
    hint = ""
    said = re.fullmatch(_HINT[0], message, flags=re.DOTALL)
    if said:
        message, hint = said[1], said.expand(_HINT[1])
    if message.startswith("invalid YAML: "):
        return "ongeldige YAML: " + _first(_YAML, message.removeprefix("invalid YAML: ")) + hint
    got = re.fullmatch(r"expected (.*?)(?: \(or (\w+)\))?(?:[;,] got (.*))?", message, re.DOTALL)
    if got and not message.startswith("expected a mapping"):
        text = "verwacht " + _first(_EXPECTED, got[1])
        text += f" (of {got[2]})" if got[2] else ""
        text += f"; gekregen: {got[3]}" if got[3] else ""
        return text + hint
    return _first(_MESSAGES, message) + hint


def localised(problem: Problem, lang: str) -> Problem:
    """The problem with its message in ``lang`` (the core's own words are English)."""
    if lang == "en":
        return problem
    return dataclasses.replace(problem, message=in_dutch(problem.message))


def _first(table: tuple[tuple[str, str], ...], text: str) -> str:
    for pattern, dutch in table:
        match = re.fullmatch(pattern, text, flags=re.DOTALL)
        if match:
            return match.expand(dutch)
    return text
