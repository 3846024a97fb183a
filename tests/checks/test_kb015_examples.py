"""KB015: example projects beside the knowledge must be valid and reach what they expect."""

from __future__ import annotations

import shutil
from pathlib import Path

from clusteradvies.checks.registry import check_knowledge
from tests.checks.conftest import BASE

PROJECT = """\
format: 1
name: Grote groep
answers:
  aantal: 12
  kennen: {kennen}
expect:
  concerns: [beperkt-aantal]
"""


def _layout(tmp_path: Path, kennen: str) -> Path:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(BASE, knowledge)
    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "groep.yaml").write_text(PROJECT.format(kennen=kennen))
    return knowledge


def test_example_that_reaches_its_expectations_passes(tmp_path: Path) -> None:
    _, findings = check_knowledge(_layout(tmp_path, "false"), select=["KB015"])
    assert findings == []


def test_example_that_misses_an_expectation_is_reported_at_expect(tmp_path: Path) -> None:
    _, findings = check_knowledge(_layout(tmp_path, "true"), select=["KB015"])
    (finding,) = findings
    assert finding.code == "KB015"
    assert finding.file == str(tmp_path / "examples" / "groep.yaml")
    assert finding.line == 6
    assert finding.message == "factor 'beperkt-aantal' is unknown, expected concern"


def test_invalid_example_is_reported_with_its_line(tmp_path: Path) -> None:
    knowledge = _layout(tmp_path, "misschien")
    _, findings = check_knowledge(knowledge, select=["KB015"])
    (finding,) = findings
    assert finding.line == 5
    assert "answers.kennen: expected true or false" in finding.message
