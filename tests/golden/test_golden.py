"""Golden outputs: what every command prints for the shipped examples, byte for byte.

These files pin behaviour while code moves. When a change is *meant* to alter what users see,
regenerate them deliberately and review the diff:

    CLUSTERADVIES_UPDATE_GOLDEN=1 python -m pytest tests/golden

The commands run in-process from the repository root with relative paths, NO_COLOR and an
80-column terminal, so the outputs do not depend on the machine. The report's date is the only
value that changes by itself; it is replaced by a placeholder.
"""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from clusteradvies.cli.app import _register, app
from tests.conftest import ROOT

_register()
OUTPUTS = Path(__file__).parent / "outputs"
UPDATE = os.environ.get("CLUSTERADVIES_UPDATE_GOLDEN") == "1"

_EXAMPLES = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "examples").glob("*.yaml"))
_PARTNERS = sorted(
    p.relative_to(ROOT).as_posix() for p in (ROOT / "examples" / "partners").glob("*.yaml")
)
_PROGRESS = [
    "examples/progress/dorpsstraat-start.yaml",
    "examples/progress/dorpsstraat-6-maanden.yaml",
]


def _cases() -> dict[str, list[str]]:
    cases: dict[str, list[str]] = {}
    for example in _EXAMPLES:
        stem = Path(example).stem
        cases[f"advise-{stem}.txt"] = ["advise", example]
        cases[f"advise-{stem}.json"] = ["advise", example, "--format", "json", "--top", "0"]
        cases[f"advise-{stem}.md"] = ["advise", example, "--format", "markdown"]
        cases[f"advise-{stem}-en.txt"] = ["advise", example, "--lang", "en"]
        cases[f"report-{stem}.html"] = ["report", example]
        cases[f"report-{stem}.md"] = ["report", example, "--format", "markdown"]
    cases["advise-portnet-whatif.txt"] = ["advise", "examples/portnet.yaml", "--what-if"]
    cases["advise-portnet-whatif.json"] = [
        "advise", "examples/portnet.yaml", "--what-if", "--format", "json",
    ]  # fmt: skip
    cases["advise-trek-explain.txt"] = ["advise", "examples/trek.yaml", "--explain"]
    for fmt, suffix in (("text", "txt"), ("json", "json"), ("markdown", "md")):
        cases[f"combine-partners.{suffix}"] = ["combine", *_PARTNERS, "--format", fmt]
        cases[f"compare-progress.{suffix}"] = ["compare", *_PROGRESS, "--format", fmt]
    cases["report-partners.html"] = ["report", *_PARTNERS]
    cases["report-partners.md"] = ["report", *_PARTNERS, "--format", "markdown"]
    for fmt, suffix in (("table", "txt"), ("json", "json"), ("csv", "csv"), ("markdown", "md")):
        cases[f"score-examples.{suffix}"] = ["score", "examples", "--jobs", "1", "--format", fmt]
    cases["check.json"] = ["check", "--format", "json"]
    cases["check.txt"] = ["check"]
    return cases


CASES = _cases()


def _normalise(text: str) -> str:
    today = date.today()
    text = text.replace(today.isoformat(), "<DATE>")
    return re.sub(rf"\b{today.day} \w+ {today.year}\b", "<DATE>", text)


@pytest.mark.parametrize("name", sorted(CASES))
def test_output_is_unchanged(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, CASES[name], env={"NO_COLOR": "1", "COLUMNS": "80"})
    actual = f"exit {result.exit_code}\n--- stdout\n{result.stdout}--- stderr\n{result.stderr}"
    actual = _normalise(actual)
    golden = OUTPUTS / name
    if UPDATE:
        OUTPUTS.mkdir(exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
        return
    assert golden.exists(), f"no golden file {name}: regenerate with CLUSTERADVIES_UPDATE_GOLDEN=1"
    assert actual == golden.read_text(encoding="utf-8"), f"{name} changed"
