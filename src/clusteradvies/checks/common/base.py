"""What every consistency check builds on: the shape of a check and of what it reports.

A check is a module with a ``CODE``, a ``LEVEL``, a docstring (its user documentation, with a
failing example) and a generator ``check(kb, loader_problems)`` that yields ``Issue``s: a place
and a message. The registry turns those into ``Finding``s by adding the check's code and
level, so a check cannot report under another check's name.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from clusteradvies.errors import Problem
from clusteradvies.knowledge.base import KnowledgeBase, Location

Level = Literal["error", "warning"]


@dataclass(frozen=True)
class Issue:
    """One thing a check found wrong, and where."""

    file: str
    """The file as the loader shows it (``knowledge/rules.yaml``)."""
    line: int | None
    """1-based line, where known."""
    message: str
    """What is wrong, naming the entry."""
    column: int | None = None
    """1-based column, where known (only YAML syntax errors know it)."""


@dataclass(frozen=True)
class Finding:
    """An issue as reported: filed under the code and level of the check that found it."""

    code: str
    """The check's code, ``KB001``…"""
    level: Level
    file: str
    line: int | None
    column: int | None
    message: str

    def sort_key(self) -> tuple[str, int, int, str, str]:
        """File, then position, then code: the order a reader walks through a file."""
        return (self.file, self.line or 0, self.column or 0, self.code, self.message)


class CheckModule(Protocol):
    """The interface every module in ``clusteradvies.checks`` offers (see the registry)."""

    CODE: str
    LEVEL: Level

    def check(self, kb: KnowledgeBase, loader_problems: Sequence[Problem]) -> Iterator[Issue]:
        """Every issue of this kind in ``kb``; ``loader_problems`` are what loading found."""
        ...


def documentation(module: CheckModule) -> str:
    """The check's docstring: what it looks for, why, and a failing example."""
    return inspect.getdoc(module) or ""


def summary(module: CheckModule) -> str:
    """The first line of the check's documentation."""
    return documentation(module).split("\n", 1)[0].rstrip(".")


_LAST_STEP = re.compile(r"((^|\.)[^.\[\]]+|\[\d+\])$")
"""The last step of a dotted key path: ``.key``, ``[3]`` or the whole first key."""


def locate(kb: KnowledgeBase, kind: str, entry_id: str, key: str = "") -> Location:
    """Where a key inside an entry was written, or the nearest enclosing key that is known.

    A key with a default (``derive[0].value`` left out) was never written; its parent was.
    """
    while key and (kind, entry_id, key) not in kb.key_lines:
        key = _LAST_STEP.sub("", key)
    return kb.where(kind, entry_id, key)


def issue_at(kb: KnowledgeBase, kind: str, entry_id: str, key: str, message: str) -> Issue:
    """An issue at a key inside an entry (see ``locate``)."""
    where = locate(kb, kind, entry_id, key)
    return Issue(where.file, where.line, message)


def from_loader(loader_problems: Sequence[Problem], code: str) -> Iterator[Issue]:
    """The loader's problems filed under ``code``, their key path kept in the message."""
    for problem in loader_problems:
        if problem.code == code:
            message = f"{problem.path}: {problem.message}" if problem.path else problem.message
            yield Issue(problem.file, problem.line, message, problem.column)


"""How messages name one entry of each kind: ``rule 'x'``."""


def unreached(
    kb: KnowledgeBase,
    kind: str,
    reached_by: dict[str, list[str]],
    noun: str,
    verbs: tuple[str, str],
) -> Iterator[Issue]:
    """Entries of ``kind`` that no rule which can fire reaches (KB007 advice, KB008 factors).

    ``reached_by`` maps each entry to the rules that name it; ``verbs`` is what one rule and
    several rules do to it (("recommends", "recommend")).
    """
    from clusteradvies.checks.common.satisfiability import can_hold

    for entry_id in getattr(kb, kind):
        rules = reached_by.get(entry_id, [])
        if not rules:
            message = f"{noun} '{entry_id}': no rule {verbs[0]} it"
        elif not any(can_hold(kb, kb.rules[r].when) for r in rules):
            names = ", ".join(f"'{r}'" for r in rules)
            message = f"{noun} '{entry_id}': only rules that can never fire {verbs[1]} it ({names})"
        else:
            continue
        yield issue_at(kb, kind, entry_id, "id", message)
