"""Rich layouts turned into text, for the console they will be shown on.

The text formats build Rich tables and styled lines; the command writes strings. Rendering
with the console's own settings (``Console.capture``) gives exactly the bytes that printing
would: its width, its colours or none (``NO_COLOR``, a pipe), its character set.
"""

from __future__ import annotations

import io
import re

from rich.console import Console, RenderableType

PLAIN_WIDTH = 80
"""Columns of plain text when no console is given (tests, and what a pipe gets by default)."""


def plain_console(width: int = PLAIN_WIDTH) -> Console:
    """A console for text that goes to a file: ``width`` columns, no colour, no terminal codes."""
    return Console(
        file=io.StringIO(), width=width, color_system=None, highlight=False, soft_wrap=False
    )


TRAILING_SPACES = re.compile(r" +((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)
"""Spaces at a line's end (before any closing colour codes): Rich pads lines to the width."""


def rich_text(renderable: RenderableType, console: Console | None = None) -> str:
    """What ``console.print(renderable)`` would write, as a string, without the spaces Rich
    pads lines with (they wrap into empty lines when the terminal is resized, and they show
    in a file)."""
    console = console or plain_console()
    with console.capture() as capture:
        console.print(renderable)
    return TRAILING_SPACES.sub(r"\1", capture.get())
