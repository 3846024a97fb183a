"""Which advice heads a theme in the shipped knowledge: the item whose own point the answers
make the pressing one, so that no item only ever appears under "Hoort hierbij".

Each case pairs two projects that differ in the answer that shifts the point: the same theme,
a different headline.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.diagnosis.model import AdviceResult
from clusteradvies.project.model import Project
from tests.conftest import ROOT

CASES = [
    pytest.param(
        {"fase": "voorbereiding", "netwerk": "onbekend"},
        "deelnemer",
        "deelnemers.bestaand-netwerk-benutten",
        "deelnemers.kennismaking-inplannen",
        id="strangers still being sought: draw them from existing networks",
    ),
    pytest.param(
        {"fase": "gestart", "netwerk": "onbekend", "vertrouwen": "redelijk"},
        "deelnemer",
        "deelnemers.kennismaking-inplannen",
        "deelnemers.introductie-via-bekenden",
        id="strangers who have started: plan time to get acquainted",
    ),
    pytest.param(
        {"fase": "gestart", "netwerk": "onbekend", "vertrouwen": "laag"},
        "deelnemer",
        "deelnemers.introductie-via-bekenden",
        "deelnemers.kennismaking-inplannen",
        id="strangers with little trust: introductions through people both know",
    ),
    pytest.param(
        {"ervaring": False, "baten": "expliciet"},
        "deelnemer",
        "deelnemers.ervaring-inbrengen",
        "deelnemers.verwachtingen-afstemmen",
        id="inexperienced: bring in experience",
    ),
    pytest.param(
        {"ervaring": False, "baten": "onduidelijk"},
        "deelnemer",
        "deelnemers.verwachtingen-afstemmen",
        "deelnemers.ervaring-inbrengen",
        id="inexperienced with unclear benefits: align expectations",
    ),
    pytest.param(
        {"fase": "gestart", "mijlpaal": "geen"},
        "deelnemer",
        "intensiteit.mijlpaal-6-12",
        None,
        id="no milestone: set one within 6-12 months",
    ),
    pytest.param(
        {"fase": "gevestigd", "mijlpaal": "geen"},
        "deelnemer",
        "intensiteit.deelprojecten-max-jaar",
        "intensiteit.mijlpaal-6-12",
        id="established without a milestone: subprojects of at most a year",
    ),
    pytest.param(
        {"werkvorm": "experts"},
        "deelnemer",
        "kennis.ervaringen-delen",
        None,
        id="experts talk: let participants share experience",
    ),
    pytest.param(
        {"doel": "kennisuitwisseling", "partners": ["branchegenoten"], "werkvorm": "individueel"},
        "deelnemer",
        "kennis.kring-van-collegas",
        "kennis.ervaringen-delen",
        id="individual advice: bring the owners together as a group",
    ),
    pytest.param(
        {"ict_markt": "slecht"},
        "deelnemer",
        "kennis.checklist-leverancier",
        None,
        id="a group that cannot judge the ICT market: a checklist for suppliers",
    ),
    pytest.param(
        {"ict_markt": "slecht"},
        "overheid",
        "kennis.vergelijkingsgids",
        None,
        id="a scheme's designer facing an opaque ICT market: labels and guides",
    ),
]


def group_of(advice: tuple[AdviceResult, ...], advice_id: str) -> AdviceResult:
    [group] = [a for a in advice if a.id == advice_id or advice_id in a.related]
    return group


@pytest.mark.parametrize(("answers", "role", "headline", "member"), CASES)
def test_the_pressing_point_heads_its_theme(
    advisor: Advisor, answers: dict[str, Any], role: str, headline: str, member: str | None
) -> None:
    project = Project(name="Proef", role=role, answers=answers)
    advice = advisor.diagnose(project).advice
    group = group_of(advice, headline)
    assert group.id == headline
    if member is not None:
        assert member in group.related
    # The headline's reasons are its own rules', and it says why with at least one of them.
    assert group.why and all(headline in advisor.kb.rules[r.rule].recommend for r in group.why)


def test_the_readme_names_the_advice_that_stays_grouped_by_design(advisor: Advisor) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = readme.split("<!-- grouped-advice")[1].split("<!-- /grouped-advice -->")[0]
    named = re.findall(r"`([a-z0-9-]+\.[a-z0-9.-]+)`", listed)
    assert len(named) == 8
    for advice_id in named:
        assert advisor.kb.advice[advice_id].theme is not None, advice_id
