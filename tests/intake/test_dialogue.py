"""The intake conversation through an injected asker: special words, invalid input, summary."""

from __future__ import annotations

from typing import Any

import pytest

from clusteradvies.intake.dialogue import Dialogue, Stopped, ask_name, ask_role
from clusteradvies.intake.session import IntakeSession
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import AnswerTest, leaves
from clusteradvies.project.model import Project
from tests.intake.scripted import ScriptedAsker, typed_answers


def dialogue(
    kb: KnowledgeBase,
    lines: list[str],
    lang: str = "nl",
    role: str = "deelnemer",
    answers: dict[str, Any] | None = None,
) -> tuple[Dialogue, ScriptedAsker, list[dict[str, Any]]]:
    asker = ScriptedAsker(lines)
    session = IntakeSession(kb, role, answers)
    saved: list[dict[str, Any]] = []
    talk = Dialogue(session, asker, lang, lambda name: saved.append(session.given()), "Proef")
    return talk, asker, saved


def test_a_full_conversation_gives_the_projects_answers(
    kb: KnowledgeBase, portnet: Project
) -> None:
    lines = [*typed_answers(kb, portnet.answers, portnet.role), ""]
    talk, asker, saved = dialogue(kb, lines, role=portnet.role)
    talk.run()
    expected = {q: portnet.answers.get(q, "weet_niet") for q in talk.session.applicable()}
    assert talk.session.given() == expected
    assert len(saved) == len(expected)  # saved after every single answer
    assert saved[0] == {"fase": portnet.answers["fase"]}
    assert not asker.lines  # the summary's Enter ended it, nothing left unread


def test_progress_and_section_head_every_question(kb: KnowledgeBase) -> None:
    talk, asker, _ = dialogue(kb, ["1", "1"])
    with pytest.raises(EOFError):
        talk.run()
    assert "Keuze van de deelnemers · vraag 1 van ~" in asker.screen
    assert "Keuze van de deelnemers · vraag 2 van ~" in asker.screen
    assert "   1 Idee — we verkennen of samenwerken zin heeft" in asker.screen
    assert asker.prompts[0] == "Antwoord (1–4): "


@pytest.mark.parametrize("word", ["?", "waarom", "why", "WHY", " Waarom "])
def test_why_explains_help_factors_sections_and_rules(kb: KnowledgeBase, word: str) -> None:
    talk, asker, saved = dialogue(kb, ["1", word, word])
    with pytest.raises(EOFError):
        talk.run()
    screen = asker.screen
    assert screen.count("Waarom deze vraag?") == 2
    assert kb.questions["doel"].help.nl[:40] in screen.replace("\n", " ")
    assert "Weegt mee in: Intensieve samenwerking" in screen
    assert "In het rapport:" in screen and "2.1 — Definities" in screen
    assert "Wat dit antwoord kan betekenen:" in screen
    assert "typ nog eens ? om alles te zien." in screen
    readers = [
        rule
        for rule in kb.rules.values()
        if any(isinstance(t, AnswerTest) and t.answer == "doel" for t in leaves(rule.when))
    ]
    flat = " ".join(screen.split())
    assert not any(rule.id in flat for rule in readers)  # their meaning, never their ids
    first_why, second_why = (
        " ".join(part.split()) for part in flat.split("Waarom deze vraag?")[1:]
    )
    last = readers[-1].rationale.nl
    assert last not in first_why  # the first ? shows only a few rules
    assert readers[0].rationale.nl in first_why and last in second_why
    assert saved == [{"fase": "idee"}]  # asking why answers nothing
    # after each explanation the question and its choices are shown again, above the prompt
    assert screen.count("Wat is het belangrijkste doel") == 3
    assert screen.endswith("6 Een gedeelde voorziening of platform bouwen\nAntwoord (1–6):")


def test_why_works_in_english_with_dutch_words_too(kb: KnowledgeBase) -> None:
    talk, asker, _ = dialogue(kb, ["waarom"], lang="en")
    with pytest.raises(EOFError):
        talk.run()
    assert "Why this question?" in asker.screen and "Bears on:" in asker.screen
    assert "What stage is the cooperation in?" in asker.screen


def test_invalid_input_is_explained_in_one_line_and_asked_again(kb: KnowledgeBase) -> None:
    talk, asker, saved = dialogue(kb, ["9", "soms", "2"])
    with pytest.raises(EOFError):
        talk.run()
    assert "'9' is geen keuze; typ een nummer van 1 tot 4.\n" in asker.screen
    assert "'soms' is geen keuze; typ een nummer van 1 tot 4.\n" in asker.screen
    assert asker.screen.count("In welke fase is de samenwerking?") == 1  # only the prompt again
    assert asker.prompts[:3] == ["Antwoord (1–4): "] * 3
    assert saved == [{"fase": "voorbereiding"}]


@pytest.mark.parametrize("word", ["terug", "back", "Terug"])
def test_back_shows_the_previous_question_with_its_answer_kept(
    kb: KnowledgeBase, word: str
) -> None:
    talk, asker, saved = dialogue(kb, ["3", "1", word, "", "2"])
    with pytest.raises(EOFError):
        talk.run()
    assert "Nu: 1 — Gezamenlijke marketing" in asker.screen
    assert talk.session.answers == {
        "fase": "gestart",
        "doel": "marketing",
        "partners": ["ketenpartners"],
    }
    assert asker.screen.count("Wat is het belangrijkste doel") == 2
    assert len(saved) == 4  # Enter on the kept answer saves too


def test_back_at_the_first_question_says_so(kb: KnowledgeBase) -> None:
    talk, asker, _ = dialogue(kb, ["terug"])
    with pytest.raises(EOFError):
        talk.run()
    assert "Dit is de eerste vraag." in asker.screen


@pytest.mark.parametrize("word", ["weet niet", "unknown", "Weet Niet", "weet_niet"])
def test_unknown_is_stored_as_weet_niet(kb: KnowledgeBase, word: str) -> None:
    talk, _, saved = dialogue(kb, [word])
    with pytest.raises(EOFError):
        talk.run()
    assert saved == [{"fase": "weet_niet"}]


@pytest.mark.parametrize(
    ("lang", "refused", "told"),
    [
        (
            "nl",
            "niet 3",
            "'niet 3' zegt alleen iets als de rest onbekend is: typ er weet niet bij, dus "
            "'niet 3, weet niet'.",
        ),
        (
            "en",
            "not 3",
            "'not 3' only says something when the rest is unknown: add unknown, so "
            "'not 3, unknown'.",
        ),
    ],
)
def test_ruling_a_choice_out_without_the_rest_unknown_is_explained_in_the_users_words(
    kb: KnowledgeBase, lang: str, refused: str, told: str
) -> None:
    unknown = "weet niet" if lang == "nl" else "unknown"
    talk, asker, saved = dialogue(kb, ["1", "1", refused, f"{refused}, {unknown}"], lang=lang)
    with pytest.raises(EOFError):
        talk.run()
    assert told in " ".join(asker.screen.split())
    assert "niet_" not in asker.screen and "beside" not in asker.screen
    assert saved[-1]["partners"] == ["weet_niet", "niet_andere_branches"]


def test_stop_leaves_with_what_was_saved(kb: KnowledgeBase) -> None:
    talk, _, saved = dialogue(kb, ["1", "2", "stop", "1"])
    with pytest.raises(Stopped):
        talk.run()
    assert saved[-1] == {"fase": "idee", "doel": "inkoop_logistiek"}


def test_the_summary_lets_one_answer_be_changed(kb: KnowledgeBase) -> None:
    every = {q: "weet_niet" for q in kb.question_order}
    talk, asker, saved = dialogue(kb, ["1", "3", "", ""], answers=every)
    talk.run()
    screen = asker.screen
    assert screen.count("Je antwoorden") == 1  # the whole list once; then what changed
    assert "Keuze van de deelnemers" in screen and "weet niet" in screen
    assert "Nu: weet niet (Enter houdt dit)" in screen
    assert "1 In welke fase is de samenwerking?: weet niet → Gestart" in screen
    prompt = "Nummer om te wijzigen, n naam, r rol, l lijst; Enter voor de diagnose: "
    assert asker.prompts[0] == prompt
    assert talk.session.given()["fase"] == "gestart"
    assert saved == [talk.session.given()]


def test_a_change_in_the_summary_asks_what_it_makes_relevant(kb: KnowledgeBase) -> None:
    every = {q: "weet_niet" for q in kb.question_order if q != "invloed_groot"}
    every["bedrijfsgrootte"] = "mkb"
    talk, asker, _ = dialogue(kb, ["5", "3", "2", ""], answers=every)
    talk.run()
    number = list(talk.session.given()).index("bedrijfsgrootte") + 1
    assert number == 5
    assert talk.session.given()["invloed_groot"] == "niet_geregeld"
    assert "Hoe is de invloed van het grote bedrijf geregeld?" in asker.screen


@pytest.mark.parametrize("typed", ["0", "999", "fase"])
def test_the_summary_explains_a_wrong_number(kb: KnowledgeBase, typed: str) -> None:
    every = {q: "weet_niet" for q in kb.question_order}
    talk, asker, _ = dialogue(kb, [typed, ""], answers=every)
    talk.run()
    n = len(talk.session.given())
    assert f"Typ een nummer van 1 tot {n}, n, r of l, of Enter voor de diagnose." in asker.screen


def test_back_from_the_summary_goes_to_the_last_question(kb: KnowledgeBase) -> None:
    every = {q: "weet_niet" for q in kb.question_order}
    talk, asker, _ = dialogue(kb, ["terug", "", ""], answers=every)
    talk.run()
    last = kb.questions[talk.session.applicable()[-1]]
    assert last.prompt.nl in asker.screen
    assert asker.screen.count("Je antwoorden") == 1
    assert asker.screen.rstrip().splitlines()[-2] == "Niets gewijzigd."


def test_the_name_is_required(kb: KnowledgeBase) -> None:
    asker = ScriptedAsker(["", "?", "  Proef  "])
    assert ask_name(asker, "nl") == "Proef"
    assert "Typ een naam." in asker.screen and "boven de diagnose" in asker.screen


@pytest.mark.parametrize(
    ("typed", "role"),
    [
        ("", "deelnemer"),
        ("2", "coordinator"),
        ("government", "overheid"),
        ("Coördinator", "coordinator"),
        ("overheid", "overheid"),
    ],
)
def test_the_role_is_asked_like_a_choice(typed: str, role: str, kb: KnowledgeBase) -> None:
    assert ask_role(ScriptedAsker([typed]), kb, "nl") == role


def test_the_role_cannot_be_unknown(kb: KnowledgeBase) -> None:
    asker = ScriptedAsker(["weet niet", "terug", "?", "1"])
    assert ask_role(asker, kb, "en") == "deelnemer"
    assert "Choose a role; it is needed." in asker.screen
    assert "This is the first question." in asker.screen
    assert "lessons on programmes" in asker.screen


def test_stop_before_the_questions(kb: KnowledgeBase) -> None:
    with pytest.raises(Stopped):
        ask_name(ScriptedAsker(["stop"]), "nl")
    with pytest.raises(Stopped):
        ask_role(ScriptedAsker(["stop"]), kb, "nl")


@pytest.mark.parametrize(("typed", "value"), [("1", True), ("2", False), ("ja", True)])
def test_a_yes_no_question_takes_its_number_or_the_word(
    kb: KnowledgeBase, typed: str, value: bool
) -> None:
    target = next(q for q in kb.question_order if kb.questions[q].type == "yesno")
    others = {q: "weet_niet" for q in kb.question_order if q != target}
    talk, asker, _ = dialogue(kb, [typed, ""], answers=others)
    talk.run()
    assert talk.session.answers[target] is value
    assert asker.prompts[0] == "Antwoord (1–2 of ja/nee): "


def test_a_note_goes_with_the_answer(kb: KnowledgeBase) -> None:
    talk, asker, _ = dialogue(kb, ["notitie", "Besproken op 3 maart.", "1", "terug"])
    with pytest.raises(EOFError):
        talk.run()
    assert talk.session.notes == {"fase": "Besproken op 3 maart."}
    assert "Toelichting bewaard." in asker.screen
    assert asker.prompts[1].startswith("Toelichting bij deze vraag")
    assert asker.screen.rstrip().splitlines()[-2] == "✎ Besproken op 3 maart."  # shown again


@pytest.mark.parametrize(
    ("lines", "notes"),
    [
        (["note see the minutes", "1"], {"fase": "see the minutes"}),
        (["notitie eerste", "notitie -", "1"], {}),
        (["notitie eerste", "notitie", "", "1"], {"fase": "eerste"}),  # Enter keeps it
    ],
)
def test_a_note_can_be_typed_at_once_removed_or_kept(
    kb: KnowledgeBase, lines: list[str], notes: dict[str, str]
) -> None:
    talk, _, _ = dialogue(kb, lines)
    with pytest.raises(EOFError):
        talk.run()
    assert talk.session.notes == notes
    assert talk.session.answers["fase"] == "idee"


def test_the_summary_changes_the_name_and_shows_the_list_again(kb: KnowledgeBase) -> None:
    every = {q: "weet_niet" for q in kb.question_order}
    names: list[str] = []
    asker = ScriptedAsker(["n", "", "n", "Nieuwe naam", "l", ""])
    session = IntakeSession(kb, "deelnemer", every)
    talk = Dialogue(session, asker, "nl", names.append, "Oude naam")
    talk.run()
    assert talk.name == "Nieuwe naam" and names == ["Oude naam", "Nieuwe naam"]
    assert asker.prompts[1] == "Naam van de samenwerking (Enter houdt 'Oude naam'): "
    assert asker.screen.count("Je antwoorden") == 2  # once, and once more on 'l'


def test_the_summary_changes_the_role_and_asks_what_it_brings(kb: KnowledgeBase) -> None:
    applies = IntakeSession(kb, "deelnemer").applicable()
    every = {q: "weet_niet" for q in kb.question_order if q in applies}
    typed = ["r", "3", *["weet niet"] * 40]
    talk, asker, _ = dialogue(kb, typed, answers=every)
    with pytest.raises(EOFError):
        talk.run()
    assert talk.session.role == "overheid"
    government = [q for q in talk.session.applicable() if q not in applies]
    assert government and all(q in talk.session.answers for q in government)
    # a long prompt wraps on the screen
    assert " ".join(kb.questions[government[0]].prompt.nl.split()) in " ".join(asker.screen.split())
