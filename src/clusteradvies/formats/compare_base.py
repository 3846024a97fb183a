"""The formats ``compare`` can render a Comparison in, behind one interface.

Light to import: the command line offers the names (``FormatName``) without loading Rich or
the knowledge; ``comparison_formatter`` imports the chosen class when it is needed.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import TYPE_CHECKING

from clusteradvies.formats.names import FormatName

if TYPE_CHECKING:
    from rich.console import RenderableType

    from clusteradvies.compare import Comparison
    from clusteradvies.formats.base import RenderOptions
    from clusteradvies.knowledge.base import KnowledgeBase


class ComparisonFormat(ABC):
    """Turns a Comparison into output; never prints."""

    @abstractmethod
    def render(
        self, comparison: Comparison, kb: KnowledgeBase, options: RenderOptions
    ) -> str | RenderableType:
        """A string (JSON, Markdown) or a Rich renderable (text)."""


def comparison_formatter(name: FormatName) -> ComparisonFormat:
    """The format class for a name; every FormatName has one (a test enforces it)."""
    from clusteradvies.formats.compare_json import JsonComparisonFormat
    from clusteradvies.formats.compare_markdown import MarkdownComparisonFormat
    from clusteradvies.formats.compare_text import TextComparisonFormat

    classes: dict[FormatName, type[ComparisonFormat]] = {
        FormatName.text: TextComparisonFormat,
        FormatName.json: JsonComparisonFormat,
        FormatName.markdown: MarkdownComparisonFormat,
    }
    return classes[name]()
