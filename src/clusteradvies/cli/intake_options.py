"""The options of ``clusteradvies intake`` (the command itself is in ``cli/intake.py``), and
``Asking``: what they make of how the intake asks."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import typer

from clusteradvies.cli import options
from clusteradvies.cli.language import said

QUICK_CAP = 15
"""``intake.quick.CAP``, written out so that starting the program does not import the engine
(a test holds the two equal)."""

ANSWERS_OUT = typer.Option(
    None,
    "--answers-out",
    metavar=options.FILE,
    help=said(
        "Waar de antwoorden heen gaan (standaard: antwoorden-DATUM.yaml hier).",
        "Where the answers go (default: answers-DATE.yaml here).",
    ),
    show_default=False,
    dir_okay=False,
)

RESUME = typer.Option(
    None,
    "--resume",
    metavar=options.FILE,
    help=said(
        "Ga verder waar je stopte, in dit bestand.", "Continue where you stopped, in this file."
    ),
    show_default=False,
)

DATA = typer.Option(
    None,
    "--data",
    metavar=options.FILE,
    help=said(
        "Vul de antwoorden vooraf in uit een projectbestand.",
        "Pre-fill the answers from a project file.",
    ),
    show_default=False,
)

NAME = typer.Option(
    None,
    "--name",
    metavar=said("NAAM", "NAME"),
    help=said("De naam van de samenwerking.", "The collaboration's name."),
    show_default=False,
)

ROLE = typer.Option(
    None,
    "--role",
    metavar=said("ROL", "ROLE"),
    help=said(
        "deelnemer, coordinator, overheid of programma (ook: participant, government, programme).",
        "participant, coordinator, government or programme (also: deelnemer, overheid, programma).",
    ),
    show_default=False,
)

QUICK = typer.Option(
    False,
    "--snel",
    "--quick",
    help=said(
        "Snelle scan: steeds de vraag die de diagnose het meest kan veranderen; stopt als "
        "de top-5 en de band vastliggen.",
        "Quick scan: each time the question that can change the diagnosis most; stops "
        "when the top five and the band are settled.",
    ),
)

MAX_QUESTIONS = typer.Option(
    QUICK_CAP,
    "--max-vragen",
    "--max-questions",
    min=1,
    metavar="N",
    help=said("Hoogstens zoveel vragen in een snelle scan.", "At most this many in a quick scan."),
)


@dataclass(frozen=True)
class Asking:
    """How this intake asks and shows: the advice shown, the --kb given, a quick scan's cap."""

    top: int
    kb_dir: Path | None
    quick_cap: int | None
    """At most this many answers in a quick scan; None: the whole questionnaire in order."""
