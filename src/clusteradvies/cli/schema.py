"""``clusteradvies schema``: the JSON Schema of project files, generated from the questions."""

from __future__ import annotations

from pathlib import Path

import typer

from clusteradvies.cli import common, options
from clusteradvies.cli.language import said
from clusteradvies.cli.typer_classes import Command


def schema(kb_dir: Path | None = options.KB) -> None:
    """The JSON Schema of project files."""
    import json

    from clusteradvies.project.schema import project_schema

    kb = common.load_kb(kb_dir)
    typer.echo(json.dumps(project_schema(kb), ensure_ascii=False, indent=2))


def register(app: typer.Typer) -> None:
    app.command(
        "schema",
        cls=Command,
        help=said(
            "Het JSON Schema van projectbestanden, voor editors.",
            "The JSON Schema of project files, for editors.",
        ),
    )(schema)
