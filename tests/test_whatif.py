"""What-if: realistic changes a collaboration can make itself, tried by re-running the engine,
ranked by what they add to the lower end of the readiness range."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from typer.testing import CliRunner

from clusteradvies.cli.app import _register, app
from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.diagnosis.whatif import what_if
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.models import Question
from clusteradvies.project.model import load_project
from clusteradvies.project.safety import extreme, one_step_safer
from tests.conftest import EXAMPLES


def _question(**fields: Any) -> Question:
    base: dict[str, Any] = {
        "id": "proef",
        "category": "vertrouwen",
        "prompt": {"nl": "?", "en": "?"},
        "help": {"nl": ".", "en": "."},
    }
    return Question.model_validate({**base, **fields})


def _choices(*ids: str) -> list[dict[str, Any]]:
    return [{"id": i, "label": {"nl": i, "en": i}} for i in ids]


def test_one_step_towards_the_safer_end(kb: KnowledgeBase) -> None:
    assert one_step_safer(kb.questions["vertrouwen"], "laag") == "redelijk"
    assert one_step_safer(kb.questions["vertrouwen"], "hoog") is None
    assert one_step_safer(kb.questions["opbrengst_zeker"], False) is True
    assert one_step_safer(kb.questions["aantal_bedrijven"], 12) == 11
    assert one_step_safer(kb.questions["vertrouwen"], "weet_niet") is None


def test_an_order_written_out_and_a_multi_choice_move_one_step_too() -> None:
    funding = _question(
        type="choice",
        choices=_choices("eigen", "blijvend", "start"),
        safer=["eigen", "start", "blijvend"],
    )
    assert one_step_safer(funding, "blijvend") == "start"
    assert one_step_safer(funding, "eigen") is None
    assert (extreme(funding, "safest"), extreme(funding, "riskiest")) == ("eigen", "blijvend")
    paper = _question(
        type="multi",
        choices=_choices("kosten", "taken", "valkuilen", "geen"),
        safer={"safest": ["kosten", "taken", "valkuilen"], "riskiest": ["geen"]},
    )
    # One more agreement on paper; "nothing on paper" goes once something is.
    assert one_step_safer(paper, ["geen"]) == ["kosten"]
    assert one_step_safer(paper, ["taken"]) == ["kosten", "taken"]
    assert one_step_safer(paper, ["kosten", "taken", "valkuilen"]) is None
    assert one_step_safer(_question(type="multi", choices=_choices("a", "b")), ["a"]) is None


def test_a_partly_known_multi_choice_moves_one_step_and_stays_partly_known() -> None:
    paper = _question(
        type="multi",
        choices=_choices("kosten", "taken", "valkuilen", "geen"),
        safer={"safest": ["kosten", "taken", "valkuilen"], "riskiest": ["geen"]},
    )
    # One more agreement on paper; what was left open stays open.
    assert one_step_safer(paper, ["taken", "weet_niet"]) == ["kosten", "taken", "weet_niet"]
    # An agreement known to be missing is the step to take first.
    ruled_out = ["kosten", "weet_niet", "niet_valkuilen"]
    assert one_step_safer(paper, ruled_out) == ["kosten", "valkuilen", "weet_niet"]
    # "Nothing on paper" is ruled out, not made unknown, once something is.
    assert one_step_safer(paper, ["geen", "weet_niet"]) == ["kosten", "weet_niet", "niet_geen"]
    assert one_step_safer(paper, ["kosten", "taken", "valkuilen", "weet_niet"]) is None


def test_what_if_proposes_a_step_on_a_partly_known_answer(tmp_path: Path) -> None:
    project = yaml.safe_load((EXAMPLES / "tris.yaml").read_text(encoding="utf-8"))
    project["answers"]["afspraken"] = ["taken", "weet_niet", "niet_kosten_baten"]
    path = tmp_path / "tris-deels.yaml"
    path.write_text(yaml.safe_dump(project, allow_unicode=True), encoding="utf-8")
    _register()
    result = CliRunner().invoke(app, ["advise", str(path), "--what-if", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    changes = [c for w in json.loads(result.stdout)["what_if"] for c in w["changes"]]
    [change] = [c for c in changes if c["question"] == "afspraken"][:1]
    assert change["to"] == ["kosten_baten", "taken", "weet_niet"]
    text = CliRunner().invoke(app, ["advise", str(path), "--what-if"], env={"NO_COLOR": "1"})
    assert (
        "Wie wat inbrengt en doet; de rest weet ik niet; niet: Wie welke kosten draagt en welke "
        "baten krijgt → Wie welke kosten draagt en welke baten krijgt; Wie wat inbrengt en doet; "
        "de rest weet ik niet"
    ) in " ".join(text.stdout.split())


def test_changes_are_ranked_by_the_floor_they_secure(kb: KnowledgeBase, advisor: Advisor) -> None:
    project = load_project(EXAMPLES / "tris.yaml", kb)
    diagnosis = advisor.diagnose(project)
    results = what_if(advisor, project, diagnosis)
    singles = [w for w in results if len(w.changes) == 1]
    assert singles, "TRIS has risky answers that the collaboration could improve itself"
    assert all(kb.questions[w.changes[0].question].changeable for w in singles)
    gains = [w.gain for w in singles]
    assert gains == sorted(gains, reverse=True)
    best = singles[0]
    change = best.changes[0]
    redone = advisor.diagnose(
        project.model_copy(update={"answers": {**project.answers, change.question: change.after}})
    )
    assert redone.readiness_range is not None and diagnosis.readiness_range is not None
    assert redone.readiness_range[0] == diagnosis.readiness_range[0] + best.gain
    together = results[-1]
    assert len(together.changes) == len(singles)
    assert together.gain >= best.gain


def test_givens_are_never_proposed(kb: KnowledgeBase, advisor: Advisor) -> None:
    for example in sorted(EXAMPLES.glob("*.yaml")):
        project = load_project(example, kb)
        for result in what_if(advisor, project, advisor.diagnose(project)):
            for change in result.changes:
                assert kb.questions[change.question].changeable, (example.name, change)


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
