"""The report's content reaches the people it addresses: background where it is explained,
advice for the roles it speaks to, and the tool's own inferences marked as such."""

from __future__ import annotations

import re
from typing import Any

import pytest
from rich.console import Console

from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.project.model import Project
from clusteradvies.render.kb_catalog import entries_text
from tests.conftest import ROOT

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
    console = Console(width=2000, no_color=True)
    return entries_text(kb, [(kind, getattr(kb, kind)[entry_id])], lang, console)


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


def test_kb_show_marks_the_tool_s_own_inference(kb: KnowledgeBase) -> None:
    inferred = _shown(kb, "advice", "overheid.geen-project-om-subsidie", "en")
    assert "Basis: this tool's own inference from the sources cited" in inferred
    assert "Basis:" not in _shown(kb, "advice", "vertrouwen.klein-beginnen", "en")


def test_advice_marked_as_inference_says_so_in_its_own_words(kb: KnowledgeBase) -> None:
    # The field is for the README and `kb show`; whoever reads only the advice must see it too.
    inferred = [a for a in kb.advice.values() if a.basis == "inference"]
    assert inferred
    for advice in inferred:
        assert advice.detail is not None, advice.id
        assert "afleiding van dit hulpmiddel" in advice.detail.nl, advice.id
        assert "this tool's own inference" in advice.detail.en, advice.id


def test_the_readme_lists_exactly_the_advice_marked_as_inference(kb: KnowledgeBase) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = readme.split("<!-- inference-advice")[1].split("<!-- /inference-advice -->")[0]
    named = set(re.findall(r"^\* `([a-z0-9.-]+)`", listed, re.MULTILINE))
    assert named == {a.id for a in kb.advice.values() if a.basis == "inference"}
