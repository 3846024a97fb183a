"""Fixtures for combine: the three shopkeepers of examples/partners, combined once."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from clusteradvies.combine.combining import combine, partner_labels
from clusteradvies.combine.model import Combination, Partner
from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.project.model import Project, load_project
from tests.conftest import EXAMPLES

PARTNER_FILES = sorted((EXAMPLES / "partners").glob("*.yaml"))


@pytest.fixture(scope="session")
def shopkeepers(kb: KnowledgeBase) -> list[Partner]:
    """bakker, boekhandel and slager, in file order."""
    labels = partner_labels(PARTNER_FILES)
    return [
        Partner(label, load_project(path, kb))
        for label, path in zip(labels, PARTNER_FILES, strict=True)
    ]


@pytest.fixture(scope="session")
def combination(advisor: Advisor, shopkeepers: list[Partner]) -> Combination:
    return combine(advisor, shopkeepers)


def partner(label: str, answers: Mapping[str, Any], role: str = "deelnemer") -> Partner:
    """A partner who answered only ``answers`` (everything else unanswered)."""
    project = Project.model_validate({"name": "Proef", "role": role, "answers": dict(answers)})
    return Partner(label, project)


def paths(*names: str) -> list[Path]:
    return [Path(name) for name in names]
