"""The formats ``combine`` can render a Combination in, behind one interface.

Light to import: the command line offers the names (``FormatName``) without loading Rich or
the knowledge; ``combination_formatter`` imports the chosen class when it is needed.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import TYPE_CHECKING

from clusteradvies.formats.names import FormatName

if TYPE_CHECKING:
    from rich.console import RenderableType

    from clusteradvies.combination import Combination
    from clusteradvies.formats.base import RenderOptions
    from clusteradvies.knowledge.base import KnowledgeBase


class CombinationFormat(ABC):
    """Turns a Combination into output; never prints."""

    @abstractmethod
    def render(
        self, combination: Combination, kb: KnowledgeBase, options: RenderOptions
    ) -> str | RenderableType:
        """A string (JSON, Markdown) or a Rich renderable (text)."""


def combination_formatter(name: FormatName) -> CombinationFormat:
    """The format class for a name; every FormatName has one (a test enforces it)."""
    from clusteradvies.formats.combine_json import JsonCombinationFormat
    from clusteradvies.formats.combine_markdown import MarkdownCombinationFormat
    from clusteradvies.formats.combine_text import TextCombinationFormat

    classes: dict[FormatName, type[CombinationFormat]] = {
        FormatName.text: TextCombinationFormat,
        FormatName.json: JsonCombinationFormat,
        FormatName.markdown: MarkdownCombinationFormat,
    }
    return classes[name]()
