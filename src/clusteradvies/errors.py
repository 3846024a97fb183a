"""The exceptions of clusteradvies: one base, each carrying located problems.

The core raises these; only the CLI catches them, prints one line per problem and exits.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one file, at one place."""

    file: str
    """The file, as the user named it (or the packaged knowledge's name for it)."""
    line: int | None
    """1-based line, where known."""
    path: str
    """Dotted key path inside the file, e.g. ``rules[3].when.answer``; empty for the file."""
    message: str
    """What was expected, in the user's words."""
    column: int | None = None
    """1-based column, where known."""
    code: str | None = None
    """The ``clusteradvies check`` code this problem is reported under (``KB001``…), if any."""

    def render(self) -> str:
        """``file:line: key.path: message`` — the one-line form every command prints."""
        if not self.file:
            return f"{self.path}: {self.message}" if self.path else self.message
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class ClusteradviesError(Exception):
    """Base of every error the CLI reports without a traceback."""

    exit_code = 2

    def __init__(self, problems: list[Problem] | str) -> None:
        if isinstance(problems, str):
            problems = [Problem(file="", line=None, path="", message=problems)]
        self.problems = problems
        super().__init__("\n".join(p.render() for p in problems))


class KnowledgeError(ClusteradviesError):
    """The knowledge base cannot be loaded or compiled."""


class ProjectError(ClusteradviesError):
    """A project description is unreadable or invalid."""


class UsageError(ClusteradviesError):
    """The command line asks for something impossible (a missing file, a clash of options)."""
