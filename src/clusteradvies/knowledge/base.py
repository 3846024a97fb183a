"""The loaded knowledge base: every entry by id, in file order, with where it was written."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from clusteradvies.knowledge.models import (
    Advice,
    Case,
    Category,
    FactDef,
    Factor,
    Question,
    Rule,
    Section,
    Stage,
)


@dataclass(frozen=True)
class Location:
    """Where an entry (or one of its keys) was written."""

    file: str
    line: int | None


@dataclass
class KnowledgeBase:
    """Everything the engine, the checks and the renderers know, keyed by id."""

    sections: dict[str, Section] = field(default_factory=dict)
    categories: dict[str, Category] = field(default_factory=dict)
    stages: dict[str, Stage] = field(default_factory=dict)
    facts: dict[str, FactDef] = field(default_factory=dict)
    factors: dict[str, Factor] = field(default_factory=dict)
    advice: dict[str, Advice] = field(default_factory=dict)
    questions: dict[str, Question] = field(default_factory=dict)
    rules: dict[str, Rule] = field(default_factory=dict)
    cases: dict[str, Case] = field(default_factory=dict)
    locations: dict[tuple[str, str], Location] = field(default_factory=dict)
    """``(kind, id)`` → where the entry starts; ``(kind, id, key)`` paths are in ``key_lines``."""
    key_lines: dict[tuple[str, str, str], int] = field(default_factory=dict)
    """``(kind, id, dotted key path)`` → line, for problems inside an entry."""
    raw: dict[tuple[str, str], Any] = field(default_factory=dict)
    """``(kind, id)`` → the entry as written, to locate values inside it."""
    invalid_ids: set[tuple[str, str]] = field(default_factory=set)
    """``(kind, id)`` of entries that failed validation (already reported once)."""
    source: str = ""
    fingerprint: str = ""
    """A hash of the files the knowledge was loaded from (empty for one built in memory): two
    knowledge bases with the same fingerprint compile to the same engine."""
    root: Path | None = None
    """The knowledge directory on disk (None for a knowledge base built in memory)."""
    """The knowledge directory as shown to users."""

    def where(self, kind: str, entry_id: str, key: str = "") -> Location:
        """The location of an entry, or of a key inside it when that is known."""
        base = self.locations.get((kind, entry_id), Location(self.source, None))
        if key and (kind, entry_id, key) in self.key_lines:
            return Location(base.file, self.key_lines[(kind, entry_id, key)])
        return base

    @cached_property
    def question_order(self) -> list[str]:
        """Questions in intake order: by category (in category order), then as written."""
        rank = {c: i for i, c in enumerate(self.categories)}
        ids = list(self.questions)
        return sorted(
            ids, key=lambda q: (rank.get(self.questions[q].category, len(rank)), ids.index(q))
        )

    @cached_property
    def rules_by_advice(self) -> dict[str, list[str]]:
        """Advice id → the rules that can recommend it."""
        out: dict[str, list[str]] = {a: [] for a in self.advice}
        for rule in self.rules.values():
            for advice_id in rule.recommend:
                out.setdefault(advice_id, []).append(rule.id)
        return out

    @cached_property
    def rules_by_factor(self) -> dict[str, list[str]]:
        """Factor id → the rules that assess it."""
        out: dict[str, list[str]] = {f: [] for f in self.factors}
        for rule in self.rules.values():
            for assessment in rule.assess:
                out.setdefault(assessment.factor, []).append(rule.id)
        return out
