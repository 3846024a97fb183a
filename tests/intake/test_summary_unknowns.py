"""The summary names the "weet niet" answers worth finding out first, checked against ``advise``."""

from __future__ import annotations

import io

from rich.console import Console

from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.diagnosis.decisive import answer_values
from clusteradvies.intake.session import IntakeSession
from clusteradvies.intake.summary import SHOWN_UNKNOWNS, unknowns_block
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.project.model import Project, load_project
from tests.conftest import EXAMPLES
from tests.intake.test_dialogue import dialogue


def _changes(advisor: Advisor, project: Project, question: str, kb: KnowledgeBase) -> bool:
    """Whether some answer to ``question`` changes ``advise``'s top five or band."""
    now = advisor.diagnose(project)
    top = [a.id for a in now.advice[:5]]
    for value in answer_values(kb, kb.questions[question]):
        answers = {**project.answers, question: value}
        then = advisor.diagnose(project.model_copy(update={"answers": answers}))
        if {a.id for a in then.advice[:5]} != set(top) or then.band != now.band:
            return True
    return False


def test_the_unknowns_it_names_can_change_the_advice_and_the_others_cannot(
    kb: KnowledgeBase, advisor: Advisor
) -> None:
    project = load_project(EXAMPLES / "tris.yaml", kb)
    session = IntakeSession(kb, project.role, project.answers)
    project = project.model_copy(update={"answers": session.given()})
    unknown = [q for q, v in session.given().items() if v == "weet_niet"]
    named = [e.question for e in session.unknown_effects()]
    assert named, "tris leaves answers open that matter"
    assert set(named) < set(unknown)
    for question in unknown:
        assert _changes(advisor, project, question, kb) == (question in named), question


def test_the_most_decisive_unknown_comes_first(kb: KnowledgeBase) -> None:
    project = load_project(EXAMPLES / "portnet.yaml", kb)
    effects = IntakeSession(kb, project.role, project.answers).unknown_effects()
    scores = [e.score for e in effects]
    assert scores == sorted(scores, reverse=True)


def test_the_summary_shows_them_with_the_number_that_answers_them(kb: KnowledgeBase) -> None:
    project = load_project(EXAMPLES / "tris.yaml", kb)
    answers = {**project.answers, "initiatiefnemer": "weet_niet"}
    talk, asker, _ = dialogue(kb, [""], role=project.role, answers=answers)
    talk.run()
    screen = " ".join(asker.screen.split())
    assert "Deze ‘weet niet’-antwoorden maken het meeste uit:" in screen
    given = list(talk.session.given())
    first = talk.session.unknown_effects()[0].question
    prompt = " ".join(kb.questions[first].prompt.nl.split())
    assert f"{given.index(first) + 1} {prompt} — kan de top-5 veranderen" in screen
    assert "typ het nummer om alsnog te antwoorden" in screen


def test_answering_one_from_the_summary_takes_its_number(kb: KnowledgeBase) -> None:
    project = load_project(EXAMPLES / "tris.yaml", kb)
    answers = {**project.answers, "initiatiefnemer": "weet_niet"}
    session = IntakeSession(kb, project.role, answers)
    first = session.unknown_effects()[0].question
    number = list(session.given()).index(first) + 1
    question = kb.questions[first]
    typed = "1" if question.type != "number" else str(question.min or 0)
    talk, _, _ = dialogue(kb, [str(number), typed, ""], role=project.role, answers=answers)
    talk.run()
    assert talk.session.given()[first] != "weet_niet"


def _shown(block: object) -> str:
    console = Console(width=200, record=True, no_color=True, file=io.StringIO())
    console.print(block)
    return " ".join(console.export_text().split())


def test_when_no_unknown_matters_any_more_it_says_so(kb: KnowledgeBase) -> None:
    answers = {"fase": "weet_niet", "aantal_deelnemers": "weet_niet"}
    assert "(2) kunnen de top-5 en de band niet meer veranderen" in _shown(
        unknowns_block(kb, answers, [], "nl")
    )
    english = _shown(unknowns_block(kb, answers, [], "en"))
    assert "Your ‘don't know’ answers (2) can no longer change the top 5 or the band" in english


def test_it_names_a_few_and_counts_the_rest(kb: KnowledgeBase) -> None:
    project = load_project(EXAMPLES / "digikring-het-gooi.yaml", kb)
    session = IntakeSession(kb, project.role, project.answers)
    effects = session.unknown_effects()
    assert len(effects) > SHOWN_UNKNOWNS
    shown = _shown(unknowns_block(kb, session.given(), effects, "en"))
    assert shown.count("can change the") >= SHOWN_UNKNOWNS
    assert f"and {len(effects) - SHOWN_UNKNOWNS} more that can change the top 5" in shown
