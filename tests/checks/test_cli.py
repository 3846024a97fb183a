"""``clusteradvies check`` through Typer's test runner: output, formats and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner, Result

from clusteradvies.checks.registry import CHECKS
from clusteradvies.cli import check, registry
from tests.checks.conftest import KnowledgeDir


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    # A fresh app with only this command: registering on the real one twice would fail.
    cli = typer.Typer()

    @cli.callback()
    def root() -> None:
        """Test root, so that ``check`` stays a subcommand."""

    check.register(cli)
    return cli


def run(app: typer.Typer, *args: str | Path) -> Result:
    return CliRunner().invoke(app, ["check", *map(str, args)])


def test_a_clean_knowledge_base_exits_0_and_says_so(
    app: typer.Typer, knowledge_dir: KnowledgeDir
) -> None:
    result = run(app, knowledge_dir("base"), "--strict")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == f"geen problemen gevonden ({len(CHECKS)} controles)\n"


def test_an_error_exits_1_with_one_located_line(
    app: typer.Typer, knowledge_dir: KnowledgeDir
) -> None:
    directory = knowledge_dir("kb009-two-values")
    result = run(app, directory)
    assert result.exit_code == 1
    assert result.stdout == (
        f"{directory / 'defect.yaml'}:7: KB009 rule 'vorm-dubbel': its conditions contradict"
        " each other; it can never fire\n"
    )
    assert result.stderr == f"1 fout, 0 waarschuwingen ({len(CHECKS)} controles)\n"


def test_a_syntax_error_is_reported_with_its_column(
    app: typer.Typer, knowledge_dir: KnowledgeDir
) -> None:
    result = run(app, knowledge_dir("kb001-yaml-syntax"))
    assert result.exit_code == 1
    assert "defect.yaml:4:1: KB001 invalid YAML" in result.stdout


def test_warnings_fail_only_with_strict(app: typer.Typer, knowledge_dir: KnowledgeDir) -> None:
    directory = knowledge_dir("kb005-unread-question")
    relaxed, strict = run(app, directory), run(app, directory, "--strict")
    assert (relaxed.exit_code, strict.exit_code) == (0, 1)
    assert relaxed.stdout == strict.stdout
    assert ": KB005 question 'website'" in strict.stdout
    assert strict.stderr == f"0 fouten, 1 waarschuwing ({len(CHECKS)} controles)\n"


@pytest.mark.parametrize(
    ("options", "exit_code", "checks"),
    [
        (["--select", "KB005"], 1, 1),
        (["--select", "KB004,kb009", "--select", "KB010"], 0, 3),
        (["--ignore", "KB005"], 0, len(CHECKS) - 1),
        (["--ignore", "KB001, KB005"], 0, len(CHECKS) - 2),
    ],
)
def test_select_and_ignore_choose_the_checks_that_run(
    app: typer.Typer, knowledge_dir: KnowledgeDir, options: list[str], exit_code: int, checks: int
) -> None:
    result = run(app, knowledge_dir("kb005-unread-question"), "--strict", *options)
    assert result.exit_code == exit_code
    assert result.stderr.endswith(f"({checks} controle{'s' if checks > 1 else ''})\n")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--select", "KB099"], "clusteradvies: onbekende controlecode 'KB099'"),
        (["--ignore", "KB01"], "clusteradvies: onbekende controlecode 'KB01'"),
        (["--explain", "KB099"], "clusteradvies: onbekende controlecode 'KB099'"),
    ],
)
def test_an_unknown_code_exits_2(
    app: typer.Typer, knowledge_dir: KnowledgeDir, options: list[str], message: str
) -> None:
    result = run(app, knowledge_dir("base"), *options)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(message)
    assert result.stderr.count("\n") == 1


def test_a_missing_directory_exits_2_with_one_clear_line(app: typer.Typer, tmp_path: Path) -> None:
    result = run(app, tmp_path / "kennis")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"clusteradvies: {tmp_path / 'kennis'}: deze map bestaat niet\n"


@pytest.mark.parametrize(
    ("name", "reason"), [("leeg", "geen .yaml-bestanden"), ("x.yaml", "dit is geen map")]
)
def test_a_directory_without_knowledge_exits_2(
    app: typer.Typer, tmp_path: Path, name: str, reason: str
) -> None:
    target = tmp_path / name
    if name.endswith(".yaml"):
        target.write_text("sections: []\n")
    else:
        target.mkdir()
    result = run(app, target)
    assert result.exit_code == 2
    assert reason in result.stderr
    assert result.stderr.count("\n") == 1


def test_the_directory_may_be_given_once_only(
    app: typer.Typer, knowledge_dir: KnowledgeDir
) -> None:
    directory = knowledge_dir("base")
    result = run(app, directory, "--kb", directory)
    assert result.exit_code == 2
    assert "één keer" in result.stderr


def test_kb_option_names_the_directory_too(app: typer.Typer, knowledge_dir: KnowledgeDir) -> None:
    result = run(app, "--kb", knowledge_dir("kb009-two-values"))
    assert result.exit_code == 1
    assert "KB009" in result.stdout


def test_json_format(app: typer.Typer, knowledge_dir: KnowledgeDir) -> None:
    directory = knowledge_dir("kb009-two-values")
    result = run(app, directory, "--format", "json")
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert document["errors"] == 1 and document["warnings"] == 0
    assert document["findings"] == [
        {
            "code": "KB009",
            "level": "error",
            "file": str(directory / "defect.yaml"),
            "line": 7,
            "column": None,
            "message": (
                "rule 'vorm-dubbel': its conditions contradict each other; it can never fire"
            ),
        }
    ]


def test_github_format(app: typer.Typer, knowledge_dir: KnowledgeDir) -> None:
    directory = knowledge_dir("kb005-unread-question")
    result = run(app, directory, "--format", "github", "--strict")
    assert result.exit_code == 1
    file = str(directory / "defect.yaml").replace(":", "%3A").replace(",", "%2C")
    assert result.stdout == (
        f"::warning file={file},line=2,title=KB005::KB005 question 'website': no rule or other"
        " question reads its answer\n"
    )


def test_an_unknown_format_exits_2(app: typer.Typer, knowledge_dir: KnowledgeDir) -> None:
    assert run(app, knowledge_dir("base"), "--format", "xml").exit_code == 2


def test_explain_prints_the_checks_documentation(app: typer.Typer) -> None:
    result = run(app, "--explain", "kb009")
    assert result.exit_code == 0
    assert result.stdout.startswith("KB009 (error)\n\nA rule's conditions do not contradict")
    assert "Failing example" in result.stdout
    assert "{answer: vorm, equals: joint_venture}" in result.stdout


def test_list_shows_every_check_once(app: typer.Typer) -> None:
    result = run(app, "--list")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == list(CHECKS)
    assert lines[4].startswith("KB005  warning  Every question's answer is read")


def test_the_shipped_knowledge_is_the_default_and_passes_strict(app: typer.Typer) -> None:
    result = run(app, "--strict")
    assert result.exit_code == 0, result.stdout
    assert result.stderr == f"geen problemen gevonden ({len(CHECKS)} controles)\n"


def test_the_command_is_registered() -> None:
    assert check.register in registry.REGISTRARS


def test_importing_the_command_leaves_the_core_unloaded() -> None:
    # `clusteradvies --help` imports every command module; the checks load only when run.
    code = (
        "import sys, clusteradvies.cli.check; "
        "sys.exit('clusteradvies.checks.registry' in sys.modules or 'pydantic' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
