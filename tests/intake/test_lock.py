"""The answers file's lock and exclusive creation (``intake.lock``), without a terminal."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from clusteradvies.cli.intake_files import AnswersFile
from clusteradvies.intake.lock import Exists, InUse, SessionLock, create_new, remove_leftovers
from clusteradvies.knowledge.base import KnowledgeBase

HOLD = """
import sys, time
from pathlib import Path
from clusteradvies.intake.lock import SessionLock
SessionLock(Path(sys.argv[1])).acquire()
print("held", flush=True)
time.sleep(60)
"""


def test_a_lock_held_by_another_process_names_that_process(tmp_path: Path) -> None:
    answers = tmp_path / "a.yaml"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(answers)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        with pytest.raises(InUse) as busy:
            SessionLock(answers).acquire()
        assert busy.value.pid == holder.pid
    finally:
        holder.kill()
        holder.wait()
    lock = SessionLock(answers)
    lock.acquire()  # the lock ended with its process; its file is taken over
    lock.release()
    assert list(tmp_path.iterdir()) == []


def test_one_process_twice_is_refused_too(tmp_path: Path) -> None:
    first = SessionLock(tmp_path / "a.yaml")
    first.acquire()
    with pytest.raises(InUse):
        SessionLock(tmp_path / "a.yaml").acquire()
    first.release()


def test_a_new_file_is_created_exclusively(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    assert create_new(path) is True
    assert create_new(path) is False  # empty: what a run killed before its first answer left
    path.write_text("format: 1\n")
    with pytest.raises(Exists):
        create_new(path)


def test_only_the_files_own_leftovers_are_removed(tmp_path: Path) -> None:
    for name in (".a.yaml.x1.tmp", ".a.yaml.x2.tmp", ".b.yaml.x1.tmp", "a.yaml", ".a.yaml.lock"):
        (tmp_path / name).write_text("")
    removed = remove_leftovers(tmp_path / "a.yaml")
    assert sorted(p.name for p in removed) == [".a.yaml.x1.tmp", ".a.yaml.x2.tmp"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".a.yaml.lock",
        ".b.yaml.x1.tmp",
        "a.yaml",
    ]


def test_leaving_before_the_first_answer_leaves_no_empty_file(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    answers = AnswersFile(tmp_path / "a.yaml", kb, "nl")
    with answers.claimed(new=True):
        assert (tmp_path / "a.yaml").read_text() == ""
    assert list(tmp_path.iterdir()) == []
