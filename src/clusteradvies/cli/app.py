"""The ``clusteradvies`` command: one Typer app, one module per command (group).

Only Typer is imported here; each command imports the core (experta, pydantic, YAML) inside
its function, so ``clusteradvies --help`` stays fast. Help and usage errors speak the user's
language (``cli/language.py``, ``cli/typer_classes.py``).
"""

from __future__ import annotations

import gc
import sys

import typer

from clusteradvies import __version__
from clusteradvies.cli import language
from clusteradvies.cli.language import said
from clusteradvies.cli.typer_classes import Group
from clusteradvies.messages import t

app = typer.Typer(
    name="clusteradvies",
    cls=Group,
    help=said(
        "Advies voor ICT-samenwerking tussen MKB-bedrijven, op basis van één onderzoeksrapport.",
        "Advice for ICT cooperation between SMEs, based on one research report.",
    ),
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"clusteradvies {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False,
        "--version",
        "-V",
        callback=_version,
        is_eager=True,
        help=said("Toon de versie en stop.", "Show the version and exit."),
    ),
    lang: str | None = typer.Option(
        None,
        "--lang",
        metavar="nl|en",
        help=said(
            "Taal van de hulp en de meldingen (standaard: die van je systeem, anders nl).",
            "Language of help and messages (default: your system's, else nl).",
        ),
        show_default=False,
    ),
) -> None:
    """The tool's options before any command; ``--lang`` is read before parsing
    (``cli/language.py``)."""


def _register() -> None:
    # Each module adds its commands; imported here so that a broken one names itself.
    from clusteradvies.cli import registry

    for register in registry.REGISTRARS:
        register(app)


def main() -> None:
    """Entry point of the console script."""
    from clusteradvies.cli.streams import guarded_streams

    # The cyclic collector walks every object it tracks, again and again while a command
    # starts (the core's imports, the knowledge, the engine) and once more as the process
    # exits, and finds next to nothing: the modules imported by now, and everything the
    # command leaves, live as long as the process. Frozen out of its sight (before the
    # command, and before the exit), a cold ``advise`` is ~50 ms faster.
    gc.freeze()
    _register()
    try:
        with guarded_streams():
            app()
    except KeyboardInterrupt:  # a command that can lose input handles this itself
        sys.stderr.write("\n" + t("cli.interrupted", language.current()) + "\n")
        sys.exit(130)
    finally:
        gc.freeze()
