"""How answers, facts and sections read in the user's language."""

from __future__ import annotations

from typing import Any

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import NOT_ASKED, NOT_PREFIX, PARTLY, UNKNOWN
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
        return t("answer.yes" if value else "answer.no", lang)
    if isinstance(value, list | tuple):
        return "; ".join(_item_label(labels, v, lang) for v in value)
    return labels.get(value, str(value)) if isinstance(value, str) else str(value)


def _item_label(labels: dict[str, str], item: Any, lang: str) -> str:
    """One item of a multi answer, including the marks of partial knowledge."""
    if item == PARTLY:
        return t("partial_rest_unknown", lang)
    if isinstance(item, str) and item.startswith(NOT_PREFIX) and item not in labels:
        choice = item[len(NOT_PREFIX) :]
        return t("partial_not", lang).format(label=labels.get(choice, choice))
    return labels.get(item, str(item))


def fact_label(fact: str, value: Any) -> str:
    return fact if value is True else f"{fact}={value}"


_OPERATOR_WORDS = {
    "equals": ("=", "="),
    "in": ("is één van", "is one of"),
    "contains": ("bevat", "contains"),
    "contains_any": ("bevat één van", "contains one of"),
    "gt": (">", ">"),
    "gte": ("≥", "≥"),
    "lt": ("<", "<"),
    "lte": ("≤", "≤"),
}


def describe_condition(condition: Any, lang: str) -> str:
    """A condition as a reader would say it: ``vertrouwen = laag en niet (klein_begonnen = ja)``."""
    from clusteradvies.knowledge.conditions import All, AnswerTest, AnyOf, fold

    en = lang == "en"

    def test(leaf: Any) -> str:
        if isinstance(leaf, AnswerTest) or hasattr(leaf, "fact"):
            subject = (
                leaf.answer
                if isinstance(leaf, AnswerTest)
                else f"{'fact' if en else 'feit'} {leaf.fact}"
            )
            op = leaf.operator
            operand = leaf.operand(op)
            if op == "unknown":
                known = (
                    ("is unknown" if en else "is onbekend")
                    if operand
                    else ("is known" if en else "is bekend")
                )
                return f"{subject} {known}"
            shown = (
                ", ".join(map(_plain, operand)) if isinstance(operand, list) else _plain(operand)
            )
            return f"{subject} {_OPERATOR_WORDS[op][1 if en else 0]} {shown}"
        return f"{'role' if en else 'rol'}: {', '.join(leaf.role)}"

    def junction(node: Any, said: list[str]) -> str:
        parts = node.all if isinstance(node, All) else node.any
        joiner = (
            (" and " if en else " en ") if isinstance(node, All) else (" or " if en else " of ")
        )
        return joiner.join(
            f"({s})" if isinstance(p, All | AnyOf) else s for p, s in zip(parts, said, strict=True)
        )

    def negation(said: str) -> str:
        return f"{'not' if en else 'niet'} ({said})"

    return fold(condition, test, junction, negation)


def _plain(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def concern_text(kb: KnowledgeBase, factor_id: str, lang: str) -> str:
    """How a factor reads as a concern ("Er ontbreken nog partijen aan tafel"), never its name,
    which names what goes well; every factor must give one."""
    return kb.factors[factor_id].concern.get(lang)
