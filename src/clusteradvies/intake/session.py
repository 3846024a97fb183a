"""Where an intake stands: the answers so far and which question comes next.

No terminal here: the conversation (intake_dialogue) and the command (cli/intake) drive a
session; tests drive it directly. Questions come in the knowledge base's order, skipping those
whose ``when`` is false for the answers so far — a ``when`` that cannot be decided yet (its
answer is unknown or still to come) keeps the question in, as ``questionnaire.applies`` says.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.diagnosis.decisive import Effect, Picker
from clusteradvies.diagnosis.outlook import Forecaster
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import NOT_ASKED, AnswerTest, leaves
from clusteradvies.knowledge.models import ROLES, Choice, Question, Text
from clusteradvies.messages import t
from clusteradvies.project.model import Project
from clusteradvies.project.questionnaire import UNKNOWN_WORD, is_unknown, resolve


@dataclass(frozen=True)
class Progress:
    """``vraag {number} van {total}``; ``exact`` is False while later answers can change it."""

    number: int
    total: int
    exact: bool
    at_most: bool = False
    """``total`` is a cap (the quick scan's), not an estimate."""


class IntakeSession:
    """The answers of one respondent and a cursor on the question being asked.

    Moving on after an answer goes to the next question that still needs one — except after
    ``back``: then the questions between there and the furthest point reached are shown again
    (with their answers kept), as in any wizard.
    """

    def __init__(
        self,
        kb: KnowledgeBase,
        role: str,
        answers: Mapping[str, Any] | None = None,
        notes: Mapping[str, str] | None = None,
    ):
        self.kb = kb
        self.role = role
        self.answers: dict[str, Any] = {
            q: UNKNOWN_WORD if is_unknown(v) else v for q, v in (answers or {}).items()
        }
        self.notes: dict[str, str] = dict(notes or {})
        """The respondent's own notes per question (``notes:`` in the file), kept as typed."""
        self._position = {q: i for i, q in enumerate(kb.question_order)}
        self.current: str | None = None
        """The question being asked; None when every question that applies is answered."""
        self._furthest = -1
        self._forecaster: Forecaster | None = None
        self._move_to(self._first_unanswered())

    # --- what applies ---------------------------------------------------------------------

    def applicable(self) -> list[str]:
        """The questions that apply to the answers so far, in intake order."""
        resolved = resolve(self.kb, self.answers, self.role)
        return [q for q in self.kb.question_order if resolved[q] != NOT_ASKED]

    def unanswered(self) -> list[str]:
        return [q for q in self.applicable() if q not in self.answers]

    @property
    def complete(self) -> bool:
        return not self.unanswered()

    def progress(self) -> Progress:
        """The current question's number, and how many questions the intake is expected to ask.

        A question whose ``when`` reads an answer still to come may yet appear or drop out;
        each such question counts as half a question, so that the estimate lies between the
        fewest and the most that can still be asked (measured by benchmarks/questions_asked.py).
        """
        applicable = self.applicable()
        number = applicable.index(self.current) + 1 if self.current in applicable else 0
        pending = set(self.unanswered())
        open_ = [q for q in applicable if q not in self.answers and self._waits_on(q, pending)]
        total = max(number, len(applicable) - len(open_) + (len(open_) + 1) // 2)
        return Progress(number, total, exact=not open_)

    def _waits_on(self, question_id: str, pending: set[str]) -> bool:
        """Whether the question's ``when`` reads an answer that is still to be given."""
        when = self.kb.questions[question_id].when
        return when is not None and any(
            isinstance(leaf, AnswerTest) and leaf.answer in pending for leaf in leaves(when)
        )

    def readiness_now(self) -> tuple[int, int] | None:
        """The readiness range the answers so far give (an open question: "weet niet"), so
        that the respondent sees it narrow as the answers come in."""
        return self.forecaster().outlook(self.given()).span

    def why_now(self, question_id: str) -> Effect | None:
        """Why this question comes now, where the order is chosen (see ``intake.quick``)."""
        return None

    def stop_reason(self, lang: str) -> str | None:
        """Why the session stopped asking before every question was answered (a quick scan)."""
        return None

    def unknown_effects(self) -> list[Effect]:
        """The "weet niet" answers ranked by what finding them out could change: the advice
        one of their answers would bring into the top five, the band, the range — the quick
        scan's measure, so that the summary can say which ones matter. Largest first; the
        ones that could change neither the top nor the band are left out."""
        unknown = [q for q, v in self.given().items() if is_unknown(v)]
        if not unknown:
            return []
        effects = Picker(self.forecaster()).effects(self.given(), unknown)
        return [e for e in effects if e.decisive]

    def forecaster(self) -> Forecaster:
        """Looks at the diagnosis of the answers so far; its engines keep the answers given,
        so that each look after an answer re-matches only what that answer changed."""
        if self._forecaster is None or self._forecaster.role != self.role:
            self._forecaster = Forecaster(Advisor(self.kb), self.role)
        return self._forecaster

    # --- moving ---------------------------------------------------------------------------

    def record(self, value: Any) -> None:
        """Answer the current question and move on."""
        if self.current is None:
            raise ValueError("no question to answer: every question is answered")
        self.answers[self.current] = value
        self._move_to(self._next_after(self.current))

    def back(self) -> bool:
        """Go to the question before the current one (or the last, after the end); False if none."""
        applicable = self.applicable()
        if self.current is None:
            earlier = applicable
        else:
            here = self._position[self.current]
            earlier = [q for q in applicable if self._position[q] < here]
        if not earlier:
            return False
        self.current = earlier[-1]
        return True

    def change_role(self, role: str) -> None:
        """Answer as another role; questions it makes relevant are asked next (answers to
        questions it makes irrelevant are kept, not written)."""
        self.role = role
        self._move_to(self._first_unanswered())

    def note(self, question_id: str, text: str) -> None:
        """Keep a note with an answer; an empty text removes it."""
        text = " ".join(text.split())
        if text:
            self.notes[question_id] = text
        else:
            self.notes.pop(question_id, None)

    def edit(self, question_id: str) -> None:
        """Ask one question again (from the summary); afterwards only what is still missing."""
        self.current = question_id
        self._furthest = self._position[question_id]

    def _next_after(self, question_id: str) -> str | None:
        here = self._position[question_id]
        for q in self.applicable():
            if here < self._position[q] <= self._furthest:
                return q
        return self._first_unanswered()

    def _first_unanswered(self) -> str | None:
        missing = self.unanswered()
        return missing[0] if missing else None

    def _move_to(self, question_id: str | None) -> None:
        self.current = question_id
        if question_id is not None:
            self._furthest = max(self._furthest, self._position[question_id])

    # --- the result -----------------------------------------------------------------------

    def given(self) -> dict[str, Any]:
        """The answers to questions that apply, in intake order: what the project file holds.

        Answers to questions that stopped applying stay in the session (going back and
        changing one's mind brings them back) but are not written.
        """
        return {q: self.answers[q] for q in self.applicable() if q in self.answers}

    def project(self, name: str, language: str) -> Project:
        """The project file's content: the answers to questions that apply, and the notes
        (a note on a question that stopped applying is kept with its answer)."""
        return Project.model_validate(
            {
                "name": name,
                "role": self.role,
                "language": language,
                "answers": self.given(),
                "notes": dict(self.notes),
            }
        )


def role_question(kb: KnowledgeBase) -> Question:
    """The respondent's role, asked like any choice so that it parses the same way.

    It is asked first, so it belongs to the first category of the intake.
    """
    return Question(
        id="rol",
        category=next(iter(kb.categories)),
        type="choice",
        prompt=_both("intake.role"),
        help=_both("intake.role.why"),
        choices=[Choice(id=r, label=_both(f"role.{r}")) for r in ROLES],
        default="deelnemer",
    )


def _both(key: str) -> Text:
    return Text(nl=t(key, "nl"), en=t(key, "en"))
