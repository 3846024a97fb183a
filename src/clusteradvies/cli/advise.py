"""``clusteradvies advise FILE``: the diagnosis and prioritised advice for one project.

Exit codes: 0 done; 2 an invalid project file or knowledge, or an unknown ``--lang``.
"""

from __future__ import annotations

from pathlib import Path

import typer

from clusteradvies.cli import common, options, output
from clusteradvies.cli.language import said
from clusteradvies.cli.typer_classes import Command
from clusteradvies.render.formats import AdviseFormatName


def advise(
    file: Path = options.PROJECT,
    lang: str | None = options.LANG,
    fmt: AdviseFormatName = options.ADVISE_FORMAT,
    top: int = options.TOP,
    what_if: bool = typer.Option(
        False,
        "--what-if",
        help=said(
            "Toon welke haalbare wijzigingen in de antwoorden het meest helpen.",
            "Show which realistic changes to the answers help most.",
        ),
    ),
    explain: bool = typer.Option(
        False,
        "--explain",
        help=said(
            "Toon hoe elke conclusie tot stand kwam.", "Show how each conclusion was reached."
        ),
    ),
    kb_dir: Path | None = options.KB,
) -> None:
    """The diagnosis and the advice for one project file."""
    from clusteradvies.diagnosis.advisor import Advisor
    from clusteradvies.render.formats import RenderOptions
    from clusteradvies.render.renderers import diagnosis_format

    kb = common.load_kb(kb_dir)
    project = common.read_project(file, kb)
    language = common.check_lang(lang) if lang else project.language
    advisor = Advisor(kb)
    diagnosis = common.run(lambda: advisor.diagnose(project))
    if what_if:
        from dataclasses import replace

        from clusteradvies.diagnosis.whatif import what_if as find_what_if

        diagnosis = replace(diagnosis, what_if=find_what_if(advisor, project, diagnosis))
    render_options = RenderOptions(language, top, explain, what_if)
    output.emit(diagnosis_format(fmt, kb, render_options, common.console()).render(diagnosis))


def register(app: typer.Typer) -> None:
    app.command(
        "advise",
        cls=Command,
        help=said(
            "De diagnose en het advies voor één project, op volgorde van urgentie.",
            "The diagnosis and the advice for one project, most urgent first.",
        ),
    )(advise)
