"""combine's formats say the same findings (that every name renders: tests/render)."""

from __future__ import annotations

import dataclasses
import json

from clusteradvies.combine.model import Combination
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.render.combine.json_format import CombinationJson
from clusteradvies.render.combine.markdown import CombinationMarkdown
from clusteradvies.render.combine.text import CombinationText
from clusteradvies.render.formats import RenderOptions


def text_of(combination: Combination, kb: KnowledgeBase, options: RenderOptions) -> str:
    return CombinationText(kb, options).render(combination)


def test_json_ranks_advice_and_disagreements_in_one_list(
    kb: KnowledgeBase, combination: Combination
) -> None:
    data = json.loads(CombinationJson(kb, RenderOptions(top=0)).render(combination))
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
    markdown = CombinationMarkdown(kb, options).render(combination)
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
    markdown = str(CombinationMarkdown(kb, RenderOptions(top=2)).render(combination))
    ranked = markdown.split("## Advies en verschillen", 1)[1].split("## Waar partners", 1)[0]
    assert "\n2. **" in ranked and "\n3. **" not in ranked
    assert f"… en {len(combination.ranked) - 2} adviezen meer" in ranked
    assert markdown.count("★") == len(combination.disagreements)  # all key differences stay


def test_markdown_escapes_partner_labels(kb: KnowledgeBase, combination: Combination) -> None:
    first = dataclasses.replace(combination.partners[0], label="<b>*bakker*</b>")
    renamed = dataclasses.replace(combination, partners=(first, *combination.partners[1:]))
    markdown = CombinationMarkdown(kb, RenderOptions()).render(renamed)
    assert "<b>" not in markdown and "\\<b\\>\\*bakker\\*\\</b\\>" in markdown
