"""``clusteradvies check [KB_DIR]``: check a knowledge directory's consistency, for CI.

Exit codes: 0 nothing to report (or only warnings, without ``--strict``); 1 problems found;
2 nothing could be checked (no such directory, an unknown check code, clashing options). A check
that cannot run here (KB016 without the report's text) is named on stderr, and does not count.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from clusteradvies.cli import common, language, options, output
from clusteradvies.cli.language import said
from clusteradvies.cli.typer_classes import Command
from clusteradvies.render.formats import CheckFormatName

EXIT_CLEAN, EXIT_PROBLEMS, EXIT_CANNOT_RUN = 0, 1, 2


def check(
    kb_dir: Path | None = typer.Argument(
        None,
        metavar=options.DIR,
        help=said(
            "De kennismap; standaard de meegeleverde.",
            "The knowledge directory; default: the shipped one.",
        ),
        show_default=False,
    ),
    fmt: CheckFormatName = options.CHECK_FORMAT,
    strict: bool = typer.Option(
        False,
        "--strict",
        help=said("Waarschuwingen tellen ook als fout.", "Warnings fail too."),
    ),
    select: list[str] = typer.Option(
        [],
        "--select",
        metavar="CODES",
        help=said(
            "Alleen deze controles, bv. KB004,KB009.", "Only these checks, e.g. KB004,KB009."
        ),
    ),
    ignore: list[str] = typer.Option(
        [],
        "--ignore",
        metavar="CODES",
        help=said("Deze controles overslaan.", "Skip these checks."),
    ),
    explain: str | None = typer.Option(
        None,
        "--explain",
        metavar="CODE",
        help=said("Leg één controle uit.", "Explain one check."),
    ),
    list_checks: bool = typer.Option(
        False, "--list", help=said("Toon alle controles.", "List every check.")
    ),
    kb_option: Path | None = options.KB,
) -> None:
    """Check a knowledge directory's consistency."""
    from clusteradvies.checks.common.base import documentation, summary
    from clusteradvies.checks.registry import CHECKS, check_knowledge, selected_codes, skipped
    from clusteradvies.errors import SHOWN_PROBLEMS, ClusteradviesError
    from clusteradvies.render.findings import summary as findings_summary
    from clusteradvies.render.problem_text import in_dutch, localised
    from clusteradvies.render.renderers import findings_format

    if list_checks:
        for code, module in CHECKS.items():
            typer.echo(f"{code}  {module.LEVEL:<7}  {summary(module)}")
        return
    if explain is not None:
        code = explain.strip().upper()
        if code not in CHECKS:
            common.fail_message(
                common.said("check.unknown_code", code=code) + common.did_you_mean(code, CHECKS)
            )
        typer.echo(f"{code} ({CHECKS[code].LEVEL})\n\n{documentation(CHECKS[code])}")
        return
    if kb_dir is not None and kb_option is not None:
        common.fail_message(common.said("check.kb_twice"))
    try:
        codes = selected_codes(_codes(select) if select else None, _codes(ignore))
        kb, findings = check_knowledge(kb_dir or kb_option, select=codes)
    except ClusteradviesError as exc:
        lines = (localised(p, language.current()).render() for p in exc.problems)
        common.fail_message("; ".join(lines), EXIT_CANNOT_RUN)
    not_run = skipped(kb, codes)
    # JSON is for tools and lists everything; a person or a CI log gets the first fifty.
    shown = findings if fmt is CheckFormatName.json else findings[:SHOWN_PROBLEMS]
    output.emit(findings_format(fmt).render(shown))
    if len(shown) < len(findings):
        rest = len(findings) - len(shown)
        output.emit(common.said("check.more", n=rest) + "\n")
    for code, reason in not_run.items():
        reason = in_dutch(reason) if language.current() == "nl" else reason
        sys.stderr.write(common.said("check.skipped", code=code, reason=reason) + "\n")
    checks_run = len(codes) - len(not_run)
    sys.stderr.write(findings_summary(findings, checks_run, language.current()) + "\n")
    failing = [f for f in findings if f.level == "error" or strict]
    raise typer.Exit(EXIT_PROBLEMS if failing else EXIT_CLEAN)


def _codes(options: list[str]) -> list[str]:
    """``--select KB001,KB002 --select KB004`` → the three codes."""
    return [code for option in options for code in option.split(",")]


def register(app: typer.Typer) -> None:
    app.command(
        "check",
        cls=Command,
        help=said(
            "Controleer de samenhang van een kennismap (voor CI en pre-commit).",
            "Check a knowledge base's consistency (for CI and pre-commit).",
        ),
    )(check)
