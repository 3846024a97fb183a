"""The terminal adapter: SIGTERM handled like Ctrl-C, and a Rich asker that prints plainly."""

from __future__ import annotations

import io
import os
import signal
import time

import pytest
from rich.console import Console
from rich.text import Text

from clusteradvies.cli.terminal import TerminalAsker, sigterm_as_interrupt


def test_sigterm_inside_the_block_is_a_keyboard_interrupt() -> None:
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(KeyboardInterrupt), sigterm_as_interrupt():
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)  # the signal arrives long before this ends
    assert signal.getsignal(signal.SIGTERM) is before  # and the old handler is back


def test_the_asker_prints_the_prompt_as_typed_and_reads_a_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("3\n"))
    screen = io.StringIO()
    asker = TerminalAsker(Console(file=screen, width=80, no_color=True))
    assert asker.ask("Antwoord [1–4] :smile: ") == "3"
    asker.say(Text("Nu: [bold]x[/bold]"))
    # no markup or emoji codes are interpreted in what the knowledge base says
    assert screen.getvalue() == "Antwoord [1–4] :smile: Nu: [bold]x[/bold]\n"


def test_end_of_input_reaches_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    with pytest.raises(EOFError):
        TerminalAsker(Console(file=io.StringIO())).ask("> ")
