"""The language the tool speaks about itself: help, usage errors, and the messages it gives
before it has read a file that names a language.

It is ``--lang`` where the command line gives one, otherwise the user's locale (``LANGUAGE``,
``LC_ALL``, ``LC_MESSAGES``, ``LANG``, the first one set): English for an ``en…`` locale,
Dutch for any other — Dutch is the tool's default. The output itself (the diagnosis, a report)
follows ``--lang``, else the project file's own language.

Help texts are written in Dutch with ``said(nl, en)``, which returns the Dutch and remembers
the English; ``in_language`` gives either. Only the standard library is imported here: every
command module uses ``said`` when it is imported, and ``clusteradvies --help`` must stay fast.
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping, Sequence

LANGUAGES = ("nl", "en")
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_ENGLISH: dict[str, str] = {}
_DUTCH: dict[str, str] = {
    # Typer's and Click's own help texts, which they write in English.
    "Show this message and exit.": "Toon deze hulp en stop.",
    "Install completion for the current shell.": "Installeer de aanvulling voor je shell.",
    "Show completion for the current shell, to copy it or customize the installation.": (
        "Toon het aanvulscript voor je shell, om het zelf te kopiëren of aan te passen."
    ),
}
_current = "nl"


def said(nl: str, en: str) -> str:
    """A help text in both languages: the Dutch is returned, the English kept beside it."""
    _ENGLISH[_key(nl)] = inspect.cleandoc(en)
    return nl


def in_language(text: str, lang: str) -> str:
    """``text`` (a Dutch text given to ``said``, or one of Typer's English ones) in ``lang``;
    a text that has no translation is returned as it is."""
    key = _key(text)
    if lang == "en":
        return _ENGLISH.get(key, text)
    return _DUTCH.get(key, text)


def from_command_line(args: Sequence[str], environ: Mapping[str, str]) -> str:
    """``--lang nl|en`` (or ``--lang=…``) among ``args``, else the locale, else Dutch."""
    for i, arg in enumerate(args):
        if arg == "--":
            break
        value = None
        if arg == "--lang" and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if value is not None and value.lower() in LANGUAGES:
            return value.lower()
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "")
        if value:
            # LANGUAGE is a list (en_GB:nl); the first entry is the user's first choice.
            return "en" if value.split(":")[0].lower().startswith("en") else "nl"
    return "nl"


def current() -> str:
    """The language chosen for this run (``set_current``); Dutch until then."""
    return _current


def set_current(lang: str) -> None:
    global _current
    _current = lang


def _key(text: str) -> str:
    # Click tidies help texts (indentation, outer blank lines), so both sides are compared tidied.
    return inspect.cleandoc(text)
