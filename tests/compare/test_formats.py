"""compare's formats: every name has a renderer, and they all report the same changes."""

from __future__ import annotations

import io
import json

from rich.console import Console

from clusteradvies.compare.comparison import Comparison
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.render.compare.base import comparison_formatter
from clusteradvies.render.names import FormatName
from clusteradvies.render.protocol import RenderOptions


def render(
    comparison: Comparison,
    kb: KnowledgeBase,
    name: FormatName,
    options: RenderOptions = RenderOptions(),  # noqa: B008 - frozen, so one shared default is safe
) -> str:
    output = comparison_formatter(name).render(comparison, kb, options)
    if isinstance(output, str):
        return output
    buffer = io.StringIO()
    Console(file=buffer, width=80, no_color=True).print(output)
    return buffer.getvalue()


def test_every_format_name_has_a_renderer(kb: KnowledgeBase, progress: Comparison) -> None:
    for name in FormatName:
        assert render(progress, kb, name), name


def test_json_has_every_change_with_ids(kb: KnowledgeBase, progress: Comparison) -> None:
    data = json.loads(render(progress, kb, FormatName.json))
    assert data["readiness"] == {
        "before": progress.old.readiness,
        "after": progress.new.readiness,
        "change": progress.readiness.delta,
    }
    factors = {f["id"]: f for f in data["factors"]}
    assert factors["vertrouwen"]["direction"] == "improved"
    assert factors["gemotiveerde-deelnemers"]["direction"] == "worse"
    assert all(f["direction"] != "unchanged" for f in data["factors"])
    done = {a["id"]: a for a in data["advice"]["done"]}
    assert done["vertrouwen.klein-beginnen"]["rank_after"] is None
    answers = {a["question"]: a for a in data["answers"]}
    assert answers["neutrale_steun"]["before"] is True
    assert answers["neutrale_steun"]["after"] == "weet_niet"


def test_text_and_markdown_report_the_same(kb: KnowledgeBase, progress: Comparison) -> None:
    text = render(progress, kb, FormatName.text)
    markdown = render(progress, kb, FormatName.markdown)
    delta = progress.readiness.delta
    for part in (f"(+{delta})", "Verbeterd", "Verslechterd", "Afgerond of niet meer nodig"):
        assert part in text and part in markdown, part
    for part in ("Nieuw advies", "Nog open", "Gewijzigde antwoorden"):
        assert part in text and part in markdown, part
    assert "Vertrouwen tussen de partners: zorgpunt → sterk punt" in text
    assert "- Vertrouwen tussen de partners: zorgpunt → sterk punt" in markdown
    assert "Weinig → Redelijk" in text and "Weinig → Redelijk" in markdown
    assert max(len(line) for line in text.splitlines()) <= 80


def test_english_and_top(kb: KnowledgeBase, progress: Comparison) -> None:
    text = render(progress, kb, FormatName.text, RenderOptions(lang="en", top=2))
    assert "readiness" in text.splitlines()[0]
    assert "Still open (2)" in text and "Done or no longer needed" in text
    assert f"… and {len(progress.still_open) - 2} more" in text
