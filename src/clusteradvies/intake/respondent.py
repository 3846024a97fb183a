"""Who answers: the collaboration's name and the respondent's role, asked before the
questions (and again from the summary, where Enter keeps what there is)."""

from __future__ import annotations

from typing import Any

from clusteradvies.intake.session import role_question
from clusteradvies.intake.view import notice, prompt_text, question_block
from clusteradvies.intake.words import (
    BACK_WORDS,
    STOP_WORDS,
    UNKNOWN_TYPED,
    WHY_WORDS,
    Asker,
    Stopped,
    word,
)
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.messages import t
from clusteradvies.project.typed_answers import InvalidAnswer, parse_text


def ask_name(asker: Asker, lang: str, current: str | None = None) -> str:
    """The project's name: any text that is not empty; Enter keeps ``current``."""
    prompt = t("intake.name", lang)
    if current:
        prompt += " " + t("intake.keep", lang).format(value=current)
    while True:
        text = asker.ask(prompt + ": ").strip()
        typed = word(text)
        if typed in STOP_WORDS:
            raise Stopped
        if typed in WHY_WORDS:
            asker.say(notice(t("intake.name.why", lang), "italic"))
        elif typed in BACK_WORDS and not current:
            asker.say(notice(t("intake.first", lang), "yellow"))
        elif not text and current:
            return current
        elif not text or typed in BACK_WORDS:
            asker.say(notice(t("intake.name.empty", lang), "red"))
        else:
            return text


def ask_role(asker: Asker, kb: KnowledgeBase, lang: str, current: str | None = None) -> str:
    """The respondent's role id, asked like a choice; Enter means ``current``, else participant."""
    question = role_question(kb)
    if current is not None:
        question = question.model_copy(update={"default": current})
    asker.say(question_block(question, "", lang))
    while True:
        text = asker.ask(prompt_text(question, lang))
        typed = word(text)
        if typed in STOP_WORDS:
            raise Stopped
        if typed in WHY_WORDS:
            asker.say(notice(question.help.get(lang), "italic"))
            continue
        if typed in BACK_WORDS:
            value: Any = InvalidAnswer(t("intake.first", lang))
        elif typed in UNKNOWN_TYPED:
            value = InvalidAnswer(t("intake.role.known", lang))
        else:
            value = parse_text(question, text, lang)
        if isinstance(value, InvalidAnswer):
            asker.say(notice(value.message, "red"))
            continue
        return str(value)
