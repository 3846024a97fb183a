"""JSON and CSV are written result by result, and that changes no byte of them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.render.formats import RenderOptions, ScoreFormatName
from clusteradvies.render.renderers import score_format
from clusteradvies.render.rich_text import plain_console
from clusteradvies.render.score.json_format import result_json
from clusteradvies.render.score.stream import ScoreFormat
from clusteradvies.score.batch import Scored, Scorer, ScoreResult, collect
from clusteradvies.score.pool import score_all, score_each
from tests.batch.files import write_tree


@pytest.fixture
def results(tmp_path: Path, kb: KnowledgeBase, advisor: Advisor) -> list[ScoreResult]:
    return score_all(collect([write_tree(tmp_path)]), Scorer(kb, 2, advisor))


@pytest.mark.parametrize("fail_under", [None, 50.0])
def test_streamed_json_is_what_dumping_the_whole_list_writes(
    results: list[ScoreResult], kb: KnowledgeBase, fail_under: float | None
) -> None:
    assert any(r.status == "error" for r in results) and any(r.status == "ok" for r in results)
    whole = [result_json(r, fail_under, kb, "en") for r in results]
    expected = json.dumps(whole, ensure_ascii=False, indent=2) + "\n"
    streamed = score_format(ScoreFormatName.json, kb, RenderOptions("en"), None)
    assert isinstance(streamed, ScoreFormat)
    assert "".join(streamed.stream(iter(results), fail_under)) == expected
    assert "".join(streamed.stream(iter([]), fail_under)) == json.dumps([]) + "\n"


@pytest.mark.parametrize("name", [ScoreFormatName.json, ScoreFormatName.csv])
def test_each_result_is_written_before_the_next_is_scored(
    results: list[ScoreResult], kb: KnowledgeBase, name: ScoreFormatName
) -> None:
    taken = []

    def one_at_a_time() -> Iterator[ScoreResult]:
        for result in results:
            taken.append(result)
            yield result

    form = score_format(name, kb, RenderOptions("nl"), None)
    assert isinstance(form, ScoreFormat)
    pieces = form.stream(one_at_a_time(), None)
    if name is ScoreFormatName.csv:
        assert next(pieces).startswith("file;name;status")  # the header comes first
    first = next(pieces)
    assert len(taken) == 1
    assert results[0].file in first


@pytest.mark.parametrize("name", [n for n in ScoreFormatName if n is not ScoreFormatName.xlsx])
def test_every_text_format_streams_exactly_what_it_renders(
    results: list[ScoreResult], kb: KnowledgeBase, name: ScoreFormatName
) -> None:
    from clusteradvies.score.batch import ScoreReport

    form = score_format(name, kb, RenderOptions("nl"), plain_console(400))
    assert isinstance(form, ScoreFormat)
    report = ScoreReport(tuple(results), fail_under=40.0)
    assert "".join(form.stream(iter(results), 40.0)) == form.render(report)


def test_score_each_yields_in_input_order_from_a_pool_too(
    tmp_path: Path, kb: KnowledgeBase, advisor: Advisor
) -> None:
    items = collect([write_tree(tmp_path)])
    serial = list(score_each(items, Scorer(kb, 2, advisor)))
    pooled = list(score_each(items, Scorer(kb, 2, advisor), jobs=2, pool_min=0))
    assert pooled == serial
    assert [r.file for r in serial] == [str(i) if isinstance(i, Path) else i.file for i in items]
    assert any(isinstance(r, Scored) for r in serial)
