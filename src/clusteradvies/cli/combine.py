"""``clusteradvies combine FILE...``: the partners of one collaboration, each with their own
answer file, combined into one shared diagnosis, with where they differ.

Exit codes: 0 done; 2 bad input — fewer than two partners, the same file twice, a missing or
invalid file (every problem of every file is listed, one line each), an unknown ``--lang`` or
a broken ``--kb``.
"""

from __future__ import annotations

from pathlib import Path

import typer

from clusteradvies.cli import common, options, output, partner_files
from clusteradvies.cli.language import said
from clusteradvies.cli.typer_classes import Command
from clusteradvies.render.formats import CombineFormatName


def combine(
    files: list[Path] = typer.Argument(
        ...,
        metavar=options.FILE,
        help=said(
            "De antwoordbestanden van twee of meer partners in één samenwerking.",
            "The answer files of two or more partners in one collaboration.",
        ),
        show_default=False,
    ),
    lang: str | None = options.LANG,
    fmt: CombineFormatName = options.COMBINE_FORMAT,
    top: int = options.TOP,
    kb_dir: Path | None = options.KB,
) -> None:
    """The partners' shared diagnosis, and where they differ."""
    from clusteradvies.combine.combining import MIN_PARTNERS
    from clusteradvies.combine.combining import combine as combine_partners
    from clusteradvies.diagnosis.advisor import Advisor
    from clusteradvies.render.formats import RenderOptions
    from clusteradvies.render.renderers import combination_format

    if len(files) < MIN_PARTNERS:
        shown = ", ".join(map(str, files))
        common.fail_message(
            common.said("combine.too_few", min=MIN_PARTNERS, n=len(files), files=shown)
        )
    partner_files.check_distinct(files)
    language = common.check_lang(lang) if lang else None
    kb = common.load_kb(kb_dir)
    partners = partner_files.load_partners(files, kb)
    combination = common.run(lambda: combine_partners(Advisor(kb), partners))
    render_options = RenderOptions(lang=language or partners[0].project.language, top=top)
    renderer = combination_format(fmt, kb, render_options, common.console())
    output.emit(renderer.render(combination))


def register(app: typer.Typer) -> None:
    app.command(
        "combine",
        cls=Command,
        help=said(
            "De gedeelde diagnose van de partners in één samenwerking, en waar ze verschillen. "
            "Standaardtaal: die van het eerste bestand.",
            "The shared diagnosis of the partners in one collaboration, and where they differ. "
            "Default language: the first file's.",
        ),
        short_help=said(
            "De gedeelde diagnose van partners, en waar ze verschillen.",
            "The partners' shared diagnosis, and where they differ.",
        ),
    )(combine)
