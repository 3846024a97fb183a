"""The knowledge base for browsing (``kb list``, ``kb show``): a table, JSON, or entries in full."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rich.console import Console, Group, RenderableType
from rich.text import Text as RichText

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.catalog import SINGULAR, Entry
from clusteradvies.messages import t
from clusteradvies.render.labels import describe_condition
from clusteradvies.render.layout import bulleted, indented
from clusteradvies.render.rich_text import PLAIN_WIDTH, rich_text


@dataclass(frozen=True)
class CatalogTable:
    """``kb list``'s default: the entries by kind, two lines each — the id with its sources,
    then the start of its text on one line (in full with ``kb show ID`` or as JSON)."""

    lang: str = "nl"
    console: Console | None = None
    """The console the list is for (its width and colours); None: plain, 80 columns."""

    def render(self, found: Sequence[Entry]) -> str:
        lang = self.lang
        width = (self.console.width if self.console else PLAIN_WIDTH) - 2  # after the bullet
        parts: list[RenderableType] = []
        for kind in dict.fromkeys(entry.kind for entry in found):
            of_kind = [entry for entry in found if entry.kind == kind]
            heading = f"{t(f'kinds.{kind}', lang)} ({len(of_kind)})"
            parts.append(RichText(heading, style="bold underline"))
            items = []
            for entry in of_kind:
                head = RichText(entry.id, style="bold")
                if entry.sources:
                    head.append(f"  {', '.join(entry.sources)}", style="dim")
                items.append(Group(head, RichText(first_line(entry.text.get(lang), width))))
            parts += [bulleted(items), RichText("")]
        return rich_text(Group(*parts), self.console)


def first_line(text: str, width: int) -> str:
    """As much of ``text`` as fits on one line of ``width``, cut between words, with ``…``."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


class CatalogJson:
    """Every entry with its texts in both languages, for tools."""

    def render(self, found: Sequence[Entry]) -> str:
        return json.dumps([e.as_json() for e in found], ensure_ascii=False, indent=2) + "\n"


def entries_text(
    kb: KnowledgeBase, matches: Sequence[tuple[str, Any]], lang: str, console: Console | None
) -> str:
    """``kb show``: each (kind, entry) in full, one after the other."""
    return "".join(rich_text(_entry(kb, kind, entry, lang), console) for kind, entry in matches)


def _entry(kb: KnowledgeBase, kind: str, entry: Any, lang: str) -> RenderableType:
    """One entry in full: its texts, sources, and how the rules connect to it."""
    parts: list[RenderableType] = []
    where = kb.where(kind, entry.id)
    title = RichText(f"{t('kind.' + SINGULAR[kind], lang).capitalize()} {entry.id}", style="bold")
    title.append(f"  ({where.file}:{where.line})", style="dim")
    parts.append(title)

    def line(label: str, value: str) -> None:
        text = RichText(f"{label}: ", style="bold")
        text.append(value)
        parts.append(text)

    if kind == "factors":
        line(t("category", lang), entry.category)
        parts.append(RichText(entry.name.get(lang) + f" ({t('polarity.' + entry.polarity, lang)})"))
        parts.append(RichText(entry.description.get(lang)))
        _rules(parts, kb, kb.rules_by_factor.get(entry.id, []), t("rules_assessing", lang), lang)
    elif kind == "advice":
        line(t("category", lang), entry.category)
        parts.append(RichText(entry.text.get(lang)))
        if entry.detail:
            parts.append(RichText(entry.detail.get(lang)))
        if entry.addresses:
            line(t("addresses", lang), ", ".join(entry.addresses))
        if entry.basis == "inference":
            line(t("basis", lang), t("basis.inference", lang))
        _rules(parts, kb, kb.rules_by_advice.get(entry.id, []), t("rules_leading_here", lang), lang)
    elif kind == "questions":
        line(t("category", lang), entry.category)
        parts.append(RichText(entry.prompt.get(lang)))
        parts.append(RichText(entry.help.get(lang), style="italic"))
        if entry.choices:
            line(
                t("choices", lang),
                ", ".join(f"{c.id} ({c.label.get(lang)})" for c in entry.choices),
            )
        readers = [r.id for r in kb.rules.values() if _reads(r.when, entry.id)]
        _rules(parts, kb, readers, t("rules_reading", lang), lang)
    elif kind == "rules":
        parts.append(RichText(entry.rationale.get(lang)))
        line(t("when", lang), describe_condition(entry.when, lang))
        conclusions = [f"{d.fact}={d.value}" for d in entry.derive]
        conclusions += [f"{a.factor}: {a.effect} ×{a.weight}" for a in entry.assess]
        conclusions += [f"→ {a}" for a in entry.recommend]
        line(t("then", lang), "; ".join(conclusions))
    elif kind == "cases":
        parts.append(RichText(entry.name, style="bold"))
        parts.append(RichText(entry.summary.get(lang)))
        line(t("outcome", lang), t(f"outcome.{entry.outcome}", lang))
        lessons = []
        for lesson in entry.lessons:
            links = ", ".join([*lesson.advice, *lesson.factors])
            lessons.append(RichText(lesson.text.get(lang) + (f" [{links}]" if links else "")))
        parts.append(bulleted(lessons))
    else:
        headline = {
            "sections": "title",
            "categories": "name",
            "stages": "name",
            "facts": "description",
        }[kind]
        parts.append(RichText(getattr(entry, headline).get(lang)))
        if kind == "sections" and entry.summary is not None:
            parts.append(RichText(entry.summary.get(lang)))
    sources = ", ".join(_entry_sources(kind, entry))
    if sources:
        line(t("sources", lang), sources)
    parts.append(RichText(""))
    return Group(*parts)


def _entry_sources(kind: str, entry: Any) -> list[str]:
    if kind == "cases":
        return [entry.section]
    return list(getattr(entry, "sources", []))


def _rules(
    parts: list[RenderableType], kb: KnowledgeBase, rule_ids: list[str], label: str, lang: str
) -> None:
    head = RichText(f"{label}:", style="bold")
    parts.append(head)
    if not rule_ids:
        parts.append(RichText(f"  ({t('none', lang)})"))
    rules = []
    for rule_id in rule_ids:
        line = RichText(f"{rule_id}: ", style="dim")
        line.append(kb.rules[rule_id].rationale.get(lang))
        rules.append(line)
    if rules:
        parts.append(indented(bulleted(rules, "–")))


def _reads(condition: Any, question_id: str) -> bool:
    from clusteradvies.knowledge.conditions import AnswerTest, leaves

    return any(
        isinstance(leaf, AnswerTest) and leaf.answer == question_id for leaf in leaves(condition)
    )
