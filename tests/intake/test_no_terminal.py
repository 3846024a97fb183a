"""Without a terminal the intake cannot ask; it says how to go on, or finishes a full --data."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from clusteradvies.cli.app import _register, app
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.project.model import dump_project, load_project
from tests.conftest import EXAMPLES

if not any(command.name == "intake" for command in app.registered_commands):
    _register()
runner = CliRunner()
ENV = {"NO_COLOR": "1", "COLUMNS": "80"}


def test_without_terminal_or_data_it_says_how_to_run_non_interactively(tmp_path: Path) -> None:
    result = runner.invoke(app, ["intake", "--answers-out", str(tmp_path / "a.yaml")], env=ENV)
    assert result.exit_code == 2
    assert result.stderr == (
        "clusteradvies: intake stelt vragen en heeft een terminal nodig; zonder terminal: "
        "'clusteradvies advise BESTAND' of 'clusteradvies intake --data BESTAND'\n"
    )
    assert not (tmp_path / "a.yaml").exists()


def test_a_complete_data_file_is_written_and_diagnosed(kb: KnowledgeBase, tmp_path: Path) -> None:
    every = {q: "weet_niet" for q in kb.question_order}
    source = load_project(EXAMPLES / "trek.yaml", kb)
    data = tmp_path / "trek.yaml"
    complete = {**every, **source.answers}
    data.write_text(dump_project(source.model_copy(update={"answers": complete}), kb))
    out = tmp_path / "out.yaml"
    result = runner.invoke(app, ["intake", "--data", str(data), "--answers-out", str(out)], env=ENV)
    assert result.exit_code == 0, result.stderr
    advised = runner.invoke(app, ["advise", str(out)], env=ENV)
    assert result.stdout == advised.stdout
    assert result.stdout.startswith("TREK")
    assert load_project(out, kb).name == source.name


def test_an_incomplete_data_file_names_what_is_missing(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "intake",
            "--data",
            str(EXAMPLES / "portnet.yaml"),
            "--answers-out",
            str(tmp_path / "a.yaml"),
        ],
        env=ENV,
    )
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert "portnet.yaml mist antwoorden op: invloed_groot" in line
    assert "'clusteradvies intake --data " in line and "weet_niet" in line
