"""The intake's answers file, written for people as well as for ``advise``.

The values are ids (``fase: idee``), the same in every language, so that any command reads the
file whatever language it was answered in. A person reading it sees, as YAML comments in the
file's language, each category, each question, and the label of the answer chosen:

    answers:
      # Keuze van de deelnemers
      # In welke fase zit de samenwerking?
      fase: idee  # Idee — we verkennen of samenwerken zin heeft

The comments are regenerated on every save; the file reads back to exactly the same project.
"""

from __future__ import annotations

import textwrap
from typing import Any

import yaml

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import UNKNOWN
from clusteradvies.messages import t
from clusteradvies.printable import printable
from clusteradvies.project.model import Project, dump_project
from clusteradvies.project.questionnaire import is_unknown
from clusteradvies.render.labels import answer_label

COMMENT_WIDTH = 96
"""Comment lines wrap here (the values stay on one line whatever their length)."""


def commented_yaml(project: Project, kb: KnowledgeBase) -> str:
    """The project as YAML, with the questions and chosen labels as comments (without them
    where a value does not fit on one line)."""
    try:
        return _commented(project, kb)
    except _NotOneLine:
        return dump_project(project, kb)


def _commented(project: Project, kb: KnowledgeBase) -> str:
    lang = project.language
    lines = [*_comment(t("answers_file.head", lang), ""), ""]
    lines.append(_entry("format", project.format))
    lines.append(_entry("name", project.name))
    lines.append(_entry("role", project.role, t(f"role.{project.role}", lang)))
    lines.append(_entry("language", project.language))
    lines.append("answers:" if project.answers else "answers: {}")
    order = {q: i for i, q in enumerate(kb.question_order)}
    category = None
    for question_id in sorted(project.answers, key=lambda q: order.get(q, len(order))):
        question = kb.questions[question_id]
        if question.category != category:
            category = question.category
            lines += _comment(kb.categories[category].name.get(lang), "  ")
        lines += _comment(question.prompt.get(lang), "  ")
        value = project.answers[question_id]
        label = answer_label(kb, question_id, UNKNOWN if is_unknown(value) else value, lang)
        lines.append("  " + _entry(question_id, value, label if label != str(value) else None))
    text = "\n".join(lines) + "\n"
    tail: dict[str, Any] = {}
    if project.notes:
        tail["notes"] = dict(project.notes)
    if project.expect is not None:
        tail["expect"] = project.expect.model_dump(exclude_defaults=True)
    if tail:
        text += yaml.safe_dump(tail, allow_unicode=True, sort_keys=False, width=COMMENT_WIDTH)
    return text


def _entry(key: str, value: Any, label: str | None = None) -> str:
    """``key: value`` on one line, in YAML's own quoting, with the label as a comment."""
    shown = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10**6)
    shown = shown.removesuffix("\n").removesuffix("\n...")
    if "\n" in shown:
        raise _NotOneLine
    line = f"{key}: {shown}"
    return f"{line}  # {_one_line(label)}" if label else line


class _NotOneLine(Exception):
    """A value YAML can only write on several lines (a name with a line break in it)."""


def _comment(text: str, indent: str) -> list[str]:
    width = COMMENT_WIDTH - len(indent) - 2
    return [f"{indent}# {line}" for line in textwrap.wrap(_one_line(text), width)]


def _one_line(text: str) -> str:
    """Text fit for a YAML comment: one line, control characters escaped (a ``--kb`` text
    with a line break or a bell in it must not break the file)."""
    return printable(" ".join(text.split()))
