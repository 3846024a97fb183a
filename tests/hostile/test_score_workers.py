"""``score``'s worker processes end with their parent, however the parent ends."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clusteradvies.score.pool import default_jobs
from tests.conftest import EXAMPLES
from tests.hostile import guard

pytestmark = [
    pytest.mark.skipif(
        not sys.platform.startswith("linux"), reason="reads the process table from /proc"
    ),
    pytest.mark.skipif(default_jobs() < 2, reason="one core: score starts no worker processes"),
]


def wait_until(condition: object, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_workers_are_gone_after_the_parent_is_stopped(tmp_path: Path, how: int) -> None:
    for i in range(400):  # enough work to keep two workers busy for a few seconds
        shutil.copy(EXAMPLES / "portnet.yaml", tmp_path / f"p{i:03d}.yaml")
    parent = subprocess.Popen(
        [*guard.PROGRAM, "score", str(tmp_path), "--jobs", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=guard.environment(),
    )
    try:
        assert wait_until(lambda: len(guard.children(parent.pid)) == 2), "no pool started"
        workers = guard.children(parent.pid)
        parent.send_signal(how)
        _, err = parent.communicate(timeout=guard.TIMEOUT)
    finally:
        if parent.poll() is None:
            parent.kill()
    assert wait_until(lambda: not any(guard.alive(w) for w in workers), seconds=10)
    assert b"Traceback" not in err
    if how == signal.SIGTERM:
        assert parent.returncode == 130  # stopped like Ctrl-C, after ending its workers
