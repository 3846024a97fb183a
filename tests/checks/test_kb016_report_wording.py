"""KB016: no knowledge text repeats ten or more consecutive words of the report."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from clusteradvies.checks.common.report_text import ENVIRONMENT, shared_runs, shingles
from clusteradvies.checks.registry import CHECKS, check_knowledge, skipped
from clusteradvies.cli import check
from clusteradvies.knowledge.loader import load_knowledge
from tests.checks.conftest import BASE
from tests.conftest import REPORT_STAND_IN, ROOT

REPORT = REPORT_STAND_IN.read_text(encoding="utf-8")

# text, the words it shares with the stand-in report (empty: nothing reported)
RUNS: list[tuple[str, str]] = [
    # the report's line-end hyphenation ("an-⏎dere"), case and punctuation do not hide a copy
    (
        "Wie samen KLEIN begint leert de andere bedrijven kennen; voordat het grote werk begint!",
        "wie samen klein begint leert de andere bedrijven kennen voordat het grote werk begint",
    ),
    # a compound broken at its hyphen at a line end ("ICT-⏎toepassingen") is read both ways
    (
        "Zo bouw je vertrouwen op. ICT-toepassingen komen pas daarna aan de orde, zeker.",
        "vertrouwen op ict toepassingen komen pas daarna aan de orde",
    ),
    # nine shared words are one too few
    ("Wie samen klein begint, leert de andere bedrijven kennen; dan volgt de rest.", ""),
    # the same thought in other words
    ("Begin klein: dan leren de partners elkaar kennen en groeit het vertrouwen.", ""),
]


@pytest.mark.parametrize(("text", "shared"), RUNS)
def test_a_run_of_ten_words_shared_with_the_report_is_found(text: str, shared: str) -> None:
    runs = [" ".join(run.words) for run in shared_runs(text, shingles(REPORT, 10), 10)]
    assert runs == ([shared] if shared else [])


def test_the_message_quotes_the_shared_words(tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(BASE, knowledge)
    shutil.copy(ROOT / "tests/fixtures/kb/kb016-report-wording/defect.yaml", knowledge)
    _, findings = check_knowledge(knowledge, select=["KB016"])
    assert [f.message for f in findings] == [
        "category 'kennis': description.nl repeats 14 consecutive words of the report: "
        '"wie samen klein begint leert de andere bedrijven kennen voordat het grote werk'
        ' begint"; say it in your own words'
    ]


def test_the_report_is_found_beside_the_clone_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # CI's layout: the clone and, beside it, shared/seed/ with the report's text.
    monkeypatch.delenv(ENVIRONMENT)
    knowledge = tmp_path / "clone" / "knowledge"
    shutil.copytree(BASE, knowledge)
    shutil.copy(ROOT / "tests/fixtures/kb/kb016-report-wording/defect.yaml", knowledge)
    seed = tmp_path / "shared" / "seed"
    seed.mkdir(parents=True)
    shutil.copy(REPORT_STAND_IN, seed / "000_rapport.txt")
    kb, findings = check_knowledge(knowledge, select=["KB016"])
    assert [f.code for f in findings] == ["KB016"]
    assert skipped(kb, ["KB016"]) == {}


def test_without_the_report_the_check_is_skipped_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENVIRONMENT, str(tmp_path / "elders"))
    cli = typer.Typer()

    @cli.callback()
    def root() -> None:
        """Test root, so that ``check`` stays a subcommand."""

    check.register(cli)
    knowledge = tmp_path / "knowledge"
    shutil.copytree(BASE, knowledge)
    shutil.copy(ROOT / "tests/fixtures/kb/kb016-report-wording/defect.yaml", knowledge)
    result = CliRunner().invoke(cli, ["check", str(knowledge), "--strict"])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == (
        f"KB016 overgeslagen: de tekst van het rapport is niet gevonden "
        f"({ENVIRONMENT}={tmp_path / 'elders'}: geen .txt-bestand); wijs die aan met "
        f"{ENVIRONMENT}\n"
        f"geen problemen gevonden ({len(CHECKS) - 1} controles)\n"
    )


def test_the_shipped_knowledge_repeats_no_ten_words_of_the_report(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(ENVIRONMENT)
    kb = load_knowledge()
    reason = skipped(kb, ["KB016"]).get("KB016")
    if reason:
        pytest.skip(reason)
    assert check_knowledge(kb.root, select=["KB016"])[1] == []
