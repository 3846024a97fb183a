"""Disagreements on what partners must see alike: which questions (knowledge, not code), when
they count, and how they rank among the advice."""

from __future__ import annotations

import copy
from itertools import pairwise
from typing import Any

from clusteradvies.combine.combining import combine
from clusteradvies.combine.disagreements import find_disagreements
from clusteradvies.combine.model import Combination, Disagreement
from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.diagnosis.model import AdviceResult
from clusteradvies.knowledge.base import KnowledgeBase
from tests.combine.conftest import partner


def test_the_shopkeepers_disagree_on_trust_costs_and_benefits_goal_and_concreteness(
    combination: Combination,
) -> None:
    found = {d.question: d for d in combination.disagreements}
    assert set(found) == {"vertrouwen", "afspraken", "doel", "concreetheid"}
    assert found["afspraken"].choices == ("kosten_baten",)  # all three name 'taken'
    assert dict(found["vertrouwen"].positions) == {
        "bakker": "hoog",
        "boekhandel": "laag",
        "slager": "redelijk",
    }
    # concreet → plan: two steps of the three from 'concreet' to 'abstract'
    assert found["vertrouwen"].spread == 1.0 and found["concreetheid"].spread == 0.67
    assert "0/vertrouwen" in found["vertrouwen"].sources


def test_differing_on_other_questions_is_no_disagreement(combination: Combination) -> None:
    sector = next(q for q in combination.questions if q.question == "sector")
    assert sector.agreement == "differ"
    assert "sector" not in {d.question for d in combination.disagreements}


def test_which_questions_count_comes_from_the_knowledge(
    kb: KnowledgeBase, combination: Combination
) -> None:
    plain = copy.copy(kb)
    plain.questions = {
        q.id: q.model_copy(update={"shared_view": None}) for q in kb.questions.values()
    }
    found = find_disagreements(
        plain, combination.labels, combination.questions, combination.partner_diagnoses
    )
    assert found == []


def test_disagreements_rank_with_the_advice_on_one_scale(combination: Combination) -> None:
    ranked = combination.ranked
    priorities = [f.priority for f in ranked]
    assert priorities == sorted(priorities, reverse=True)
    assert {type(f) for f in ranked} == {Disagreement, AdviceResult}
    kinds = [type(f).__name__ for f in ranked[:3]]
    assert kinds.count("Disagreement") >= 2  # trust and the cost split lead for these three
    for before, after in pairwise(ranked):
        if before.priority == after.priority:  # on a tie, what to settle comes first
            assert not (isinstance(before, AdviceResult) and isinstance(after, Disagreement))


def trust(advisor: Advisor, *levels: str, **more: Any) -> Disagreement:
    partners = [partner(f"p{i}", {"vertrouwen": v, **more}) for i, v in enumerate(levels)]
    return next(d for d in combine(advisor, partners).disagreements if d.question == "vertrouwen")


def test_a_wider_difference_ranks_higher(advisor: Advisor) -> None:
    assert trust(advisor, "hoog", "laag").priority > trust(advisor, "hoog", "redelijk").priority


def test_a_difference_known_to_fewer_partners_is_less_certain(advisor: Advisor) -> None:
    everyone = trust(advisor, "hoog", "laag", "redelijk")
    one_unsure = trust(advisor, "hoog", "laag", "weet_niet")
    assert one_unsure.confidence < everyone.confidence == 1.0
    assert one_unsure.priority < everyone.priority


def test_naming_different_leaders_counts_though_no_rule_objects(advisor: Advisor) -> None:
    partners = [partner("a", {"trekker": "ondernemer"}), partner("b", {"trekker": "coordinator"})]
    (found,) = combine(advisor, partners).disagreements
    # Neither partner's own diagnosis worries about the leader, so only the distance between
    # the answers counts: half the scale from 'ondernemer' to 'niemand', 1 + 3 × 0.5.
    assert found.question == "trekker" and found.spread == 0.5
    assert found.severity == 2.5 and found.priority > 0
