"""The intake conversation: ask, understand the answer or the special word, save, move on.

It talks through an injected Asker, so a Rich terminal, a test script or anything else can sit
on the other side. End of input (EOFError) and Ctrl-C (KeyboardInterrupt) pass through
unchanged: the command decides what they mean; typing ``stop`` raises Stopped.
"""

from __future__ import annotations

from collections.abc import Callable

from clusteradvies.intake.help import question_why
from clusteradvies.intake.respondent import ask_name, ask_role
from clusteradvies.intake.session import IntakeSession
from clusteradvies.intake.summary import Summary
from clusteradvies.intake.view import (
    YES_NO_NUMBERS,
    choice_block,
    current_answer,
    heading,
    notice,
    prompt_text,
    question_block,
    why_block,
)
from clusteradvies.intake.words import (
    BACK_WORDS,
    NOTE_WORDS,
    STOP_WORDS,
    WHY_WORDS,
    Asker,
    Stopped,
    word,
)
from clusteradvies.messages import t
from clusteradvies.project.typed_answers import InvalidAnswer, parse_text
from clusteradvies.render.diagnosis.view import bands_text
from clusteradvies.render.problem_text import in_dutch

__all__ = ["Asker", "Dialogue", "Stopped", "ask_name", "ask_role"]


class Dialogue:
    """Asks a session's questions until the summary is confirmed."""

    def __init__(
        self,
        session: IntakeSession,
        asker: Asker,
        lang: str,
        save: Callable[[str], object],
        name: str = "",
    ) -> None:
        self.session = session
        self.asker = asker
        self.lang = lang
        self.save = save
        """Called with the collaboration's name after every change, so nothing typed is lost."""
        self.name = name
        """The collaboration's name, which the summary can change."""

    def run(self) -> None:
        """Ask what is missing, then offer the summary; returns when the user confirms it."""
        summary = Summary(self)
        said: str | None = None
        while True:
            if self.session.current is not None:
                self._ask_current()
                continue
            reason = self.session.stop_reason(self.lang)
            if reason is not None and reason != said:
                self.asker.say(notice(""))
                self.asker.say(notice(reason, "bold"))
                said = reason
            if summary.confirmed():
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
        readiness = session.readiness_now()
        top_line = heading(category, session.progress(), lang)
        block = question_block(question, top_line, lang, current, readiness)
        self.asker.say(block)
        if question_id in session.notes:
            shown = t("intake.note.current", lang).format(note=session.notes[question_id])
            self.asker.say(notice(shown, "dim"))
        whys = 0
        while True:
            text = self.asker.ask(prompt_text(question, lang))
            typed = word(text)
            if typed in WHY_WORDS:
                whys += 1
                why = question_why(session.kb, question_id, lang)
                self.asker.say(why_block(why, lang, every_rule=whys > 1))
                chosen = session.why_now(question_id)
                if chosen is not None:
                    band = bands_text(readiness, lang) if readiness else t("band.none", lang)
                    self.asker.say(choice_block(chosen, session.kb, readiness, band, lang))
                self.asker.say(block)  # the choices again, right above the prompt
                continue
            if typed.split(" ", 1)[0] in NOTE_WORDS:
                self._note(question_id, text.strip().split(None, 1)[1:])
                continue
            if typed in BACK_WORDS:
                if session.back():
                    return
                self.asker.say(notice(t("intake.first", lang), "yellow"))
                continue
            if typed in STOP_WORDS:
                raise Stopped
            # Enter keeps an answer given before; "weet niet" and the rest parse like any answer.
            if not typed and held is not None:
                value = held
            elif question.type == "yesno" and typed in YES_NO_NUMBERS:
                value = YES_NO_NUMBERS[typed]
            else:
                value = parse_text(question, text, lang)
            if isinstance(value, InvalidAnswer):
                message = value.message if lang == "en" else in_dutch(value.message)
                self.asker.say(notice(message, "red"))
                continue
            session.record(value)
            self.save(self.name)
            return

    def _note(self, question_id: str, typed: list[str]) -> None:
        """``notitie`` (then the text), or ``notitie <text>``: a note with this answer; an
        empty note keeps the one there is, ``-`` removes it."""
        lang = self.lang
        text = typed[0] if typed else self.asker.ask(t("intake.note.prompt", lang) + ": ")
        if not text.strip():
            return
        self.session.note(question_id, "" if text.strip() == "-" else text)
        self.save(self.name)
        key = "intake.note.saved" if question_id in self.session.notes else "intake.note.removed"
        self.asker.say(notice(t(key, lang), "dim"))
