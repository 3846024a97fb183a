"""The formats ``combine`` can render a Combination in, behind one interface.

Light to import: the command line offers the names (``FormatName``) without loading Rich or
the knowledge; ``combination_formatter`` imports the chosen class when it is needed.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import TYPE_CHECKING

from clusteradvies.render.names import FormatName

if TYPE_CHECKING:
    from rich.console import RenderableType

    from clusteradvies.combine.model import Combination
    from clusteradvies.knowledge.base import KnowledgeBase
    from clusteradvies.render.protocol import RenderOptions


class CombinationFormat(ABC):
    """Turns a Combination into output; never prints."""

    @abstractmethod
    def render(
        self, combination: Combination, kb: KnowledgeBase, options: RenderOptions
    ) -> str | RenderableType:
        """A string (JSON, Markdown) or a Rich renderable (text)."""


def combination_formatter(name: FormatName) -> CombinationFormat:
    """The format class for a name; every FormatName has one (a test enforces it)."""
    from clusteradvies.render.combine.json_format import JsonCombinationFormat
    from clusteradvies.render.combine.markdown import MarkdownCombinationFormat
    from clusteradvies.render.combine.text import TextCombinationFormat

    classes: dict[FormatName, type[CombinationFormat]] = {
        FormatName.text: TextCombinationFormat,
        FormatName.json: JsonCombinationFormat,
        FormatName.markdown: MarkdownCombinationFormat,
    }
    return classes[name]()
