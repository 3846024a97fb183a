"""``clusteradvies report FILE...``: the diagnosis as a document to share, in HTML or Markdown.

With one file, the report of that project. With two or more, the files are the answers of
the partners in one collaboration: they are combined as ``combine`` does, and the report adds
where the partners differ.

Exit codes: 0 written; 2 an invalid project file or knowledge (with several files, every
problem of every file, one located line each), the same file twice, an output file that
exists without ``--force``, or an output that cannot be written (one line on stderr each).
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from clusteradvies.cli import common, options, output, partner_files
from clusteradvies.cli.language import current as current_language
from clusteradvies.cli.language import said
from clusteradvies.cli.typer_classes import Command
from clusteradvies.render.formats import ReportFormatName

FILES_ARGUMENT = typer.Argument(
    ...,
    metavar=options.FILE,
    help=said(
        "Een projectbestand (YAML, of - voor standaardinvoer), of de antwoordbestanden van twee "
        "of meer partners in één samenwerking: dan een gezamenlijk rapport met hun verschillen.",
        "One project file (YAML, or - for standard input), or the answer files of two or more "
        "partners in one collaboration: then a combined report with their differences.",
    ),
    show_default=False,
)


def report(
    files: list[Path] = FILES_ARGUMENT,
    fmt: ReportFormatName | None = options.REPORT_FORMAT,
    output_file: Path | None = options.OUTPUT,
    force: bool = options.FORCE,
    lang: str | None = options.LANG,
    top: int = options.TOP,
    kb_dir: Path | None = options.KB,
) -> None:
    """A report to share, of one project or of several partners together."""
    from datetime import date

    from clusteradvies.diagnosis.advisor import Advisor
    from clusteradvies.messages import t
    from clusteradvies.render.formats import RenderOptions
    from clusteradvies.render.renderers import report_format
    from clusteradvies.render.report.view import ReportView

    if len(files) > 1:
        partner_files.check_distinct(files)
    language = common.check_lang(lang) if lang else None
    target = output.file_target(output_file)
    output.check_format(target, fmt, current_language())
    if target is not None:
        output.check_target(target, force, current_language())
    kb = common.load_kb(kb_dir)
    partners = partner_files.load_partners(files, kb) if len(files) > 1 else None
    project = partners[0].project if partners else common.read_project(files[0], kb)
    language = language or project.language

    render_options = RenderOptions(language, top)
    view: ReportView
    if partners is None:
        from clusteradvies.render.report.view import build_report

        diagnosis = common.run(lambda: Advisor(kb).diagnose(project))
        view = build_report(diagnosis, project, kb, render_options, date.today())
    else:
        from clusteradvies.combine.combining import combine
        from clusteradvies.render.report.partners import build_combined_report

        together = partners  # bound for the lambda, as a list rather than Optional
        combination = common.run(lambda: combine(Advisor(kb), together))
        view = build_combined_report(combination, kb, render_options, date.today())
    text = report_format(fmt or ReportFormatName.for_output(target)).render(view)
    output.emit(text, target, language)
    if target is not None:
        sys.stderr.write(t("report.written", current_language()).format(file=target) + "\n")


def register(app: typer.Typer) -> None:
    app.command(
        "report",
        cls=Command,
        help=said(
            "Een rapport om te delen, in HTML of Markdown: van één project, of van meer partners "
            "samen met hun verschillen. Markdown bij -o *.md, anders HTML.",
            "A report to share, in HTML or Markdown: of one project, or of several partners "
            "together with their differences. Markdown for -o *.md, otherwise HTML.",
        ),
        short_help=said(
            "Een rapport om te delen (HTML of Markdown).", "A report to share (HTML or Markdown)."
        ),
    )(report)
