"""Where the intake's answers go: a dated default name, atomic writes after every answer, and
the command that goes on from the file."""

from __future__ import annotations

import shlex
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from clusteradvies.cli import output

if TYPE_CHECKING:
    from clusteradvies.intake.session import IntakeSession
    from clusteradvies.knowledge.base import KnowledgeBase
    from clusteradvies.project.model import Project

EXIT_CANNOT_WRITE = 1
"""Not 2 as for other outputs: the intake documents 1 for a file it cannot keep writing."""


class AnswersFile:
    """The project file the intake keeps up to date."""

    def __init__(self, path: Path, kb: KnowledgeBase, language: str, notes: dict[str, str]) -> None:
        self.path = path
        self.kb = kb
        self.language = language
        self.notes = notes
        """Free notes of a --data or --resume file, carried over unchanged."""

    def write(self, session: IntakeSession, name: str) -> Project:
        """Write the session's answers atomically and privately (``cli/output.py``); a failure
        ends the command in one line."""
        from clusteradvies.project.model import dump_project

        project = session.project(name, self.language, self.notes)
        text = dump_project(project, self.kb)
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
