"""What an output format is, and the names each command's ``--format`` accepts.

A ``Format`` turns one result into the whole text of one output — a string; it never prints,
so a command only decides where the string goes (``cli/output.py``). Rich layouts are turned
into text inside the format, for the console they are meant for (``render/rich_text.py``).

Each command has one enum of format names here; ``render/renderers.py`` says which ``Format``
each name means, in an exhaustive ``match``. A new format is a member here, a case there, and
its class. This module is light to import on purpose — only the standard library — so that
``clusteradvies --help`` lists the names without loading Rich, pydantic or the knowledge.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Protocol, TypeVar

Result_contra = TypeVar("Result_contra", contravariant=True)


class Format(Protocol[Result_contra]):
    """Turns one result (a diagnosis, a combination, findings...) into output; never prints.

    What a format needs besides the result (the knowledge base, the options, the console) it
    is given when it is made, so that one call shape serves every command.
    """

    def render(self, result: Result_contra) -> str:
        """The whole output, ending in a newline unless it is empty."""
        ...


class BinaryFormat(Protocol[Result_contra]):
    """A format whose output is a file rather than text (an Excel workbook)."""

    def render(self, result: Result_contra) -> bytes:
        """The whole file."""
        ...


@dataclass(frozen=True)
class RenderOptions:
    """What the user chose to see, for every format of one result."""

    lang: str = "nl"
    """Language of names and texts; ids, bands and keys stay language-free."""
    top: int = 5
    """How many advice groups to show (0: all)."""
    explain: bool = False
    """Add HOW each conclusion was reached: the rules in chain order."""
    what_if: bool = False
    """Add the what-if section (the diagnosis must carry ``what_if`` results)."""


class AdviseFormatName(str, Enum):
    """``advise --format`` (and the diagnosis ``intake`` ends with: ``text``)."""

    text = "text"
    json = "json"
    markdown = "markdown"


class CombineFormatName(str, Enum):
    """``combine --format``."""

    text = "text"
    json = "json"
    markdown = "markdown"


class CompareFormatName(str, Enum):
    """``compare --format``."""

    text = "text"
    json = "json"
    markdown = "markdown"


class ReportFormatName(str, Enum):
    """``report --format``; without it, the output file's name decides (``for_output``)."""

    html = "html"
    markdown = "markdown"

    @classmethod
    def for_output(cls, output: Path | None) -> ReportFormatName:
        """Markdown for ``*.md``, otherwise HTML — also on stdout, where a report is most often
        redirected into a ``.html`` file."""
        if output is not None and output.suffix.lower() in MARKDOWN_SUFFIXES:
            return cls.markdown
        return cls.html


MARKDOWN_SUFFIXES = (".md", ".markdown")
SUFFIX_FORMATS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".csv": "csv",
    ".xlsx": "xlsx",
}
"""The format a file name's extension stands for, wherever ``-o`` chooses the format."""


def suffix_clash(output: Path | None, chosen: Enum) -> bool:
    """Whether ``-o``'s extension names another format than ``--format`` does (``-o x.csv
    --format json``); an extension that names no format (``.txt``) never clashes."""
    if output is None:
        return False
    named = SUFFIX_FORMATS.get(output.suffix.lower())
    return named is not None and named != chosen.value


class ScoreFormatName(str, Enum):
    """``score --format``; without it, the output file's name decides (``for_output``)."""

    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"
    xlsx = "xlsx"
    """An Excel workbook: a file, never text on the screen."""

    @classmethod
    def for_output(cls, output: Path | None) -> ScoreFormatName:
        """The format ``-o``'s extension names (``.csv``, ``.xlsx``, ``.json``, ``.md``);
        otherwise, and on stdout, the table."""
        named = SUFFIX_FORMATS.get(output.suffix.lower()) if output is not None else None
        return cls(named) if named in cls._value2member_map_ else cls.table


class KbListFormatName(str, Enum):
    """``kb list --format``."""

    table = "table"
    json = "json"


class CheckFormatName(str, Enum):
    """``check --format``: how findings are reported."""

    text = "text"
    json = "json"
    github = "github"
    """GitHub Actions workflow commands: annotations on a pull request's files."""
