"""The ``clusteradvies`` command: one Typer app, one module per command (group).

Only Typer is imported here; each command imports the core (experta, pydantic, YAML) inside
its function, so ``clusteradvies --help`` stays fast.
"""

from __future__ import annotations

import sys

import typer

from clusteradvies import __version__

app = typer.Typer(
    name="clusteradvies",
    help=(
        "Advies voor ICT-samenwerking tussen MKB-bedrijven, op basis van één onderzoeksrapport. "
        "Advice for ICT cooperation between SMEs, based on one research report."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
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
        callback=_version,
        is_eager=True,
        help="Toon de versie / show the version.",
    ),
) -> None:
    """Advies voor ICT-samenwerking tussen MKB-bedrijven / advice for SME ICT cooperation."""


def _register() -> None:
    # Each module adds its commands; imported here so that a broken one names itself.
    from clusteradvies.cli import registry

    for register in registry.REGISTRARS:
        register(app)


def main() -> None:
    """Entry point of the console script."""
    from clusteradvies.cli.streams import guarded_streams

    _register()
    try:
        with guarded_streams():
            app()
    except KeyboardInterrupt:  # a command that can lose input handles this itself
        sys.stderr.write("\nAfgebroken / interrupted.\n")
        sys.exit(130)
