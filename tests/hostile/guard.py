"""Running the real program in a subprocess, under a memory limit and a timeout.

The limits are guards, not speed assertions: a run that needs more than ``MEMORY`` of address
space fails with MemoryError instead of taking the machine down, and one that hangs is
stopped after ``TIMEOUT`` seconds and fails the test, instead of hanging the suite.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

MEMORY = 500 * 1024 * 1024
"""Address space (RLIMIT_AS) of one run; a plain ``advise`` needs about 150 MB."""
TIMEOUT = 120
"""Seconds before a run counts as hung (a plain run takes about one)."""
PROGRAM = [sys.executable, "-m", "clusteradvies"]
Completed = subprocess.CompletedProcess[str]
"""What ``run`` returns: the exit code and the text of stdout and stderr."""


def limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def environment() -> dict[str, str]:
    return {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", "PYTHONUTF8": "1"}


def run(
    args: Sequence[str | Path], cwd: Path | None = None, stdin: bytes | None = None
) -> Completed:
    """The program with ``args``, guarded; stdout and stderr as text (undecodable bytes
    replaced, so a test can look at whatever was printed)."""
    completed = subprocess.run(
        [*PROGRAM, *map(str, args)],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        timeout=TIMEOUT,
        preexec_fn=limit_memory,  # only setrlimit between fork and exec: thread-safe enough
        cwd=cwd,
        env=environment(),
        check=False,
    )
    return subprocess.CompletedProcess(
        completed.args,
        completed.returncode,
        completed.stdout.decode("utf-8", "replace"),
        completed.stderr.decode("utf-8", "replace"),
    )


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (Linux: from /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit() and _stat(int(entry))[1:2] == [str(pid)]:
            found.append(int(entry))
    return found


def alive(pid: int) -> bool:
    """Running or sleeping: a zombie has ended, it only waits to be reaped by its adopter."""
    state = _stat(pid)[:1]
    return state not in ([], ["Z"], ["X"])


def _stat(pid: int) -> list[str]:
    """State and parent pid of a process, or [] when it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return []
    return text[text.rindex(")") + 2 :].split()[:2]
