"""Every text has both its Dutch (``nl``) and its English (``en``) version.

The tool answers in either language; an empty or blank text leaves a hole in the report of
whoever chose that language. Both keys are required by the schema (KB001); this check
catches the ones present but empty, in every entry, choice and lesson.

Failing example (the English prompt is blank)::

    questions:
      - id: subsidie
        prompt:
          nl: "Krijgt het project subsidie?"
          en: "  "
        ...
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from clusteradvies.checks.common.base import Issue, Level, issue_at
from clusteradvies.checks.common.walk import texts
from clusteradvies.errors import Problem
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.catalog import SINGULAR
from clusteradvies.knowledge.models import KINDS

CODE = "KB011"
LEVEL: Level = "error"

LANGUAGES = {"nl": "Dutch", "en": "English"}


def check(kb: KnowledgeBase, loader_problems: Sequence[Problem]) -> Iterator[Issue]:
    """Blank ``nl`` or ``en`` texts anywhere in the knowledge."""
    for kind in KINDS:
        entries: dict[str, Any] = getattr(kb, kind)
        for entry_id, entry in entries.items():
            for path, text in texts(entry):
                for lang, language in LANGUAGES.items():
                    if not getattr(text, lang).strip():
                        message = f"{SINGULAR[kind]} '{entry_id}': {path} has no {language} text"
                        yield issue_at(kb, kind, entry_id, f"{path}.{lang}", message)
