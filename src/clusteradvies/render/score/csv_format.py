"""A batch as CSV: one row per file, a column per category of the knowledge base.

Values are language-free (ids and band ids); a category that does not apply to a project, or
has no evidence, is left empty. ``below_threshold`` is ``true`` or ``false`` with
``--fail-under`` (judged on ``readiness_low``, the lower end of the range), empty without it.

The dialect follows the language, because that is what a spreadsheet on a machine set up for
that language expects when it opens the file: Dutch (``--lang nl``, the default) separates
fields with ``;`` and writes decimals with a comma, as Excel with Dutch regional settings
does; English uses ``,`` and a decimal point. (A ``.csv`` file also gets a byte-order mark, so
that Excel reads it as UTF-8: see ``cli/score.py``.) Rows are written as the results arrive.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.printable import printable
from clusteradvies.render.formats import RenderOptions
from clusteradvies.score.batch import Scored, ScoreReport, ScoreResult, Unscored, is_below

LEADING = (
    "file",
    "name",
    "status",
    "readiness",
    "readiness_low",
    "readiness_high",
    "band",
    "coverage",
)
TRAILING = ("weakest", "top_concern", "top_advice", "below_threshold", "errors")


@dataclass(frozen=True)
class Dialect:
    """How one language's spreadsheets read a CSV file."""

    delimiter: str
    decimal: str


DIALECTS = {"nl": Dialect(";", ","), "en": Dialect(",", ".")}


@dataclass(frozen=True)
class ScoreCsv:
    """One row per file; ``options.lang`` chooses the dialect, not the values."""

    kb: KnowledgeBase
    options: RenderOptions = field(default_factory=RenderOptions)

    def render(self, report: ScoreReport) -> str:
        return "".join(self.stream(report.results, report.fail_under))

    def stream(self, results: Iterable[ScoreResult], fail_under: float | None) -> Iterator[str]:
        """The header, then one row per result as it arrives."""
        dialect = DIALECTS.get(self.options.lang, DIALECTS["nl"])
        columns = (*LEADING, *self.kb.categories, *TRAILING)
        out = io.StringIO()
        writer = csv.writer(out, delimiter=dialect.delimiter, lineterminator="\n")
        writer.writerow(columns)
        yield _taken(out)
        for result in results:
            if isinstance(result, Unscored):
                row = {"file": result.file, "status": result.status}
                row["errors"] = str(len(result.problems))
            else:
                row = _scored_row(result, fail_under, dialect)
            writer.writerow([_cell(row.get(column, "")) for column in columns])
            yield _taken(out)


def _taken(out: io.StringIO) -> str:
    """What was written into ``out`` since the last time, which is then emptied."""
    text = out.getvalue()
    out.seek(0)
    out.truncate()
    return text


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection")."""


def _cell(value: str) -> str:
    # Control characters escaped as on a terminal (a CSV is read there too, and the csv
    # module would leave a carriage return unquoted), then no formula.
    return no_formula(printable(value, newlines=True))


def no_formula(cell: str) -> str:
    """A cell a spreadsheet shows as the text it is: one that would start a formula — a
    project named ``=HYPERLINK(…)`` — gets a leading apostrophe, as OWASP advises."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def _scored_row(result: Scored, fail_under: float | None, dialect: Dialect) -> dict[str, str]:
    row = {
        "file": result.file,
        "name": result.name,
        "status": result.status,
        "readiness": _number(result.readiness),
        "readiness_low": _number(result.readiness_range[0] if result.readiness_range else None),
        "readiness_high": _number(result.readiness_range[1] if result.readiness_range else None),
        "band": result.band or "",
        "coverage": f"{result.coverage:.2f}".replace(".", dialect.decimal),
        "weakest": " ".join(result.weakest),
        "top_concern": result.top_concern or "",
        "top_advice": result.advice[0].id if result.advice else "",
        "errors": "0",
    }
    if fail_under is not None:
        row["below_threshold"] = "true" if is_below(result, fail_under) else "false"
    row.update({c.id: _number(c.score) for c in result.categories})
    return row


def _number(value: int | None) -> str:
    return "" if value is None else str(value)
