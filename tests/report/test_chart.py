"""The profile chart: one row per category, bars as long as the scores, the band edges marked."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.project.model import load_project
from clusteradvies.render.formats import RenderOptions
from clusteradvies.render.report.markdown import text_chart
from clusteradvies.render.report.svg_chart import TRACK_W, profile_svg, x_of
from clusteradvies.render.report.view import ReportView, build_report
from tests.conftest import EXAMPLES, ROOT


def report_of(kb: KnowledgeBase, advisor: Advisor, example: str, lang: str = "nl") -> ReportView:
    project = load_project(_path(example), kb)
    diagnosis = advisor.diagnose(project)
    return build_report(diagnosis, project, kb, RenderOptions(lang), date(2026, 3, 1))


EVALUATION = ROOT / "evaluation" / "projects"
EXAMPLE_NAMES = sorted(p.name for p in EXAMPLES.glob("*.yaml"))
"""The shipped examples: sparse on purpose, holding only what the report says of each case."""
CHART_INPUTS = EXAMPLE_NAMES + sorted(f"evaluation/{p.name}" for p in EVALUATION.glob("*.yaml"))
"""With the evaluation set's fuller narratives: rows with a definite band, too."""


def _path(name: str) -> Path:
    return (
        EVALUATION / name.removeprefix("evaluation/")
        if name.startswith("evaluation/")
        else EXAMPLES / name
    )


@pytest.mark.parametrize("example", CHART_INPUTS)
def test_one_row_per_category_with_bars_as_long_as_the_scores(
    kb: KnowledgeBase, advisor: Advisor, example: str
) -> None:
    report = report_of(kb, advisor, example)
    svg = ET.fromstring(profile_svg(report.bars, "nl"))  # well-formed, as inline SVG must be
    rows = svg.findall("g[@class='category']")
    assert [g.get("data-category") for g in rows] == [b.category for b in report.bars]
    for row, bar in zip(rows, report.bars, strict=True):
        bars = row.findall("rect[@class='bar']")
        texts = {t.get("class"): t.text for t in row.findall("text")}
        assert texts["label"] == bar.name
        if bar.score_range is None or bar.band is None:
            # No evidence, or too little known: no bar that could read as a verdict.
            assert bars == [] and texts["value"] == "–"
            assert texts["nodata"] in ("geen gegevens", "te weinig gegevens")
        else:
            low, high = bar.score_range
            assert len(bars) == 1
            assert float(bars[0].get("width", "")) == pytest.approx(low / 100 * TRACK_W)
            spread = row.findall("rect[@class='range']")
            assert len(spread) == (1 if high > low else 0)
            if spread:
                width = float(spread[0].get("width", ""))
                assert width == pytest.approx((high - low) / 100 * TRACK_W, abs=0.2)
            assert texts["value"] == (str(low) if low == high else f"{low}–{high}")
        edges = [float(line.get("x1", "")) for line in row.findall("line[@class='threshold']")]
        assert edges == [x_of(40), x_of(65)]


def test_examples_cover_every_kind_of_row(kb: KnowledgeBase, advisor: Advisor) -> None:
    # The test above means something only if its inputs have rows with and without a verdict,
    # and rows whose range is wide and narrow.
    bars = [b for e in CHART_INPUTS for b in report_of(kb, advisor, e).bars]
    assert {b.band for b in bars} >= {"onzeker", None}
    assert any(b.band not in (None, "onzeker") for b in bars)
    spans = {b.score_range[1] - b.score_range[0] for b in bars if b.score_range and b.band}
    assert 0 in spans or min(spans) < 10
    assert max(spans) > 20


def test_chart_names_the_bands_and_numbers_the_edges(kb: KnowledgeBase, advisor: Advisor) -> None:
    svg = ET.fromstring(profile_svg(report_of(kb, advisor, "trek.yaml").bars, "en"))
    assert [t.text for t in svg.findall("text[@class='zone']")] == [
        "weak",
        "needs attention",
        "strong",
    ]
    assert [t.text for t in svg.findall("text[@class='tick']")] == ["0", "40", "65", "100"]
    assert svg.get("role") == "img" and svg.findtext("title") == "Score per category (0–100)"


@pytest.mark.parametrize("example", CHART_INPUTS)
def test_text_chart_in_markdown(kb: KnowledgeBase, advisor: Advisor, example: str) -> None:
    report = report_of(kb, advisor, example)
    lines = text_chart(report)
    start = lines[1].index("├")
    assert lines[0][start:].split() == ["0", "40", "65", "100"]
    assert lines[1][start:] == "├───────┼────┼──────┤"  # 20 cells: 40 and 65 on cells 8 and 13
    for line, bar in zip(lines[2:], report.bars, strict=True):
        assert line[:start].rstrip() == bar.name
        if bar.score_range is None or bar.band is None:
            assert line[start:] == "·" * 20 + "     –  " + bar.band_label
        else:
            low, high = bar.score_range
            solid, reach = round(low / 5), round(high / 5)
            drawn = "█" * solid + "▒" * (reach - solid) + "░" * (20 - reach)
            value = str(low) if low == high else f"{low}–{high}"
            assert line[start:] == f"{drawn} {value:>5}  {bar.band_label}"


def test_report_view_dates_and_cites_like_a_letter(kb: KnowledgeBase, advisor: Advisor) -> None:
    assert report_of(kb, advisor, "portnet.yaml").date == "1 maart 2026"
    report = report_of(kb, advisor, "portnet.yaml", "en")
    assert report.date == "1 March 2026"
    titles = {s.id: s.title for s in report.sources}
    assert titles["3.1"] == "PortNET"  # not "3.1 — PortNET" after the label 3.1
    assert titles["0/vertrouwen"] == "Chapter 0 — building trust"
    cited = {s for item in report.advice for s in item.sources}
    assert cited <= set(titles)


@pytest.mark.parametrize("example", EXAMPLE_NAMES)
def test_a_note_is_said_once_per_advice_item(
    kb: KnowledgeBase, advisor: Advisor, example: str
) -> None:
    project = load_project(EXAMPLES / example, kb)
    report = report_of(kb, advisor, example)
    prompts = {kb.questions[q].prompt.get("nl"): note for q, note in project.notes.items()}
    for item in report.advice:
        lines = [a for why in item.why for a in why.answers]
        for prompt in {a.prompt for a in lines}:
            notes = [a.note for a in lines if a.prompt == prompt and a.note]
            assert notes == ([prompts[prompt]] if prompt in prompts else [])
