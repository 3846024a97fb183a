"""A diagnosis claims only what the answers support, on a small knowledge base made for it:

* unknown answers widen the readiness range instead of lifting the score;
* advice resting on known answers comes before advice about unknowns;
* advice whose point is already in place is not given;
* a theme's headline is the item with the strongest reason, and each grouped item keeps its own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.diagnosis.scoring import band_of_range, bands_of_range
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.loader import load_knowledge
from clusteradvies.project.model import Project

KNOWLEDGE = """\
sections:
  - {id: "1", title: {nl: "Een", en: "One"}}
categories:
  - id: samen
    name: {nl: "Samen", en: "Together"}
    description: {nl: "Samenwerken.", en: "Cooperating."}
stages:
  - {id: start, name: {nl: "Start", en: "Start"}, timing: 1.2}
factors:
  - id: vertrouwen
    category: samen
    polarity: success
    name: {nl: "Vertrouwen", en: "Trust"}
    concern: {nl: "Te weinig vertrouwen", en: "Too little trust"}
    description: {nl: "Partners vertrouwen elkaar.", en: "Partners trust each other."}
    sources: ["1"]
  - id: afspraken
    category: samen
    polarity: success
    name: {nl: "Afspraken", en: "Agreements"}
    concern: {nl: "Afspraken ontbreken", en: "Agreements are missing"}
    description: {nl: "Afspraken staan op papier.", en: "Agreements are on paper."}
    sources: ["1"]
advice:
  - id: kennismaken
    category: samen
    text: {nl: "Leer elkaar kennen.", en: "Get to know each other."}
    stage: start
    weight: 3
    theme: vertrouwen
    addresses: [vertrouwen]
    sources: ["1"]
  - id: klein-project
    category: samen
    text: {nl: "Doe eerst een klein project.", en: "Do a small project first."}
    stage: start
    weight: 1
    theme: vertrouwen
    addresses: [vertrouwen]
    sources: ["1"]
  - id: vastleggen
    category: samen
    text: {nl: "Leg de afspraken vast.", en: "Write the agreements down."}
    stage: start
    addresses: [afspraken]
    in_place: {answer: papier, equals: true}
    sources: ["1"]
  - id: uitzoeken
    category: samen
    text: {nl: "Zoek uit hoe het vertrouwen is.", en: "Find out how trust stands."}
    stage: start
    weight: 3
    addresses: [vertrouwen]
    sources: ["1"]
questions:
  - id: vertrouwen
    category: samen
    type: choice
    prompt: {nl: "Vertrouwen?", en: "Trust?"}
    help: {nl: "Omdat.", en: "Because."}
    choices:
      - {id: hoog, label: {nl: "Hoog", en: "High"}}
      - {id: laag, label: {nl: "Laag", en: "Low"}}
    informs: [vertrouwen]
    safer: first
    changeable: true
  - id: papier
    category: samen
    type: yesno
    prompt: {nl: "Op papier?", en: "On paper?"}
    help: {nl: "Omdat.", en: "Because."}
    informs: [afspraken]
    safer: higher
    changeable: true
  - id: kleine_stap
    category: samen
    type: yesno
    prompt: {nl: "Klein begonnen?", en: "Started small?"}
    help: {nl: "Omdat.", en: "Because."}
    informs: [vertrouwen]
    safer: higher
rules:
  - id: vertrouwen-hoog
    when: {answer: vertrouwen, equals: hoog}
    assess: [{factor: vertrouwen, effect: strength, weight: 3}]
    rationale: {nl: "Veel vertrouwen.", en: "Much trust."}
    sources: ["1"]
  - id: vertrouwen-laag
    when: {answer: vertrouwen, equals: laag}
    assess: [{factor: vertrouwen, effect: concern, weight: 1}]
    recommend: [kennismaken]
    rationale: {nl: "Weinig vertrouwen.", en: "Little trust."}
    sources: ["1"]
  - id: niet-klein-begonnen
    when: {answer: kleine_stap, equals: false}
    assess: [{factor: vertrouwen, effect: concern, weight: 3}]
    recommend: [klein-project]
    rationale: {nl: "Nooit klein begonnen.", en: "Never started small."}
    sources: ["1"]
  - id: papier-ja
    when: {answer: papier, equals: true}
    assess: [{factor: afspraken, effect: strength, weight: 2}]
    recommend: [vastleggen]
    rationale: {nl: "Afspraken op papier; houd ze bij.", en: "Agreements on paper; keep them up."}
    sources: ["1"]
  - id: papier-nee
    when: {answer: papier, equals: false}
    assess: [{factor: afspraken, effect: concern, weight: 2}]
    recommend: [vastleggen]
    rationale: {nl: "Niets op papier.", en: "Nothing on paper."}
    sources: ["1"]
  - id: vertrouwen-onbekend
    when: {answer: vertrouwen, unknown: true}
    recommend: [uitzoeken]
    about_unknown: true
    rationale: {nl: "Onbekend hoe het vertrouwen is.", en: "Unknown how trust stands."}
    sources: ["1"]
"""


@pytest.fixture(scope="module")
def advisor(tmp_path_factory: pytest.TempPathFactory) -> Advisor:
    directory: Path = tmp_path_factory.mktemp("kb")
    (directory / "kennis.yaml").write_text(KNOWLEDGE, encoding="utf-8")
    kb: KnowledgeBase = load_knowledge(directory)
    return Advisor(kb)


def diagnose(advisor: Advisor, **answers: Any) -> Any:
    return advisor.diagnose(Project.model_validate({"name": "Proef", "answers": answers}))


def test_unknown_answers_widen_the_range_instead_of_lifting_the_score(advisor: Advisor) -> None:
    known = diagnose(advisor, vertrouwen="hoog", papier=False, kleine_stap=True)
    unsure = diagnose(advisor, vertrouwen="hoog", papier="weet_niet", kleine_stap=True)
    # "Nothing on paper" is a concern; not knowing it must not score better than knowing it.
    assert unsure.readiness is not None and known.readiness is not None
    assert unsure.readiness > known.readiness  # what the known answers alone give...
    assert unsure.readiness_range is not None and known.readiness_range is not None
    assert unsure.readiness_range[0] <= known.readiness_range[0]  # ...but not the floor
    assert unsure.readiness_range[1] > unsure.readiness_range[0]
    assert known.readiness_range == (known.readiness, known.readiness)
    assert (unsure.coverage.answered, unsure.coverage.applicable) == (2, 3)


def test_a_range_across_bands_claims_no_band(advisor: Advisor) -> None:
    nothing = diagnose(advisor)
    assert nothing.readiness is None  # no known answer, no evidence
    assert nothing.readiness_range is not None
    low, high = nothing.readiness_range
    assert low < 40 and high >= 65
    assert nothing.band == "onzeker"
    [category] = nothing.categories
    assert category.too_little_known and category.band is None
    everything = diagnose(advisor, vertrouwen="hoog", papier=True, kleine_stap=True)
    assert everything.band == "sterk" and not everything.categories[0].too_little_known


def test_advice_on_known_answers_comes_before_advice_about_unknowns(advisor: Advisor) -> None:
    diagnosis = diagnose(advisor, vertrouwen="weet_niet", papier=False, kleine_stap=True)
    ids = [a.id for a in diagnosis.advice]
    assert ids == ["vastleggen", "uitzoeken"]  # uitzoeken weighs 3, vastleggen 2: still last
    first, last = diagnosis.advice
    assert (first.about_unknown, first.urgency) == (False, "eerst")
    assert (last.about_unknown, last.urgency) == (True, "uitzoeken")


def test_advice_already_in_place_is_not_given(advisor: Advisor) -> None:
    diagnosis = diagnose(advisor, vertrouwen="hoog", papier=True, kleine_stap=True)
    assert "vastleggen" not in [a.id for a in diagnosis.advice]
    assert diagnosis.in_place == ("vastleggen",)


def test_the_strongest_reason_heads_a_theme_and_each_item_keeps_its_own(advisor: Advisor) -> None:
    # "Get to know each other" weighs 3 in the report, "a small project" 1; but here the
    # answers' strongest reason (never started small: concern 3) is behind the small project.
    diagnosis = diagnose(advisor, vertrouwen="laag", papier=True, kleine_stap=False)
    [group] = [a for a in diagnosis.advice if a.id in ("kennismaken", "klein-project")]
    assert group.id == "klein-project" and group.related == ("kennismaken",)
    [grouped] = group.grouped
    assert [r.rule for r in group.why] == ["niet-klein-begonnen"]
    assert [r.rule for r in grouped.why] == ["vertrouwen-laag"]
    # The group ranks by its most urgent member.
    assert group.priority == max(group.priority, grouped.priority)


@pytest.mark.parametrize(
    ("low", "high", "bands"),
    [
        (10, 30, ("zwak",)),
        (40, 64, ("aandacht",)),
        (39, 40, ("zwak", "aandacht")),
        (56, 71, ("aandacht", "sterk")),
        (8, 100, ("zwak", "aandacht", "sterk")),
    ],
)
def test_a_range_names_every_band_it_spans(low: int, high: int, bands: tuple[str, ...]) -> None:
    assert bands_of_range(low, high) == bands
    assert band_of_range(low, high) == (bands[0] if len(bands) == 1 else "onzeker")
