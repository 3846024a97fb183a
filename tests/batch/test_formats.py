"""The formats a batch renders in say the same things (that every name renders: tests/render)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.render.formats import RenderOptions, ScoreFormatName
from clusteradvies.render.renderers import score_format
from clusteradvies.render.rich_text import plain_console
from clusteradvies.score.batch import Scored, Scorer, ScoreReport, collect
from clusteradvies.score.pool import score_all
from tests.batch.files import BAD_VALUE_LINE, write_tree


@pytest.fixture
def report(tmp_path: Path, kb: KnowledgeBase, advisor: Advisor) -> ScoreReport:
    root = write_tree(tmp_path)
    (root / "pipe.yaml").write_text(
        "format: 1\nname: 'A | B *sterren*'\nanswers: {}\n", encoding="utf-8"
    )
    results = score_all(collect([root]), Scorer(kb, 2, advisor))
    # The threshold is PortNET's own floor: PortNET just passes, the nearly empty files do not.
    portnet = next(r for r in results if isinstance(r, Scored) and r.name.startswith("PortNET"))
    assert portnet.floor is not None
    return ScoreReport(tuple(results), fail_under=portnet.floor)


def render(report: ScoreReport, kb: KnowledgeBase, name: ScoreFormatName, lang: str = "nl") -> str:
    return score_format(name, kb, RenderOptions(lang), plain_console(400)).render(report)


def test_json_has_one_object_per_file_in_input_order(
    report: ScoreReport, kb: KnowledgeBase
) -> None:
    data = json.loads(render(report, kb, ScoreFormatName.json))
    assert [d["file"] for d in data] == [r.file for r in report.results]
    ok = next(d for d in data if d["file"].endswith("portnet.yaml"))
    assert ok["status"] == "ok" and ok["name"].startswith("PortNET")
    assert isinstance(ok["readiness"], int)
    assert ok["band"] in ("zwak", "aandacht", "sterk", "onzeker")
    low, high = ok["readiness_range"]
    assert low <= ok["readiness"] <= high and 0 < ok["coverage"] < 1
    assert [c["id"] for c in ok["categories"]] == [c.id for c in report.scored[1].categories]
    assert 0 < len(ok["advice"]) <= 2
    first = ok["advice"][0]
    assert first["rank"] == 1 and first["text"] and first["sources"] and first["id"]
    assert isinstance(first["priority"], float)
    assert ok["below_threshold"] is False
    bad = next(d for d in data if d["status"] == "error")
    assert bad["errors"][0]["line"] == BAD_VALUE_LINE
    assert bad["errors"][0]["key"] == "answers.fase"
    assert "name" not in bad


def test_json_texts_follow_the_language_and_ids_do_not(
    report: ScoreReport, kb: KnowledgeBase
) -> None:
    nl = json.loads(render(report, kb, ScoreFormatName.json, "nl"))
    en = json.loads(render(report, kb, ScoreFormatName.json, "en"))
    ok_nl = next(d for d in nl if d["status"] == "ok" and d["advice"])
    ok_en = next(d for d in en if d["file"] == ok_nl["file"])
    assert [a["id"] for a in ok_nl["advice"]] == [a["id"] for a in ok_en["advice"]]
    assert ok_nl["advice"][0]["text"] != ok_en["advice"][0]["text"]


def test_csv_has_a_column_per_category_and_a_row_per_file(
    report: ScoreReport, kb: KnowledgeBase
) -> None:
    rows = list(csv.DictReader(io.StringIO(render(report, kb, ScoreFormatName.csv)), delimiter=";"))
    assert [row["file"] for row in rows] == [r.file for r in report.results]
    assert set(kb.categories) <= set(rows[0])
    portnet = next(row for row in rows if row["file"].endswith("portnet.yaml"))
    result = next(r for r in report.scored if r.file == portnet["file"])
    for category in result.categories:
        assert portnet[category.id] == ("" if category.score is None else str(category.score))
    assert portnet["readiness"] == str(result.readiness) and portnet["errors"] == "0"
    assert result.readiness_range is not None
    assert (portnet["readiness_low"], portnet["readiness_high"]) == tuple(
        map(str, result.readiness_range)
    )
    assert portnet["below_threshold"] == "false"
    bad = next(row for row in rows if row["status"] == "error")
    assert bad["errors"] == "1" and bad["readiness"] == ""
    empty = next(row for row in rows if row["file"].endswith("empty.yaml"))
    assert empty["readiness"] == "" and empty["below_threshold"] == "true"


def test_markdown_is_a_table_that_user_text_cannot_break(
    report: ScoreReport, kb: KnowledgeBase
) -> None:
    lines = render(report, kb, ScoreFormatName.markdown).splitlines()
    table = [line for line in lines if line.startswith("|")]
    assert len(table) == 2 + len(report.results)
    assert all(line.count(" | ") == 4 for line in table[2:])  # a pipe in a name is escaped
    assert "A \\| B \\*sterren\\*" in "\n".join(table)
    assert lines[-1] == f"4 beoordeeld, 3 onder {report.fail_under:g}, 1 ongeldig"


def test_table_rows_name_the_weakest_categories_and_the_top_concern(
    report: ScoreReport, kb: KnowledgeBase
) -> None:
    text = render(report, kb, ScoreFormatName.table, "en")
    klict = next(r for r in report.scored if r.file.endswith("klict.yml"))
    assert klict.top_concern is not None
    row = next(line for line in text.splitlines() if "klict.yml" in line)
    concern = kb.factors[klict.top_concern]
    assert (concern.concern or concern.name).get("en") in row
    assert kb.categories[klict.weakest[0]].name.get("en") in row
    assert "invalid" in next(line for line in text.splitlines() if "bad-value.yaml" in line)
    assert text.rstrip().splitlines()[-1] == f"4 scored, 3 below {report.fail_under:g}, 1 invalid"
