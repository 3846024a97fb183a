"""The diagnosis formats: the Markdown is safe to paste, and says what the JSON says."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from clusteradvies.cli.app import _register, app
from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.messages import t
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


@pytest.mark.parametrize(
    "args",
    [
        ["advise", str(EXAMPLES / "portnet.yaml")],
        ["advise", str(EXAMPLES / "portnet.yaml"), "--format", "markdown"],
        ["report", str(EXAMPLES / "portnet.yaml")],
        ["report", str(EXAMPLES / "portnet.yaml"), "--format", "markdown"],
        ["combine", *sorted(str(p) for p in (EXAMPLES / "partners").glob("*.yaml"))],
        [
            "combine",
            *sorted(str(p) for p in (EXAMPLES / "partners").glob("*.yaml")),
            "--format",
            "markdown",
        ],
    ],
    ids=["text", "markdown", "html", "report-markdown", "combine-text", "combine-markdown"],
)
def test_every_ranked_advice_list_says_the_report_does_not_rank(args: list[str]) -> None:
    # 2.2: success factors cannot be ranked; their weight varies by sector and kind of partner.
    _register()
    result = CliRunner().invoke(app, args, env={"NO_COLOR": "1", "COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    output = " ".join(result.stdout.split())
    caveat = t("ranking_caveat", "nl")
    assert output.count(caveat) == 1
    # under the advice list: after the advice's references to the report, before the gaps
    assert output.index(t("where", "nl")) < output.index(caveat)
    if t("gaps", "nl") in output:
        assert output.index(caveat) < output.index(t("gaps", "nl"))
