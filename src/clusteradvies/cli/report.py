"""``clusteradvies report FILE``: the diagnosis as a document to share, in HTML or Markdown.

Exit codes: 0 written; 2 an invalid project file or knowledge, an output file that exists
without ``--force``, or an output that cannot be written (one line on stderr each).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

from clusteradvies.cli import common
from clusteradvies.formats.report_base import ReportFormatName, format_for


def report(
    file: Path = common.PROJECT_ARGUMENT,
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
        None, "--lang", help="nl of/or en (standaard: die van het bestand / default: the file's)."
    ),
    top: int = typer.Option(
        5, "--top", min=0, help="Aantal adviezen, 0 = alle / how many, 0 = all."
    ),
    kb_dir: Path | None = common.KB_OPTION,
) -> None:
    """Een rapport om te delen, HTML of Markdown / a report to share, HTML or Markdown."""
    from datetime import date

    from clusteradvies.advisor import Advisor
    from clusteradvies.formats.base import RenderOptions
    from clusteradvies.formats.report_base import report_formatter
    from clusteradvies.formats.report_view import build_report
    from clusteradvies.messages import t

    language = common.check_lang(lang) if lang else None
    kb = common.load_kb(kb_dir)
    project = common.read_project(file, kb)
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

    diagnosis = common.run(lambda: Advisor(kb).diagnose(project))
    view = build_report(diagnosis, project, kb, RenderOptions(language, top), date.today())
    text = report_formatter(fmt).render(view)
    if target is None:
        typer.echo(text, nl=False)
        return
    _write(target, text, language)


def _write(target: Path, text: str, language: str) -> None:
    from clusteradvies.messages import t
    from clusteradvies.project import write_atomically

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
