"""``clusteradvies compare OLD NEW``: one collaboration assessed twice, and what changed.

Exit codes: 0 done; 2 bad input — a missing or invalid file (every problem of both files is
listed, one line each), an unknown ``--lang`` or a broken ``--kb``.
"""

from __future__ import annotations

from pathlib import Path

import typer

from clusteradvies.cli import common, options, output, partner_files
from clusteradvies.render.formats import CompareFormatName


def compare(
    old: Path = typer.Argument(
        ..., metavar="OLD", help="De eerdere beoordeling / the earlier assessment."
    ),
    new: Path = typer.Argument(..., metavar="NEW", help="De latere beoordeling / the later one."),
    lang: str | None = options.LANG,
    fmt: CompareFormatName = options.COMPARE_FORMAT,
    top: int = options.TOP,
    kb_dir: Path | None = options.KB,
) -> None:
    """Voortgang tussen twee beoordelingen / progress between two assessments.

    Standaardtaal: die van NEW / default language: NEW's. --top telt het open advies / --top
    counts the open advice.
    """
    from clusteradvies.compare.comparison import compare as compare_diagnoses
    from clusteradvies.diagnosis.advisor import Advisor
    from clusteradvies.render.formats import RenderOptions
    from clusteradvies.render.renderers import comparison_format

    language = common.check_lang(lang) if lang else None
    kb = common.load_kb(kb_dir)
    before, after = partner_files.load_all([old, new], kb)
    advisor = Advisor(kb)
    comparison = common.run(
        lambda: compare_diagnoses(kb, advisor.diagnose(before), advisor.diagnose(after))
    )
    render_options = RenderOptions(lang=language or after.language, top=top)
    renderer = comparison_format(fmt, kb, render_options, common.console())
    output.emit(renderer.render(comparison))


def register(app: typer.Typer) -> None:
    app.command("compare")(compare)
