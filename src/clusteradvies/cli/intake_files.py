"""Where the intake's answers go: a dated default name, atomic writes after every answer, and
the command that goes on from the file."""

from __future__ import annotations

import shlex
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from clusteradvies.cli import common, output
from clusteradvies.messages import t

if TYPE_CHECKING:
    from clusteradvies.intake.session import IntakeSession
    from clusteradvies.knowledge.base import KnowledgeBase
    from clusteradvies.project.model import Project

EXIT_CANNOT_WRITE = 1
"""Not 2 as for other outputs: the intake documents 1 for a file it cannot keep writing."""


class AnswersFile:
    """The project file the intake keeps up to date."""

    def __init__(self, path: Path, kb: KnowledgeBase, language: str) -> None:
        self.path = path
        self.kb = kb
        self.language = language

    @contextmanager
    def claimed(self, new: bool) -> Iterator[None]:
        """Hold the file for the session: refuse when another intake has it, create a new
        file exclusively (``new``; else it is resumed or overwritten with --force), clear
        the leftovers of a killed run; let go at the end, also on exit or Ctrl-C."""
        from clusteradvies.intake import lock as locking

        lock = locking.SessionLock(self.path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            lock.acquire()
        except locking.InUse as busy:
            self._in_use(busy.pid)
        except OSError as exc:
            if not self.path.parent.is_dir():
                self._cannot_write(exc)
            # A file system without locks (some network shares): go on, but say so.
            reason = exc.strerror or str(exc)
            note = t("intake.no_lock", self.language).format(file=self.path, reason=reason)
            sys.stderr.write(note + "\n")
        created = False
        try:
            locking.remove_leftovers(self.path)
            if new:
                created = locking.create_new(self.path)
        except locking.Exists:
            lock.release()
            common.fail_message(t("intake.exists", self.language).format(file=self.path))
        except OSError as exc:
            lock.release()
            self._cannot_write(exc)
        try:
            yield
        finally:
            if created and self.path.is_file() and self.path.stat().st_size == 0:
                self.path.unlink()  # left before the first answer: leave nothing behind
            lock.release()

    def _in_use(self, pid: int | None) -> NoReturn:
        lang = self.language
        process = (
            t("intake.process", lang).format(pid=pid)
            if pid is not None
            else t("intake.unknown_process", lang)
        )
        common.fail_message(t("intake.in_use", lang).format(file=self.path, process=process))

    def _cannot_write(self, exc: OSError) -> NoReturn:
        reason = exc.strerror or str(exc)
        message = t("output.cannot_write", self.language).format(file=self.path, reason=reason)
        common.fail_message(message, EXIT_CANNOT_WRITE)

    def write(self, session: IntakeSession, name: str) -> Project:
        """Write the session's answers atomically and privately (``cli/output.py``), with the
        questions and answers as comments (``intake/answers_yaml.py``); a failure ends the
        command in one line."""
        from clusteradvies.intake.answers_yaml import commented_yaml

        project = session.project(name, self.language)
        text = commented_yaml(project, self.kb)
        output.write_file(self.path, text, self.language, private=True, code=EXIT_CANNOT_WRITE)
        return project


def dated_path(lang: str) -> Path:
    """``antwoorden-2026-11-28-1412.yaml`` in the current directory, never an existing file."""
    stem = ("answers" if lang == "en" else "antwoorden") + datetime.now().strftime("-%Y-%m-%d-%H%M")
    path, n = Path(f"{stem}.yaml"), 1
    while path.exists():
        n += 1
        path = Path(f"{stem}-{n}.yaml")
    return path


def command_for(subcommand: str, path: Path, kb_dir: Path | None) -> str:
    """E.g. ``clusteradvies intake --resume FILE``, shell-quoted, with ``--kb`` if given."""
    kb = f" --kb {shlex.quote(str(kb_dir))}" if kb_dir else ""
    return f"clusteradvies {subcommand} {shlex.quote(str(path))}{kb}"
