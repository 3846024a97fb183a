"""``clusteradvies score PATH...``: score a folder of project descriptions at once.

Exit codes: 0 every file scored (and at or above ``--fail-under``); 1 some project below
``--fail-under``; 2 some input invalid or unreadable — 2 wins over 1 — or the command could not
run at all (no project files, a broken ``--kb``, an unwritable ``--output``).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from clusteradvies.cli import common
from clusteradvies.render.score.base import ScoreFormatName

if TYPE_CHECKING:
    from rich.console import RenderableType

    from clusteradvies.score.batch import ScoreReport, ScoreResult

EXIT_OK, EXIT_BELOW, EXIT_INVALID = 0, 1, 2
PROGRESS_MIN_FILES = 8
"""A progress bar appears (on a terminal) only for more files than this."""
REPORT_WIDTH = 160
"""Width of the table when it is written to a file, so rows do not wrap."""


def score(
    paths: list[Path] = typer.Argument(
        ...,
        metavar="PATH",
        help="Projectbestanden of mappen (recursief *.yaml, *.yml) / project files or "
        "directories (recursively *.yaml, *.yml).",
        show_default=False,
    ),
    fmt: ScoreFormatName = typer.Option(
        ScoreFormatName.table, "--format", help="table, json, csv of/or markdown."
    ),
    output: Path | None = typer.Option(
        None,
        "--output",
        "-o",
        metavar="FILE",
        dir_okay=False,
        help="Schrijf het rapport naar dit bestand / write the report to this file.",
    ),
    top: int = typer.Option(
        5, "--top", min=0, help="Adviezen per project, 0 = alle / advice per project, 0 = all."
    ),
    fail_under: float | None = typer.Option(
        None,
        "--fail-under",
        min=0,
        max=100,
        metavar="X",
        help="Exit 1 als een project onder deze gereedheid blijft / exit 1 when a project's "
        "readiness is below X.",
    ),
    jobs: int | None = typer.Option(
        None,
        "--jobs",
        "-j",
        min=1,
        metavar="N",
        help="Parallelle processen; standaard alle kernen / worker processes; default: all cores.",
        show_default=False,
    ),
    lang: str = common.LANG_OPTION,
    kb_dir: Path | None = common.KB_OPTION,
) -> None:
    """Scoor veel projecten tegelijk / score many projects at once.

    Exit codes:
    0 alles in orde / all fine;
    1 een project onder --fail-under / some project below --fail-under;
    2 ongeldige of onleesbare invoer / some input invalid or unreadable (2 wins over 1).
    """
    from clusteradvies.project.model import write_atomically
    from clusteradvies.render.score.base import ScoreOptions, score_formatter
    from clusteradvies.score.batch import Scorer, ScoreReport, collect
    from clusteradvies.score.pool import default_jobs, score_all

    lang = common.check_lang(lang)
    items = collect(paths)
    if not items:
        shown = ", ".join(str(p) for p in paths)
        common.fail_message(f"no project files (*.yaml, *.yml) in {shown}", EXIT_INVALID)
    kb = common.load_kb(kb_dir)
    scorer = common.run(lambda: Scorer(kb, top))
    with _progress(len(items)) as on_result:
        results = common.run(
            lambda: score_all(
                items, scorer, jobs=jobs or default_jobs(), kb_dir=kb_dir, on_result=on_result
            )
        )
    report = ScoreReport(tuple(results), fail_under)
    rendered = score_formatter(fmt).render(report, kb, ScoreOptions(lang))
    if output is not None:
        text = rendered if isinstance(rendered, str) else _plain_text(rendered)
        try:
            write_atomically(output, text)
        except OSError as exc:
            _report_problems(report)
            common.fail_message(f"{output}: cannot write: {exc.strerror or exc}", EXIT_INVALID)
    elif isinstance(rendered, str):
        sys.stdout.write(rendered)
    else:
        common.console().print(rendered)
    _report_problems(report)
    raise typer.Exit(_exit_code(report))


def _exit_code(report: ScoreReport) -> int:
    if report.invalid:
        return EXIT_INVALID
    return EXIT_BELOW if report.below else EXIT_OK


def _report_problems(report: ScoreReport) -> None:
    """Every problem of every invalid file, one ``file:line: key: message`` line each."""
    for result in report.invalid:
        for problem in result.problems:
            sys.stderr.write(problem.render() + "\n")


def _plain_text(renderable: RenderableType) -> str:
    import io

    from rich.console import Console

    buffer = io.StringIO()
    Console(file=buffer, width=REPORT_WIDTH, color_system=None, soft_wrap=False).print(renderable)
    return buffer.getvalue()


@contextmanager
def _progress(total: int) -> Iterator[Callable[[ScoreResult], None] | None]:
    """A progress bar on stderr, for a person watching a terminal; otherwise nothing."""
    if total <= PROGRESS_MIN_FILES or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    # No refresh thread: the pool forks its workers while the bar is shown.
    bar = Progress(
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=common.console(stderr=True),
        auto_refresh=False,
        transient=True,
    )
    task = bar.add_task("score", total=total)
    last = 0.0

    def advance(_: ScoreResult) -> None:
        nonlocal last
        bar.advance(task)
        now = time.monotonic()
        if now - last > 0.1:
            last = now
            bar.refresh()

    with bar:
        yield advance


def register(app: typer.Typer) -> None:
    app.command("score")(score)
