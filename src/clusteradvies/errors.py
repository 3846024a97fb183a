"""The exceptions of clusteradvies: one base, each carrying located problems.

The core raises these; only the CLI catches them, prints one line per problem and exits.
"""

from __future__ import annotations

from dataclasses import dataclass

from clusteradvies.printable import printable


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
        """``file:line: key.path: message`` — the one-line form every command prints, with
        control characters from the file (a key, a value quoted in the message) escaped."""
        path, message = printable(self.path), printable(self.message)
        if not self.file:
            return f"{path}: {message}" if path else message
        where = printable(self.file)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {path}: {message}" if path else f"{where}: {message}"


SHOWN_PROBLEMS = 50
"""Problems printed one line each; beyond them one line counts the rest. Fifty lines fit a
screen or two and name every typo of a real file; a generated file with two million unknown
keys must not print two million lines. Costly hints ("did you mean") stop at this many too."""


def shown_lines(problems: list[Problem], limit: int = SHOWN_PROBLEMS) -> list[str]:
    """The first ``limit`` problems rendered, then one line saying how many more there are."""
    lines = [problem.render() for problem in problems[:limit]]
    rest = len(problems) - limit
    if rest > 0:
        lines.append(f"… and {rest} more problem{'s' if rest > 1 else ''} (not shown)")
    return lines


class ClusteradviesError(Exception):
    """Base of every error the CLI reports without a traceback."""

    exit_code = 2

    def __init__(self, problems: list[Problem] | str) -> None:
        if isinstance(problems, str):
            problems = [Problem(file="", line=None, path="", message=problems)]
        self.problems = problems
        super().__init__("\n".join(shown_lines(problems)))


class KnowledgeError(ClusteradviesError):
    """The knowledge base cannot be loaded or compiled."""


class ProjectError(ClusteradviesError):
    """A project description is unreadable or invalid."""


class UsageError(ClusteradviesError):
    """The command line asks for something impossible (a missing file, a clash of options)."""
