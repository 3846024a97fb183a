"""``clusteradvies advise FILE``: the diagnosis and prioritised advice for one project."""

from __future__ import annotations

from pathlib import Path

import typer

from clusteradvies.cli import common
from clusteradvies.render.names import FormatName


def advise(
    file: Path = common.PROJECT_ARGUMENT,
    lang: str | None = typer.Option(
        None, "--lang", help="nl of/or en (standaard: die van het bestand / default: the file's)."
    ),
    fmt: FormatName = typer.Option(FormatName.text, "--format", help="text, json of/or markdown."),
    top: int = typer.Option(
        5, "--top", min=0, help="Aantal adviezen, 0 = alle / how many, 0 = all."
    ),
    what_if: bool = typer.Option(
        False,
        "--what-if",
        help="Welke haalbare antwoordwijzigingen helpen het meest / which realistic answer "
        "changes help most.",
    ),
    explain: bool = typer.Option(
        False,
        "--explain",
        help="Toon hoe elke conclusie tot stand kwam / show how each conclusion was reached.",
    ),
    kb_dir: Path | None = common.KB_OPTION,
) -> None:
    """Diagnose en geprioriteerd advies / diagnosis and prioritised advice."""
    from clusteradvies.diagnosis.advisor import Advisor
    from clusteradvies.render.protocol import RenderOptions, formatter

    kb = common.load_kb(kb_dir)
    project = common.read_project(file, kb)
    language = common.check_lang(lang) if lang else project.language
    advisor = Advisor(kb)
    diagnosis = common.run(lambda: advisor.diagnose(project))
    if what_if:
        from dataclasses import replace

        from clusteradvies.diagnosis.whatif import what_if as find_what_if

        diagnosis = replace(diagnosis, what_if=find_what_if(advisor, project, diagnosis))
    options = RenderOptions(language, top, explain, what_if)
    output = formatter(fmt).render(diagnosis, kb, options)
    if isinstance(output, str):
        typer.echo(output, nl=not output.endswith("\n"))
    else:
        common.console().print(output)


def register(app: typer.Typer) -> None:
    app.command("advise")(advise)
