"""Which format each ``--format`` name means: one function per command.

Each ends in an exhaustive ``match``: mypy proves that every member of the command's enum in
``render/formats.py`` has a case (a missing one reaches ``assert_never`` with a type that is
not ``Never``), and a test renders every name. Each function imports its own formats, so
``check`` does not load the diagnosis formats nor ``advise`` the findings ones.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from clusteradvies.render.formats import (
    AdviseFormatName,
    BinaryFormat,
    CheckFormatName,
    CombineFormatName,
    CompareFormatName,
    Format,
    KbListFormatName,
    RenderOptions,
    ReportFormatName,
    ScoreFormatName,
)

if sys.version_info >= (3, 11):
    from typing import assert_never
else:  # pragma: no cover - pydantic depends on typing_extensions
    from typing_extensions import assert_never

if TYPE_CHECKING:
    from rich.console import Console

    from clusteradvies.checks.common.base import Finding
    from clusteradvies.combine.model import Combination
    from clusteradvies.compare.comparison import Comparison
    from clusteradvies.diagnosis.model import Diagnosis
    from clusteradvies.knowledge.base import KnowledgeBase
    from clusteradvies.knowledge.catalog import Entry
    from clusteradvies.render.report.view import ReportView
    from clusteradvies.render.score.stream import ScoreFormat
    from clusteradvies.score.batch import ScoreReport


def diagnosis_format(
    name: AdviseFormatName, kb: KnowledgeBase, options: RenderOptions, console: Console | None
) -> Format[Diagnosis]:
    """``advise --format NAME``; ``console`` is where text goes (None: plain, 80 columns).

    Each case imports only its own format: ``advise`` starts cold for every project.
    """
    match name:
        case AdviseFormatName.text:
            from clusteradvies.render.diagnosis.text import DiagnosisText

            return DiagnosisText(kb, options, console)
        case AdviseFormatName.json:
            from clusteradvies.render.diagnosis.json_format import DiagnosisJson

            return DiagnosisJson(kb, options)
        case AdviseFormatName.markdown:
            from clusteradvies.render.diagnosis.markdown import DiagnosisMarkdown

            return DiagnosisMarkdown(kb, options)
        case _:
            assert_never(name)


def combination_format(
    name: CombineFormatName, kb: KnowledgeBase, options: RenderOptions, console: Console | None
) -> Format[Combination]:
    """``combine --format NAME``."""
    from clusteradvies.render.combine.json_format import CombinationJson
    from clusteradvies.render.combine.markdown import CombinationMarkdown
    from clusteradvies.render.combine.text import CombinationText

    match name:
        case CombineFormatName.text:
            return CombinationText(kb, options, console)
        case CombineFormatName.json:
            return CombinationJson(kb, options)
        case CombineFormatName.markdown:
            return CombinationMarkdown(kb, options)
        case _:
            assert_never(name)


def comparison_format(
    name: CompareFormatName, kb: KnowledgeBase, options: RenderOptions, console: Console | None
) -> Format[Comparison]:
    """``compare --format NAME``."""
    from clusteradvies.render.compare.json_format import ComparisonJson
    from clusteradvies.render.compare.markdown import ComparisonMarkdown
    from clusteradvies.render.compare.text import ComparisonText

    match name:
        case CompareFormatName.text:
            return ComparisonText(kb, options, console)
        case CompareFormatName.json:
            return ComparisonJson(kb, options)
        case CompareFormatName.markdown:
            return ComparisonMarkdown(kb, options)
        case _:
            assert_never(name)


def report_format(name: ReportFormatName) -> Format[ReportView]:
    """``report --format NAME``: the view is built before, the same for every format."""
    from clusteradvies.render.report.html import ReportHtml
    from clusteradvies.render.report.markdown import ReportMarkdown

    match name:
        case ReportFormatName.html:
            return ReportHtml()
        case ReportFormatName.markdown:
            return ReportMarkdown()
        case _:
            assert_never(name)


def score_format(
    name: ScoreFormatName, kb: KnowledgeBase, options: RenderOptions, console: Console | None
) -> ScoreFormat | BinaryFormat[ScoreReport]:
    """``score --format NAME``; the table is as wide as ``console``; a workbook is bytes.
    JSON and CSV stream; the table and Markdown render once every result is in."""
    from clusteradvies.render.score.csv_format import ScoreCsv
    from clusteradvies.render.score.json_format import ScoreJson
    from clusteradvies.render.score.markdown import ScoreMarkdown
    from clusteradvies.render.score.stream import Collected
    from clusteradvies.render.score.table import ScoreTable
    from clusteradvies.render.score.xlsx_format import ScoreWorkbook

    match name:
        case ScoreFormatName.table:
            return Collected(ScoreTable(kb, options, console))
        case ScoreFormatName.json:
            return ScoreJson(kb, options)
        case ScoreFormatName.csv:
            return ScoreCsv(kb, options)
        case ScoreFormatName.markdown:
            return Collected(ScoreMarkdown(kb, options))
        case ScoreFormatName.xlsx:
            return ScoreWorkbook(kb, options)
        case _:
            assert_never(name)


def findings_format(name: CheckFormatName) -> Format[Sequence[Finding]]:
    """``check --format NAME``."""
    from clusteradvies.render.findings import FindingsGithub, FindingsJson, FindingsText

    match name:
        case CheckFormatName.text:
            return FindingsText()
        case CheckFormatName.json:
            return FindingsJson()
        case CheckFormatName.github:
            return FindingsGithub()
        case _:
            assert_never(name)


def catalog_format(
    name: KbListFormatName, lang: str, console: Console | None
) -> Format[Sequence[Entry]]:
    """``kb list --format NAME``."""
    from clusteradvies.render.kb_catalog import CatalogJson, CatalogTable

    match name:
        case KbListFormatName.table:
            return CatalogTable(lang, console)
        case KbListFormatName.json:
            return CatalogJson()
        case _:
            assert_never(name)
