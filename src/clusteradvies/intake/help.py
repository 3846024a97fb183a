"""WHY a question is asked, as MYCIN answered it: what the answer feeds and where it comes from.

Plain data in one language; the intake shows it when someone types ``?`` (or waarom / why).
"""

from __future__ import annotations

from dataclasses import dataclass

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import AnswerTest, leaves


@dataclass(frozen=True)
class QuestionWhy:
    help: str
    """The question's own explanation."""
    factors: tuple[str, ...]
    """Names of the success and failure factors the answer bears on."""
    sections: tuple[tuple[str, str], ...]
    """(section id, title) of the report sections behind the question."""
    rules: tuple[tuple[str, str], ...]
    """(rule id, rationale) of every rule whose condition reads the answer, in knowledge order."""


def question_why(kb: KnowledgeBase, question_id: str, lang: str) -> QuestionWhy:
    question = kb.questions[question_id]
    readers = [
        rule
        for rule in kb.rules.values()
        if any(isinstance(t, AnswerTest) and t.answer == question_id for t in leaves(rule.when))
    ]
    return QuestionWhy(
        help=question.help.get(lang),
        factors=tuple(kb.factors[f].name.get(lang) for f in question.informs if f in kb.factors),
        sections=tuple(
            (s, kb.sections[s].title.get(lang) if s in kb.sections else "")
            for s in question.sources
        ),
        rules=tuple((rule.id, rule.rationale.get(lang)) for rule in readers),
    )
