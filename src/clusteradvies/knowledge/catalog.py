"""A flat view of every knowledge entry, for browsing (``kb list`` / ``kb show``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.models import KINDS, Text

SINGULAR = {
    "sections": "section",
    "categories": "category",
    "stages": "stage",
    "facts": "fact",
    "factors": "factor",
    "advice": "advice",
    "questions": "question",
    "rules": "rule",
    "cases": "case",
}
"""Kind names as users type them (``--kind factor``)."""


@dataclass(frozen=True)
class Entry:
    """One entry as the catalogue shows it."""

    id: str
    kind: str
    text: Text
    sources: tuple[str, ...]
    category: str | None
    file: str
    line: int | None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "category": self.category,
            "text": {"nl": self.text.nl, "en": self.text.en},
            "sources": list(self.sources),
            "file": self.file,
            "line": self.line,
        }


def _headline(kind: str, entry: Any) -> Text:
    attribute = {
        "sections": "title",
        "categories": "name",
        "stages": "name",
        "facts": "description",
        "factors": "name",
        "advice": "text",
        "questions": "prompt",
        "rules": "rationale",
        "cases": "summary",
    }[kind]
    text: Text = getattr(entry, attribute)
    return text


def _sources(kind: str, entry: Any) -> tuple[str, ...]:
    if kind == "sections":
        return (entry.id,)
    if kind == "cases":
        return (entry.section,)
    return tuple(getattr(entry, "sources", ()))


def entries(kb: KnowledgeBase, kind: str | None = None) -> list[Entry]:
    """Every entry (or every entry of one kind), in kind order then file order."""
    out: list[Entry] = []
    for plural in KINDS:
        if kind is not None and SINGULAR[plural] != kind:
            continue
        for entry in getattr(kb, plural).values():
            where = kb.where(plural, entry.id)
            out.append(
                Entry(
                    id=entry.id,
                    kind=SINGULAR[plural],
                    text=_headline(plural, entry),
                    sources=_sources(plural, entry),
                    category=getattr(entry, "category", None),
                    file=where.file,
                    line=where.line,
                )
            )
    return out


def find(kb: KnowledgeBase, entry_id: str) -> list[tuple[str, Any]]:
    """Every ``(kind, entry)`` with this id (ids are unique per kind, not across kinds)."""
    return [
        (plural, getattr(kb, plural)[entry_id])
        for plural in KINDS
        if entry_id in getattr(kb, plural)
    ]


def all_ids(kb: KnowledgeBase) -> list[str]:
    return [e for plural in KINDS for e in getattr(kb, plural)]
