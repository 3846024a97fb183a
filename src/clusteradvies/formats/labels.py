"""How answers, facts and sections read in the user's language."""

from __future__ import annotations

from typing import Any

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import NOT_ASKED, UNKNOWN
from clusteradvies.messages import t


def answer_label(kb: KnowledgeBase, question_id: str, value: Any, lang: str) -> str:
    """An answer as the respondent would recognise it: the choice's label, ja/nee, a number."""
    if isinstance(value, str) and value == UNKNOWN:
        return t("unknown_answer", lang)
    if isinstance(value, str) and value == NOT_ASKED:
        return t("not_asked", lang)
    question = kb.questions[question_id]
    labels = {c.id: c.label.get(lang) for c in question.choices}
    if isinstance(value, bool):
        return t("yes" if value else "no", lang)
    if isinstance(value, list | tuple):
        return "; ".join(labels.get(v, str(v)) for v in value)
    return labels.get(value, str(value)) if isinstance(value, str) else str(value)


def question_label(kb: KnowledgeBase, question_id: str, lang: str) -> str:
    return kb.questions[question_id].prompt.get(lang)


def fact_label(fact: str, value: Any) -> str:
    return fact if value is True else f"{fact}={value}"
