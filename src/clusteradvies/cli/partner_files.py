"""Reading several answer files at once, for ``combine``, ``compare`` and ``report FILE...``.

Every file is read before anything fails, so one run lists every problem of every file — one
located line each on stderr, then exit 2 — and the user can fix them all in one go.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from clusteradvies.cli import common

if TYPE_CHECKING:
    from clusteradvies.combine.model import Partner
    from clusteradvies.knowledge.base import KnowledgeBase
    from clusteradvies.project.model import Project

STDIN = "-"


def check_distinct(files: Sequence[Path]) -> None:
    """Exit 2 when a file is given twice (under any spelling of its path): one partner would
    count double. Cheap, so commands call it before loading the knowledge."""
    seen: dict[Path, Path] = {}
    for file in files:
        if str(file) == STDIN:
            continue  # load_all names it, with every other problem
        # realpath, not Path.resolve: a symlink loop is reported by load_all, not raised here.
        real = Path(os.path.realpath(file))
        if real in seen:
            common.fail_message(common.said("cli.given_twice", file=file, first=seen[real]))
        seen[real] = file


def load_all(files: Sequence[Path], kb: KnowledgeBase) -> list[Project]:
    """Every file's project; or, when any is missing or invalid, every problem of every file
    on stderr (one located line each) and exit 2."""
    from clusteradvies.errors import Problem, ProjectError
    from clusteradvies.project.model import load_project
    from clusteradvies.yamlsource.decoding import unreadable

    projects: list[Project] = []
    problems: list[Problem] = []
    for file in files:
        if str(file) == STDIN:
            problems.append(Problem("", None, "", common.said("cli.stdin_once")))
            continue
        reason = unreadable(file)
        if reason is not None:
            problems.append(Problem(str(file), None, "", reason))
            continue
        try:
            projects.append(load_project(file, kb))
        except ProjectError as exc:
            problems.extend(exc.problems)
    if problems:
        common.fail(problems)
    return projects


def load_partners(files: Sequence[Path], kb: KnowledgeBase) -> list[Partner]:
    """The partners of one collaboration, one per file, labelled by the file's stem (its path
    where stems clash); problems end the command as ``load_all`` says."""
    from clusteradvies.combine.combining import partner_labels
    from clusteradvies.combine.model import Partner

    check_distinct(files)
    projects = load_all(files, kb)
    return [
        Partner(label, project)
        for label, project in zip(partner_labels(files), projects, strict=True)
    ]
