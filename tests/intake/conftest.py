"""Fixtures for the intake: a scripted terminal for the CLI, and example projects."""

from __future__ import annotations

from pathlib import Path

import pytest

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.project.model import Project, load_project
from tests.conftest import EXAMPLES


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let the CLI believe stdin is a terminal, so CliRunner's input can answer questions."""
    monkeypatch.setattr("clusteradvies.cli.terminal.stdin_is_terminal", lambda: True)


@pytest.fixture(scope="session")
def portnet(kb: KnowledgeBase) -> Project:
    return load_project(EXAMPLES / "portnet.yaml", kb)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty current directory, where the dated answers file lands."""
    monkeypatch.chdir(tmp_path)
    return tmp_path
