"""Score formats as streams: the output of a batch written piece by piece as results arrive.

A batch of thousands of files must not hold every result, nor the whole output text, in
memory: JSON and CSV write each result the moment it (and every result before it) is ready,
so memory stays flat in the number of files. The table and Markdown need every row before the
first (the table's column widths, the summary line), so ``Collected`` gathers the results and
renders them at the end — a batch's results are small; it is their text that is not. (The
workbook, a binary file, is not a ``ScoreFormat``: it too is made once every result is in.)

Streaming changes no byte: ``render(report)`` is the joined stream, and a test holds that.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from clusteradvies.render.formats import Format
from clusteradvies.score.batch import ScoreReport, ScoreResult


@runtime_checkable
class ScoreFormat(Protocol):
    """A ``score`` format: the whole output of a report, or the same output piece by piece."""

    def render(self, report: ScoreReport) -> str:
        """The whole output."""
        ...

    def stream(self, results: Iterable[ScoreResult], fail_under: float | None) -> Iterator[str]:
        """The same output in pieces, each as soon as its results are in."""
        ...


@dataclass(frozen=True)
class Collected:
    """A format that needs every result first: rendered once the last result is in."""

    format: Format[ScoreReport]

    def render(self, report: ScoreReport) -> str:
        return self.format.render(report)

    def stream(self, results: Iterable[ScoreResult], fail_under: float | None) -> Iterator[str]:
        yield self.format.render(ScoreReport(tuple(results), fail_under))
