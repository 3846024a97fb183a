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
    ReportFormatName,
    ScoreFormatName,
)

FILE = said("BESTAND", "FILE")
DIR = said("MAP", "DIR")
FORMAT = said("VORM", "FORMAT")

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


def _format(names: type[Enum], default: Enum | None) -> Any:
    """``--format``: its choices named in the help, in words (a long list of them in the
    help's narrow type column would break in the middle of a name)."""
    values = [member.value for member in names]
    nl = f"{', '.join(values[:-1])} of {values[-1]}"
    en = f"{', '.join(values[:-1])} or {values[-1]}"
    if default is None:  # the command chooses from its output file
        return typer.Option(
            None,
            "--format",
            metavar=FORMAT,
            help=said(
                f"Vorm van de uitvoer: {nl} (standaard: naar de extensie van --output).",
                f"Output format: {en} (default: from the extension of --output).",
            ),
            show_default=False,
        )
    return typer.Option(
        default,
        "--format",
        metavar=FORMAT,
        help=said(f"Vorm van de uitvoer: {nl}.", f"Output format: {en}."),
    )


ADVISE_FORMAT = _format(AdviseFormatName, AdviseFormatName.text)
COMBINE_FORMAT = _format(CombineFormatName, CombineFormatName.text)
COMPARE_FORMAT = _format(CompareFormatName, CompareFormatName.text)
REPORT_FORMAT = _format(ReportFormatName, None)
SCORE_FORMAT = _format(ScoreFormatName, None)
CHECK_FORMAT = _format(CheckFormatName, CheckFormatName.text)
KB_LIST_FORMAT = _format(KbListFormatName, KbListFormatName.table)
