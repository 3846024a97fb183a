"""The options several commands share, defined once so that they read and behave the same.

Only Typer and ``enum`` are imported: every command module uses these at import time, and
``clusteradvies --help`` must not load the core. Help texts are Dutch with their English beside
them (``said``); the help shows one of the two (``cli/language.py``).
"""

from __future__ import annotations

from enum import Enum
from typing import Any

import typer

from clusteradvies.cli.language import said
from clusteradvies.render.formats import (
    AdviseFormatName,
    CheckFormatName,
    CombineFormatName,
    CompareFormatName,
    KbListFormatName,
)

FILE = said("BESTAND", "FILE")
DIR = said("MAP", "DIR")

KB = typer.Option(
    None,
    "--kb",
    metavar=DIR,
    help=said("Een andere kennismap gebruiken.", "Use another knowledge directory."),
    file_okay=False,
    dir_okay=True,
    show_default=False,
)
LANG = typer.Option(
    None,
    "--lang",
    metavar="nl|en",
    help=said(
        "Taal van de uitvoer (standaard: die van het bestand, anders nl).",
        "Output language (default: the file's, else nl).",
    ),
    show_default=False,
)
"""Checked by ``common.check_lang``; each command says what its input's language is."""
TOP = typer.Option(
    5,
    "--top",
    min=0,
    metavar="N",
    help=said("Hoeveel adviezen tonen; 0 = alle.", "How many pieces of advice to show; 0 = all."),
)
OUTPUT = typer.Option(
    None,
    "--output",
    "-o",
    metavar=FILE,
    help=said(
        "Schrijf naar dit bestand in plaats van naar het scherm.",
        "Write to this file instead of standard output.",
    ),
    show_default=False,
)
FORCE = typer.Option(
    False,
    "--force",
    help=said("Een bestaand bestand overschrijven.", "Overwrite an existing file."),
)
PROJECT = typer.Argument(
    ...,
    metavar=FILE,
    help=said(
        "Projectbeschrijving (YAML), of - voor standaardinvoer.",
        "Project description (YAML), or - for standard input.",
    ),
    show_default=False,
)


def _format(default: Enum | None) -> Any:
    """``--format`` with the names of one command's enum; the help shows them as its type."""
    if default is None:  # the command chooses from its output file
        return typer.Option(
            None,
            "--format",
            help=said(
                "Vorm van de uitvoer (standaard: naar de extensie van --output).",
                "Output format (default: from the extension of --output).",
            ),
            show_default=False,
        )
    return typer.Option(default, "--format", help=said("Vorm van de uitvoer.", "Output format."))


ADVISE_FORMAT = _format(AdviseFormatName.text)
COMBINE_FORMAT = _format(CombineFormatName.text)
COMPARE_FORMAT = _format(CompareFormatName.text)
REPORT_FORMAT = _format(None)
SCORE_FORMAT = _format(None)
CHECK_FORMAT = _format(CheckFormatName.text)
KB_LIST_FORMAT = _format(KbListFormatName.table)
