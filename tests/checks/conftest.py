"""Fixture knowledge directories: the valid base with one defect laid over it.

``tests/fixtures/kb/base`` is the smallest knowledge base every check passes. Each other
directory there holds only the file(s) of one defect; ``knowledge_dir(name)`` copies the base
and then the defect into a fresh directory, so every fixture is a complete knowledge base
that differs from a clean one in exactly one place.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "kb"
BASE = FIXTURES / "base"

KnowledgeDir = Callable[[str], Path]


@pytest.fixture
def knowledge_dir(tmp_path: Path) -> KnowledgeDir:
    """``knowledge_dir("kb009-two-values")`` → a directory with the base and that defect."""

    def build(name: str) -> Path:
        target = tmp_path / name
        shutil.copytree(BASE, target)
        if name != "base":
            defect = FIXTURES / name
            assert defect.is_dir(), f"no fixture directory {defect}"
            shutil.copytree(defect, target, dirs_exist_ok=True)
        return target

    return build
