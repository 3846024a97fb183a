"""Combining the three shopkeepers: shared answers, agreement per question and per factor,
gaps in shared knowledge — and that the order of the files changes nothing."""

from __future__ import annotations

from itertools import permutations

import pytest

from clusteradvies.combine.combining import combine, partner_labels
from clusteradvies.combine.model import Combination, Partner, QuestionAgreement
from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.errors import UsageError
from clusteradvies.knowledge.conditions import UNKNOWN
from tests.combine.conftest import partner, paths


def question(combination: Combination, question_id: str) -> QuestionAgreement:
    return next(q for q in combination.questions if q.question == question_id)


def test_the_shared_diagnosis_is_the_diagnosis_of_the_combined_project(
    advisor: Advisor, combination: Combination
) -> None:
    again = advisor.diagnose(combination.project)
    assert again.readiness == combination.diagnosis.readiness
    assert [a.id for a in again.advice] == [a.id for a in combination.diagnosis.advice]
    assert combination.project.name.startswith("Winkeliers Dorpsstraat")  # 2 of 3 use it


def test_shared_answers_follow_the_rules(combination: Combination) -> None:
    answers = combination.project.answers
    assert answers["vertrouwen"] == "laag"  # hoog, laag, redelijk: the riskiest
    assert answers["doel"] == "marketing"  # two against one
    assert answers["aantal_bedrijven"] == 12  # 12, 12, 14: the median
    assert answers["afspraken"] == ["kosten_baten", "taken"]  # named by two of three
    assert answers["ervaring"] is False  # ja, weet niet, nee: the riskier of those who know
    assert "standaarden" not in answers  # only the boekhandel's goal made it apply


def test_agreement_per_question(combination: Combination) -> None:
    assert question(combination, "trekker").agreement == "agree"
    assert question(combination, "vertrouwen").agreement == "differ"
    assert question(combination, "vertrouwen").answers == ("hoog", "laag", "redelijk")
    assert question(combination, "neutrale_steun").agreement == "single"
    assert question(combination, "invloed_groot").agreement == "nobody"


def test_weet_niet_where_others_knew_is_a_gap_in_shared_knowledge(
    combination: Combination,
) -> None:
    gaps = {q.question: q.unknown_to for q in combination.knowledge_gaps}
    assert gaps["ervaring"] == ("boekhandel",)
    assert gaps["neutrale_steun"] == ("boekhandel", "slager")
    assert gaps["ict_markt"] == ("slager",)
    assert "vertrouwen" not in gaps  # everyone knew


def test_a_question_nobody_knew_is_an_ordinary_information_gap(advisor: Advisor) -> None:
    result = combine(
        advisor,
        [partner("a", {"vertrouwen": "weet_niet"}), partner("b", {"vertrouwen": "weet_niet"})],
    )
    assert question(result, "vertrouwen").unknown_to == ()
    assert question(result, "vertrouwen").shared == UNKNOWN
    assert "vertrouwen" in {g.question for g in result.diagnosis.gaps}


def test_agreement_per_factor(combination: Combination) -> None:
    trust = next(f for f in combination.factors if f.factor == "vertrouwen")
    assert trust.agreement == "differ"
    assert trust.statuses == ("strength", "concern", "strength")
    assert trust.shared == "concern"
    assert any(f.agreement == "agree" for f in combination.factors)


def test_the_order_of_the_files_changes_nothing(
    advisor: Advisor, shopkeepers: list[Partner], combination: Combination
) -> None:
    for order in permutations(shopkeepers):
        other = combine(advisor, list(order))
        assert other.project.answers == combination.project.answers
        assert other.diagnosis.readiness == combination.diagnosis.readiness
        assert {d.question: d.priority for d in other.disagreements} == {
            d.question: d.priority for d in combination.disagreements
        }


def test_role_is_the_most_common_and_a_tie_never_depends_on_the_order(
    advisor: Advisor,
) -> None:
    two_to_one = [
        partner("a", {}, "coordinator"),
        partner("b", {}),
        partner("c", {}, "coordinator"),
    ]
    assert combine(advisor, two_to_one).project.role == "coordinator"
    tie = [partner("a", {}, "overheid"), partner("b", {}, "coordinator")]
    assert combine(advisor, tie).project.role == "coordinator"
    assert combine(advisor, tie[::-1]).project.role == "coordinator"


def test_one_partner_is_not_a_collaboration(advisor: Advisor) -> None:
    with pytest.raises(UsageError, match="2 or more partners"):
        combine(advisor, [partner("a", {})])


def test_partners_are_shown_by_file_stem_unless_stems_clash() -> None:
    assert partner_labels(paths("in/bakker.yaml", "in/slager.yml")) == ["bakker", "slager"]
    assert partner_labels(paths("a/bakker.yaml", "b/bakker.yaml", "slager.yaml")) == [
        "a/bakker.yaml",
        "b/bakker.yaml",
        "slager",
    ]
