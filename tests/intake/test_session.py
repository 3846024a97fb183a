"""``IntakeSession``: which question comes next, going back, progress, what gets written."""

from __future__ import annotations

from pathlib import Path

import pytest

from clusteradvies.intake.session import IntakeSession, Progress
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.models import ROLES
from clusteradvies.project.model import load_project
from clusteradvies.project.questionnaire import UNKNOWN_WORD
from tests.conftest import EXAMPLES, ROOT

PROJECTS = sorted(EXAMPLES.glob("*.yaml")) + sorted(
    (ROOT / "evaluation" / "projects").glob("*.yaml")
)

FIRST = ["fase", "doel", "partners", "aantal_bedrijven", "bedrijfsgrootte"]


def answer_first(session: IntakeSession, *values: object) -> None:
    for value in values:
        session.record(value)


def test_questions_come_in_knowledge_order(kb: KnowledgeBase) -> None:
    session = IntakeSession(kb, "deelnemer")
    asked = []
    for value in ("idee", "marketing", ["branchegenoten"], 4):
        asked.append(session.current)
        session.record(value)
    asked.append(session.current)
    assert asked == FIRST == kb.question_order[:5]


@pytest.mark.parametrize(
    ("size", "asks_about_influence"),
    [("met_groot", True), ("weet_niet", True), ("mkb", False), ("alleen_klein", False)],
)
def test_a_question_is_skipped_only_when_its_when_is_false(
    kb: KnowledgeBase, size: str, asks_about_influence: bool
) -> None:
    session = IntakeSession(kb, "deelnemer")
    answer_first(session, "idee", "marketing", ["ketenpartners"], 4, size)
    assert (session.current == "invloed_groot") is asks_about_influence
    assert session.current == ("invloed_groot" if asks_about_influence else "netwerk")


def test_each_role_is_asked_what_the_report_addresses_to_it(kb: KnowledgeBase) -> None:
    asked = {role: set(IntakeSession(kb, role).applicable()) for role in ROLES}
    assert "marktfalen" in asked["overheid"]
    assert "marktfalen" not in asked["programma"] | asked["deelnemer"] | asked["coordinator"]
    # whoever designs a scheme is asked about it, with or without a subsidy of their own
    assert {"regeling", "overlap_regelingen"} <= asked["programma"] & asked["overheid"]
    assert "overlap_regelingen" not in asked["deelnemer"] | asked["coordinator"]
    # who started it: a government answering for itself says so under its own role
    assert "initiatiefnemer" in asked["deelnemer"] & asked["programma"]
    assert "initiatiefnemer" not in asked["overheid"]
    assert asked["deelnemer"] - {"initiatiefnemer"} < asked["overheid"]


def test_progress_counts_what_still_applies_and_says_when_it_may_change(
    kb: KnowledgeBase,
) -> None:
    session = IntakeSession(kb, "deelnemer")
    start = session.progress()
    assert (start.number, start.exact) == (1, False)
    # between the questions that must be asked and all that still may be
    assert len(session.applicable()) // 2 < start.total < len(session.applicable())
    answer_first(session, "idee", "marketing", ["ketenpartners"], 4, "mkb")
    after = session.progress()
    assert after.number == 6
    # invloed_groot dropped out; the partners answer settled the competitor questions
    assert after.total < start.total
    applicable = IntakeSession(kb, "deelnemer").applicable()
    last = IntakeSession(kb, "deelnemer", {q: "weet_niet" for q in applicable[:-1]})
    assert last.current == applicable[-1]
    assert last.progress() == Progress(len(applicable), len(applicable), exact=True)


def test_back_keeps_answers_and_walks_forward_through_them_again(kb: KnowledgeBase) -> None:
    session = IntakeSession(kb, "deelnemer")
    answer_first(session, "idee", "marketing", ["ketenpartners"])
    assert session.current == "aantal_bedrijven"
    assert session.back() and session.current == "partners"
    assert session.back() and session.current == "doel"
    assert session.answers["doel"] == "marketing" and session.answers["partners"]
    session.record("platform")
    assert session.current == "partners"  # shown again, not skipped
    session.record(["ketenpartners"])
    assert session.current == "aantal_bedrijven"  # back where we were
    assert session.answers["doel"] == "platform"


def test_back_at_the_first_question_stays_there(kb: KnowledgeBase) -> None:
    session = IntakeSession(kb, "deelnemer")
    assert not session.back()
    assert session.current == "fase"


def test_prefilled_answers_are_skipped(kb: KnowledgeBase) -> None:
    given = {q: "weet_niet" for q in kb.question_order if q not in ("doel", "horizon")}
    session = IntakeSession(kb, "deelnemer", given)
    assert session.current == "doel"
    session.record("marketing")
    assert session.current == "horizon"
    session.record("weet_niet")
    assert session.current is None and session.complete


def test_back_after_the_end_goes_to_the_last_question(kb: KnowledgeBase) -> None:
    every = {q: "weet_niet" for q in kb.question_order}
    session = IntakeSession(kb, "deelnemer", every)
    assert session.current is None
    assert session.back()
    assert session.current == session.applicable()[-1]
    session.record("weet_niet")
    assert session.current is None


def test_an_answer_that_stops_applying_is_kept_but_not_written(kb: KnowledgeBase) -> None:
    session = IntakeSession(kb, "deelnemer")
    answer_first(session, "idee", "marketing", ["ketenpartners"], 4, "met_groot", "afgesproken")
    assert session.given()["invloed_groot"] == "afgesproken"
    session.edit("bedrijfsgrootte")
    session.record("mkb")
    assert "invloed_groot" not in session.given()
    session.edit("bedrijfsgrootte")
    session.record("met_groot")
    assert session.given()["invloed_groot"] == "afgesproken"


def test_after_an_edit_only_newly_applicable_questions_are_asked(kb: KnowledgeBase) -> None:
    every = {q: "weet_niet" for q in kb.question_order}
    every["bedrijfsgrootte"] = "mkb"
    del every["invloed_groot"]
    session = IntakeSession(kb, "deelnemer", every)
    assert session.complete
    session.edit("bedrijfsgrootte")
    session.record("met_groot")
    assert session.current == "invloed_groot"
    session.record("niet_geregeld")
    assert session.current is None


def test_unknown_spellings_from_files_become_weet_niet(kb: KnowledgeBase) -> None:
    session = IntakeSession(kb, "deelnemer", {"fase": "unknown", "doel": "weet niet"})
    assert session.given() == {"fase": "weet_niet", "doel": "weet_niet"}


def test_the_project_holds_name_role_language_and_the_given_answers(kb: KnowledgeBase) -> None:
    session = IntakeSession(kb, "coordinator", {"fase": "idee", "marktfalen": "geen"})
    session.note("fase", "  note ")
    project = session.project("Proef", "en")
    assert (project.name, project.role, project.language) == ("Proef", "coordinator", "en")
    assert project.answers == {"fase": "idee"}  # marktfalen is for government only
    assert project.notes == {"fase": "note"}


def test_recording_after_the_end_is_a_programming_error(kb: KnowledgeBase) -> None:
    session = IntakeSession(kb, "deelnemer", {q: "weet_niet" for q in kb.question_order})
    with pytest.raises(ValueError, match="every question is answered"):
        session.record("idee")


@pytest.mark.parametrize("path", PROJECTS, ids=lambda p: p.stem)
def test_the_progress_estimate_is_within_a_tenth_of_what_is_asked(
    kb: KnowledgeBase, path: Path
) -> None:
    """Replaying a real project's answers, "vraag 12 van ~N" never misleads by more than 10%."""
    project = load_project(path, kb, str(path))
    session = IntakeSession(kb, project.role)
    estimates = []
    while session.current is not None:
        estimates.append(session.progress().total)
        session.record(project.answers.get(session.current, UNKNOWN_WORD))
    asked = len(estimates)
    assert all(abs(e - asked) <= asked / 10 for e in estimates), (asked, estimates[:3])
