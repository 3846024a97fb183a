"""``shared_view`` in the questionnaire: which questions partners must see alike. It is
knowledge, so its mistakes are reported like any other: located, with a check code."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pydantic import ValidationError

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.loader import load_with_problems, shipped_directory
from clusteradvies.knowledge.models import Question

KEY_QUESTIONS = {"vertrouwen", "doel", "concreetheid", "afspraken", "trekker"}


def test_the_shipped_key_questions_are_trust_goals_costs_and_benefits_and_the_leader(
    kb: KnowledgeBase,
) -> None:
    marked = {q.id: q.shared_view for q in kb.questions.values() if q.shared_view is not None}
    assert set(marked) == KEY_QUESTIONS
    assert marked["afspraken"].choices == ["kosten_baten"]
    assert all("0/vertrouwen" in view.sources for view in marked.values())
    assert all(view.advice.nl and view.advice.en for view in marked.values())


def edited_knowledge(tmp_path: Path, old: str, new: str) -> Path:
    """A copy of the shipped knowledge with one edit in questions.yaml (first occurrence)."""
    target = tmp_path / "knowledge"
    shutil.copytree(shipped_directory(), target, ignore=shutil.ignore_patterns("*.py*"))
    questions = target / "questions.yaml"
    text = questions.read_text(encoding="utf-8")
    assert old in text
    questions.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


def test_an_unknown_section_in_shared_view_sources_is_located(tmp_path: Path) -> None:
    directory = edited_knowledge(
        tmp_path, '      sources: ["0/vertrouwen", "2.2", "3.7"]', '      sources: ["0/vertrouwn"]'
    )
    _, problems = load_with_problems(directory)
    (problem,) = problems
    assert problem.code == "KB003"
    assert problem.path == "questions[vertrouwen].shared_view.sources[0]"
    assert "unknown section '0/vertrouwn'" in problem.message and "did you mean" in problem.message
    assert problem.line is not None and problem.file.endswith("questions.yaml")


def test_choices_in_shared_view_must_be_the_question_s_own(tmp_path: Path) -> None:
    directory = edited_knowledge(tmp_path, "choices: [kosten_baten]", "choices: [kosten]")
    _, problems = load_with_problems(directory)
    schema = [p for p in problems if p.code == "KB001"]
    assert [p.message for p in schema] == ["shared_view names unknown choices: kosten"]
    assert schema[0].file.endswith("questions.yaml") and schema[0].line is not None


def test_only_multi_questions_name_choices() -> None:
    with pytest.raises(ValidationError, match="only a multi question's shared_view names"):
        Question.model_validate(
            {
                "id": "vraag",
                "category": "vertrouwen",
                "type": "choice",
                "prompt": {"nl": "?", "en": "?"},
                "help": {"nl": ".", "en": "."},
                "choices": [
                    {"id": "a", "label": {"nl": "a", "en": "a"}},
                    {"id": "b", "label": {"nl": "b", "en": "b"}},
                ],
                "shared_view": {
                    "advice": {"nl": "Bespreek het.", "en": "Discuss it."},
                    "choices": ["a"],
                    "sources": ["0/vertrouwen"],
                },
            }
        )
