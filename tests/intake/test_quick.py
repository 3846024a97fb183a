"""The quick scan's session: the most decisive question next, never one that does not apply,
at most ``cap`` answers, and a stop that keeps its promise."""

from __future__ import annotations

from pathlib import Path

import pytest

from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.diagnosis.decisive import answer_values
from clusteradvies.intake.quick import CAP, QuickSession
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import NOT_ASKED, questions_read
from clusteradvies.project.model import Project, load_project
from clusteradvies.project.questionnaire import resolve
from tests.conftest import EXAMPLES

ROOT = Path(__file__).resolve().parents[2]
EVALUATION = ROOT / "evaluation" / "projects"


def scan(kb: KnowledgeBase, project: Project, cap: int = CAP) -> QuickSession:
    """A quick scan answered as the project file would (``weet niet`` where it is silent)."""
    session = QuickSession(kb, project.role, cap=cap)
    while session.current is not None:
        session.record(project.answers.get(session.current, "weet_niet"))
    return session


def test_a_quick_scan_asks_at_most_its_cap(kb: KnowledgeBase) -> None:
    project = load_project(EXAMPLES / "portnet.yaml", kb)
    session = scan(kb, project, cap=7)
    assert len(session.given()) <= 7
    assert session.ending in ("cap", "settled")
    assert len(session.asked) == len(session.given())


def test_it_never_asks_a_question_that_does_not_apply(kb: KnowledgeBase) -> None:
    for name in ("gemeente-regeling.yaml", "portnet.yaml", "klict-keten.yaml"):
        project = load_project(EXAMPLES / name, kb)
        session = QuickSession(kb, project.role, cap=8)
        while session.current is not None:
            resolved = resolve(kb, session.given(), project.role)
            assert resolved[session.current] != NOT_ASKED, (name, session.current)
            session.record(project.answers.get(session.current, "weet_niet"))


def test_a_follow_up_question_comes_after_the_question_it_follows(kb: KnowledgeBase) -> None:
    project = load_project(EXAMPLES / "gemeente-regeling.yaml", kb)
    session = scan(kb, project, cap=20)
    for position, question_id in enumerate(session.asked):
        when = kb.questions[question_id].when
        if when is None:
            continue
        for parent in questions_read(when):
            assert parent in session.asked[:position], (question_id, parent)


def test_settled_means_no_single_answer_changes_the_top_or_the_band(
    kb: KnowledgeBase, advisor: Advisor
) -> None:
    """Checked against ``advise`` itself: every answer to every skipped question."""
    settled = 0
    for path in sorted(EVALUATION.glob("*.yaml")):
        project = load_project(path, kb)
        session = scan(kb, project, cap=30)
        if session.ending != "settled":
            continue
        settled += 1
        given = session.given()
        now = advisor.diagnose(project.model_copy(update={"answers": given}))
        top = {a.id for a in now.advice[:5]}
        for question_id in session.open_questions():
            for value in answer_values(kb, kb.questions[question_id]):
                answers = {**given, question_id: value}
                then = advisor.diagnose(project.model_copy(update={"answers": answers}))
                assert {a.id for a in then.advice[:5]} == top, (path.name, question_id, value)
                assert then.band == now.band, (path.name, question_id, value)
        break
    assert settled, "no evaluation project settles before its questions run out"


def test_back_walks_the_questions_in_the_order_asked(kb: KnowledgeBase) -> None:
    project = load_project(EXAMPLES / "trek.yaml", kb)
    session = QuickSession(kb, project.role, cap=5)
    first = session.current
    assert first is not None
    session.record(project.answers.get(first, "weet_niet"))
    second = session.current
    assert second is not None and second != first
    assert session.back() and session.current == first
    session.record(project.answers.get(first, "weet_niet"))  # Enter keeps it
    assert session.current == second


def test_what_it_skipped_is_said_per_category_with_the_command_to_ask_it(
    kb: KnowledgeBase,
) -> None:
    project = load_project(EXAMPLES / "portnet.yaml", kb)
    session = scan(kb, project, cap=5)
    line = session.skipped_line("clusteradvies intake --resume x.yaml", "nl")
    assert line is not None
    assert line.startswith(f"{len(session.skipped())} vragen overgeslagen (")
    assert line.endswith("clusteradvies intake --resume x.yaml")
    assert session.stop_reason("nl") == "Snelle scan klaar: het maximum van 5 vragen is bereikt."


@pytest.mark.parametrize("cap", [1, 3])
def test_a_resumed_quick_scan_counts_the_answers_already_given(kb: KnowledgeBase, cap: int) -> None:
    project = load_project(EXAMPLES / "tris.yaml", kb)
    done = scan(kb, project, cap=cap)
    again = QuickSession(kb, project.role, done.given(), cap=cap)
    assert again.current is None and again.ending == "cap"


def test_the_clis_default_cap_is_the_quick_scans() -> None:
    from clusteradvies.cli.intake_options import QUICK_CAP

    assert QUICK_CAP == CAP


def test_a_question_that_opens_the_way_to_a_decisive_follow_up_is_asked(
    kb: KnowledgeBase,
) -> None:
    """Whether a subsidy is involved changes little by itself, but decides whether the
    questions on the scheme are asked at all: for a government designing a scheme the scan
    asks it first, and says why."""
    from rich.console import Console

    from clusteradvies.intake.view import choice_block

    project = load_project(EXAMPLES / "gemeente-regeling.yaml", kb)
    session = QuickSession(kb, project.role, cap=1)
    question = session.current
    assert question is not None
    effect = session.why_now(question)
    assert effect is not None and effect.opens
    for follow_up in effect.opens:
        assert question in questions_read(kb.questions[follow_up].when)
    console = Console(width=80, record=True)
    console.print(choice_block(effect, kb, (10, 90), "zwak tot sterk", "nl"))
    shown = " ".join(console.export_text().split())
    assert "Het antwoord kan de weg openen naar een vervolgvraag" in shown
    assert " ".join(kb.questions[effect.opens[0]].prompt.nl.split()) in shown


def test_a_change_from_the_summary_asks_only_what_is_still_to_ask(kb: KnowledgeBase) -> None:
    project = load_project(EXAMPLES / "trek.yaml", kb)
    session = scan(kb, project, cap=4)
    assert session.current is None and len(session.asked) == 4
    session.edit(session.asked[0])
    session.record(project.answers.get(session.asked[0], "weet_niet"))
    assert session.current is None  # not the three asked after it again
