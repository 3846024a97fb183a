"""Which open question would change the diagnosis most: what a quick scan asks next.

An adviser asks next whatever would change the advice most, and stops when no answer would
change what they say. Here that is computed, not guessed: for every open question and every
answer it could get, the forecaster looks where the diagnosis would go (``outlook``). A
question's effect is what its answers change, on average over its answers:

* how many of the top advice (the first five) an answer would replace;
* whether the band of the readiness range would change (counts as one replaced advice);
* how much narrower the range would become (``RANGE_POINTS`` points count as one).

The question with the largest effect comes next; ties go to the knowledge's question order.
Effects are exact fractions, so the same answers give the same next question under every hash
seed. When no single answer to any open question could change the top or the band, the
diagnosis is *settled*: the quick scan stops asking.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Any

from clusteradvies.diagnosis.outlook import Forecaster, Outlook
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.compiled import no_facts
from clusteradvies.knowledge.conditions import (
    AnswerTest,
    Condition,
    Truth,
    evaluate,
    leaves,
    questions_read,
)
from clusteradvies.knowledge.models import MultiSafer, Question
from clusteradvies.project.questionnaire import UNKNOWN_WORD, resolve

RANGE_POINTS = 10
"""Narrowing the readiness range by this many points weighs as much as one changed advice in
the top: enough that a question which settles the headline is asked early, not so much that
the range crowds out the advice a client acts on."""


@dataclass(frozen=True)
class Effect:
    """What answering one question could do to the diagnosis."""

    question: str
    score: Fraction
    """The expected change (see the module's description); 0: no answer changes anything."""
    entering: tuple[str, ...]
    """Advice that one of its answers would bring into the top, in the knowledge's order."""
    moves_band: bool
    """Whether one of its answers would change the band."""
    narrowest: tuple[int, int] | None
    """The narrowest readiness range one of its answers would give."""
    opens: tuple[str, ...] = ()
    """Follow-up questions its answers can open whose own effect ``score`` stands for."""

    @property
    def decisive(self) -> bool:
        """Whether some answer would change the top or the band: while any open question is
        decisive, the diagnosis is not settled."""
        return bool(self.entering) or self.moves_band


class Picker:
    """Ranks the open questions of one respondent by their effect on the diagnosis."""

    def __init__(self, forecaster: Forecaster) -> None:
        self.forecaster = forecaster
        kb = forecaster.kb
        self._values = {q: answer_values(kb, kb.questions[q]) for q in kb.question_order}
        self._advice_position = {a: i for i, a in enumerate(kb.advice)}
        self._question_position = {q: i for i, q in enumerate(kb.question_order)}
        self._parents = {
            q.id: questions_read(q.when) for q in kb.questions.values() if q.when is not None
        }

    def effects(
        self,
        given: Mapping[str, Any],
        open_questions: Iterable[str],
        waiting: Iterable[str] = (),
    ) -> list[Effect]:
        """The effect of each open question, largest first.

        A follow-up question that ``waiting`` on an open one (its ``when`` reads that answer)
        is not asked before it, but what it could change counts for the question that opens
        the way to it: its effect, times the share of that question's answers that open it.
        Without this, a question that changes little itself but leads to one that matters
        (who the partners are, before how sensitive their data are) would never be asked.
        """
        now = self.forecaster.outlook(given)
        found = {q: self._effect(given, now, q) for q in open_questions}
        for child in waiting:
            parents = [p for p in self._parents[child] if p in found]
            if not parents:  # it waits on a question that is itself still waiting
                continue
            effect = self._effect(given, now, child)
            if effect.score == 0:
                continue
            for parent in parents:
                credit = effect.score * self._opening_share(given, parent, child)
                if credit > found[parent].score:
                    found[parent] = replace(found[parent], score=credit, opens=(child,))
        ordered = sorted(found.values(), key=lambda e: self._question_position[e.question])
        ordered.sort(key=lambda e: -e.score)
        return ordered

    def _opening_share(self, given: Mapping[str, Any], parent: str, child: str) -> Fraction:
        """The share of ``parent``'s answers after which ``child`` is asked for certain."""
        kb, role = self.forecaster.kb, self.forecaster.role
        when = kb.questions[child].when
        values = self._values[parent]
        if when is None or not values:
            return Fraction(0)
        opened = 0
        for value in values:
            answers = resolve(kb, {**given, parent: value}, role)
            opened += evaluate(when, answers, no_facts, role) is Truth.TRUE
        return Fraction(opened, len(values))

    def _effect(self, given: Mapping[str, Any], now: Outlook, question: str) -> Effect:
        values = self._values[question]
        top = set(now.top)
        total = Fraction(0)
        entering: set[str] = set()
        moves_band = False
        narrowest: tuple[int, int] | None = None
        for value in values:
            then = self.forecaster.variant(question, value)
            new = set(then.top) - top
            moved = then.band != now.band
            narrower = max(0, now.width - then.width)
            total += len(new) + moved + Fraction(narrower, RANGE_POINTS)
            entering |= new
            moves_band |= moved
            span = then.span
            if span is not None and (narrowest is None or then.width < narrowest[1] - narrowest[0]):
                narrowest = span
        ordered = tuple(sorted(entering, key=self._advice_position.__getitem__))
        score = total / len(values) if values else Fraction(0)
        return Effect(question, score, ordered, moves_band, narrowest)


def answer_values(kb: KnowledgeBase, question: Question) -> tuple[Any, ...]:
    """The answers a question can get, one per different outcome where there are endlessly
    many: every choice; for a number, one value per stretch between the bounds the knowledge
    tests it against; for a multi-choice question, each choice on its own and, where the
    questionnaire orders them, its safest and riskiest set."""
    if question.type == "yesno":
        return (True, False)
    if question.type == "choice":
        return tuple(c.id for c in question.choices if c.id != UNKNOWN_WORD)
    if question.type == "multi":
        ids = [c.id for c in question.choices if c.id != UNKNOWN_WORD]
        found: list[list[str]] = [[c] for c in ids]
        if isinstance(question.safer, MultiSafer):
            for ends in (question.safer.safest, question.safer.riskiest):
                if list(ends) not in found:
                    found.append(list(ends))
        return tuple(found)
    return tuple(_number_stretches(kb, question))


def _number_stretches(kb: KnowledgeBase, question: Question) -> list[int]:
    """The lowest number of each stretch of answers that every test on it treats alike."""
    low = question.min if question.min is not None else 0
    high = question.max if question.max is not None else low
    starts = {low}
    for leaf in _tests_of(kb, question.id):
        op = leaf.operator
        bound = leaf.operand(op)
        if op in ("gt", "lte"):
            starts.add(bound + 1)
        elif op in ("gte", "lt"):
            starts.add(bound)
        elif op in ("equals", "in"):
            for number in bound if op == "in" else [bound]:
                if isinstance(number, int) and not isinstance(number, bool):
                    starts |= {number, number + 1}
    return sorted(s for s in starts if low <= s <= high)


def _tests_of(kb: KnowledgeBase, question_id: str) -> Iterator[AnswerTest]:
    for condition in _conditions(kb):
        for leaf in leaves(condition):
            if isinstance(leaf, AnswerTest) and leaf.answer == question_id:
                yield leaf


def _conditions(kb: KnowledgeBase) -> Iterator[Condition]:
    """Every condition in the knowledge that can read an answer."""
    yield from (rule.when for rule in kb.rules.values())
    yield from (q.when for q in kb.questions.values() if q.when is not None)
    yield from (a.in_place for a in kb.advice.values() if a.in_place is not None)
    yield from (c.shown_when for c in kb.categories.values() if c.shown_when is not None)
