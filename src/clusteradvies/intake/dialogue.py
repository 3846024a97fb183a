"""The intake conversation: ask, understand the answer or the special word, save, move on.

It talks through an injected Asker, so a Rich terminal, a test script or anything else can sit
on the other side. End of input (EOFError) and Ctrl-C (KeyboardInterrupt) pass through
unchanged: the command decides what they mean; typing ``stop`` raises Stopped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from rich.console import RenderableType

from clusteradvies.intake.help import question_why
from clusteradvies.intake.session import IntakeSession, role_question
from clusteradvies.intake.view import (
    YES_NO_NUMBERS,
    current_answer,
    heading,
    notice,
    prompt_text,
    question_block,
    summary_table,
    why_block,
)
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.messages import t
from clusteradvies.project.questionnaire import UNKNOWN_WORDS, InvalidAnswer, parse_text

# Dutch and English both work, whatever the language of the questions.
WHY_WORDS = frozenset({"?", "waarom", "why"})
BACK_WORDS = frozenset({"terug", "back"})
STOP_WORDS = frozenset({"stop"})
UNKNOWN_TYPED = UNKNOWN_WORDS - WHY_WORDS


class Asker(Protocol):
    """The other side of the conversation."""

    def ask(self, prompt: str) -> str:
        """One line typed after ``prompt``; raises EOFError at end of input."""

    def say(self, message: RenderableType) -> None:
        """Show something."""


class Stopped(Exception):
    """The respondent typed ``stop``: save and leave."""


def _word(text: str) -> str:
    return " ".join(text.split()).casefold()


class Dialogue:
    """Asks a session's questions until the summary is confirmed."""

    def __init__(
        self, session: IntakeSession, asker: Asker, lang: str, save: Callable[[], object]
    ) -> None:
        self.session = session
        self.asker = asker
        self.lang = lang
        self.save = save
        """Called after every answer, so that nothing typed is lost."""

    def run(self) -> None:
        """Ask what is missing, then offer the summary; returns when the user confirms it."""
        while True:
            if self.session.current is not None:
                self._ask_current()
            elif self._summary_confirmed():
                return

    # --- one question ---------------------------------------------------------------------

    def _ask_current(self) -> None:
        session, lang = self.session, self.lang
        question_id = session.current
        assert question_id is not None
        question = session.kb.questions[question_id]
        category = session.kb.categories[question.category].name.get(lang)
        held = session.answers.get(question_id)
        current = None if held is None else current_answer(session.kb, question_id, held, lang)
        block = question_block(question, heading(category, session.progress(), lang), lang, current)
        self.asker.say(block)
        whys = 0
        while True:
            text = self.asker.ask(prompt_text(question, lang))
            word = _word(text)
            if word in WHY_WORDS:
                whys += 1
                why = question_why(session.kb, question_id, lang)
                self.asker.say(why_block(why, lang, every_rule=whys > 1))
                self.asker.say(block)  # the choices again, right above the prompt
                continue
            if word in BACK_WORDS:
                if session.back():
                    return
                self.asker.say(notice(t("intake.first", lang), "yellow"))
                continue
            if word in STOP_WORDS:
                raise Stopped
            # Enter keeps an answer given before; "weet niet" and the rest parse like any answer.
            if not word and held is not None:
                value = held
            elif question.type == "yesno" and word in YES_NO_NUMBERS:
                value = YES_NO_NUMBERS[word]
            else:
                value = parse_text(question, text, lang)
            if isinstance(value, InvalidAnswer):
                self.asker.say(notice(value.message, "red"))
                continue
            session.record(value)
            self.save()
            return

    # --- the summary ----------------------------------------------------------------------

    def _summary_confirmed(self) -> bool:
        """Show every answer; True on Enter, False after choosing one to change (or back)."""
        lang = self.lang
        given = self.session.given()
        numbered = list(given)
        self.asker.say(notice(""))
        self.asker.say(summary_table(self.session.kb, given, lang))
        while True:
            word = _word(self.asker.ask(t("intake.summary.prompt", lang) + ": "))
            if not word:
                return True
            if word in STOP_WORDS:
                raise Stopped
            if word in BACK_WORDS and self.session.back():
                return False
            if word.isdigit() and 1 <= int(word) <= len(numbered):
                self.session.edit(numbered[int(word) - 1])
                return False
            message = t("intake.summary.invalid", lang).format(n=len(numbered))
            self.asker.say(notice(message, "red"))


# --- before the questions ---------------------------------------------------------------------


def ask_name(asker: Asker, lang: str) -> str:
    """The project's name: any text that is not empty."""
    while True:
        text = asker.ask(t("intake.name", lang) + ": ").strip()
        word = _word(text)
        if word in STOP_WORDS:
            raise Stopped
        if word in WHY_WORDS:
            asker.say(notice(t("intake.name.why", lang), "italic"))
        elif word in BACK_WORDS:
            asker.say(notice(t("intake.first", lang), "yellow"))
        elif not text:
            asker.say(notice(t("intake.name.empty", lang), "red"))
        else:
            return text


def ask_role(asker: Asker, kb: KnowledgeBase, lang: str) -> str:
    """The respondent's role id, asked like a choice; Enter means participant."""
    question = role_question(kb)
    asker.say(question_block(question, "", lang))
    while True:
        text = asker.ask(prompt_text(question, lang))
        word = _word(text)
        if word in STOP_WORDS:
            raise Stopped
        if word in WHY_WORDS:
            asker.say(notice(question.help.get(lang), "italic"))
            continue
        if word in BACK_WORDS:
            value: Any = InvalidAnswer(t("intake.first", lang))
        elif word in UNKNOWN_TYPED:
            value = InvalidAnswer(t("intake.role.known", lang))
        else:
            value = parse_text(question, text, lang)
        if isinstance(value, InvalidAnswer):
            asker.say(notice(value.message, "red"))
            continue
        return str(value)
