"""The diagnosis formats: the Markdown is safe to paste, and says what the JSON says."""

from __future__ import annotations

import json

from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.project.model import load_project
from clusteradvies.render.diagnosis.json_format import DiagnosisJson
from clusteradvies.render.diagnosis.markdown import DiagnosisMarkdown
from tests.conftest import EXAMPLES


def test_markdown_escapes_what_the_user_typed(kb: KnowledgeBase, advisor: Advisor) -> None:
    project = load_project(EXAMPLES / "portnet.yaml", kb)
    project = project.model_copy(update={"name": "<script>*vet* | [link](x)"})
    text = DiagnosisMarkdown(kb).render(advisor.diagnose(project))
    first = text.splitlines()[0]
    assert "<script>" not in first and "\\<script\\>" in first
    assert "\\*vet\\*" in first and "\\|" in first and "\\[link\\]" in first


def test_text_and_markdown_say_the_same_advice(kb: KnowledgeBase, advisor: Advisor) -> None:
    diagnosis = advisor.diagnose(load_project(EXAMPLES / "trek.yaml", kb))
    data = json.loads(DiagnosisJson(kb).render(diagnosis))
    markdown = DiagnosisMarkdown(kb).render(diagnosis)
    for item in data["advice"]:
        assert f"**{item['text']}**" in markdown


def test_kb_show_states_a_rule_s_condition_as_a_reader_would_say_it(kb: KnowledgeBase) -> None:
    from clusteradvies.render.labels import describe_condition

    rule = kb.rules["voorbereiding.technisch-ingewikkeld-begin"]
    assert describe_condition(rule.when, "nl") == (
        "complexiteit = groot en niet (klein_begonnen = ja)"
    )
    institutional = kb.rules["type.institutioneel"].when
    assert describe_condition(institutional, "en") == (
        "bedrijfsgrootte = met_groot or partners contains one of kennisinstelling, overheid"
    )
