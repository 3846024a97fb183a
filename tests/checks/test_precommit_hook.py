"""The pre-commit hook other repositories use runs ``clusteradvies check`` on a directory."""

from __future__ import annotations

from pathlib import Path

import yaml

HOOKS = Path(__file__).resolve().parents[2] / ".pre-commit-hooks.yaml"


def test_the_hook_runs_the_check_on_the_whole_directory() -> None:
    hooks = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    [hook] = [h for h in hooks if h["id"] == "clusteradvies-check"]
    assert hook["entry"] == "clusteradvies check"
    assert hook["language"] == "python"
    # The check reads a directory, never single files: pre-commit must not append file names.
    assert hook["pass_filenames"] is False
