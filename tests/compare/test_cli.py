"""``clusteradvies compare OLD NEW`` as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from clusteradvies.cli.app import _register, app
from tests.compare.conftest import SIX_MONTHS, START

_register()
runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "80"})
    return result.exit_code, result.stdout, result.stderr


def test_text_json_and_markdown() -> None:
    # The numbers come from the JSON, so the test follows the knowledge as it grows.
    code, out, _ = run("compare", str(START), str(SIX_MONTHS), "--format", "json", "--top", "0")
    assert code == 0
    data = json.loads(out)
    readiness = data["readiness"]
    assert readiness["change"] == readiness["after"] - readiness["before"] > 0
    assert data["advice"]["open"]
    code, out, err = run("compare", str(START), str(SIX_MONTHS))
    assert code == 0, err
    change = (
        f"gereedheid {readiness['before']} → {readiness['after']} "
        f"(+{readiness['change']}), van zwak naar aandacht nodig"
    )
    assert change in " ".join(out.split())
    code, out, _ = run("compare", str(START), str(SIX_MONTHS), "--format", "markdown")
    assert code == 0 and out.startswith("# Winkeliers Dorpsstraat")


def test_language_follows_the_newer_file_unless_asked() -> None:
    _, out, _ = run("compare", str(START), str(SIX_MONTHS), "--lang", "en")
    assert "readiness" in out.splitlines()[0]


def test_a_bad_file_is_one_located_line(tmp_path: Path) -> None:
    later = tmp_path / "later.yaml"
    later.write_text("name: Dorpsstraat\nanswers:\n  vertrouwen: veel\n", encoding="utf-8")
    code, out, err = run("compare", str(tmp_path / "eerder.yaml"), str(later))
    assert code == 2 and out == ""
    assert err.splitlines() == [
        f"{tmp_path / 'eerder.yaml'}: dit bestand bestaat niet",
        f"{later}:3: answers.vertrouwen: verwacht een van hoog, redelijk, laag (of weet_niet); "
        "gekregen: 'veel'",
    ]


def test_one_file_is_a_usage_error() -> None:
    code, _, err = run("compare", str(START))
    assert code == 2 and "het argument LATER ontbreekt" in err


def test_two_differently_named_projects_are_compared_with_a_warning() -> None:
    from tests.conftest import EXAMPLES

    portnet, trek = EXAMPLES / "portnet.yaml", EXAMPLES / "trek.yaml"
    code, out, err = run("compare", str(portnet), str(trek))
    assert code == 0 and out  # the comparison is still made: a renamed project is possible
    assert err == (
        f"let op: {portnet} en {trek} hebben een andere naam ('PortNET — Electronic Port "
        "Clearance' en 'TREK — Toeristisch-Recreatieve Ketens Brabant'); gaat het wel om "
        "dezelfde samenwerking?\n"
    )


def test_the_same_project_over_time_gives_no_warning() -> None:
    assert run("compare", str(START), str(SIX_MONTHS))[2] == ""
