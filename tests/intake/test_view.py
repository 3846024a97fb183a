"""What the intake shows: prompts with what may be typed, headings, the summary at 80 columns."""

from __future__ import annotations

import io
from typing import Any

import pytest
from rich.console import Console

from clusteradvies.intake.session import Progress
from clusteradvies.intake.summary import summary_table
from clusteradvies.intake.view import heading, prompt_text, question_block
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.models import Choice, Question, Text


def _question(kind: str, default: Any = None) -> Question:
    return Question(
        id="proef",
        category="deelnemers",
        type=kind,  # type: ignore[arg-type]
        prompt=Text(nl="Vraag?", en="Question?"),
        help=Text(nl="-", en="-"),
        choices=[Choice(id=i, label=Text(nl=i, en=i)) for i in ("een", "twee", "drie")]
        if kind in ("choice", "multi")
        else [],
        min=2 if kind == "integer" else None,
        max=40 if kind == "integer" else None,
        default=default,
    )


@pytest.mark.parametrize(
    ("kind", "default", "lang", "prompt"),
    [
        ("choice", None, "nl", "Antwoord (1–3): "),
        ("choice", "twee", "nl", "Antwoord (1–3, Enter = 2): "),
        ("multi", None, "nl", "Antwoord (een of meer van 1–3, bv. 1,3): "),
        ("multi", "drie", "en", "Answer (one or more of 1–3, e.g. 1,3, Enter = 3): "),
        ("yesno", None, "nl", "Antwoord (1–2 of ja/nee): "),
        ("yesno", False, "nl", "Antwoord (1–2 of ja/nee, Enter = 2): "),
        ("yesno", True, "en", "Answer (1–2 or yes/no, Enter = 1): "),
        ("integer", None, "nl", "Antwoord (2–40): "),
        ("integer", 12, "en", "Answer (2–40, Enter = 12): "),
    ],
)
def test_the_prompt_says_what_to_type_and_what_enter_gives(
    kind: str, default: Any, lang: str, prompt: str
) -> None:
    assert prompt_text(_question(kind, default), lang) == prompt


def test_the_heading_marks_a_total_that_may_still_change() -> None:
    assert heading("Vertrouwen", Progress(12, 38, exact=False), "nl") == (
        "Vertrouwen · vraag 12 van ~38"
    )
    assert heading("Trust", Progress(38, 38, exact=True), "en") == "Trust · question 38 of 38"


def test_the_summary_numbers_every_answer_under_its_category(kb: KnowledgeBase) -> None:
    answers = {
        "fase": "gestart",
        "partners": ["branchegenoten", "overheid"],
        "ervaring": True,
        "vertrouwen": "weet_niet",
    }
    console = Console(width=80, record=True, no_color=True, file=io.StringIO())
    console.print(summary_table(kb, answers, "nl"))
    lines = [line.rstrip() for line in console.export_text().splitlines()]
    text = "\n".join(lines)
    assert max(len(line) for line in lines) <= 80
    assert text.index("Keuze van de deelnemers") < text.index("1   In welke fase")
    assert "Gestart — korter dan een jaar bezig" in text
    assert "Bedrijven uit dezelfde branche" in text and "overheidsdiensten" in text
    assert "4   Hoeveel vertrouwen" in text and "weet niet" in text
    assert text.index("Vertrouwen\n") < text.index("4   Hoeveel vertrouwen")


def test_a_yes_no_question_is_numbered_like_every_closed_question() -> None:
    from clusteradvies.render.rich_text import rich_text

    shown = rich_text(question_block(_question("yesno", None), "", "nl"))
    assert [line.split() for line in shown.splitlines()[-2:]] == [["1", "Ja"], ["2", "Nee"]]
