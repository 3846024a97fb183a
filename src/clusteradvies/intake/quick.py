"""The quick scan: an intake that asks the most decisive question next and stops when the
advice is settled.

The order comes from ``diagnosis.decisive``: after every answer, each open question is tried
with each of its answers, and the one that would change the top of the advice list and the
readiness range most is asked. A question is open when it applies and its ``when`` no longer
waits on an answer still to come: a follow-up question comes after the question it follows
up, and what the follow-up could change counts for the question that opens the way to it. The
scan ends when no single open answer could change the top five or the band
(``settled``), or when ``cap`` questions are answered; what it skipped is asked, in the usual
order, by ``intake --resume``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.diagnosis.decisive import Effect, Picker
from clusteradvies.diagnosis.outlook import TOP, Forecaster
from clusteradvies.intake.session import IntakeSession, Progress
from clusteradvies.intake.view import answers_count
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.messages import t

CAP = 15
"""The most questions a quick scan asks (``--max-vragen``): ten minutes with a client."""

Ending = Literal["settled", "cap", "all"]


class QuickSession(IntakeSession):
    """An intake session whose next question is the most decisive one."""

    def __init__(
        self,
        kb: KnowledgeBase,
        role: str,
        answers: Mapping[str, Any] | None = None,
        notes: Mapping[str, str] | None = None,
        cap: int = CAP,
        advisor: Advisor | None = None,
    ) -> None:
        self.cap = cap
        self._advisor = advisor or Advisor(kb)
        self._picker = Picker(Forecaster(self._advisor, role))
        self.asked: list[str] = []
        """The questions asked in this scan, in the order asked (``terug`` walks it back)."""
        self.reasons: dict[str, Effect] = {}
        """Why each question was asked when it was: its effect at that moment."""
        self.ending: Ending | None = None
        """Why the scan stopped asking; None while it asks."""
        self._reviewing = False
        """After ``terug``: the questions asked since come again before any new one."""
        super().__init__(kb, role, answers, notes)

    # --- the order ------------------------------------------------------------------------

    def open_questions(self) -> list[str]:
        """Questions that apply, have no answer and wait on no other answer still to come."""
        pending = set(self.unanswered())
        order = self.kb.question_order
        return [q for q in order if q in pending and not self._waits_on(q, pending)]

    def _first_unanswered(self) -> str | None:
        self.ending = None
        open_ = self.open_questions()
        if not open_:
            self.ending = "all"
            return None
        if len(self.given()) >= self.cap:
            self.ending = "cap"
            return None
        pending = set(self.unanswered())
        waiting = [q for q in pending if q not in open_]
        effects = self._picker.effects(self.given(), open_, sorted(waiting))
        best = effects[0]
        if not any(e.decisive for e in effects):
            self.ending = "settled"
            return None
        self.reasons[best.question] = best
        return best.question

    def _next_after(self, question_id: str) -> str | None:
        # After ``terug`` the questions asked since are shown again, in the order asked; after
        # a change from the summary, only what is still to ask.
        if self._reviewing and question_id in self.asked:
            later = self.asked[self.asked.index(question_id) + 1 :]
            for q in later:
                if q in self.applicable():
                    return q
        self._reviewing = False
        return self._first_unanswered()

    def _move_to(self, question_id: str | None) -> None:
        self.current = question_id
        if question_id is not None and question_id not in self.asked:
            self.asked.append(question_id)

    def back(self) -> bool:
        """The question asked before this one (or the last one, after the end)."""
        here = self.asked.index(self.current) if self.current in self.asked else len(self.asked)
        earlier = [q for q in self.asked[:here] if q in self.applicable()]
        if not earlier:
            return False
        self.current = earlier[-1]
        self._reviewing = True
        return True

    def change_role(self, role: str) -> None:
        self._picker = Picker(Forecaster(self._advisor, role))
        super().change_role(role)

    def edit(self, question_id: str) -> None:
        self.current = question_id
        self._reviewing = False

    # --- where it stands ------------------------------------------------------------------

    def progress(self) -> Progress:
        """``vraag 3 van hoogstens 15``: the cap is the most it asks, never exact."""
        number = len(self.given()) + (self.current not in self.answers)
        most = max(number, min(self.cap, len(self.applicable())))
        return Progress(number, most, exact=False, at_most=True)

    def forecaster(self) -> Forecaster:
        return self._picker.forecaster

    def why_now(self, question_id: str) -> Effect | None:
        return self.reasons.get(question_id)

    def skipped(self) -> list[str]:
        """The questions the scan did not ask, in intake order."""
        return self.unanswered()

    # --- what it says at the end ------------------------------------------------------------

    def stop_reason(self, lang: str) -> str | None:
        """Why the scan stopped asking (shown above the summary)."""
        if self.ending == "settled":
            count = answers_count(len(self.given()), lang)
            return t("intake.quick.settled", lang).format(count=count, top=TOP)
        if self.ending == "cap":
            return t("intake.quick.cap", lang).format(cap=self.cap)
        return None

    def skipped_line(self, resume: str, lang: str) -> str | None:
        """What the scan skipped, per category, and the command that asks it (after the
        diagnosis); None when nothing was skipped."""
        skipped = self.skipped()
        if not skipped:
            return None
        per_category: dict[str, int] = {}
        for question_id in skipped:
            category = self.kb.questions[question_id].category
            per_category[category] = per_category.get(category, 0) + 1
        where = ", ".join(
            f"{self.kb.categories[c].name.get(lang).lower()} {n}" for c, n in per_category.items()
        )
        return t("intake.quick.skipped", lang).format(n=len(skipped), where=where, command=resume)
