"""Scoring many files: a pool gives what a serial run gives, in input order (``parallel``)."""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

import pytest

from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.score import batch
from clusteradvies.score import pool as parallel
from clusteradvies.score.batch import Scored, Scorer, ScoreResult, Unscored, collect
from tests.batch.files import copies, write_tree


@pytest.fixture(scope="module")
def scorer(kb: KnowledgeBase, advisor: Advisor) -> Scorer:
    return Scorer(kb, top=5, advisor=advisor)


@pytest.fixture
def items(tmp_path: Path) -> list[Path | Unscored]:
    """Valid and invalid files mixed, and a missing one, so order is easy to get wrong."""
    write_tree(tmp_path / "tree")
    copies(tmp_path / "copies", 9)
    return collect([tmp_path / "copies", tmp_path / "missing.yaml", tmp_path / "tree"])


@pytest.fixture
def pool_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Records the number of workers of every pool started."""
    calls: list[int] = []
    real = parallel._score_in_pool

    def spy(paths: list[Path], scorer: Scorer, workers: int, *rest: Any) -> list[ScoreResult]:
        calls.append(workers)
        return real(paths, scorer, workers, *rest)

    monkeypatch.setattr(parallel, "_score_in_pool", spy)
    return calls


def test_a_pool_gives_the_serial_results_in_input_order(
    scorer: Scorer, items: list[Path | Unscored], pool_calls: list[int]
) -> None:
    serial = parallel.score_all(items, scorer, jobs=1)
    pooled = parallel.score_all(items, scorer, jobs=2, pool_min=0)
    assert pool_calls == [2]
    assert pooled == serial
    assert [r.file for r in serial] == [
        i.file if isinstance(i, Unscored) else str(i) for i in items
    ]
    assert {type(r) for r in serial} == {Scored, Unscored}


def test_few_files_are_scored_without_a_pool(
    scorer: Scorer, items: list[Path | Unscored], pool_calls: list[int]
) -> None:
    parallel.score_all(items, scorer, jobs=2, pool_min=len(items) + 1)
    assert pool_calls == []


def test_never_more_workers_than_files(
    scorer: Scorer, tmp_path: Path, pool_calls: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "default_jobs", lambda: 8)
    paths = copies(tmp_path, 3)
    parallel.score_all(list(paths), scorer, jobs=8, pool_min=0)
    assert pool_calls == [3]


def test_every_result_is_reported_once_as_it_comes(
    scorer: Scorer, items: list[Path | Unscored]
) -> None:
    seen: list[str] = []
    results = parallel.score_all(
        items, scorer, jobs=2, pool_min=0, on_result=lambda r: seen.append(r.file)
    )
    assert sorted(seen) == sorted(r.file for r in results)


def test_spawned_workers_build_their_own_engine_and_agree(
    scorer: Scorer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What macOS and Windows do: nothing is inherited, the initializer compiles the engine.
    paths: list[Path | Unscored] = list(copies(tmp_path, 4))
    serial = parallel.score_all(paths, scorer, jobs=1)
    monkeypatch.setattr(parallel, "_start_method", lambda: "spawn")
    assert parallel.score_all(paths, scorer, jobs=2, pool_min=0) == serial


def test_a_forked_worker_reuses_the_inherited_engine(
    scorer: Scorer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(signal, "signal", lambda *_: None)  # keep Ctrl-C working here
    monkeypatch.setattr(parallel, "die_with_parent", lambda parent: None)  # and pytest alive
    monkeypatch.setattr(parallel, "_worker_scorer", scorer)
    parallel._start_worker(os.getppid(), None, 5)
    assert parallel._worker_scorer is scorer


def test_a_worker_that_dies_costs_the_unscored_files_their_rows_not_the_batch_its_run(
    scorer: Scorer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths: list[Path | Unscored] = list(copies(tmp_path, 4))
    monkeypatch.setattr(Scorer, "score", lambda self, path: os._exit(1))  # forked: inherited
    results = parallel.score_all(paths, scorer, jobs=2, pool_min=0)
    assert [r.file for r in results] == [str(p) for p in paths]
    for result in results:
        assert isinstance(result, Unscored)
        assert "a worker process stopped unexpectedly" in result.problems[0].message


def test_an_exception_while_scoring_one_file_becomes_that_files_row(
    scorer: Scorer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = copies(tmp_path, 3)
    real = batch.load_project

    def load_project(path: Path, *args: Any) -> Any:
        if path == paths[1]:
            raise ZeroDivisionError("een fout in de code")
        return real(path, *args)

    monkeypatch.setattr(batch, "load_project", load_project)
    results = parallel.score_all(list(paths), scorer, jobs=1)
    assert [type(r) for r in results] == [Scored, Unscored, Scored]
    assert isinstance(results[1], Unscored)
    assert results[1].problems[0].render() == (
        f"{paths[1]}: could not be scored: ZeroDivisionError: een fout in de code"
    )


def test_never_more_workers_than_cores(
    scorer: Scorer, tmp_path: Path, pool_calls: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "default_jobs", lambda: 2)
    parallel.score_all(list(copies(tmp_path, 5)), scorer, jobs=1000, pool_min=0)
    assert pool_calls == [2]
