"""The intake's terminal side: a Rich asker, and SIGTERM handled like Ctrl-C.

The conversation goes to stderr, so ``clusteradvies intake > report.txt`` asks on the screen
and leaves only the diagnosis in the file — the same text ``advise`` writes.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from rich.console import Console, RenderableType


class TerminalAsker:
    """Asks on a Rich console (respecting NO_COLOR) and reads lines from stdin."""

    def __init__(self, console: Console) -> None:
        self.console = console

    def ask(self, prompt: str) -> str:
        # No readline: it would redraw the line without the prompt Rich printed.
        return self.console.input(prompt, markup=False, emoji=False)

    def say(self, message: RenderableType) -> None:
        self.console.print(message)


def stdin_is_terminal() -> bool:
    """Whether someone can type answers (tests replace this to script a terminal)."""
    return sys.stdin.isatty()


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Within the block, SIGTERM raises KeyboardInterrupt, so it saves and leaves like Ctrl-C."""

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: nothing to install
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
