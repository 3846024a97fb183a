"""Lists that stay lists on a narrow terminal: wrapped lines keep their item's indent.

Rich wraps a long ``Text`` back to the first column, so a numbered item of five lines reads as
one item and four paragraphs. These put each marker (``1.``, ``•``) in a column of its own and
the item beside it: whatever wraps, wraps inside the item — as the intake's ``?`` help does.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text


def marked(items: Sequence[tuple[str, RenderableType]], style: str = "") -> Table:
    """Items each after its marker (``1.``, ``•``), the markers right-aligned in one column."""
    grid = Table.grid(padding=(0, 1))
    width = max((len(marker) for marker, _ in items), default=1)
    grid.add_column(justify="right", width=width, no_wrap=True, style=style)
    grid.add_column(overflow="fold")
    for marker, body in items:
        grid.add_row(marker, body)
    return grid


def bulleted(items: Sequence[RenderableType], bullet: str = "•") -> Table:
    """Items after a bullet each, wrapped lines under the item's first word."""
    return marked([(bullet, item) for item in items])


def indented(body: RenderableType, by: int = 2) -> Padding:
    """``body`` moved ``by`` columns to the right, every wrapped line with it."""
    return Padding(body, (0, 0, 0, by))


def block(*parts: RenderableType | None) -> Group:
    """The parts that are not None, one under the other."""
    return Group(*(part for part in parts if part is not None))


def label(name: str, text: str | Text, style: str = "bold") -> Text:
    """``Waarom: …`` — a bold label and its text, wrapped as one paragraph."""
    line = Text(f"{name}: ", style=style)
    line.append(text if isinstance(text, Text) else Text(text))
    return line


def column_widths(
    rows: Sequence[Sequence[str]], available: int, whole: Collection[int] = ()
) -> list[int] | None:
    """Widths for a table's columns (``rows`` include the header) that break no word or
    path: each column at least as wide as its longest word (or its longest text, for the
    columns in ``whole``), the rest of the ``available`` width shared out by how much more
    each column could use. None when even the narrowest widths do not fit."""
    columns = list(zip(*rows, strict=True))
    widest = [max(len(text) for text in column) for column in columns]
    narrowest = [
        widest[i] if i in whole else max(len(w) for text in column for w in [*text.split(), ""])
        for i, column in enumerate(columns)
    ]
    if sum(narrowest) > available:
        return None
    if sum(widest) <= available:
        return widest
    spare, wants = (
        available - sum(narrowest),
        [w - n for w, n in zip(widest, narrowest, strict=True)],
    )
    shares = [spare * want // sum(wants) for want in wants]
    return [n + share for n, share in zip(narrowest, shares, strict=True)]
