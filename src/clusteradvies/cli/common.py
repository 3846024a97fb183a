"""What every command shares: checking ``--lang``, loading, a console, and failing cleanly.

The options themselves are in ``cli/options.py``, where output goes in ``cli/output.py``.
Messages are in the language of the run (``cli/language.py``): ``--lang``, else the locale.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TypeVar

import typer

from clusteradvies.cli import language
from clusteradvies.messages import t

if TYPE_CHECKING:
    from rich.console import Console

    from clusteradvies.errors import Problem
    from clusteradvies.knowledge.base import KnowledgeBase
    from clusteradvies.project.model import Project

T = TypeVar("T")


def check_lang(lang: str) -> str:
    """``nl`` or ``en``; anything else is a usage error (exit 2)."""
    lang = lang.lower()
    if lang not in language.LANGUAGES:
        fail_message(said("cli.lang", value=lang))
    return lang


def said(key: str, **fields: object) -> str:
    """The message ``key`` in the run's language, filled in."""
    return t(key, language.current()).format(**fields)


def did_you_mean(word: str, options: Iterable[str]) -> str:
    """`` (bedoel je 'x'?)`` for a close match, else empty."""
    import difflib

    match = difflib.get_close_matches(word, [o for o in options if o != word], n=1, cutoff=0.6)
    return said("cli.did_you_mean", match=match[0]) if match else ""


def fail(problems: list[Problem], code: int = 2, hint: str | None = None) -> NoReturn:
    """Print one line per problem on stderr (the first fifty, then a count) and exit; never
    a traceback."""
    from clusteradvies.errors import SHOWN_PROBLEMS
    from clusteradvies.render.problem_text import localised

    for problem in problems[:SHOWN_PROBLEMS]:
        sys.stderr.write(localised(problem, language.current()).render() + "\n")
    if len(problems) > SHOWN_PROBLEMS:
        rest = len(problems) - SHOWN_PROBLEMS
        sys.stderr.write(said("cli.more_problems", n=rest) + "\n")
    if hint:
        sys.stderr.write(hint + "\n")
    raise typer.Exit(code)


def fail_message(message: str, code: int = 2) -> NoReturn:
    from clusteradvies.printable import printable

    sys.stderr.write(f"clusteradvies: {printable(message)}\n")
    raise typer.Exit(code)


@contextmanager
def reported_errors() -> Iterator[None]:
    """Turn the core's errors into located lines on stderr and the right exit code."""
    from clusteradvies.errors import ClusteradviesError, KnowledgeError

    try:
        yield
    except KnowledgeError as exc:
        fail(exc.problems, exc.exit_code, hint=said("cli.kb_errors"))
    except ClusteradviesError as exc:
        fail(exc.problems, exc.exit_code)


REFUSING_CHECKS = ("KB004", "KB006", "KB010", "KB011")
"""Errors that make another knowledge directory unusable: tests that can never match a
question's values, questions asked in an impossible order, fact cycles, missing texts. (The
shipped knowledge passes every check in CI, so it is not checked again on each run.)"""


def load_kb(directory: Path | None) -> KnowledgeBase:
    """The shipped knowledge, or ``--kb DIR``; errors end the command with exit code 2."""
    from clusteradvies.errors import KnowledgeError, Problem
    from clusteradvies.knowledge.loader import load_knowledge

    with reported_errors():
        kb = load_knowledge(directory)
        if directory is not None:
            from clusteradvies.checks.registry import run_checks

            findings = run_checks(kb, [], select=REFUSING_CHECKS)
            if findings:
                raise KnowledgeError(
                    [
                        Problem(f.file, f.line, "", f"{f.code} {f.message}", f.column)
                        for f in findings
                    ]
                )
        return kb
    raise AssertionError("unreachable")  # pragma: no cover


def read_project(file: Path, kb: KnowledgeBase) -> Project:
    """A project file, or standard input for ``-``; problems end the command (exit 2)."""
    from clusteradvies.project.model import load_project, read_project_stream

    if str(file) == "-":
        return run(lambda: read_project_stream(sys.stdin.buffer, "<stdin>", kb))
    check_readable(file)
    return run(lambda: load_project(file, kb))


def check_readable(file: Path) -> None:
    """Exit 2 with one line when ``file`` cannot be read: missing, a directory, a symlink loop.
    A pipe such as ``<(cat f)`` is readable."""
    from clusteradvies.render.problem_text import in_dutch
    from clusteradvies.yamlsource.decoding import unreadable

    reason = unreadable(file)
    if reason is not None:
        fail_message(f"{file}: {in_dutch(reason) if language.current() == 'nl' else reason}")


def console(stderr: bool = False) -> Console:
    """A Rich console that respects NO_COLOR and a narrow terminal, and stays plain in pipes."""
    from rich.console import Console

    return Console(
        stderr=stderr,
        no_color="NO_COLOR" in os.environ,
        highlight=False,
        soft_wrap=False,
    )


def run(func: Callable[[], T]) -> T:
    """Run core work with its errors reported as located lines."""
    with reported_errors():
        return func()
    raise AssertionError("unreachable")  # pragma: no cover
