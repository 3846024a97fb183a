"""The pre-commit hook other repositories use: its entry, run as pre-commit runs it.

pre-commit itself is not needed to prove the hook works: it runs ``entry`` plus ``args`` in
the repository's root, without file names (``pass_filenames: false``). So does this test, on
a broken knowledge directory and on the shipped one.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import yaml

from tests.checks.conftest import FIXTURES

HOOKS = Path(__file__).resolve().parents[2] / ".pre-commit-hooks.yaml"
SCRIPTS = Path(sys.executable).parent


def _hook() -> dict[str, object]:
    hooks = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    [hook] = [h for h in hooks if h["id"] == "clusteradvies-check"]
    assert hook["pass_filenames"] is False, "the check reads a directory, not single files"
    return dict(hook)


def _run_hook(*args: str) -> subprocess.CompletedProcess[str]:
    entry = shlex.split(str(_hook()["entry"]))
    command = [str(SCRIPTS / entry[0]), *entry[1:], *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_the_hook_fails_a_commit_with_broken_knowledge() -> None:
    result = _run_hook(str(FIXTURES / "kb001-schema"), "--strict")
    assert result.returncode == 1, result.stderr
    assert "KB001" in result.stdout + result.stderr


def test_the_hook_passes_the_shipped_knowledge() -> None:
    result = _run_hook("--strict")
    assert result.returncode == 0, result.stdout + result.stderr
