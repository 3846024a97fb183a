"""``clusteradvies report FILE...``: the diagnosis as a document to share, in HTML or Markdown.

With one file, the report of that project. With two or more, the files are the answers of
the partners in one collaboration: they are combined as ``combine`` does, and the report adds
where the partners differ.

Exit codes: 0 written; 2 an invalid project file or knowledge (with several files, every
problem of every file, one located line each), the same file twice, an output file that
exists without ``--force``, or an output that cannot be written (one line on stderr each).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

from clusteradvies.cli import common, partner_files
from clusteradvies.render.report.base import ReportFormatName, format_for

FILES_ARGUMENT = typer.Argument(
    ...,
    metavar="FILE",
    help="Een projectbestand (YAML, of - voor stdin), of de antwoordbestanden van twee of meer "
    "partners in één samenwerking: dan een gezamenlijk rapport met hun verschillen / one "
    "project file (YAML, or - for stdin), or the answer files of two or more partners in one "
    "collaboration: then a combined report with their differences.",
    show_default=False,
)


def report(
    files: list[Path] = FILES_ARGUMENT,
    fmt: ReportFormatName | None = typer.Option(
        None,
        "--format",
        help="html of/or markdown (standaard: markdown bij -o *.md, anders html / default: "
        "markdown for -o *.md, else html).",
    ),
    output: Path | None = typer.Option(
        None,
        "-o",
        "--output",
        help="Schrijf naar dit bestand in plaats van stdout / write to this file, not stdout.",
    ),
    force: bool = typer.Option(
        False, "--force", help="Bestaand uitvoerbestand overschrijven / overwrite the output."
    ),
    lang: str | None = typer.Option(
        None,
        "--lang",
        help="nl of/or en (standaard: die van het (eerste) bestand / default: the (first) file's).",
    ),
    top: int = typer.Option(
        5, "--top", min=0, help="Aantal adviezen, 0 = alle / how many, 0 = all."
    ),
    kb_dir: Path | None = common.KB_OPTION,
) -> None:
    """Rapport om te delen (HTML/Markdown) / a report to share (HTML/Markdown).

    Van één project, of van meer partners samen met hun verschillen. / Of one project, or of
    several partners together with their differences.
    """
    from datetime import date

    from clusteradvies.diagnosis.advisor import Advisor
    from clusteradvies.messages import t
    from clusteradvies.render.protocol import RenderOptions
    from clusteradvies.render.report.base import report_formatter
    from clusteradvies.render.report.view import ReportView

    if len(files) > 1:
        partner_files.check_distinct(files)
    language = common.check_lang(lang) if lang else None
    kb = common.load_kb(kb_dir)
    partners = partner_files.load_partners(files, kb) if len(files) > 1 else None
    project = partners[0].project if partners else common.read_project(files[0], kb)
    language = language or project.language
    target = None if output is None or str(output) == "-" else output
    if target is not None:
        # Refuse before any work is done, so a slip of the keyboard costs nothing.
        if target.is_dir():
            common.fail_message(f"{target}: is a directory")
        blocking = next((p for p in target.parents if p.exists()), None)
        if blocking is not None and not blocking.is_dir():
            common.fail_message(f"{blocking}: is not a directory")
        if target.exists() and not force:
            common.fail_message(t("report.exists", language).format(file=target))
    fmt = fmt or format_for(target)

    options = RenderOptions(language, top)
    view: ReportView
    if partners is None:
        from clusteradvies.render.report.view import build_report

        diagnosis = common.run(lambda: Advisor(kb).diagnose(project))
        view = build_report(diagnosis, project, kb, options, date.today())
    else:
        from clusteradvies.combine.combining import combine
        from clusteradvies.render.report.partners import build_combined_report

        together = partners  # bound for the lambda, as a list rather than Optional
        combination = common.run(lambda: combine(Advisor(kb), together))
        view = build_combined_report(combination, kb, options, date.today())
    text = report_formatter(fmt).render(view)
    if target is None:
        typer.echo(text, nl=False)
        return
    _write(target, text, language)


def _write(target: Path, text: str, language: str) -> None:
    from clusteradvies.messages import t
    from clusteradvies.project.model import write_atomically

    # The temporary file behind the atomic write is private (0600); a report is meant to be
    # shared, so it gets the mode a plain new file would get, or keeps the one it had.
    mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask()
    try:
        write_atomically(target, text)
        os.chmod(target, mode)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        common.fail_message(t("report.cannot_write", language).format(file=target, reason=reason))
    sys.stderr.write(t("report.written", language).format(file=target) + "\n")


def _umask() -> int:
    mask = os.umask(0)  # reading the umask means setting it; put it straight back
    os.umask(mask)
    return mask


def register(app: typer.Typer) -> None:
    app.command("report")(report)
