"""Scoring one file: ``batch.Scorer``, its summary of a diagnosis, and ``ScoreReport``."""

from __future__ import annotations

from pathlib import Path

import pytest

from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.project.model import load_project
from clusteradvies.score.batch import WEAKEST, Scored, Scorer, ScoreReport, Unscored
from tests.batch.files import BAD_VALUE_LINE, SYNTAX_ERROR, write_tree
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def scorer(kb: KnowledgeBase, advisor: Advisor) -> Scorer:
    return Scorer(kb, top=3, advisor=advisor)


def scored(result: Scored | Unscored) -> Scored:
    assert isinstance(result, Scored), result
    return result


def test_a_valid_file_is_summarised_from_its_diagnosis(
    scorer: Scorer, kb: KnowledgeBase, advisor: Advisor
) -> None:
    path = EXAMPLES / "klict-abstracte-doelen.yaml"
    result = scored(scorer.score(path))
    diagnosis = advisor.diagnose(load_project(path, kb))
    assert result.status == "ok"
    assert result.file == str(path)
    assert (result.name, result.role) == (diagnosis.name, diagnosis.role)
    assert (result.readiness, result.band) == (diagnosis.readiness, diagnosis.band)
    assert [(c.id, c.score, c.band) for c in result.categories] == [
        (c.id, c.score, c.band) for c in diagnosis.categories
    ]
    assert [a.id for a in result.advice] == [a.id for a in diagnosis.advice[:3]]
    assert [a.sources for a in result.advice] == [a.sources for a in diagnosis.advice[:3]]
    assert result.advice_total == len(diagnosis.advice)


def test_the_top_concern_is_the_one_the_report_names_for_the_abstract_goals_project(
    scorer: Scorer,
) -> None:
    result = scored(scorer.score(EXAMPLES / "klict-abstracte-doelen.yaml"))
    assert result.top_concern == "concreet-praktisch"
    assert result.weakest == ("voorbereiding",)


def test_weakest_categories_are_the_lowest_scored_below_the_strong_band(scorer: Scorer) -> None:
    for path in sorted(EXAMPLES.glob("*.yaml")):
        result = scored(scorer.score(path))
        by_id = {c.id: c for c in result.categories}
        weak = [by_id[c] for c in result.weakest]
        assert len(weak) <= WEAKEST
        assert all(c.score is not None and c.band != "sterk" for c in weak), path.name
        others = [c for c in result.categories if c.score is not None and c.band != "sterk"]
        assert [c.score for c in weak] == sorted(c.score for c in others)[: len(weak)]  # type: ignore[type-var]


def test_there_is_a_top_concern_exactly_when_some_factor_is_a_concern(
    scorer: Scorer, kb: KnowledgeBase, advisor: Advisor
) -> None:
    seen = set()
    for path in sorted(EXAMPLES.glob("*.yaml")):
        result = scored(scorer.score(path))
        concerns = [
            f for f in advisor.diagnose(load_project(path, kb)).factors if f.status == "concern"
        ]
        seen.add(bool(concerns))
        if concerns:
            heaviest = max(f.concern for f in concerns)
            assert result.top_concern in {f.id for f in concerns if f.concern == heaviest}
        else:
            assert result.top_concern is None
    assert seen == {True, False}, "the examples should include projects with and without concerns"


@pytest.mark.parametrize("top", [0, 1])
def test_top_limits_the_advice_and_zero_means_all(
    kb: KnowledgeBase, advisor: Advisor, top: int
) -> None:
    result = scored(Scorer(kb, top, advisor).score(EXAMPLES / "tris.yaml"))
    assert len(result.advice) == (result.advice_total if top == 0 else 1)
    assert result.advice_total > 1


def test_an_invalid_file_gives_every_problem_with_its_line(scorer: Scorer, tmp_path: Path) -> None:
    root = write_tree(tmp_path)
    result = scorer.score(root / "bad-value.yaml")
    assert isinstance(result, Unscored) and result.status == "error"
    assert [(p.line, p.path) for p in result.problems] == [(BAD_VALUE_LINE, "answers.fase")]
    assert "misschien" in result.problems[0].message


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (SYNTAX_ERROR.encode(), "invalid YAML"),
        (b"name: \xff\xfe\n", "not UTF-8"),
        (b"- just\n- a list\n", "expected a mapping"),
        (b"[" * 5000 + b"]" * 5000, "nest"),
        (b"[" * 990 + b"]" * 990, "nest"),  # within libyaml's limit, beyond Python's stack
    ],
    ids=["syntax", "binary", "list", "too-deep-for-libyaml", "too-deep-for-python"],
)
def test_unreadable_content_is_an_invalid_result_not_an_exception(
    scorer: Scorer, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "broken.yaml"
    path.write_bytes(content)
    result = scorer.score(path)
    assert isinstance(result, Unscored)
    assert result.problems and message in result.problems[0].message


def test_a_directory_named_like_a_project_file_is_invalid(scorer: Scorer, tmp_path: Path) -> None:
    folder = tmp_path / "map.yaml"
    folder.mkdir()
    result = scorer.score(folder)
    assert isinstance(result, Unscored) and result.problems[0].file == str(folder)


def test_a_project_without_readiness_counts_as_below_any_threshold(
    scorer: Scorer, tmp_path: Path
) -> None:
    root = write_tree(tmp_path)
    empty = scored(scorer.score(root / "sub" / "deeper" / "empty.yaml"))
    strong = scored(scorer.score(root / "portnet.yaml"))
    assert empty.readiness is None and strong.floor is not None
    report = ScoreReport((empty, strong), fail_under=strong.floor)
    assert report.below == [empty]
    assert ScoreReport((empty, strong)).below == []
    assert ScoreReport((empty, strong), fail_under=strong.floor + 1).below == [empty, strong]


def test_fail_under_judges_the_lower_end_of_the_range(scorer: Scorer, tmp_path: Path) -> None:
    # PortNET's file leaves many answers unknown: its readiness could still be far lower.
    portnet = scored(scorer.score(write_tree(tmp_path) / "portnet.yaml"))
    assert portnet.readiness_range is not None and portnet.readiness is not None
    low, high = portnet.readiness_range
    assert low < portnet.readiness <= high
    assert ScoreReport((portnet,), fail_under=portnet.readiness).below == [portnet]
