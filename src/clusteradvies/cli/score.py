"""``clusteradvies score PATH...``: score a folder of project descriptions at once.

Exit codes: 0 every file scored (and at or above ``--fail-under``); 1 some project below
``--fail-under``; 2 some input invalid or unreadable — 2 wins over 1 — or the command could not
run at all (no project files, a broken ``--kb``, an ``--output`` that exists without ``--force``
or cannot be written).
"""

from __future__ import annotations

import itertools
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from clusteradvies.cli import common, options, output
from clusteradvies.cli.language import current as current_language
from clusteradvies.cli.language import said
from clusteradvies.cli.typer_classes import Command
from clusteradvies.render.formats import ScoreFormatName

if TYPE_CHECKING:
    from clusteradvies.score.batch import ScoreResult, Unscored

EXIT_OK, EXIT_BELOW, EXIT_INVALID = 0, 1, 2
PROGRESS_MIN_FILES = 8
"""A progress bar appears (on a terminal) only for more files than this."""
FILE_WIDTH = 160
"""Width of the table when it is written to a file, so rows do not wrap."""
BYTE_ORDER_MARK = "\ufeff"
"""Put before a ``.csv`` file (not before CSV on standard output, which goes to programs)."""
STREAMED = (ScoreFormatName.json, ScoreFormatName.csv)
"""Formats written result by result (``render/score/stream.py``)."""


def score(
    paths: list[Path] = typer.Argument(
        ...,
        metavar=said("PAD", "PATH"),
        help=said(
            "Projectbestanden of mappen (daarin alle *.yaml en *.yml, ook in submappen).",
            "Project files or directories (every *.yaml and *.yml in them, also in subfolders).",
        ),
        show_default=False,
    ),
    fmt: ScoreFormatName | None = options.SCORE_FORMAT,
    output_file: Path | None = options.OUTPUT,
    force: bool = options.FORCE,
    top: int = options.TOP,
    fail_under: float | None = typer.Option(
        None,
        "--fail-under",
        min=0,
        max=100,
        metavar="X",
        help=said(
            "Eindig met code 1 als een project onder deze gereedheid (0–100) kan blijven.",
            "Exit with code 1 when a project may stay below this readiness (0–100).",
        ),
        show_default=False,
    ),
    jobs: int | None = typer.Option(
        None,
        "--jobs",
        "-j",
        min=1,
        metavar="N",
        help=said(
            "Aantal parallelle processen (standaard: alle kernen).",
            "Number of worker processes (default: all cores).",
        ),
        show_default=False,
    ),
    lang: str | None = options.LANG,
    kb_dir: Path | None = options.KB,
) -> None:
    """Score many project files at once."""
    from clusteradvies.cli.terminal import sigterm_as_interrupt
    from clusteradvies.render.formats import RenderOptions
    from clusteradvies.render.renderers import score_format
    from clusteradvies.render.rich_text import plain_console
    from clusteradvies.render.score.stream import ScoreFormat
    from clusteradvies.score.batch import Scorer, ScoreReport, collect
    from clusteradvies.score.pool import default_jobs, score_each

    language = common.check_lang(lang) if lang else "nl"
    target = output.file_target(output_file)
    said_in = current_language()
    output.check_format(target, fmt, said_in)
    fmt = fmt or ScoreFormatName.for_output(target)
    if target is not None:
        output.check_target(target, force, said_in)
    elif fmt is ScoreFormatName.xlsx and output.stdout_is_terminal():
        common.fail_message(common.said("output.binary_terminal", file="scores.xlsx"))
    items = collect(paths)
    if not items:
        shown = ", ".join(str(p) for p in paths)
        common.fail_message(common.said("score.no_files", paths=shown), EXIT_INVALID)
    kb = common.load_kb(kb_dir)
    scorer = common.run(lambda: Scorer(kb, top))
    # A table in a file is as wide as it needs, and plain; on the screen it fits the terminal.
    console = common.console() if target is None else plain_console(FILE_WIDTH)
    form = score_format(fmt, kb, RenderOptions(language), console)
    tally = Tally(fail_under)
    # JSON and CSV go out as the results come in; on a terminal that shows the progress.
    streams_to_screen = target is None and fmt in STREAMED and sys.stdout.isatty()
    # SIGTERM stops the pool like Ctrl-C does: its workers are ended, not left waiting.
    with sigterm_as_interrupt(), _progress(len(items), not streams_to_screen) as on_result:
        jobs = jobs or default_jobs()
        scored = score_each(items, scorer, jobs=jobs, kb_dir=kb_dir, on_result=on_result)
        results = tally.counted(scored)
        data: output.Output
        if isinstance(form, ScoreFormat):
            data = form.stream(results, fail_under)
            if target is not None and target.suffix.lower() == ".csv":
                data = itertools.chain((BYTE_ORDER_MARK,), data)  # so Excel reads UTF-8
        else:  # a workbook is written whole
            data = form.render(ScoreReport(tuple(results), fail_under))
        try:
            common.run(lambda: output.emit(data, target, said_in))
        finally:  # also when the output could not be written: the problems are not lost
            _report_problems(tally.invalid)
    raise typer.Exit(tally.exit_code())


class Tally:
    """What the exit code and the problems on stderr need from a batch, counted as its
    results stream past: the invalid results (small), and how many fell below."""

    def __init__(self, fail_under: float | None) -> None:
        self.fail_under = fail_under
        self.invalid: list[Unscored] = []
        self.below = 0

    def counted(self, results: Iterable[ScoreResult]) -> Iterator[ScoreResult]:
        from clusteradvies.score.batch import Unscored, is_below

        for result in results:
            if isinstance(result, Unscored):
                self.invalid.append(result)
            elif is_below(result, self.fail_under):
                self.below += 1
            yield result

    def exit_code(self) -> int:
        if self.invalid:
            return EXIT_INVALID
        return EXIT_BELOW if self.below else EXIT_OK


def _report_problems(invalid: list[Unscored]) -> None:
    """The problems of the invalid files, one ``file:line: key: message`` line each: the first
    fifty, then a count (every invalid file is in the report itself, with its status)."""
    from clusteradvies.errors import SHOWN_PROBLEMS
    from clusteradvies.render.problem_text import localised

    problems = [problem for result in invalid for problem in result.problems]
    for problem in problems[:SHOWN_PROBLEMS]:
        sys.stderr.write(localised(problem, current_language()).render() + "\n")
    if len(problems) > SHOWN_PROBLEMS:
        rest = len(problems) - SHOWN_PROBLEMS
        sys.stderr.write(common.said("cli.more_problems", n=rest) + "\n")


@contextmanager
def _progress(total: int, wanted: bool = True) -> Iterator[Callable[[ScoreResult], None] | None]:
    """A progress bar on stderr, for a person watching a terminal; otherwise nothing."""
    if not wanted or total <= PROGRESS_MIN_FILES or not sys.stderr.isatty():
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
    app.command(
        "score",
        cls=Command,
        help=said(
            "Scoor veel projecten tegelijk. Standaardtaal nl; --top telt per project; de vorm "
            "volgt de extensie van --output (.csv, .xlsx, .json, .md), anders een tabel.\n\n"
            "Eindcodes: 0 alles in orde; 1 een project onder --fail-under; 2 ongeldige of "
            "onleesbare invoer (2 gaat voor 1).",
            "Score many projects at once. Default language nl; --top counts per project; the "
            "format follows the extension of --output (.csv, .xlsx, .json, .md), else a table."
            "\n\nExit codes: 0 all fine; 1 some project below --fail-under; 2 some input "
            "invalid or unreadable (2 wins over 1).",
        ),
        short_help=said("Scoor veel projecten tegelijk.", "Score many projects at once."),
    )(score)
