"""Text from a file, shown on a terminal: control characters made visible, never obeyed.

A project's name, a note or a file name can hold control characters — written as escapes in
a double-quoted YAML string (``"\\e]0;…\\a\\e[2J"``) or in the file name itself. Printed as
they are, they retitle the terminal, clear the screen or hide what follows; a bidirectional
override (U+202E) makes text read backwards. So the text, table and Markdown outputs, and
every problem line, show them as escapes (``\\x1b``, ``\\u202e``). JSON escapes them by its
own syntax and HTML is escaped where it is built, so those keep the text as it was.
"""

from __future__ import annotations

import re

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""C0 controls but tab and newline, DEL, C1 controls, and the bidirectional marks and
overrides."""


def printable(text: str, *, newlines: bool = False) -> str:
    """``text`` with every control character written as an escape; a newline is kept only
    where the text may run over several lines (``newlines``), else it is escaped too."""
    escaped = _CONTROL.sub(_escape, text)
    return escaped if newlines else escaped.replace("\n", "\\n")


def _escape(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
