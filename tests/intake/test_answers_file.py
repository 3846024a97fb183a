"""The answers file: whole at every moment, even when a write is interrupted halfway."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import typer

from clusteradvies.cli.intake_files import AnswersFile, command_for, dated_path
from clusteradvies.intake.answers_yaml import commented_yaml
from clusteradvies.intake.session import IntakeSession
from clusteradvies.intake.view import answer_text
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.project.model import load_project, parse_project
from tests.conftest import EXAMPLES


def test_an_interrupted_write_leaves_the_previous_file_whole(
    kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "a.yaml"
    session = IntakeSession(kb, "deelnemer")
    answers = AnswersFile(out, kb, "nl")
    session.record("idee")
    answers.write(session, "Proef")
    before = out.read_text()

    def interrupted(source: str, target: str) -> None:
        raise KeyboardInterrupt  # Ctrl-C between writing the temporary file and renaming it

    monkeypatch.setattr("os.replace", interrupted)
    session.record("marketing")
    with pytest.raises(KeyboardInterrupt):
        answers.write(session, "Proef")
    assert out.read_text() == before
    assert load_project(out, kb).answers == {"fase": "idee"}
    assert [p.name for p in tmp_path.iterdir()] == ["a.yaml"]  # no temporary file left


def test_a_failing_write_ends_in_one_line(
    kb: KnowledgeBase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "taken").write_text("")
    answers = AnswersFile(tmp_path / "taken" / "a.yaml", kb, "en")
    with pytest.raises(typer.Exit) as ended:
        answers.write(IntakeSession(kb, "deelnemer"), "Proef")
    assert ended.value.exit_code == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"clusteradvies: cannot write {tmp_path / 'taken' / 'a.yaml'}: ")


def test_the_dated_name_never_takes_an_existing_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Clock:
        @staticmethod
        def now() -> datetime:
            return datetime(2026, 11, 28, 14, 12)

    monkeypatch.setattr("clusteradvies.cli.intake_files.datetime", Clock)
    monkeypatch.chdir(tmp_path)
    assert dated_path("nl") == Path("antwoorden-2026-11-28-1412.yaml")
    assert dated_path("en") == Path("answers-2026-11-28-1412.yaml")
    Path("antwoorden-2026-11-28-1412.yaml").write_text("")
    assert dated_path("nl") == Path("antwoorden-2026-11-28-1412-2.yaml")
    Path("antwoorden-2026-11-28-1412-2.yaml").write_text("")
    assert dated_path("nl") == Path("antwoorden-2026-11-28-1412-3.yaml")


def test_the_command_to_go_on_is_quoted_for_the_shell() -> None:
    assert command_for("intake --resume", Path("mijn antwoorden.yaml"), None) == (
        "clusteradvies intake --resume 'mijn antwoorden.yaml'"
    )
    assert command_for("advise", Path("a.yaml"), Path("eigen kennis")) == (
        "clusteradvies advise a.yaml --kb 'eigen kennis'"
    )


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.yaml")))
def test_the_file_names_each_question_and_answer_and_reads_back_the_same(
    kb: KnowledgeBase, example: str
) -> None:
    project = load_project(EXAMPLES / example, kb)
    text = commented_yaml(project, kb)
    assert parse_project(text, example, kb) == project
    lines = text.splitlines()
    start = lines.index("answers:") + 1
    end = next((i for i, line in enumerate(lines) if i >= start and line[:1].isalpha()), None)
    lines = lines[:end]  # the answers block (notes below it use the same keys)
    for question_id, value in project.answers.items():
        [line] = [line for line in lines if line.startswith(f"  {question_id}: ")]
        prompt = " ".join(kb.questions[question_id].prompt.get(project.language).split())
        above = lines[: lines.index(line)]
        comments = []
        for previous in reversed(above):  # the comment lines right above the answer
            if not previous.startswith("  # "):
                break
            comments.insert(0, previous.removeprefix("  # "))
        assert prompt in " ".join(comments), question_id
        label = answer_text(kb, question_id, value, project.language)
        if label != str(value):
            assert line.endswith(f"  # {' '.join(label.split())}"), line


def test_the_comments_are_in_the_file_s_language(kb: KnowledgeBase, tmp_path: Path) -> None:
    session = IntakeSession(kb, "deelnemer", {"fase": "idee", "ervaring": True})
    out = tmp_path / "a.yaml"
    AnswersFile(out, kb, "en").write(session, "Proef")
    text = out.read_text("utf-8")
    assert "  # What stage is the cooperation in?" in text
    assert "  fase: idee  # " + kb.questions["fase"].choices[0].label.en in text
    assert "ervaring: true  # Yes" in text
    assert "role: deelnemer  # participant" in text
    assert load_project(out, kb).answers == {"fase": "idee", "ervaring": True}


def test_notes_are_kept_below_the_answers(kb: KnowledgeBase, tmp_path: Path) -> None:
    session = IntakeSession(kb, "deelnemer", {"fase": "idee"}, {"fase": "zie: verslag #3"})
    out = tmp_path / "a.yaml"
    AnswersFile(out, kb, "nl").write(session, "Naam: met dubbele punt # en hekje")
    project = load_project(out, kb)
    assert project.notes == {"fase": "zie: verslag #3"}
    assert project.name == "Naam: met dubbele punt # en hekje"
