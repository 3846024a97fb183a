"""compare's formats report the same changes (that every name renders: tests/render)."""

from __future__ import annotations

import json

from clusteradvies.compare.comparison import Comparison
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.render.formats import CompareFormatName, RenderOptions
from clusteradvies.render.renderers import comparison_format


def render(
    comparison: Comparison,
    kb: KnowledgeBase,
    name: CompareFormatName,
    options: RenderOptions = RenderOptions(),  # noqa: B008 - frozen, so one shared default is safe
) -> str:
    return comparison_format(name, kb, options, None).render(comparison)


def test_json_has_every_change_with_ids(kb: KnowledgeBase, progress: Comparison) -> None:
    data = json.loads(render(progress, kb, CompareFormatName.json))
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
    text = render(progress, kb, CompareFormatName.text)
    markdown = render(progress, kb, CompareFormatName.markdown)
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
    text = render(progress, kb, CompareFormatName.text, RenderOptions(lang="en", top=2))
    assert "readiness" in text.splitlines()[0]
    assert "Still open (2)" in text and "Done or no longer needed" in text
    assert f"… and {len(progress.still_open) - 2} more" in text
