"""Output that cannot be written and input that is not a plain file: one line, no traceback."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.hostile import guard

PORTNET = str(EXAMPLES / "portnet.yaml")
FULL = Path("/dev/full")
needs_dev_full = pytest.mark.skipif(not FULL.exists(), reason="no /dev/full")


def run_into(stdout: object, stderr: object, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*guard.PROGRAM, *args],
        stdin=subprocess.DEVNULL,
        stdout=stdout,
        stderr=stderr,
        timeout=guard.TIMEOUT,
        env=guard.environment(),
        check=False,
    )


@needs_dev_full
@pytest.mark.parametrize(
    "args",
    [["advise", PORTNET], ["advise", PORTNET, "--format", "json"], ["kb", "list"], ["schema"]],
    ids=" ".join,
)
def test_a_full_disk_on_stdout_is_one_line_and_exit_1(args: list[str]) -> None:
    with FULL.open("wb") as full:
        result = run_into(full, subprocess.PIPE, *args)
    assert result.returncode == 1
    assert result.stderr == b"clusteradvies: cannot write the output: No space left on device\n"


@needs_dev_full
def test_a_full_disk_on_stderr_too_ends_quietly_with_exit_1() -> None:
    with FULL.open("wb") as full:
        result = run_into(full, full, "advise", PORTNET)
    assert result.returncode == 1


def test_a_closed_pipe_ends_quietly_with_exit_1() -> None:
    reader, writer = os.pipe()
    os.close(reader)  # like `| head` that has read enough: nobody reads any more
    try:
        result = run_into(writer, subprocess.PIPE, "kb", "list")
    finally:
        os.close(writer)
    assert (result.returncode, result.stderr) == (1, b"")


def test_a_pipe_is_read_as_a_file(tmp_path: Path) -> None:
    """``advise <(cat f)``: the shell passes /dev/fd/N, a pipe, not a regular file."""
    reader, writer = os.pipe()
    os.write(writer, Path(PORTNET).read_bytes())
    os.close(writer)
    try:
        result = subprocess.run(
            [*guard.PROGRAM, "advise", f"/dev/fd/{reader}"],
            pass_fds=(reader,),
            capture_output=True,
            timeout=guard.TIMEOUT,
            env=guard.environment(),
            check=False,
        )
    finally:
        os.close(reader)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"PortNET")


@pytest.mark.parametrize(
    "args",
    [
        ["report", PORTNET, "-o", "afile/x.html"],
        ["score", PORTNET, "-o", "afile/x.csv"],
        ["intake", "--data", PORTNET, "--answers-out", "afile/x.yaml", "--lang", "en"],
    ],
    ids=lambda args: args[0],
)
def test_an_output_under_a_file_is_named_in_one_line(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "afile").write_text("")
    result = guard.run(args, cwd=tmp_path)
    assert (result.returncode, result.stderr) == (2, "clusteradvies: afile: is not a directory\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile"]


@pytest.mark.parametrize(
    ("data", "line"),
    [
        (
            b"format: 1\nname: Caf\xe9\n",
            "<stdin>:2:10: not UTF-8 text: byte 0xe9; save the file as UTF-8",
        ),
        (
            b"format: 1\nname: !!python/name:os.system x\n",
            "<stdin>:2: name: the tag '!!python/name:os",
        ),
    ],
    ids=["latin-1", "python-tag"],
)
def test_standard_input_is_read_like_a_file(data: bytes, line: str) -> None:
    result = guard.run(["advise", "-"], stdin=data)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith(line) and len(result.stderr.splitlines()) == 1
