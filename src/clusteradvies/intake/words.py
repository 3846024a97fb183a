"""What can be typed at any prompt of the intake besides an answer, and the other side of the
conversation (an ``Asker``). Dutch and English words both work, whatever the language."""

from __future__ import annotations

from typing import Protocol

from rich.console import RenderableType

from clusteradvies.project.questionnaire import UNKNOWN_WORDS

WHY_WORDS = frozenset({"?", "waarom", "why"})
BACK_WORDS = frozenset({"terug", "back"})
STOP_WORDS = frozenset({"stop"})
NOTE_WORDS = frozenset({"notitie", "toelichting", "note"})
UNKNOWN_TYPED = UNKNOWN_WORDS - WHY_WORDS


class Asker(Protocol):
    """The other side of the conversation."""

    def ask(self, prompt: str) -> str:
        """One line typed after ``prompt``; raises EOFError at end of input."""

    def say(self, message: RenderableType) -> None:
        """Show something."""


class Stopped(Exception):
    """The respondent typed ``stop``: save and leave."""


def word(text: str) -> str:
    """Typed text as compared with the words: spaces collapsed, case folded."""
    return " ".join(text.split()).casefold()
