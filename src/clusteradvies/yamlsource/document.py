"""What reading YAML yields: the plain data, the line of every key path, and the problems.

Also the limits every input is read under, in one place so that the README can list them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from clusteradvies.errors import Problem

KeyPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Limits:
    """What one YAML file may cost to read. Far above any real project or knowledge file
    (the whole shipped knowledge is ~500 KB and ~25,000 values), far below what would take
    seconds or hundreds of megabytes: a file beyond them is refused with one located line."""

    max_bytes: int = 10 * 1024 * 1024
    """Size of the file in bytes."""
    max_values: int = 200_000
    """Scalars, lists and mappings, counting every use of an alias as a copy of its anchor: a
    "billion laughs" file is refused after this many values, in milliseconds."""
    max_aliases: int = 10_000
    """Uses of aliases (``*name``)."""
    max_depth: int = 100
    """Levels of nested lists and mappings."""
    max_digits: int = 40
    """Digits of one integer (Python refuses to convert more than 4,300 and slows down long
    before; no answer or weight needs more than a few)."""


LIMITS = Limits()
"""The limits every command reads its YAML under."""


@dataclass
class LocatedDocument:
    """A parsed YAML document with the line of every key path in it."""

    file: str
    data: Any
    lines: dict[KeyPath, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def line_of(self, path: Iterable[str | int]) -> int | None:
        """The line of the deepest known prefix of ``path`` (a missing key points at its parent)."""
        parts = tuple(path)
        while parts:
            if parts in self.lines:
                return self.lines[parts]
            parts = parts[:-1]
        return self.lines.get(())


def dotted(path: Iterable[str | int]) -> str:
    """``("rules", 3, "when")`` → ``rules[3].when``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out
