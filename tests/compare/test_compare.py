"""What six months changed for Winkeliers Dorpsstraat: read off the two diagnoses."""

from __future__ import annotations

import pytest

from clusteradvies.compare.comparison import Comparison, compare, direction
from clusteradvies.diagnosis.model import Diagnosis, Status
from clusteradvies.knowledge.base import KnowledgeBase


def test_readiness_and_categories(progress: Comparison) -> None:
    assert progress.readiness.before == progress.old.readiness
    assert progress.readiness.after == progress.new.readiness
    assert progress.readiness.delta is not None and progress.readiness.delta > 0
    trust = next(c for c in progress.categories if c.id == "vertrouwen")
    assert trust.delta is not None and trust.delta > 20  # more trust, more on paper


def test_what_improved_and_what_got_worse(progress: Comparison) -> None:
    improved = {f.factor for f in progress.factors_moving("improved")}
    worse = {f.factor for f in progress.factors_moving("worse")}
    assert {"vertrouwen", "mijlpaal", "klein-beginnen", "concreet-praktisch"} <= improved
    assert {"gemotiveerde-deelnemers", "duurzaamheid"} <= worse  # two shops left; horizon too short
    # Neutral backing is "weet niet" now: unknown, not still a strength because a trade
    # association takes part (a rule about an unknown asks to check, it scores nothing).
    # And the preparation time is past once the cooperation runs: no longer asked, not judged.
    assert {f.factor for f in progress.factors_moving("unassessed")} == {
        "zichtbare-baten",
        "neutrale-steun",
        "voorbereidingstijd",
    }
    assert not improved & worse


def test_done_new_and_open_advice(progress: Comparison) -> None:
    done = [a.advice for a in progress.done]
    new = [a.advice for a in progress.new_advice]
    assert {"vertrouwen.klein-beginnen", "intensiteit.mijlpaal-6-12"} <= set(done)
    assert "intensiteit.duurzaam-verband" in new
    assert all(a.after is None for a in progress.done)
    assert all(a.before is None for a in progress.new_advice)
    assert all(a.before is not None and a.after is not None for a in progress.still_open)
    assert [a.before for a in progress.done] == sorted(a.before or 0 for a in progress.done)
    assert [a.after for a in progress.new_advice] == sorted(
        a.after or 0 for a in progress.new_advice
    )
    given_now = {a.id for a in progress.new.advice} | {
        r for a in progress.new.advice for r in a.related
    }
    assert set(new) | {a.advice for a in progress.still_open} == given_now


def test_changed_answers(progress: Comparison) -> None:
    changed = {a.question: (a.before, a.after) for a in progress.answers}
    assert changed["vertrouwen"] == ("laag", "redelijk")
    assert changed["neutrale_steun"] == (True, "?")  # known then, "weet niet" now
    assert "doel" not in changed and "sector" not in changed
    afspraken = changed["afspraken"]
    assert set(afspraken[1]) - set(afspraken[0]) == {"communicatie", "valkuilen"}


def test_an_assessment_compared_with_itself_changes_nothing(
    kb: KnowledgeBase, start: Diagnosis
) -> None:
    same = compare(kb, start, start)
    assert same.readiness.delta == 0
    assert {f.direction for f in same.factors} == {"unchanged"}
    assert same.done == () and same.new_advice == () and same.answers == ()
    assert len(same.still_open) >= len(start.advice)


def test_comparing_backwards_swaps_done_and_new(
    kb: KnowledgeBase, progress: Comparison, start: Diagnosis, six_months: Diagnosis
) -> None:
    backwards = compare(kb, six_months, start)
    assert [a.advice for a in backwards.new_advice] == [a.advice for a in progress.done]
    assert {f.factor for f in backwards.factors_moving("worse")} == {
        f.factor for f in progress.factors_moving("improved")
    }


@pytest.mark.parametrize(
    ("before", "after", "moved"),
    [
        ("concern", "borderline", "improved"),
        ("borderline", "strength", "improved"),
        ("strength", "concern", "worse"),
        ("borderline", "borderline", "unchanged"),
        ("unknown", "concern", "assessed"),
        ("strength", "unknown", "unassessed"),
    ],
)
def test_direction(before: Status, after: Status, moved: str) -> None:
    assert direction(before, after) == moved
