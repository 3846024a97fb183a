"""``clusteradvies compare OLD NEW``: one collaboration assessed twice, and what changed.

Exit codes: 0 done; 2 bad input — a missing or invalid file (every problem of both files is
listed, one line each), an unknown ``--lang`` or a broken ``--kb``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from clusteradvies.cli import common, options, output, partner_files
from clusteradvies.cli.language import said
from clusteradvies.cli.typer_classes import Command
from clusteradvies.render.formats import CompareFormatName


def compare(
    old: Path = typer.Argument(
        ...,
        metavar=said("EERDER", "OLD"),
        help=said("De eerdere beoordeling.", "The earlier assessment."),
        show_default=False,
    ),
    new: Path = typer.Argument(
        ...,
        metavar=said("LATER", "NEW"),
        help=said("De latere beoordeling.", "The later one."),
        show_default=False,
    ),
    lang: str | None = options.LANG,
    fmt: CompareFormatName = options.COMPARE_FORMAT,
    top: int = options.TOP,
    kb_dir: Path | None = options.KB,
) -> None:
    """Progress between two assessments of one collaboration."""
    from clusteradvies.compare.comparison import compare as compare_diagnoses
    from clusteradvies.diagnosis.advisor import Advisor
    from clusteradvies.render.formats import RenderOptions
    from clusteradvies.render.renderers import comparison_format

    language = common.check_lang(lang) if lang else None
    kb = common.load_kb(kb_dir)
    before, after = partner_files.load_all([old, new], kb)
    if _name(before.name) != _name(after.name):
        # A renamed collaboration is possible, two different ones compared by mistake likelier.
        warning = common.said(
            "compare.different_names", old=old, new=new, old_name=before.name, new_name=after.name
        )
        sys.stderr.write(warning + "\n")
    advisor = Advisor(kb)
    comparison = common.run(
        lambda: compare_diagnoses(kb, advisor.diagnose(before), advisor.diagnose(after))
    )
    render_options = RenderOptions(lang=language or after.language, top=top)
    renderer = comparison_format(fmt, kb, render_options, common.console())
    output.emit(renderer.render(comparison))


def _name(name: str) -> str:
    return " ".join(name.split()).casefold()


def register(app: typer.Typer) -> None:
    app.command(
        "compare",
        cls=Command,
        help=said(
            "De voortgang tussen twee beoordelingen van één samenwerking. Standaardtaal: die van "
            "LATER; --top telt het advies dat nog open staat.",
            "Progress between two assessments of one collaboration. Default language: NEW's; "
            "--top counts the advice still open.",
        ),
        short_help=said(
            "De voortgang tussen twee beoordelingen.", "Progress between two assessments."
        ),
    )(compare)
