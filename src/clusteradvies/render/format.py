"""One way to render: a ``Format`` turns one result into the whole text of one output.

Every format of every command is one (``render/renderers.py`` says which for each name in
``render/choices.py``). A format returns a string and never prints, so a command only has to
decide where the string goes (``cli/output.py``). Rich layouts are turned into text inside
the format, for the console they are meant for (``render/rich_text.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, TypeVar

Result_contra = TypeVar("Result_contra", contravariant=True)


class Format(Protocol[Result_contra]):
    """Turns one result (a diagnosis, a combination, findings...) into output; never prints.

    What a format needs besides the result (the knowledge base, the options, the console) it
    is given when it is made, so that one call shape serves every command.
    """

    def render(self, result: Result_contra) -> str:
        """The whole output, ending in a newline unless it is empty."""
        ...


@dataclass(frozen=True)
class RenderOptions:
    """What the user chose to see, for every format of one result."""

    lang: str = "nl"
    """Language of names and texts; ids, bands and keys stay language-free."""
    top: int = 5
    """How many advice groups to show (0: all)."""
    explain: bool = False
    """Add HOW each conclusion was reached: the rules in chain order."""
    what_if: bool = False
    """Add the what-if section (the diagnosis must carry ``what_if`` results)."""
