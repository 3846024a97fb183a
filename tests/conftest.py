"""Shared fixtures: the shipped knowledge (loaded once), an advisor, and paths."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.loader import load_knowledge

# Keep the tests' knowledge cache out of the user's home (subprocesses inherit this).
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="clusteradvies-test-cache-")

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
REPORT_STAND_IN = ROOT / "tests" / "fixtures" / "report" / "rapport.txt"

# KB016 compares the knowledge with the report's text, which lies outside the repository. The
# tests read a small stand-in instead, so that what they see does not depend on whether the
# report happens to lie beside the clone (tests/checks/test_kb016_report_wording.py reads the
# real one where it is present). Subprocesses inherit this.
os.environ["CLUSTERADVIES_REPORT"] = str(REPORT_STAND_IN)

# The tool speaks about itself in the user's locale (help, usage errors; see cli/language.py).
# The tests expect its default, Dutch, whatever the machine's locale; subprocesses inherit this.
for _variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
    os.environ.pop(_variable, None)


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_knowledge()


@pytest.fixture(scope="session")
def advisor(kb: KnowledgeBase) -> Advisor:
    return Advisor(kb)
