"""Each check fires on a knowledge base with its defect, at the defect's file and line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from clusteradvies.checks.common.base import documentation
from clusteradvies.checks.registry import CHECKS, check_knowledge, selected_codes
from clusteradvies.errors import UsageError
from tests.checks.conftest import FIXTURES, KnowledgeDir

# fixture directory, code, file, line (and column where the check knows it)
CASES: list[tuple[str, str, str, int, int | None]] = [
    ("kb001-schema", "KB001", "defect.yaml", 4, None),
    ("kb001-yaml-syntax", "KB001", "defect.yaml", 4, 1),
    ("kb001-advice-basis", "KB001", "advice.yaml", 8, None),
    ("kb002-duplicate-id", "KB002", "defect.yaml", 2, None),
    ("kb003-unknown-question", "KB003", "defect.yaml", 6, None),
    ("kb004-choice-value", "KB004", "defect.yaml", 5, None),
    ("kb004-integer-range", "KB004", "defect.yaml", 5, None),
    ("kb004-operator", "KB004", "defect.yaml", 5, None),
    ("kb004-yesno-value", "KB004", "defect.yaml", 5, None),
    ("kb004-fact-value", "KB004", "defect.yaml", 5, None),
    ("kb004-derive-value", "KB004", "defect.yaml", 6, None),
    ("kb005-unread-question", "KB005", "defect.yaml", 2, None),
    ("kb006-later-question", "KB006", "defect.yaml", 6, None),
    ("kb006-later-fact", "KB006", "defect.yaml", 7, None),
    ("kb006-never", "KB006", "defect.yaml", 8, None),
    ("kb006-own-answer", "KB006", "defect.yaml", 5, None),
    ("kb007-unrecommended-advice", "KB007", "defect.yaml", 2, None),
    ("kb008-unassessed-factor", "KB008", "defect.yaml", 2, None),
    ("kb009-two-values", "KB009", "defect.yaml", 7, None),
    ("kb009-test-and-negation", "KB009", "defect.yaml", 6, None),
    ("kb010-two-fact-cycle", "KB010", "defect.yaml", 11, None),
    ("kb010-self-dependency", "KB010", "defect.yaml", 5, None),
    ("kb011-blank-english", "KB011", "defect.yaml", 6, None),
    ("kb012-question-without-sources", "KB012", "defect.yaml", 2, None),
    ("kb013-near-identical", "KB013", "defect.yaml", 5, None),
    ("kb014-uncited-section", "KB014", "defect.yaml", 2, None),
    ("kb016-report-wording", "KB016", "defect.yaml", 5, None),
    ("kb017-unknown-unmarked", "KB017", "defect.yaml", 3, None),
    ("kb017-marked-without-unknown", "KB017", "defect.yaml", 5, None),
    ("kb017-undecided-premise", "KB017", "defect.yaml", 13, None),
]


@pytest.mark.parametrize(
    ("fixture", "code", "file", "line", "column"), CASES, ids=[c[0] for c in CASES]
)
def test_check_fires_at_the_defect_and_nothing_else_does(
    knowledge_dir: KnowledgeDir, fixture: str, code: str, file: str, line: int, column: int | None
) -> None:
    directory = knowledge_dir(fixture)
    _, findings = check_knowledge(directory)
    found = [
        (f.code, Path(f.file).relative_to(directory).as_posix(), f.line, f.column) for f in findings
    ]
    assert found == [(code, file, line, column)]
    assert findings[0].level == CHECKS[code].LEVEL


@pytest.mark.parametrize(
    ("fixture", "code", "file", "line", "column"), CASES, ids=[c[0] for c in CASES]
)
def test_the_fixture_marks_the_line_it_breaks(
    fixture: str, code: str, file: str, line: int, column: int | None
) -> None:
    # Keeps the table and the fixtures in step: the reported line carries a "# KBnnn" comment,
    # except for syntax errors, which are reported where the parser gives up.
    source = (FIXTURES / fixture / file).read_text(encoding="utf-8")
    if column is None:
        assert f"# {code}" in source.splitlines()[line - 1]
        return
    with pytest.raises(yaml.MarkedYAMLError) as raised:
        yaml.safe_load(source)
    mark = raised.value.problem_mark
    assert mark is not None
    assert (mark.line + 1, mark.column + 1) == (line, column)


def test_a_rule_that_can_never_fire_reaches_no_advice_and_no_factor(
    knowledge_dir: KnowledgeDir,
) -> None:
    _, findings = check_knowledge(knowledge_dir("kb007-kb008-only-impossible-rule"))
    assert [(f.code, f.line, f.message) for f in findings] == [
        (
            "KB007",
            4,
            "advice 'nooit-gegeven': only rules that can never fire recommend it ('onmogelijk')",
        ),
        (
            "KB008",
            10,
            "factor 'nooit-beoordeeld': only rules that can never fire assess it ('onmogelijk')",
        ),
        ("KB009", 22, "rule 'onmogelijk': its conditions contradict each other; it can never fire"),
    ]


def test_the_base_knowledge_passes_every_check(knowledge_dir: KnowledgeDir) -> None:
    _, findings = check_knowledge(knowledge_dir("base"))
    assert findings == []


def test_every_registered_check_has_a_fixture_that_fires_it() -> None:
    # KB015 needs an examples/ directory beside the knowledge: see test_kb015_examples.py.
    assert {case[1] for case in CASES} | {"KB015"} == set(CHECKS)


def test_selection_runs_only_the_selected_checks(knowledge_dir: KnowledgeDir) -> None:
    directory = knowledge_dir("kb009-two-values")
    assert check_knowledge(directory, select=["KB004", "KB010"])[1] == []
    assert check_knowledge(directory, ignore=["kb009"])[1] == []
    assert [f.code for f in check_knowledge(directory, select=["KB009"])[1]] == ["KB009"]


@pytest.mark.parametrize(
    ("select", "ignore", "message"),
    [
        (["KB099"], None, "unknown check code 'KB099'"),
        (None, ["KB0O9"], "unknown check code 'KB0O9' (did you mean 'KB009'?)"),
        (["kb005", "KB999"], None, "unknown check code 'KB999'"),
        (None, list(CHECKS), "the selection names no check"),
        ([" ", ""], None, "the selection names no check"),
        (["KB005"], ["KB005"], "the selection names no check"),
    ],
)
def test_a_selection_naming_no_check_is_refused(
    select: list[str] | None, ignore: list[str] | None, message: str
) -> None:
    with pytest.raises(UsageError) as raised:
        selected_codes(select, ignore)
    assert raised.value.problems[0].message.startswith(message)


def test_a_directory_that_cannot_be_read_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such directory"):
        check_knowledge(tmp_path / "missing")


@pytest.mark.parametrize("code", list(CHECKS))
def test_every_check_documents_itself_with_a_failing_example(code: str) -> None:
    module = CHECKS[code]
    assert code == module.CODE
    assert module.LEVEL in ("error", "warning")
    doc = documentation(module)
    assert re.search(r"^Failing example.*::$", doc, re.MULTILINE), doc
    assert doc.split("\n", 1)[0].endswith(".")


def test_codes_are_numbered_without_gaps() -> None:
    assert list(CHECKS) == [f"KB{n:03d}" for n in range(1, 18)]
