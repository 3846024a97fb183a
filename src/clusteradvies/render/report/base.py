"""The formats ``report`` can write a shareable report in, behind one interface.

This module imports nothing heavy, so the command line can offer the format names without
loading the knowledge; ``report_formatter`` imports the chosen class when it is needed.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from clusteradvies.render.report.view import ReportView


class ReportFormat(ABC):
    """Turns a ReportView into one self-contained document; never prints."""

    @abstractmethod
    def render(self, report: ReportView) -> str:
        """The whole document as text."""


class ReportFormatName(str, Enum):
    html = "html"
    markdown = "markdown"


MARKDOWN_SUFFIXES = (".md", ".markdown")


def format_for(output: Path | None) -> ReportFormatName:
    """The format an output file's name asks for: Markdown for ``*.md``, otherwise HTML (also
    on stdout, where a report is most often redirected into a ``.html`` file)."""
    if output is not None and output.suffix.lower() in MARKDOWN_SUFFIXES:
        return ReportFormatName.markdown
    return ReportFormatName.html


def report_formatter(name: ReportFormatName) -> ReportFormat:
    """The format class for a name; every ReportFormatName has one (a test enforces it)."""
    from clusteradvies.render.report.html import HtmlReport
    from clusteradvies.render.report.markdown import MarkdownReport

    classes: dict[ReportFormatName, type[ReportFormat]] = {
        ReportFormatName.html: HtmlReport,
        ReportFormatName.markdown: MarkdownReport,
    }
    return classes[name]()
