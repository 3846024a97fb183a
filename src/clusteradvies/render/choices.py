"""The names each command's ``--format`` accepts: one enum per command.

Light to import on purpose — only ``enum`` and ``pathlib`` — so that ``clusteradvies --help``
lists the choices without loading Rich, pydantic or the knowledge. Which format each name
means is ``render/renderers.py``; a new format is a member here, a case there, and its class.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path


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


class ScoreFormatName(str, Enum):
    """``score --format``."""

    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


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
