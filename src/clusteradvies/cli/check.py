"""``clusteradvies check [KB_DIR]``: check a knowledge directory's consistency, for CI.

Exit codes: 0 nothing to report (or only warnings, without ``--strict``); 1 problems found;
2 nothing could be checked (no such directory, an unknown check code, clashing options). A check
that cannot run here (KB016 without the report's text) is named on stderr, and does not count.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from clusteradvies.cli import common, options, output
from clusteradvies.render.formats import CheckFormatName

EXIT_CLEAN, EXIT_PROBLEMS, EXIT_CANNOT_RUN = 0, 1, 2


def check(
    kb_dir: Path | None = typer.Argument(
        None,
        metavar="KB_DIR",
        help="De kennismap; standaard de meegeleverde / the knowledge directory; "
        "default: the shipped one.",
        show_default=False,
    ),
    fmt: CheckFormatName = options.CHECK_FORMAT,
    strict: bool = typer.Option(
        False, "--strict", help="Waarschuwingen tellen ook als fout / warnings fail too."
    ),
    select: list[str] = typer.Option(
        [],
        "--select",
        metavar="CODES",
        help="Alleen deze controles / only these checks: KB004,KB009.",
    ),
    ignore: list[str] = typer.Option(
        [], "--ignore", metavar="CODES", help="Deze controles overslaan / skip these checks."
    ),
    explain: str | None = typer.Option(
        None, "--explain", metavar="CODE", help="Leg een controle uit / explain one check."
    ),
    list_checks: bool = typer.Option(
        False, "--list", help="Toon alle controles / list every check."
    ),
    kb_option: Path | None = options.KB,
) -> None:
    """Controleer de kennisbank / check a knowledge base's consistency (for CI and pre-commit)."""
    from clusteradvies.checks.common.base import documentation, summary
    from clusteradvies.checks.registry import CHECKS, check_knowledge, selected_codes, skipped
    from clusteradvies.errors import SHOWN_PROBLEMS, ClusteradviesError
    from clusteradvies.knowledge.problems import did_you_mean
    from clusteradvies.render.findings import summary as findings_summary
    from clusteradvies.render.renderers import findings_format

    if list_checks:
        for code, module in CHECKS.items():
            typer.echo(f"{code}  {module.LEVEL:<7}  {summary(module)}")
        return
    if explain is not None:
        code = explain.strip().upper()
        if code not in CHECKS:
            common.fail_message(f"unknown check code '{code}'" + did_you_mean(code, CHECKS))
        typer.echo(f"{code} ({CHECKS[code].LEVEL})\n\n{documentation(CHECKS[code])}")
        return
    if kb_dir is not None and kb_option is not None:
        common.fail_message("give the knowledge directory once: as KB_DIR or with --kb")
    try:
        codes = selected_codes(_codes(select) if select else None, _codes(ignore))
        kb, findings = check_knowledge(kb_dir or kb_option, select=codes)
    except ClusteradviesError as exc:
        common.fail_message("; ".join(p.render() for p in exc.problems), EXIT_CANNOT_RUN)
    not_run = skipped(kb, codes)
    # JSON is for tools and lists everything; a person or a CI log gets the first fifty.
    shown = findings if fmt is CheckFormatName.json else findings[:SHOWN_PROBLEMS]
    output.emit(findings_format(fmt).render(shown))
    if len(shown) < len(findings):
        rest = len(findings) - len(shown)
        output.emit(f"… and {rest} more (not shown; --format json lists them all)\n")
    for code, reason in not_run.items():
        sys.stderr.write(f"{code} skipped: {reason}\n")
    sys.stderr.write(findings_summary(findings, len(codes) - len(not_run)) + "\n")
    failing = [f for f in findings if f.level == "error" or strict]
    raise typer.Exit(EXIT_PROBLEMS if failing else EXIT_CLEAN)


def _codes(options: list[str]) -> list[str]:
    """``--select KB001,KB002 --select KB004`` → the three codes."""
    return [code for option in options for code in option.split(",")]


def register(app: typer.Typer) -> None:
    app.command("check")(check)
