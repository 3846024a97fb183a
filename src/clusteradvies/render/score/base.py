"""The formats ``score`` can render a batch in, behind one interface.

This module imports nothing heavy, so the command line can offer the format names without
loading the knowledge or Rich; ``score_formatter`` imports the chosen class when it is needed.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import RenderableType

    from clusteradvies.knowledge.base import KnowledgeBase
    from clusteradvies.score.batch import ScoreReport


@dataclass(frozen=True)
class ScoreOptions:
    lang: str = "nl"
    """Language of names and texts; ids, bands and keys stay language-free."""


class ScoreFormat(ABC):
    """Turns a batch's results into output; never prints."""

    @abstractmethod
    def render(
        self, report: ScoreReport, kb: KnowledgeBase, options: ScoreOptions
    ) -> str | RenderableType:
        """A string (JSON, CSV, Markdown) or a Rich renderable (the table)."""


class ScoreFormatName(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


def score_formatter(name: ScoreFormatName) -> ScoreFormat:
    """The format class for a name; every ScoreFormatName has one (a test enforces it)."""
    from clusteradvies.render.score.csv_format import CsvScoreFormat
    from clusteradvies.render.score.json_format import JsonScoreFormat
    from clusteradvies.render.score.markdown import MarkdownScoreFormat
    from clusteradvies.render.score.table import TableScoreFormat

    classes: dict[ScoreFormatName, type[ScoreFormat]] = {
        ScoreFormatName.table: TableScoreFormat,
        ScoreFormatName.json: JsonScoreFormat,
        ScoreFormatName.csv: CsvScoreFormat,
        ScoreFormatName.markdown: MarkdownScoreFormat,
    }
    return classes[name]()
