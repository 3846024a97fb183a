"""What-if: realistic answer changes, tried by re-running the engine, ranked by gain."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from clusteradvies.cli.app import _register, app
from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.diagnosis.whatif import what_if
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.project.model import load_project
from clusteradvies.project.safety import one_step_safer
from tests.conftest import EXAMPLES


def test_one_step_towards_the_safer_end(kb: KnowledgeBase) -> None:
    assert one_step_safer(kb.questions["vertrouwen"], "laag") == "redelijk"
    assert one_step_safer(kb.questions["vertrouwen"], "hoog") is None
    assert one_step_safer(kb.questions["opbrengst_zeker"], False) is True
    assert one_step_safer(kb.questions["aantal_bedrijven"], 12) == 11
    assert one_step_safer(kb.questions["partners"], ["overheid"]) is None  # no order
    assert one_step_safer(kb.questions["vertrouwen"], "weet_niet") is None


def test_changes_are_ranked_by_gain_and_really_help(kb: KnowledgeBase, advisor: Advisor) -> None:
    project = load_project(EXAMPLES / "tris.yaml", kb)
    diagnosis = advisor.diagnose(project)
    results = what_if(advisor, project, diagnosis)
    singles = [w for w in results if len(w.changes) == 1]
    assert singles, "TRIS has risky answers that a safer one would improve"
    gains = [w.gain for w in singles]
    assert gains == sorted(gains, reverse=True)
    best = singles[0]
    change = best.changes[0]
    redone = advisor.diagnose(
        project.model_copy(update={"answers": {**project.answers, change.question: change.after}})
    )
    assert redone.readiness == best.readiness == diagnosis.readiness + best.gain  # type: ignore[operator]
    together = results[-1]
    assert len(together.changes) == len(singles)
    assert together.gain >= best.gain


def test_what_if_in_the_cli() -> None:
    _register()
    result = CliRunner().invoke(
        app, ["advise", str(EXAMPLES / "tris.yaml"), "--what-if", "--format", "json"]
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["what_if"][0]["gain"] > 0
    assert data["what_if"][0]["changes"][0]["question"]
    plain = CliRunner().invoke(app, ["advise", str(EXAMPLES / "tris.yaml"), "--format", "json"])
    assert json.loads(plain.stdout)["what_if"] == []
