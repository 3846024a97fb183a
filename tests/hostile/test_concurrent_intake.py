"""Two intakes on one answers file: the second is refused, the first loses nothing.

The first intake runs in a real terminal (pexpect) and is holding its file, halfway through
the questions, while a second one is started on the same file.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pexpect
import pytest

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.project.model import load_project
from tests.conftest import EXAMPLES
from tests.e2e.test_intake_pty import PROMPT, answer, spawn
from tests.hostile import guard

pytestmark = pytest.mark.e2e


def second_intake(*args: str, cwd: Path) -> tuple[int, str]:
    result = guard.run(["intake", *args], cwd=cwd)
    return result.returncode, result.stderr


def stop(child: pexpect.spawn) -> None:
    child.expect(PROMPT)
    child.sendline("stop")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_a_second_intake_on_a_new_file_is_refused_and_the_first_keeps_its_answers(
    tmp_path: Path, kb: KnowledgeBase
) -> None:
    first = spawn(
        "intake", "--answers-out", "samen.yaml", "--name", "Eerste", "--role", "deelnemer",
        cwd=tmp_path, no_color=True,
    )  # fmt: skip
    assert answer(first, 3) == 3
    saved = load_project(tmp_path / "samen.yaml", kb).answers
    for args in (
        ["--answers-out", "samen.yaml", "--name", "Tweede", "--role", "deelnemer", "--force"],
        ["--resume", "samen.yaml"],
    ):
        code, err = second_intake(*args, cwd=tmp_path)
        assert code == 2
        assert err.splitlines() == [
            f"clusteradvies: samen.yaml is in gebruik door een andere intake "
            f"(proces {first.pid}); rond die eerst af, of kies een ander bestand"
        ]
    assert answer(first, 2) == 2  # the first goes on, undisturbed
    stop(first)
    project = load_project(tmp_path / "samen.yaml", kb)
    assert project.name == "Eerste"
    assert len(project.answers) == 5
    assert saved.items() <= project.answers.items()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["samen.yaml"]  # no lock, no temp


def test_two_resumes_of_one_file(tmp_path: Path, kb: KnowledgeBase) -> None:
    partial = tmp_path / "half.yaml"
    partial.write_text("format: 1\nname: Half\nrole: deelnemer\nanswers:\n  fase: idee\n")
    first = spawn("intake", "--resume", "half.yaml", cwd=tmp_path, no_color=True)
    assert answer(first, 1) == 1
    code, err = second_intake("--resume", "half.yaml", cwd=tmp_path)
    assert (code, f"proces {first.pid}" in err) == (2, True)
    stop(first)
    assert len(load_project(partial, kb).answers) == 2


def test_the_leftovers_of_a_killed_intake_are_cleared_at_the_next_start(
    tmp_path: Path, kb: KnowledgeBase
) -> None:
    shutil.copy(EXAMPLES / "portnet.yaml", tmp_path / "p.yaml")
    leftover = tmp_path / ".p.yaml.k1ll3d.tmp"  # what a kill -9 during a save leaves
    leftover.write_text("format: 1\nname: half geschre")
    lock = tmp_path / ".p.yaml.lock"
    lock.write_text("999999\n")  # its lock file; the lock itself ended with the process
    child = spawn("intake", "--resume", "p.yaml", cwd=tmp_path, no_color=True)
    child.expect(PROMPT)
    assert not leftover.exists()
    assert lock.read_text() == f"{child.pid}\n"
    child.sendline("stop")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert sorted(os.listdir(tmp_path)) == ["p.yaml"]
    assert load_project(tmp_path / "p.yaml", kb).name.startswith("PortNET")
