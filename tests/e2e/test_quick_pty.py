"""``clusteradvies intake --snel`` in a real pseudo-terminal: a quick scan answered as a shipped
example's file would answer it, ``?`` on the choice of question, and ``--resume`` into the
full intake."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pexpect
import pytest

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.project.model import load_project
from clusteradvies.project.questionnaire import is_unknown
from tests.conftest import EXAMPLES
from tests.e2e.test_intake_pty import PROMPT, SUMMARY, advise_output, finish, plain, spawn

pytestmark = pytest.mark.e2e


def asked_question(kb: KnowledgeBase, screen_text: str) -> str:
    """The question on the screen since the last answer (Rich wraps long prompts)."""
    flat = " ".join(plain(screen_text).split())
    found = [q.id for q in kb.questions.values() if " ".join(q.prompt.nl.split()) in flat]
    assert found, f"no question of the knowledge on the screen: {flat[-300:]!r}"
    return max(found, key=lambda q: len(kb.questions[q].prompt.nl))


def typed(kb: KnowledgeBase, question_id: str, value: Any) -> str:
    """What a person types for an answer in the file."""
    ids = [c.id for c in kb.questions[question_id].choices]
    if is_unknown(value):
        return "weet niet"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list):
        return ",".join(str(ids.index(v) + 1) for v in value)
    if isinstance(value, str):
        return str(ids.index(value) + 1)
    return str(value)


@pytest.mark.parametrize("example", ["tris.yaml", "sales-in-de-bouw.yaml"])
def test_a_quick_scan_of_an_example_reaches_the_diagnosis_in_at_most_15_questions(
    tmp_path: Path, kb: KnowledgeBase, example: str
) -> None:
    project = load_project(EXAMPLES / example, kb)
    out = tmp_path / "scan.yaml"
    child = spawn(
        "intake", "--snel", "--name", project.name, "--role", project.role,
        "--answers-out", str(out), cwd=tmp_path, no_color=True,
    )  # fmt: skip
    asked: list[str] = []
    while child.expect([PROMPT, SUMMARY]) == 0:
        question_id = asked_question(kb, child.before)
        asked.append(question_id)
        child.sendline(typed(kb, question_id, project.answers.get(question_id, "weet_niet")))
    assert 1 <= len(asked) <= 15
    assert len(set(asked)) == len(asked)
    screen_text = plain(child.before)
    assert re.search(r"Snelle scan klaar", screen_text)
    diagnosis = finish(child)
    saved = load_project(out, kb)
    assert list(saved.answers) == [q for q in kb.question_order if q in asked]
    assert advise_output(out, tmp_path) in diagnosis
    assert "vragen overgeslagen" in diagnosis or "vragen overgeslagen" in plain(child.before)


def test_why_says_what_the_chosen_question_can_change(tmp_path: Path) -> None:
    child = spawn("intake", "--snel", "--name", "X", "--role", "deelnemer", cwd=tmp_path)
    child.expect("vraag 1 van hoogstens 15")
    child.expect("gereedheid nu 0–100")
    child.expect(PROMPT)
    child.sendline("?")
    child.expect("Waarom deze vraag\\?")
    child.expect("Waarom nu: van de open vragen kan het antwoord hierop de diagnose het meest")
    child.expect("(Een antwoord kan dit in de top-5 brengen:|Het bereik kan smaller worden)")
    child.expect(PROMPT)
    child.sendline("stop")
    child.expect("Gestopt; er is nog niets bewaard|Gestopt; 0 antwoorden bewaard")
    child.expect("clusteradvies intake --snel --resume")
    child.expect(pexpect.EOF)


def test_resume_continues_a_quick_scan_into_the_full_intake(
    tmp_path: Path, kb: KnowledgeBase
) -> None:
    out = tmp_path / "scan.yaml"
    child = spawn(
        "intake", "--quick", "--max-questions", "3", "--name", "X", "--role", "deelnemer",
        "--answers-out", str(out), "--lang", "en", cwd=tmp_path, no_color=True,
    )  # fmt: skip
    for number in (1, 2, 3):
        child.expect(f"question {number} of at most 3")
        child.expect(PROMPT)
        child.sendline("1")
    child.expect("Quick scan done: the maximum of 3 questions is reached.")
    child.expect("Enter for the diagnosis: ")
    diagnosis = finish(child)
    assert "questions skipped (" in diagnosis
    command = f"The rest in the usual order: clusteradvies intake --resume {out}"
    assert command in " ".join(diagnosis.split())
    first_three = list(load_project(out, kb).answers)
    assert len(first_three) == 3

    again = spawn("intake", "--resume", str(out), cwd=tmp_path, no_color=True)
    again.expect("X: 3 answers given")
    # The full intake asks what the scan skipped, in the questionnaire's own order.
    again.expect(PROMPT)
    skipped = [q for q in kb.question_order if q not in first_three]
    assert " ".join(kb.questions[skipped[0]].prompt.en.split()) in " ".join(
        plain(again.before).split()
    )
    again.sendline("stop")
    again.expect(pexpect.EOF)
