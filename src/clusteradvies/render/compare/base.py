"""The formats ``compare`` can render a Comparison in, behind one interface.

Light to import: the command line offers the names (``FormatName``) without loading Rich or
the knowledge; ``comparison_formatter`` imports the chosen class when it is needed.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import TYPE_CHECKING

from clusteradvies.render.names import FormatName

if TYPE_CHECKING:
    from rich.console import RenderableType

    from clusteradvies.compare.comparison import Comparison
    from clusteradvies.knowledge.base import KnowledgeBase
    from clusteradvies.render.protocol import RenderOptions


class ComparisonFormat(ABC):
    """Turns a Comparison into output; never prints."""

    @abstractmethod
    def render(
        self, comparison: Comparison, kb: KnowledgeBase, options: RenderOptions
    ) -> str | RenderableType:
        """A string (JSON, Markdown) or a Rich renderable (text)."""


def comparison_formatter(name: FormatName) -> ComparisonFormat:
    """The format class for a name; every FormatName has one (a test enforces it)."""
    from clusteradvies.render.compare.json_format import JsonComparisonFormat
    from clusteradvies.render.compare.markdown import MarkdownComparisonFormat
    from clusteradvies.render.compare.text import TextComparisonFormat

    classes: dict[FormatName, type[ComparisonFormat]] = {
        FormatName.text: TextComparisonFormat,
        FormatName.json: JsonComparisonFormat,
        FormatName.markdown: MarkdownComparisonFormat,
    }
    return classes[name]()
