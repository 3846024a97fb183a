"""The options several commands share, defined once so that they read and behave the same.

Only Typer and ``enum`` are imported: every command module uses these at import time, and
``clusteradvies --help`` must not load the core.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

import typer

from clusteradvies.render.formats import (
    AdviseFormatName,
    CheckFormatName,
    CombineFormatName,
    CompareFormatName,
    KbListFormatName,
    ReportFormatName,
    ScoreFormatName,
)

KB = typer.Option(
    None,
    "--kb",
    help="Een andere kennismap gebruiken / use another knowledge directory.",
    file_okay=False,
    dir_okay=True,
)
LANG = typer.Option(
    None,
    "--lang",
    metavar="nl|en",
    help="Taal van de uitvoer (standaard: die van de invoer, anders nl) / output language "
    "(default: the input's, else nl).",
    show_default=False,
)
"""Checked by ``common.check_lang``; each command says what its input's language is."""
TOP = typer.Option(
    5,
    "--top",
    min=0,
    metavar="N",
    help="Hoeveel adviezen tonen, 0 = alle / how many advice items to show, 0 = all.",
)
OUTPUT = typer.Option(
    None,
    "--output",
    "-o",
    metavar="FILE",
    help="Schrijf naar dit bestand in plaats van stdout / write to this file, not stdout.",
    show_default=False,
)
FORCE = typer.Option(
    False,
    "--force",
    help="Een bestaand bestand overschrijven / overwrite an existing file.",
)
PROJECT = typer.Argument(
    ...,
    metavar="FILE",
    help="Projectbeschrijving (YAML), of - voor stdin / project description (YAML), or - "
    "for stdin.",
)


def _format(names: type[Enum], default: Enum | None) -> Any:
    """``--format`` with the names of one command's enum, listed the same way everywhere."""
    values = [member.value for member in names]
    listed = f"{', '.join(values[:-1])} of/or {values[-1]}"
    if default is None:  # the command chooses from its output file
        return typer.Option(
            None,
            "--format",
            help=f"{listed} (standaard: naar de naam van --output / default: from --output's "
            "name).",
            show_default=False,
        )
    return typer.Option(default, "--format", help=f"{listed}.")


ADVISE_FORMAT = _format(AdviseFormatName, AdviseFormatName.text)
COMBINE_FORMAT = _format(CombineFormatName, CombineFormatName.text)
COMPARE_FORMAT = _format(CompareFormatName, CompareFormatName.text)
REPORT_FORMAT = _format(ReportFormatName, None)
SCORE_FORMAT = _format(ScoreFormatName, ScoreFormatName.table)
CHECK_FORMAT = _format(CheckFormatName, CheckFormatName.text)
KB_LIST_FORMAT = _format(KbListFormatName, KbListFormatName.table)
