"""Fixtures for compare: Winkeliers Dorpsstraat at the start and six months later."""

from __future__ import annotations

import pytest

from clusteradvies.compare.comparison import Comparison, compare
from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.diagnosis.model import Diagnosis
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.project.model import load_project
from tests.conftest import EXAMPLES

START = EXAMPLES / "progress" / "dorpsstraat-start.yaml"
SIX_MONTHS = EXAMPLES / "progress" / "dorpsstraat-6-maanden.yaml"


@pytest.fixture(scope="session")
def start(kb: KnowledgeBase, advisor: Advisor) -> Diagnosis:
    return advisor.diagnose(load_project(START, kb))


@pytest.fixture(scope="session")
def six_months(kb: KnowledgeBase, advisor: Advisor) -> Diagnosis:
    return advisor.diagnose(load_project(SIX_MONTHS, kb))


@pytest.fixture(scope="session")
def progress(kb: KnowledgeBase, start: Diagnosis, six_months: Diagnosis) -> Comparison:
    return compare(kb, start, six_months)
