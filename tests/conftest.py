"""Shared fixtures: the shipped knowledge (loaded once), an advisor, and paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from clusteradvies.advisor import Advisor
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.loader import load_knowledge

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_knowledge()


@pytest.fixture(scope="session")
def advisor(kb: KnowledgeBase) -> Advisor:
    return Advisor(kb)
