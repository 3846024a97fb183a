"""Disagreements between partners on what they must see alike, ranked like advice.

Which questions count is knowledge, not code: a question with ``shared_view`` in the
questionnaire (trust, goals, the split of costs and benefits, the leader). The report's
reason (chapter 0, "Partijen moeten over elkaar geïnformeerd zijn"; 2.2, 3.7): partners who
see these differently do not yet know what they have in each other, and that must be settled
before the advice built on their answers can hold.

A disagreement's priority uses the advice formula (``advisor``), so it ranks with the advice:

* weight = the ``shared_view`` weight (1–3, like an advice's weight);
* severity = 1 + the larger of two distances. How far apart the answers lie: 3 × spread,
  where spread is 1 for any difference on an unordered question (two goals are simply two
  goals) and the share of the scale between the answers on an ordered one (weinig vs veel
  trust: 1, redelijk vs veel: 0.5), so a complete difference weighs like the heaviest single
  concern. And how far apart it sets the partners' own diagnoses: the difference between
  the most and the least worried partner in net concern weight (concern − strength) on the
  factors the question bears on (its ``informs``). The first keeps a difference that no rule
  reacts to from counting for nothing — two partners naming different leaders are each fine
  on paper, yet do not lead together; the second ranks a difference by what it changes;
* timing = that of preparation: parties must be informed about each other before they commit;
* confidence = 0.5 + 0.5 × the share of the partners asked who knew an answer.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from clusteradvies.combine.model import Disagreement, QuestionAgreement
from clusteradvies.diagnosis.model import Diagnosis
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import NOT_ASKED, UNKNOWN
from clusteradvies.knowledge.models import Question
from clusteradvies.project.safety import ranked_choices

HEAVIEST_CONCERN = 3
"""The largest weight of one assessment (``Assessment.weight``): what a complete difference
in answers weighs."""


def is_known(value: Any) -> bool:
    """A real answer: neither "weet niet" nor a question that did not apply."""
    return not (isinstance(value, str) and value in (UNKNOWN, NOT_ASKED))


def find_disagreements(
    kb: KnowledgeBase,
    labels: Sequence[str],
    questions: Iterable[QuestionAgreement],
    diagnoses: Sequence[Diagnosis],
) -> list[Disagreement]:
    """One disagreement per ``shared_view`` question on which the partners who know differ;
    ``diagnoses`` are the partners' own, in the order of ``labels``."""
    own = dict(zip(labels, diagnoses, strict=True))
    found: list[Disagreement] = []
    for agreement in questions:
        question = kb.questions[agreement.question]
        view = question.shared_view
        if view is None:
            continue
        known = [
            (label, a) for label, a in zip(labels, agreement.answers, strict=True) if is_known(a)
        ]
        positions = [position(question, a, view.choices) for _, a in known]
        if len(set(positions)) < 2:
            continue
        spread = round(_spread(question, positions), 2)
        asked = [a for a in agreement.answers if not (isinstance(a, str) and a == NOT_ASKED)]
        confidence = round(0.5 + 0.5 * len(known) / len(asked), 2)
        worry = [_net_concern(own[label], question.informs) for label, _ in known]
        severity = round(1 + max(HEAVIEST_CONCERN * spread, max(worry) - min(worry)), 2)
        timing = _earliest_stage_timing(kb)
        found.append(
            Disagreement(
                question=question.id,
                positions=tuple(known),
                choices=tuple(view.choices),
                spread=spread,
                priority=round(view.weight * severity * timing * confidence, 2),
                severity=severity,
                timing=timing,
                confidence=confidence,
                sources=tuple(view.sources),
            )
        )
    return found


def rank(disagreements: Iterable[Disagreement]) -> tuple[Disagreement, ...]:
    """Highest priority first; equal ones in questionnaire order (the order found)."""
    return tuple(sorted(disagreements, key=lambda d: -d.priority))


def position(question: Question, answer: Any, choices: Sequence[str]) -> Any:
    """What partners must agree on: the answer, or for a multi question with ``choices`` only
    which of those choices the partner names (hashable, to compare)."""
    if question.type != "multi":
        return answer
    named = frozenset(answer)
    return named & frozenset(choices) if choices else named


def _spread(question: Question, positions: Sequence[Any]) -> float:
    ranked = ranked_choices(question) if question.type == "choice" else []
    if ranked:
        steps = [ranked.index(p) for p in positions]
        return (max(steps) - min(steps)) / (len(ranked) - 1)
    if question.type == "integer" and question.min is not None and question.max is not None:
        numbers = [int(p) for p in positions]
        return (max(numbers) - min(numbers)) / max(question.max - question.min, 1)
    return 1.0  # unordered choices, several choices, yes/no: any difference is the whole way


def _net_concern(diagnosis: Diagnosis, factors: Iterable[str]) -> int:
    """Concern minus strength weight on these factors: how worried this partner's answers are."""
    results = [diagnosis.factor(f) for f in factors]
    return sum(r.concern - r.strength for r in results)


def _earliest_stage_timing(kb: KnowledgeBase) -> float:
    # Partners must see the key questions alike before anything else (0/vertrouwen): a
    # difference weighs like advice of the first stage.
    return next(iter(kb.stages.values())).timing
