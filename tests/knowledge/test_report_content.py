"""The report's content reaches the people it addresses: background where it is explained,
advice for the roles it speaks to, and the tool's own inferences marked as such."""

from __future__ import annotations

from typing import Any

import pytest
from rich.console import Console

from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.project.model import Project
from clusteradvies.render.kb_catalog import render_entry

# role, answers (everything else "weet niet"), advice, whether it is given
REACH: list[tuple[str, dict[str, Any], str, bool]] = [
    # Box 4's education and knowledge infrastructure: for government and trade organisations
    ("overheid", {"basiskennis": "laag"}, "kennis.ict-onderwijs", True),
    (
        "coordinator",
        {"basiskennis": "wisselend", "partners": ["branchegenoten", "brancheorganisatie"]},
        "kennis.ict-onderwijs",
        True,
    ),
    (
        "deelnemer",
        {"basiskennis": "laag", "partners": ["branchegenoten", "brancheorganisatie"]},
        "kennis.ict-onderwijs",
        False,
    ),
    (
        "coordinator",
        {"basiskennis": "laag", "partners": ["branchegenoten"]},
        "kennis.ict-onderwijs",
        False,
    ),
    # Box 4's software that does not integrate: open standards, also through the trade organisation
    (
        "coordinator",
        {
            "doel": "ketenintegratie",
            "partners": ["ketenpartners", "brancheorganisatie"],
            "standaarden": "ontbreken",
        },
        "voordelen.open-standaarden-overheid",
        True,
    ),
    # chapter 1's core problem: a group still preparing, without a concrete shared problem
    (
        "deelnemer",
        {"fase": "idee", "concreetheid": "abstract"},
        "voorbereiding.gedeeld-probleem",
        True,
    ),
    (
        "deelnemer",
        {"fase": "idee", "concreetheid": "concreet"},
        "voorbereiding.gedeeld-probleem",
        False,
    ),
]


@pytest.mark.parametrize(("role", "answers", "advice", "given"), REACH)
def test_advice_reaches_the_roles_the_report_addresses(
    advisor: Advisor, role: str, answers: dict[str, Any], advice: str, given: bool
) -> None:
    diagnosis = advisor.diagnose(Project(name="p", role=role, answers=answers))  # type: ignore[arg-type]
    shown = {a.id for a in diagnosis.advice} | {r for a in diagnosis.advice for r in a.related}
    assert (advice in shown) is given


def _shown(kb: KnowledgeBase, kind: str, entry_id: str, lang: str) -> str:
    console = Console(width=2000, no_color=True, record=True)
    console.print(render_entry(kb, kind, getattr(kb, kind)[entry_id], lang))
    return console.export_text()


@pytest.mark.parametrize(
    ("section", "lang", "words"),
    [
        ("2.1", "nl", "Een cluster is geen sector"),
        ("2.1", "en", "Cooperating is not merging"),
        ("2.2", "nl", "niet in een volgorde van belang"),
        ("2.4", "en", "nipped in the bud"),
        ("2.4/box2", "nl", "een rechtvaardiger uitkomst"),
        ("2.4/box4", "en", "a training for ICT architects with a protected title"),
    ],
)
def test_kb_show_of_a_section_gives_its_background(
    kb: KnowledgeBase, section: str, lang: str, words: str
) -> None:
    assert words in _shown(kb, "sections", section, lang)
