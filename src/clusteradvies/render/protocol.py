"""The formats ``advise`` can render a Diagnosis in, behind one interface."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass

from rich.console import RenderableType

from clusteradvies.diagnosis.model import Diagnosis
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.render.names import FormatName


@dataclass(frozen=True)
class RenderOptions:
    lang: str = "nl"
    top: int = 5
    """How many advice groups to show (0: all)."""
    explain: bool = False
    """Add HOW each conclusion was reached: the rules in chain order."""
    what_if: bool = False
    """Add the what-if section (the diagnosis must carry ``what_if`` results)."""


class DiagnosisFormat(ABC):
    """Turns a Diagnosis into output; never prints."""

    @abstractmethod
    def render(
        self, diagnosis: Diagnosis, kb: KnowledgeBase, options: RenderOptions
    ) -> str | RenderableType:
        """A string (JSON, Markdown) or a Rich renderable (text)."""


def formatter(name: FormatName) -> DiagnosisFormat:
    """The format class for a name; every FormatName has one (a test enforces it)."""
    from clusteradvies.render.diagnosis.json_format import JsonFormat
    from clusteradvies.render.diagnosis.markdown import MarkdownFormat
    from clusteradvies.render.diagnosis.text import TextFormat

    classes: dict[FormatName, type[DiagnosisFormat]] = {
        FormatName.text: TextFormat,
        FormatName.json: JsonFormat,
        FormatName.markdown: MarkdownFormat,
    }
    return classes[name]()
