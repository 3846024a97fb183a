"""Project descriptions: the input of ``advise`` and ``score`` and the output of ``intake``.

A project file is YAML with a format version, a name, the respondent's role, a language and
answers keyed by question id; ``weet_niet`` is an explicit unknown. Every problem is reported
as ``file:line: key.path: message`` — unknown ids get a "did you mean".
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO, Literal

import yaml
from pydantic import Field, ValidationError

from clusteradvies.errors import SHOWN_PROBLEMS, Problem, ProjectError
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.models import Model, Role
from clusteradvies.knowledge.problems import did_you_mean, validation_problems
from clusteradvies.project.questionnaire import check_value
from clusteradvies.yamlsource import LocatedDocument, parse_yaml, read_yaml, read_yaml_stream

FormatVersion = Literal[1]
"""The versions of the project file format this release reads (and the one it writes)."""


class Expectation(Model):
    """What the report says the tool must conclude for an example (checked by tests and check)."""

    strengths: list[str] = Field(default_factory=list)
    """Factor ids that must come out as strengths."""
    concerns: list[str] = Field(default_factory=list)
    """Factor ids that must come out as concerns."""
    advice: list[str] = Field(default_factory=list)
    """Advice ids that must be recommended."""
    top_advice: list[str] = Field(default_factory=list)
    """Advice ids that must be among the first five."""


class Project(Model):
    """One collaboration, as described by one respondent."""

    format: FormatVersion = 1
    name: str = Field(min_length=1)
    role: Role = "deelnemer"
    language: Literal["nl", "en"] = "nl"
    answers: dict[str, Any] = Field(default_factory=dict)
    notes: dict[str, str] = Field(default_factory=dict)
    expect: Expectation | None = None


def load_project(path: Path, kb: KnowledgeBase, display: str | None = None) -> Project:
    """Read and validate a project file; raises ProjectError listing every problem."""
    doc = read_yaml(path, display)
    return _validate(doc, kb)


def parse_project(text: str, file: str, kb: KnowledgeBase) -> Project:
    """Validate project YAML given as text."""
    return _validate(parse_yaml(text, file), kb)


def read_project_stream(stream: BinaryIO, file: str, kb: KnowledgeBase) -> Project:
    """Read and validate a project from a binary stream (standard input): its bytes are
    decoded here, so that a byte that is not UTF-8 is a located problem like any other."""
    return _validate(read_yaml_stream(stream, file), kb)


def _validate(doc: LocatedDocument, kb: KnowledgeBase) -> Project:
    if doc.problems:
        raise ProjectError(doc.problems)
    if not isinstance(doc.data, dict):
        raise ProjectError(
            [
                Problem(
                    doc.file,
                    1,
                    "",
                    "expected a mapping with name, role and answers (see 'clusteradvies schema')",
                )
            ]
        )
    try:
        project = Project.model_validate(doc.data)
    except ValidationError as exc:
        problems = validation_problems(exc, doc)
        problems = [_project_key_hint(p, i < SHOWN_PROBLEMS) for i, p in enumerate(problems)]
        raise ProjectError(problems + _answer_problems(doc, kb)) from None
    problems = _answer_problems(doc, kb)
    if problems:
        raise ProjectError(problems)
    return project


def _project_key_hint(problem: Problem, suggest: bool) -> Problem:
    if problem.message.startswith("unknown key '") and "." not in problem.path:
        key = problem.path
        hint = did_you_mean(key, Project.model_fields) if suggest else ""
        message = f"unknown key '{key}'{hint}"
        return Problem(problem.file, problem.line, problem.path, message)
    return problem


def _answer_problems(doc: LocatedDocument, kb: KnowledgeBase) -> list[Problem]:
    data = doc.data if isinstance(doc.data, dict) else {}
    problems: list[Problem] = []

    def hint(word: str, options: Iterable[str]) -> str:  # only where it will be shown
        return did_you_mean(word, options) if len(problems) < SHOWN_PROBLEMS else ""

    answers = data.get("answers")
    if isinstance(answers, dict):
        for question_id, value in answers.items():
            line = doc.line_of(("answers", question_id))
            question = kb.questions.get(question_id)
            if question is None:
                problems.append(
                    Problem(
                        doc.file,
                        line,
                        f"answers.{question_id}",
                        f"unknown question '{question_id}'" + hint(question_id, kb.questions),
                    )
                )
                continue
            message = check_value(question, value)
            if message:
                problems.append(Problem(doc.file, line, f"answers.{question_id}", message))
    notes = data.get("notes")
    if isinstance(notes, dict):
        for question_id in notes:
            if question_id not in kb.questions:
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of(("notes", question_id)),
                        f"notes.{question_id}",
                        f"unknown question '{question_id}'" + hint(question_id, kb.questions),
                    )
                )
    expect = data.get("expect")
    if isinstance(expect, dict):
        pools: dict[str, dict[str, Any]] = {
            "strengths": kb.factors,
            "concerns": kb.factors,
            "advice": kb.advice,
            "top_advice": kb.advice,
        }
        for key, pool in pools.items():
            for i, item in enumerate(expect.get(key) or []):
                if isinstance(item, str) and item not in pool:
                    problems.append(
                        Problem(
                            doc.file,
                            doc.line_of(("expect", key, i)),
                            f"expect.{key}[{i}]",
                            f"unknown id '{item}'" + hint(item, pool),
                        )
                    )
    return problems


def dump_project(project: Project, kb: KnowledgeBase) -> str:
    """YAML text of a project, answers in intake order, readable by people and by ``advise``."""
    order = {q: i for i, q in enumerate(kb.question_order)}
    answers = dict(sorted(project.answers.items(), key=lambda kv: order.get(kv[0], len(order))))
    data: dict[str, Any] = {
        "format": project.format,
        "name": project.name,
        "role": project.role,
        "language": project.language,
        "answers": answers,
    }
    if project.notes:
        data["notes"] = dict(project.notes)
    if project.expect is not None:
        data["expect"] = project.expect.model_dump(exclude_defaults=True)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
