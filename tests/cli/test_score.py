"""``clusteradvies score`` as a user runs it: formats, files, thresholds, exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from clusteradvies.cli import score as score_command
from clusteradvies.cli.app import _register, app
from clusteradvies.score import pool as parallel
from clusteradvies.score.batch import Scorer, ScoreResult
from tests.batch.files import BAD_VALUE_LINE, copies, write_tree
from tests.conftest import EXAMPLES

_register()
runner = CliRunner()


def run(*args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, ["score", *map(str, args)], env={"NO_COLOR": "1", "COLUMNS": "200"})
    # Bad input must never end in a traceback: only clean exits.
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def valid(tmp_path: Path) -> Path:
    """Two valid projects: PortNET (strong) and the abstract-goals KLICT project (weak)."""
    root = tmp_path / "valid"
    root.mkdir()
    (root / "a-portnet.yaml").write_text((EXAMPLES / "portnet.yaml").read_text("utf-8"), "utf-8")
    klict = (EXAMPLES / "klict-abstracte-doelen.yaml").read_text("utf-8")
    (root / "b-klict.yaml").write_text(klict, "utf-8")
    return root


def json_files(out: str) -> list[str]:
    return [Path(d["file"]).name for d in json.loads(out)]


def test_the_table_has_a_row_per_project_and_a_summary(valid: Path) -> None:
    code, out, err = run(valid)
    assert code == 0 and err == ""
    assert "PortNET" in out and "KLICT-project" in out
    assert "Gereedheid" in out and "Grootste zorgpunt" in out
    assert out.rstrip().splitlines()[-1] == "2 beoordeeld, 0 ongeldig"


def test_english_on_request(valid: Path) -> None:
    code, out, _ = run(valid, "--lang", "en", "--fail-under", "10")
    assert code == 1
    assert "Readiness" in out and "Top concern" in out
    assert out.rstrip().splitlines()[-1] == "2 scored, 1 below 10, 0 invalid"


@pytest.mark.parametrize(
    ("fmt", "check"),
    [
        ("json", lambda out: [d["status"] for d in json.loads(out)] == ["ok", "ok"]),
        ("csv", lambda out: len(list(csv.DictReader(io.StringIO(out), delimiter=";"))) == 2),
        ("markdown", lambda out: out.startswith("| Project | Bestand |")),
        ("table", lambda out: "a-portnet.yaml" in out and "b-klict.yaml" in out),
    ],
)
def test_every_format(valid: Path, fmt: str, check: Any) -> None:
    code, out, err = run(valid, "--format", fmt)
    assert code == 0 and err == ""
    assert check(out), out


def test_an_unknown_format_is_a_usage_error(valid: Path) -> None:
    code, _, err = run(valid, "--format", "xml")
    assert code == 2 and "xml" in err


def test_output_writes_the_report_to_a_file_and_nothing_to_stdout(
    valid: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, expected, _ = run(valid, "--format", "json")
    monkeypatch.chdir(tmp_path)
    target = Path("reports", "scores.json")  # its directory is made: it is under this one
    code, out, err = run(valid, "--output", target)
    assert code == 0 and out == "" and err == ""
    assert target.read_text("utf-8") == expected
    assert [p.name for p in target.parent.iterdir()] == ["scores.json"]  # no temp file left


def test_a_missing_directory_elsewhere_is_not_made(valid: Path, tmp_path: Path) -> None:
    target = tmp_path / "typo" / "scores.json"
    code, out, err = run(valid, "--output", target)
    assert (code, out) == (2, "")
    assert err == (
        f"clusteradvies: de map {target.parent} bestaat niet; maak die eerst aan, "
        "of kies een ander --output\n"
    )
    assert not target.parent.exists()


@pytest.mark.parametrize(
    ("name", "starts"),
    [("s.csv", "\ufefffile;name"), ("s.json", "["), ("s.md", "| Project"), ("s.txt", "┏")],
)
def test_the_output_s_extension_chooses_the_format(
    valid: Path, tmp_path: Path, name: str, starts: str
) -> None:
    code, _, err = run(valid, "--output", tmp_path / name)
    assert code == 0, err
    assert (tmp_path / name).read_text("utf-8").startswith(starts)


def test_an_extension_that_names_another_format_is_refused(valid: Path, tmp_path: Path) -> None:
    code, out, err = run(valid, "--output", tmp_path / "s.csv", "--format", "json")
    assert (code, out) == (2, "")
    assert err == (
        f"clusteradvies: -o {tmp_path / 's.csv'} past niet bij --format json; "
        "laat een van beide weg\n"
    )
    assert not (tmp_path / "s.csv").exists()


def test_a_table_written_to_a_file_is_plain_text(valid: Path, tmp_path: Path) -> None:
    target = tmp_path / "scores.txt"
    code, _, _ = run(valid, "--output", target)
    text = target.read_text("utf-8")
    assert code == 0 and "PortNET" in text and "\x1b[" not in text


def test_an_output_that_cannot_be_a_file_is_one_line_and_exit_2(
    valid: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", "utf-8")
    code, out, err = run(valid, "--output", blocker / "scores.json")
    assert code == 2 and out == ""
    assert err == f"clusteradvies: {blocker}: is geen map\n"


@pytest.mark.parametrize("top", [1, 0])
def test_top_limits_the_advice_per_project(valid: Path, top: int) -> None:
    code, out, _ = run(valid, "--format", "json", "--top", str(top))
    assert code == 0
    for project in json.loads(out):
        expected = project["advice_total"] if top == 0 else min(1, project["advice_total"])
        assert len(project["advice"]) == expected
    assert any(p["advice_total"] > 1 for p in json.loads(out))
    assert all(p["below_threshold"] is None for p in json.loads(out))  # no --fail-under


def test_fail_under_exits_1_when_a_project_is_below(valid: Path) -> None:
    # The threshold judges the readiness a project can count on: the lower end of its range.
    floors = {Path(d["file"]).name: d["readiness_range"][0] for d in _json(valid)}
    portnet = floors["a-portnet.yaml"]
    assert floors["b-klict.yaml"] < portnet
    code, out, err = run(valid, "--fail-under", str(portnet))
    assert code == 1 and err == ""
    assert f"1 onder {portnet}" in out
    assert (
        run(valid, "--fail-under", str(portnet + 1))[1]
        .rstrip()
        .endswith(f"2 onder {portnet + 1}, 0 ongeldig")
    )
    assert run(valid, "--fail-under", "0")[0] == 0  # the weak project's 0 is not below 0


def _json(path: Path) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(run(path, "--format", "json")[1])
    return data


@pytest.mark.parametrize("value", ["-1", "101", "veel"])
def test_fail_under_outside_0_to_100_is_a_usage_error(valid: Path, value: str) -> None:
    assert run(valid, "--fail-under", value)[0] == 2


def test_invalid_files_are_listed_with_lines_and_the_rest_is_still_scored(tmp_path: Path) -> None:
    root = write_tree(tmp_path)
    code, out, err = run(root, tmp_path / "missing.yaml", "--format", "json", "--fail-under", "99")
    assert code == 2  # 2 wins over 1
    data = json.loads(out)
    assert [(Path(d["file"]).name, d["status"]) for d in data] == [
        ("bad-value.yaml", "error"),
        ("portnet.yaml", "ok"),
        ("empty.yaml", "ok"),
        ("klict.yml", "ok"),
        ("missing.yaml", "error"),
    ]
    assert err.splitlines() == [
        f"{root / 'bad-value.yaml'}:{BAD_VALUE_LINE}: answers.fase: "
        + data[0]["errors"][0]["message"],
        f"{tmp_path / 'missing.yaml'}: dit bestand bestaat niet",
    ]


def test_a_directory_is_searched_recursively_in_a_stable_order(tmp_path: Path) -> None:
    root = write_tree(tmp_path)
    _, out, _ = run(root, "--format", "json")
    assert json_files(out) == ["bad-value.yaml", "portnet.yaml", "empty.yaml", "klict.yml"]
    assert json_files(run(root, "--format", "json")[1]) == json_files(out)


def test_no_project_files_is_an_error(tmp_path: Path) -> None:
    code, out, err = run(tmp_path)
    assert code == 2 and out == ""
    assert err == f"clusteradvies: geen projectbestanden (*.yaml, *.yml) in {tmp_path}\n"


def test_jobs_2_gives_exactly_the_serial_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_tree(tmp_path / "tree")
    copies(tmp_path / "copies", 6)
    serial = run(tmp_path, "--format", "json", "--jobs", "1")
    pools: list[int] = []
    real = parallel._score_in_pool

    def spy(paths: list[Path], scorer: Scorer, workers: int, *rest: Any) -> list[ScoreResult]:
        pools.append(workers)
        return real(paths, scorer, workers, *rest)

    monkeypatch.setattr(parallel, "_score_in_pool", spy)
    monkeypatch.setattr(parallel, "POOL_MIN_FILES", 0)  # a pool even for these few files
    pooled = run(tmp_path, "--format", "json", "--jobs", "2")
    assert pools == [2]
    assert pooled == serial
    assert serial[0] == 2 and len(json.loads(serial[1])) == 10


def test_nothing_on_stderr_without_a_terminal_however_many_files(tmp_path: Path) -> None:
    copies(tmp_path, score_command.PROGRESS_MIN_FILES + 4)
    code, out, err = run(tmp_path, "--format", "csv")
    assert code == 0 and err == ""
    assert len(out.splitlines()) == score_command.PROGRESS_MIN_FILES + 5


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_gets_a_progress_bar_for_many_files(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    total = score_command.PROGRESS_MIN_FILES + 1
    with score_command._progress(total) as advance:
        assert advance is not None
        for _ in range(total):
            advance(None)  # type: ignore[arg-type]
    assert f"{total}/{total}" in terminal.getvalue()


def test_a_terminal_gets_no_progress_bar_for_a_handful_of_files(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sys.stderr", _Terminal())
    with score_command._progress(score_command.PROGRESS_MIN_FILES) as advance:
        assert advance is None


def test_help_documents_the_exit_codes() -> None:
    result = runner.invoke(app, ["score", "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    for line in ("0 alles in orde", "1 een project onder --fail-under", "2 ongeldige"):
        assert line in result.stdout


@pytest.mark.e2e
def test_in_a_real_terminal_the_bar_shows_and_the_table_follows(tmp_path: Path) -> None:
    import shutil
    import sys

    import pexpect

    count = score_command.PROGRESS_MIN_FILES + 4
    copies(tmp_path, count)
    script = Path(sys.executable).with_name("clusteradvies")
    command = str(script) if script.exists() else shutil.which("clusteradvies")
    assert command, "the clusteradvies console script is not installed"
    child = pexpect.spawn(
        command,
        ["score", str(tmp_path), "--jobs", "1"],
        dimensions=(40, 160),
        encoding="utf-8",
        timeout=60,
        env={"PATH": str(Path(sys.executable).parent), "TERM": "xterm", "NO_COLOR": "1"},
    )
    child.expect(pexpect.EOF)
    child.close()
    screen = child.before
    assert child.exitstatus == 0
    assert f"{count}/{count}" in screen
    assert f"{count} beoordeeld, 0 ongeldig" in screen
