"""One rule for every output file (``cli/output.py``), as ``report -o`` and ``score -o`` show it:
``--force`` to overwrite, written whole or not at all, the permissions of any new file, and one
line when it cannot be written."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from clusteradvies.cli import output
from clusteradvies.cli.app import _register, app
from tests.conftest import EXAMPLES

_register()
PORTNET = EXAMPLES / "portnet.yaml"
COMMANDS = {
    "report": ["report", str(PORTNET), "--format", "markdown"],
    "score": ["score", str(PORTNET), "--format", "csv", "--jobs", "1"],
}
"""Each writes a file with ``-o``; the report starts with its title, the scores with a header."""
STARTS = {"report": "# PortNET", "score": "file;name;status"}


def run(command: str, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, [*COMMANDS[command], *args], env={"NO_COLOR": "1"})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def umask_027() -> Iterator[int]:
    previous = os.umask(0o027)
    try:
        yield 0o027
    finally:
        os.umask(previous)


@pytest.mark.parametrize("command", COMMANDS)
def test_an_existing_file_is_kept_without_force(command: str, tmp_path: Path) -> None:
    target = tmp_path / "uit.txt"
    target.write_text("mijn eigen werk", encoding="utf-8")
    code, out, err = run(command, "-o", str(target))
    assert (code, out) == (2, "")
    assert err == f"clusteradvies: {target} bestaat al; overschrijven met --force\n"
    assert target.read_text(encoding="utf-8") == "mijn eigen werk"
    code, _, err = run(command, "-o", str(target), "--force")
    assert code == 0, err
    assert target.read_text(encoding="utf-8").startswith(STARTS[command])


@pytest.mark.parametrize("command", COMMANDS)
def test_a_new_file_has_the_permissions_the_umask_gives(
    command: str, tmp_path: Path, umask_027: int
) -> None:
    target = tmp_path / "uit.txt"
    assert run(command, "-o", str(target))[0] == 0
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask_027 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["uit.txt"]  # no temporary file left


@pytest.mark.parametrize("command", COMMANDS)
def test_an_overwritten_file_keeps_its_permissions(command: str, tmp_path: Path) -> None:
    target = tmp_path / "uit.txt"
    target.write_text("oud", encoding="utf-8")
    target.chmod(0o604)
    assert run(command, "-o", str(target), "--force")[0] == 0
    assert target.stat().st_mode & 0o777 == 0o604


def test_the_intake_s_answers_stay_private(tmp_path: Path, umask_027: int) -> None:
    target = tmp_path / "antwoorden.yaml"
    output.write_atomically(target, "format: 1\n", private=True)
    assert target.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("command", COMMANDS)
def test_a_failed_write_is_one_line_and_keeps_the_old_file(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    target = tmp_path / "uit.txt"
    target.write_text("de vorige versie", encoding="utf-8")
    monkeypatch.setattr("os.fsync", disk_full)
    code, out, err = run(command, "-o", str(target), "--force")
    assert (code, out) == (2, "")
    assert err == f"clusteradvies: kan {target} niet schrijven: No space left on device\n"
    assert target.read_text(encoding="utf-8") == "de vorige versie"
    assert [p.name for p in tmp_path.iterdir()] == ["uit.txt"]


@pytest.mark.parametrize("command", COMMANDS)
def test_a_dash_is_standard_output(command: str, tmp_path: Path) -> None:
    code, out, _ = run(command, "-o", "-")
    assert code == 0 and out.startswith(STARTS[command])
