"""The JSON Schema of project files, generated from the knowledge base's questions.

Editors (VS Code's YAML extension, for one) use it to validate and complete project files.
It is built as a pydantic model from the questions, so it can never drift from them.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field, create_model

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.models import Question
from clusteradvies.project.model import Expectation, FormatVersion, Project
from clusteradvies.project.questionnaire import UNKNOWN_WORD, multi_items

Unknown = Literal["weet_niet", "unknown"]


def _answer_type(question: Question) -> Any:
    choices = tuple(c.id for c in question.choices)
    description = f"{question.prompt.nl} / {question.prompt.en}"
    if question.type == "yesno":
        base: Any = bool
    elif question.type == "choice":
        base = Literal[choices]
    elif question.type == "multi":
        items = tuple(multi_items(question))  # choices, and the marks of partial knowledge
        base = Annotated[list[Literal[items]], Field(min_length=1)]  # type: ignore[valid-type]
    else:
        base = Annotated[int, Field(ge=question.min, le=question.max)]
    return Annotated[base | Unknown | None, Field(default=None, description=description)]


def project_schema(kb: KnowledgeBase) -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of a project file for this knowledge base."""
    forbid = ConfigDict(extra="forbid")
    answer_fields: dict[str, Any] = {
        q: (_answer_type(kb.questions[q]), None) for q in kb.question_order
    }
    note_fields: dict[str, Any] = {q: (str | None, None) for q in kb.question_order}
    answers = create_model("Answers", __config__=forbid, **answer_fields)
    notes = create_model("Notes", __config__=forbid, **note_fields)
    project_fields: dict[str, Any] = {
        "format": (FormatVersion, Field(description="Format version")),
        "name": (str, Field(min_length=1, description="Name of the collaboration")),
        "role": (
            Project.model_fields["role"].annotation,
            Field(default="deelnemer", description="The respondent's role"),
        ),
        "language": (Literal["nl", "en"], "nl"),
        "answers": (
            answers,
            Field(
                default_factory=dict,
                description=f"Answers by question id; '{UNKNOWN_WORD}' = unknown",
            ),
        ),
        "notes": (notes, Field(default_factory=dict, description="Free notes per question")),
        "expect": (Expectation | None, None),
    }
    model = create_model(
        "ProjectFile",
        __config__=ConfigDict(extra="forbid", title="clusteradvies project"),
        **project_fields,
    )
    schema: dict[str, Any] = model.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
