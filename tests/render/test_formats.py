"""Every ``--format`` name of every command renders, as its own kind of document.

The mapping name → format is an exhaustive ``match`` that mypy checks; this renders a real
result through every name and checks what comes out: the right kind of document (JSON that
parses, Markdown, HTML, CSV, annotations, terminal text), naming what it was given, whole
(ending in a newline) — and no two names of one command giving the same output.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import Enum

import pytest

from clusteradvies.checks.common.base import Finding
from clusteradvies.combine.combining import combine, partner_labels
from clusteradvies.combine.model import Combination, Partner
from clusteradvies.compare.comparison import Comparison, compare
from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.diagnosis.model import Diagnosis
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.catalog import entries
from clusteradvies.project.model import load_project
from clusteradvies.render.formats import (
    AdviseFormatName,
    CheckFormatName,
    CombineFormatName,
    CompareFormatName,
    KbListFormatName,
    RenderOptions,
    ReportFormatName,
    ScoreFormatName,
)
from clusteradvies.render.renderers import (
    catalog_format,
    combination_format,
    comparison_format,
    diagnosis_format,
    findings_format,
    report_format,
    score_format,
)
from clusteradvies.render.report.view import ReportView, build_report
from clusteradvies.score.batch import Scorer, ScoreReport, collect
from clusteradvies.score.pool import score_all
from tests.conftest import EXAMPLES

COMMANDS: tuple[type[Enum], ...] = (
    AdviseFormatName,
    CombineFormatName,
    CompareFormatName,
    ReportFormatName,
    ScoreFormatName,
    CheckFormatName,
    KbListFormatName,
)
EVERY_NAME = [name for command in COMMANDS for name in command]
FINDINGS = [Finding("KB004", "error", "kennis/regels.yaml", 12, 3, "rule 'x': 'ja' is wrong")]


@dataclass(frozen=True)
class Results:
    """One real result of each kind, and a text each rendering of it must contain."""

    diagnosis: Diagnosis
    combination: Combination
    comparison: Comparison
    report: ReportView
    score: ScoreReport


@pytest.fixture(scope="module")
def results(kb: KnowledgeBase, advisor: Advisor) -> Results:
    portnet = load_project(EXAMPLES / "portnet.yaml", kb)
    diagnosis = advisor.diagnose(portnet)
    files = sorted((EXAMPLES / "partners").glob("*.yaml"))
    partners = [
        Partner(label, load_project(path, kb))
        for label, path in zip(partner_labels(files), files, strict=True)
    ]
    progress = [EXAMPLES / "progress" / f"dorpsstraat-{s}.yaml" for s in ("start", "6-maanden")]
    old, new = (advisor.diagnose(load_project(path, kb)) for path in progress)
    return Results(
        diagnosis=diagnosis,
        combination=combine(advisor, partners),
        comparison=compare(kb, old, new),
        report=build_report(diagnosis, portnet, kb, RenderOptions(), date(2026, 3, 1)),
        score=ScoreReport(tuple(score_all(collect([EXAMPLES]), Scorer(kb, 5, advisor))), None),
    )


def render(name: Enum, kb: KnowledgeBase, r: Results) -> tuple[str, str]:
    """The output for ``name``, and a text that output must hold."""
    options = RenderOptions()
    if isinstance(name, AdviseFormatName):
        return diagnosis_format(name, kb, options, None).render(r.diagnosis), "PortNET"
    if isinstance(name, CombineFormatName):
        return combination_format(name, kb, options, None).render(r.combination), "slager"
    if isinstance(name, CompareFormatName):
        text = comparison_format(name, kb, options, None).render(r.comparison)
        return text, "Dorpsstraat"
    if isinstance(name, ReportFormatName):
        return report_format(name).render(r.report), "PortNET"
    if isinstance(name, ScoreFormatName):
        output = score_format(name, kb, options, None).render(r.score)
        return (_cells(output) if isinstance(output, bytes) else output), "PortNET"
    if isinstance(name, KbListFormatName):
        return catalog_format(name, "nl", None).render(entries(kb, "case")), "PortNET"
    assert isinstance(name, CheckFormatName)
    return findings_format(name).render(FINDINGS), "kennis/regels.yaml"


def _cells(workbook: bytes) -> str:
    """A workbook as text: each sheet's name, then its rows, cells separated by tabs."""
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(workbook))
    lines = []
    for sheet in book.worksheets:
        lines.append(f"[{sheet.title}]")
        for row in sheet.iter_rows(values_only=True):
            lines.append("\t".join("" if v is None else str(v) for v in row))
    return "\n".join(lines) + "\n"


def _json(text: str) -> bool:
    json.loads(text)
    return True


def _csv(text: str) -> bool:
    header, *rows = csv.reader(io.StringIO(text), delimiter=";")
    return header[:3] == ["file", "name", "status"] and len(rows) > 1


def _table(text: str) -> bool:
    """A box-drawn table; or, where it would not fit in 80 columns without breaking words,
    the same rows as a list of items (a bullet each), possibly under a heading."""
    first, second = text.splitlines()[:2]  # the table's top edge, or a title and then the edge
    boxed = first.startswith("┏") or second.startswith("┏")
    listed = first.startswith("• ") or second.startswith("• ")
    return (boxed or listed) and "\x1b[" not in text


KIND: dict[str, Callable[[str], bool]] = {
    "text": lambda s: s[0].isalnum() and "\x1b[" not in s,
    "table": _table,
    "json": _json,
    "markdown": lambda s: s.startswith(("# ", "| ")),
    "html": lambda s: s.startswith("<!DOCTYPE html>") and s.rstrip().endswith("</html>"),
    "csv": _csv,
    "github": lambda s: s.startswith("::error file=kennis/regels.yaml,line=12,col=3,"),
    "xlsx": lambda s: s.startswith("[Projecten]\nProject\tBestand\tGereedheid"),
}
"""What the output of each name looks like; a new name needs an entry here too."""


@pytest.mark.parametrize("name", EVERY_NAME, ids=lambda n: f"{type(n).__name__}.{n.value}")
def test_every_name_renders_its_own_kind_of_document(
    name: Enum, kb: KnowledgeBase, results: Results
) -> None:
    text, holds = render(name, kb, results)
    assert KIND[name.value](text), text[:200]
    assert holds in text
    assert text.endswith("\n") and not text.endswith("\n\n\n")


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.__name__)
def test_no_two_names_of_a_command_give_the_same_output(
    command: type[Enum], kb: KnowledgeBase, results: Results
) -> None:
    outputs = {render(name, kb, results)[0] for name in command}
    assert len(outputs) == len(command)
