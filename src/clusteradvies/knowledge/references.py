"""Cross-references: every id an entry names must exist, reported where it is named."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from clusteradvies.errors import Problem
from clusteradvies.knowledge import models
from clusteradvies.knowledge.base import KnowledgeBase, Location
from clusteradvies.knowledge.catalog import SINGULAR
from clusteradvies.knowledge.conditions import AnswerTest, FactTest, RoleTest
from clusteradvies.knowledge.conditions import leaves as condition_leaves
from clusteradvies.knowledge.problems import did_you_mean, with_code
from clusteradvies.yamlsource import dotted

UNKNOWN_REFERENCE = "KB003"
"""The check code of a dangling reference (see clusteradvies.checks)."""


def resolve_references(kb: KnowledgeBase) -> list[Problem]:
    """Every id an entry names must exist; problems point at the key that names it."""
    problems: list[Problem] = []

    def need(kind: str, entry_id: str, key: str, target_kind: str, target: str) -> None:
        pool: dict[str, Any] = getattr(kb, target_kind)
        if target not in pool and (target_kind, target) not in kb.invalid_ids:
            where = kb.where(kind, entry_id, key)
            label = SINGULAR[target_kind]
            problems.append(
                Problem(
                    where.file,
                    where.line,
                    f"{kind}[{entry_id}].{key}",
                    f"unknown {label} '{target}'" + did_you_mean(target, pool),
                )
            )

    for kind in ("factors", "advice", "questions"):
        for entry in getattr(kb, kind).values():
            need(kind, entry.id, "category", "categories", entry.category)
    for kind in ("factors", "advice", "questions", "rules"):
        for entry in getattr(kb, kind).values():
            for i, label in enumerate(entry.sources):
                need(kind, entry.id, f"sources[{i}]", "sections", label)
    for advice in kb.advice.values():
        need("advice", advice.id, "stage", "stages", advice.stage)
        if advice.in_place is not None:
            problems.extend(_condition_refs(kb, "advice", advice.id, "in_place", advice.in_place))
        for i, factor in enumerate(advice.addresses):
            need("advice", advice.id, f"addresses[{i}]", "factors", factor)
    for category in kb.categories.values():
        if category.shown_when is not None:
            problems.extend(
                _condition_refs(kb, "categories", category.id, "shown_when", category.shown_when)
            )
    for question in kb.questions.values():
        for i, factor in enumerate(question.informs):
            need("questions", question.id, f"informs[{i}]", "factors", factor)
        if question.shared_view is not None:
            for i, label in enumerate(question.shared_view.sources):
                need("questions", question.id, f"shared_view.sources[{i}]", "sections", label)
        if question.when is not None:
            problems.extend(_condition_refs(kb, "questions", question.id, "when", question.when))
    for rule in kb.rules.values():
        problems.extend(_condition_refs(kb, "rules", rule.id, "when", rule.when))
        for i, derivation in enumerate(rule.derive):
            need("rules", rule.id, f"derive[{i}].fact", "facts", derivation.fact)
        for i, assessment in enumerate(rule.assess):
            need("rules", rule.id, f"assess[{i}].factor", "factors", assessment.factor)
        for i, advice_id in enumerate(rule.recommend):
            need("rules", rule.id, f"recommend[{i}]", "advice", advice_id)
    for case in kb.cases.values():
        need("cases", case.id, "section", "sections", case.section)
        for name in case.profile:
            need("cases", case.id, f"profile.{name}", "facts", name)
        for i, lesson in enumerate(case.lessons):
            for j, advice_id in enumerate(lesson.advice):
                need("cases", case.id, f"lessons[{i}].advice[{j}]", "advice", advice_id)
            for j, factor in enumerate(lesson.factors):
                need("cases", case.id, f"lessons[{i}].factors[{j}]", "factors", factor)
    return with_code(problems, UNKNOWN_REFERENCE)


def _condition_refs(
    kb: KnowledgeBase, kind: str, entry_id: str, key: str, condition: Any
) -> Iterator[Problem]:
    where = kb.where(kind, entry_id, key)
    for leaf in condition_leaves(condition):
        if isinstance(leaf, AnswerTest | FactTest):
            target_kind, name, label = (
                ("questions", leaf.answer, "question")
                if isinstance(leaf, AnswerTest)
                else ("facts", leaf.fact, "fact")
            )
            pool: dict[str, Any] = getattr(kb, target_kind)
            # An entry that failed validation was reported once already; not again here.
            if name not in pool and (target_kind, name) not in kb.invalid_ids:
                yield Problem(
                    where.file,
                    _leaf_line(kb, kind, entry_id, key, name, where),
                    f"{kind}[{entry_id}].{key}",
                    f"unknown {label} '{name}'" + did_you_mean(name, pool),
                )
        elif isinstance(leaf, RoleTest):
            for role in leaf.role:
                if role not in models.ROLES:
                    yield Problem(
                        where.file,
                        where.line,
                        f"{kind}[{entry_id}].{key}",
                        f"unknown role '{role}'" + did_you_mean(role, models.ROLES),
                    )


def _leaf_line(
    kb: KnowledgeBase, kind: str, entry_id: str, key: str, name: str, fallback: Location
) -> int | None:
    """The line of the condition test that names ``name`` (``answer: name`` or ``fact: name``)."""
    raw = kb.raw.get((kind, entry_id), {}).get(key)
    for path in _paths_to(raw, name, (key,)):
        line = kb.key_lines.get((kind, entry_id, dotted(path)))
        if line is not None:
            return line
    return fallback.line


def _paths_to(node: Any, name: str, path: tuple[str | int, ...]) -> Iterator[tuple[str | int, ...]]:
    if isinstance(node, dict):
        for k, v in node.items():
            if k in ("answer", "fact") and v == name:
                yield (*path, k)
            else:
                yield from _paths_to(v, name, (*path, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths_to(v, name, (*path, i))
