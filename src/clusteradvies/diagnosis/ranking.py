"""From the fired rules to the ranked advice: priority, what is already in place, themes.

The order a client reads:

1. advice resting on known answers, by priority (weight × severity × timing × confidence);
2. then advice that only rules about *unknown* answers call for ("zoek uit of…") — it can
   only be as urgent as finding out;
3. advice whose point the answers show is already in place (``in_place``) is not recommended
   at all; the diagnosis lists it apart.

Advice of one theme is shown as one group. Its headline is the item with the strongest reason
in this project's answers (the most concern its own rules find), not merely the one the report
stresses most, and every grouped item keeps its own reasons.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from clusteradvies.diagnosis.model import AdviceResult, Reason
from clusteradvies.diagnosis.scoring import confidence, urgency
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.compiled import Evaluator, compile_condition
from clusteradvies.knowledge.conditions import NOT_ASKED, UNKNOWN, Truth
from clusteradvies.knowledge.models import AUDIENCE, Rule

ReasonFor = Callable[[Rule], Reason]


class AdviceRanker:
    """Ranks the advice of one knowledge base; built once per advisor."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._advice_position = {a: i for i, a in enumerate(kb.advice)}
        self._section_position = {s: i for i, s in enumerate(kb.sections)}
        self._in_place: dict[str, Evaluator] = {
            a.id: compile_condition(a.in_place) for a in kb.advice.values() if a.in_place
        }
        informing: dict[str, list[str]] = {}
        for question in kb.questions.values():
            for factor in question.informs:
                informing.setdefault(factor, []).append(question.id)
        self._informing_of = {
            a.id: sorted({q for f in a.addresses for q in informing.get(f, [])})
            for a in kb.advice.values()
        }
        """Per advice, the questions that bear on the factors it addresses (its confidence)."""

    def rank(
        self,
        fired: list[str],
        evidence: Mapping[str, Sequence[Reason]],
        answers: Mapping[str, Any],
        facts: Callable[[str], frozenset[Any]],
        role: str,
        reason: ReasonFor,
        order_only: bool = False,
    ) -> tuple[list[AdviceResult], list[str]]:
        """The advice groups in reading order, and the advice already in place; with
        ``order_only`` without what does not change the order (sources, urgency words), for a
        quick scan's many looks at the top of the list."""
        kb = self.kb
        recommenders: dict[str, list[Rule]] = {}
        for rule_id in fired:
            for advice_id in kb.rules[rule_id].recommend:
                recommenders.setdefault(advice_id, []).append(kb.rules[rule_id])
        items: list[AdviceResult] = []
        in_place: list[str] = []
        for advice_id, rules in recommenders.items():
            advice = kb.advice[advice_id]
            if role not in AUDIENCE[advice.applies_to]:
                continue
            holds = self._in_place.get(advice_id)
            if holds is not None and holds(answers, facts, role) is Truth.TRUE:
                in_place.append(advice_id)
                continue
            items.append(self._item(advice_id, rules, evidence, answers, reason, order_only))
        items.sort(key=self._reading_order)
        in_place.sort(key=self._advice_position.__getitem__)
        grouped = self._group(items)
        return (grouped if order_only else self._labelled(grouped)), in_place

    def _item(
        self,
        advice_id: str,
        rules: list[Rule],
        evidence: Mapping[str, Sequence[Reason]],
        answers: Mapping[str, Any],
        reason: ReasonFor,
        order_only: bool = False,
    ) -> AdviceResult:
        advice = self.kb.advice[advice_id]
        concern_weight = {
            (r.rule, f): r.weight
            for f in advice.addresses
            for r in evidence[f]
            if r.effect == "concern"
        }
        for rule in rules:
            for a in rule.assess:
                if a.effect == "concern":
                    concern_weight[(rule.id, a.factor)] = a.weight
        severity = 1 + sum(concern_weight.values())
        timing = self.kb.stages[advice.stage].timing
        asked = [q for q in self._informing_of[advice_id] if answers.get(q) != NOT_ASKED]
        known = [q for q in asked if answers.get(q) != UNKNOWN]
        sure = confidence(len(known), len(asked))
        priority = round(advice.weight * severity * timing * sure, 2)
        sources: set[str] = set()
        if not order_only:
            sources = set(advice.sources) | {s for r in rules for s in r.sources}
        position = self._section_position
        return AdviceResult(
            advice_id,
            advice.category,
            priority,
            severity,
            timing,
            round(sure, 2),
            tuple(reason(r) for r in rules),
            tuple(sorted(sources, key=lambda s: (position.get(s, 999), s))),
            about_unknown=all(r.about_unknown for r in rules),
            own_concern=sum(a.weight for r in rules for a in r.assess if a.effect == "concern"),
        )

    def _reading_order(self, item: AdviceResult) -> tuple[bool, float, int]:
        return (item.about_unknown, -item.priority, self._advice_position[item.id])

    def _strongest_reason(self, item: AdviceResult) -> tuple[bool, int, float, float, int]:
        position = self._advice_position[item.id]
        return (item.about_unknown, -item.own_concern, -item.severity, -item.priority, position)

    def _group(self, items: list[AdviceResult]) -> list[AdviceResult]:
        """One entry per theme, placed where its first item ranks, headed by the item with the
        strongest reason; the others travel along with their own reasons."""
        themes: dict[str, list[AdviceResult]] = {}
        order: list[str | AdviceResult] = []
        for item in items:
            theme = self.kb.advice[item.id].theme
            if theme is None:
                order.append(item)
            elif theme not in themes:
                themes[theme] = [item]
                order.append(theme)
            else:
                themes[theme].append(item)
        grouped: list[AdviceResult] = []
        for entry in order:
            if isinstance(entry, AdviceResult):
                grouped.append(entry)
                continue
            members = sorted(themes[entry], key=self._strongest_reason)
            head, rest = members[0], members[1:]
            # The group ranks by its most urgent member, so the list stays in priority order;
            # a member about an unknown does not lift a group that rests on known answers.
            known = [m for m in members if not m.about_unknown] or members
            grouped.append(
                replace(
                    head,
                    priority=max(m.priority for m in known),
                    about_unknown=all(m.about_unknown for m in members),
                    related=tuple(m.id for m in rest),
                    grouped=tuple(rest),
                )
            )
        return grouped

    def _labelled(self, items: list[AdviceResult]) -> list[AdviceResult]:
        known = [i.priority for i in items if not i.about_unknown]
        top = max(known, default=0.0)
        return [replace(i, urgency=urgency(i.priority, top, i.about_unknown)) for i in items]
