"""Every question says which sections of the report it rests on.

Factors, advice and rules must cite sources (the schema requires it, KB001), and unknown
labels are dangling references (KB003). Questions may leave ``sources`` out, but a question
without them cannot show the respondent where it comes from, and a reviewer cannot tell
whether the report asks for it at all.

Failing example (no ``sources``)::

    questions:
      - id: website
        category: voordelen
        type: yesno
        prompt: {nl: "Heeft u een website?", en: "Do you have a website?"}
        help: {nl: "…", en: "…"}
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from clusteradvies.checks.common.base import Issue, Level, issue_at
from clusteradvies.errors import Problem
from clusteradvies.knowledge.base import KnowledgeBase

CODE = "KB012"
LEVEL: Level = "warning"


def check(kb: KnowledgeBase, loader_problems: Sequence[Problem]) -> Iterator[Issue]:
    """Questions without sources."""
    for question in kb.questions.values():
        if not question.sources:
            message = (
                f"question '{question.id}': no sources; cite the report's sections it rests on"
            )
            yield issue_at(kb, "questions", question.id, "sources", message)
