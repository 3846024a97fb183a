"""Test doubles for the intake: an asker that types from a script, and the typing of answers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.console import Console, RenderableType

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import NOT_ASKED
from clusteradvies.project.questionnaire import is_unknown, resolve


class ScriptedAsker:
    """Types the given lines in order, then ends the input like Ctrl-D; records the screen."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.lines = list(lines)
        self.prompts: list[str] = []
        self._console = Console(width=80, record=True, no_color=True, file=_Discard())

    def ask(self, prompt: str) -> str:
        self.prompts.append(prompt)
        self._console.print(prompt, end="", markup=False)
        if not self.lines:
            raise EOFError
        line = self.lines.pop(0)
        self._console.print(line, markup=False)
        return line

    def say(self, message: RenderableType) -> None:
        self._console.print(message)

    @property
    def screen(self) -> str:
        """Everything shown and typed so far, as plain text at 80 columns (no trailing blanks)."""
        text = self._console.export_text(clear=False)
        return "\n".join(line.rstrip() for line in text.split("\n"))


class _Discard:
    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass


def typed(kb: KnowledgeBase, question_id: str, value: Any) -> str:
    """What a person types to give ``value``: choice numbers, ja/nee, a number, weet niet."""
    if is_unknown(value):
        return "weet niet"
    ids = [c.id for c in kb.questions[question_id].choices]
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list):
        return ",".join(str(ids.index(v) + 1) for v in value)
    if isinstance(value, str):
        return str(ids.index(value) + 1)
    return str(value)


def typed_answers(kb: KnowledgeBase, answers: dict[str, Any], role: str) -> list[str]:
    """The lines typed to give ``answers`` at the intake, missing ones as weet niet.

    Computed from ``resolve`` (which advise uses), not from the intake under test: the
    questions asked are exactly those that apply to the final answers, in order.
    """
    resolved = resolve(kb, answers, role)
    return [
        typed(kb, q, answers.get(q, "weet_niet"))
        for q in kb.question_order
        if resolved[q] != NOT_ASKED
    ]
