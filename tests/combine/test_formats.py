"""combine's formats: every name has a renderer, and they all say the same findings."""

from __future__ import annotations

import dataclasses
import io
import json

from rich.console import Console

from clusteradvies.combine.model import Combination
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.render.combine.base import combination_formatter
from clusteradvies.render.names import FormatName
from clusteradvies.render.protocol import RenderOptions


def text_of(combination: Combination, kb: KnowledgeBase, options: RenderOptions) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=80, no_color=True)
    console.print(combination_formatter(FormatName.text).render(combination, kb, options))
    return buffer.getvalue()


def test_every_format_name_has_a_renderer(kb: KnowledgeBase, combination: Combination) -> None:
    for name in FormatName:
        assert combination_formatter(name).render(combination, kb, RenderOptions()), name


def test_json_ranks_advice_and_disagreements_in_one_list(
    kb: KnowledgeBase, combination: Combination
) -> None:
    data = json.loads(
        str(combination_formatter(FormatName.json).render(combination, kb, RenderOptions(top=0)))
    )
    assert [p["label"] for p in data["partners"]] == ["bakker", "boekhandel", "slager"]
    assert data["ranked_total"] == len(data["ranked"]) == len(combination.ranked)
    assert [r["rank"] for r in data["ranked"]] == list(range(1, len(data["ranked"]) + 1))
    first = data["ranked"][0]
    assert first["kind"] == "disagreement" and first["question"] == "vertrouwen"
    assert first["positions"] == {"bakker": "hoog", "boekhandel": "laag", "slager": "redelijk"}
    assert set(first["model"]) == {"weight", "spread", "severity", "timing", "confidence"}
    assert {r["kind"] for r in data["ranked"]} == {"advice", "disagreement"}
    by_id = {q["question"]: q for q in data["questions"]}
    assert by_id["ervaring"]["answers"] == {
        "bakker": True,
        "boekhandel": "weet_niet",
        "slager": False,
    }
    assert by_id["ervaring"]["shared"] is False and by_id["ervaring"]["rule"] == "riskiest"
    assert by_id["standaarden"]["shared"] is None  # does not apply to the combination
    assert {"question": "ervaring", "unknown_to": ["boekhandel"]} in data["knowledge_gaps"]
    assert data["combined"]["readiness"] == combination.diagnosis.readiness


def test_text_and_markdown_say_the_same_findings(
    kb: KnowledgeBase, combination: Combination
) -> None:
    options = RenderOptions(top=4)
    text = text_of(combination, kb, options)
    markdown = str(combination_formatter(FormatName.markdown).render(combination, kb, options))
    for heading in ("Advies en verschillen", "Waar partners verschillen", "Gaten in gedeelde"):
        assert heading in text and heading in markdown
    assert "Partners zien dit verschillend: Hoeveel vertrouwen" in text
    assert "**Partners zien dit verschillend: Hoeveel vertrouwen" in markdown
    assert "★ sleutelvraag, plaats 1" in text and "sleutelvraag, plaats 1" in markdown
    assert "boekhandel: niet genoemd" in text and "boekhandel: niet genoemd" in markdown
    assert "Profiel per categorie" in text and "| categorie | samen | bakker |" in markdown
    assert max(len(line) for line in text.splitlines()) <= 80


def test_english(kb: KnowledgeBase, combination: Combination) -> None:
    text = text_of(combination, kb, RenderOptions(lang="en"))
    assert "shared readiness" in text.splitlines()[0]
    assert "Partners see this differently: How much do the partners trust" in text
    assert "Gaps in shared knowledge" in text and "unknown to boekhandel" in text


def test_top_limits_the_ranked_list_only(kb: KnowledgeBase, combination: Combination) -> None:
    markdown = str(
        combination_formatter(FormatName.markdown).render(combination, kb, RenderOptions(top=2))
    )
    ranked = markdown.split("## Advies en verschillen", 1)[1].split("## Waar partners", 1)[0]
    assert "\n2. **" in ranked and "\n3. **" not in ranked
    assert f"… en {len(combination.ranked) - 2} adviezen meer" in ranked
    assert markdown.count("★") == len(combination.disagreements)  # all key differences stay


def test_markdown_escapes_partner_labels(kb: KnowledgeBase, combination: Combination) -> None:
    first = dataclasses.replace(combination.partners[0], label="<b>*bakker*</b>")
    renamed = dataclasses.replace(combination, partners=(first, *combination.partners[1:]))
    markdown = str(combination_formatter(FormatName.markdown).render(renamed, kb, RenderOptions()))
    assert "<b>" not in markdown and "\\<b\\>\\*bakker\\*\\</b\\>" in markdown
