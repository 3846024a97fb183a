"""``clusteradvies combine FILE...`` and ``compare OLD NEW``: several assessments of one
collaboration side by side — by its partners at one moment, or by one respondent over time.

Exit codes (both commands): 0 done; 2 bad input — fewer than two partners, the same file
twice, a missing or invalid file (every problem of every file is listed, one line each), an
unknown ``--lang`` or a broken ``--kb``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from clusteradvies.cli import common, partner_files
from clusteradvies.render.names import FormatName

if TYPE_CHECKING:
    from rich.console import RenderableType


LANG_HELP = "nl of/or en (standaard: die van het eerste bestand / default: the first file's)."
FORMAT_HELP = "text, json of/or markdown."


def combine(
    files: list[Path] = typer.Argument(
        ...,
        metavar="FILE",
        help="De antwoordbestanden van twee of meer partners in één samenwerking / the answer "
        "files of two or more partners in one collaboration.",
        show_default=False,
    ),
    lang: str | None = typer.Option(None, "--lang", help=LANG_HELP),
    fmt: FormatName = typer.Option(FormatName.text, "--format", help=FORMAT_HELP),
    top: int = typer.Option(
        5, "--top", min=0, help="Aantal adviezen en verschillen, 0 = alle / how many, 0 = all."
    ),
    kb_dir: Path | None = common.KB_OPTION,
) -> None:
    """Gedeelde diagnose van partners, en waar ze verschillen / partners' shared diagnosis."""
    from clusteradvies.combine.combining import MIN_PARTNERS
    from clusteradvies.combine.combining import combine as combine_partners
    from clusteradvies.diagnosis.advisor import Advisor
    from clusteradvies.render.combine.base import combination_formatter
    from clusteradvies.render.protocol import RenderOptions

    if len(files) < MIN_PARTNERS:
        common.fail_message(
            f"combine needs the answer files of {MIN_PARTNERS} or more partners; "
            f"got {len(files)} ({', '.join(map(str, files))})"
        )
    partner_files.check_distinct(files)
    language = common.check_lang(lang) if lang else None
    kb = common.load_kb(kb_dir)
    partners = partner_files.load_partners(files, kb)
    combination = common.run(lambda: combine_partners(Advisor(kb), partners))
    options = RenderOptions(lang=language or partners[0].project.language, top=top)
    _show(combination_formatter(fmt).render(combination, kb, options))


def compare(
    old: Path = typer.Argument(
        ..., metavar="OLD", help="De eerdere beoordeling / the earlier assessment."
    ),
    new: Path = typer.Argument(..., metavar="NEW", help="De latere beoordeling / the later one."),
    lang: str | None = typer.Option(
        None, "--lang", help="nl of/or en (standaard: die van NEW / default: NEW's)."
    ),
    fmt: FormatName = typer.Option(FormatName.text, "--format", help=FORMAT_HELP),
    top: int = typer.Option(
        5, "--top", min=0, help="Aantal open adviezen, 0 = alle / how much open advice, 0 = all."
    ),
    kb_dir: Path | None = common.KB_OPTION,
) -> None:
    """Voortgang tussen twee beoordelingen / progress between two assessments."""
    from clusteradvies.compare.comparison import compare as compare_diagnoses
    from clusteradvies.diagnosis.advisor import Advisor
    from clusteradvies.render.compare.base import comparison_formatter
    from clusteradvies.render.protocol import RenderOptions

    language = common.check_lang(lang) if lang else None
    kb = common.load_kb(kb_dir)
    before, after = partner_files.load_all([old, new], kb)
    advisor = Advisor(kb)
    comparison = common.run(
        lambda: compare_diagnoses(kb, advisor.diagnose(before), advisor.diagnose(after))
    )
    options = RenderOptions(lang=language or after.language, top=top)
    _show(comparison_formatter(fmt).render(comparison, kb, options))


def _show(output: str | RenderableType) -> None:
    if isinstance(output, str):
        typer.echo(output, nl=not output.endswith("\n"))
    else:
        common.console().print(output)


def register(app: typer.Typer) -> None:
    app.command("combine")(combine)
    app.command("compare")(compare)
