"""``clusteradvies score PATH...``: score a folder of project descriptions at once.

Exit codes: 0 every file scored (and at or above ``--fail-under``); 1 some project below
``--fail-under``; 2 some input invalid or unreadable — 2 wins over 1 — or the command could not
run at all (no project files, a broken ``--kb``, an ``--output`` that exists without ``--force``
or cannot be written).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from clusteradvies.cli import common, options, output
from clusteradvies.render.formats import ScoreFormatName

if TYPE_CHECKING:
    from clusteradvies.score.batch import ScoreReport, ScoreResult

EXIT_OK, EXIT_BELOW, EXIT_INVALID = 0, 1, 2
PROGRESS_MIN_FILES = 8
"""A progress bar appears (on a terminal) only for more files than this."""
FILE_WIDTH = 160
"""Width of the table when it is written to a file, so rows do not wrap."""


def score(
    paths: list[Path] = typer.Argument(
        ...,
        metavar="PATH",
        help="Projectbestanden of mappen (recursief *.yaml, *.yml) / project files or "
        "directories (recursively *.yaml, *.yml).",
        show_default=False,
    ),
    fmt: ScoreFormatName = options.SCORE_FORMAT,
    output_file: Path | None = options.OUTPUT,
    force: bool = options.FORCE,
    top: int = options.TOP,
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
    lang: str | None = options.LANG,
    kb_dir: Path | None = options.KB,
) -> None:
    """Scoor veel projecten tegelijk / score many projects at once.

    Exit codes:
    0 alles in orde / all fine;
    1 een project onder --fail-under / some project below --fail-under;
    2 ongeldige of onleesbare invoer / some input invalid or unreadable (2 wins over 1).

    Standaardtaal nl; --top telt per project / default language nl; --top counts per project.
    """
    from clusteradvies.cli.terminal import sigterm_as_interrupt
    from clusteradvies.render.formats import RenderOptions
    from clusteradvies.render.renderers import score_format
    from clusteradvies.render.rich_text import plain_console
    from clusteradvies.score.batch import Scorer, ScoreReport, collect
    from clusteradvies.score.pool import default_jobs, score_all

    language = common.check_lang(lang) if lang else "nl"
    target = output.file_target(output_file)
    if target is not None:
        output.check_target(target, force, language)
    items = collect(paths)
    if not items:
        shown = ", ".join(str(p) for p in paths)
        common.fail_message(f"no project files (*.yaml, *.yml) in {shown}", EXIT_INVALID)
    kb = common.load_kb(kb_dir)
    scorer = common.run(lambda: Scorer(kb, top))
    # SIGTERM stops the pool like Ctrl-C does: its workers are ended, not left waiting.
    with sigterm_as_interrupt(), _progress(len(items)) as on_result:
        results = common.run(
            lambda: score_all(
                items, scorer, jobs=jobs or default_jobs(), kb_dir=kb_dir, on_result=on_result
            )
        )
    report = ScoreReport(tuple(results), fail_under)
    # A table in a file is as wide as it needs, and plain; on the screen it fits the terminal.
    console = common.console() if target is None else plain_console(FILE_WIDTH)
    text = score_format(fmt, kb, RenderOptions(language), console).render(report)
    try:
        output.emit(text, target, language)
    finally:  # also when the output could not be written: the problems are not lost
        _report_problems(report)
    raise typer.Exit(_exit_code(report))


def _exit_code(report: ScoreReport) -> int:
    if report.invalid:
        return EXIT_INVALID
    return EXIT_BELOW if report.below else EXIT_OK


def _report_problems(report: ScoreReport) -> None:
    """The problems of the invalid files, one ``file:line: key: message`` line each: the first
    fifty, then a count (every invalid file is in the report itself, with its status)."""
    from clusteradvies.errors import shown_lines

    problems = [problem for result in report.invalid for problem in result.problems]
    for line in shown_lines(problems):
        sys.stderr.write(line + "\n")


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
