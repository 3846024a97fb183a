"""The summary before the diagnosis: every answer once, numbered; then only what changed.

From the summary the respondent can change any answer (by its number), the collaboration's
name (``n``) and their role (``r``), see the whole list again (``l``), or go on (Enter). After a
change the conversation comes back here and shows the answers that changed — not the whole
list of a hundred lines again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from clusteradvies.diagnosis.decisive import Effect
from clusteradvies.diagnosis.outlook import TOP
from clusteradvies.intake.respondent import ask_name, ask_role
from clusteradvies.intake.view import answer_text, notice
from clusteradvies.intake.words import BACK_WORDS, STOP_WORDS, Stopped, word
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.messages import t
from clusteradvies.project.questionnaire import is_unknown
from clusteradvies.render.layout import marked

if TYPE_CHECKING:
    from clusteradvies.intake.dialogue import Dialogue

SHOWN_UNKNOWNS = 5
"""How many "weet niet" answers the summary names as the ones to find out first."""

NAME_WORDS = frozenset({"n", "naam", "name"})
ROLE_WORDS = frozenset({"r", "rol", "role"})
LIST_WORDS = frozenset({"l", "lijst", "list"})


class Summary:
    """The summary screen of one conversation; it remembers what it showed last."""

    def __init__(self, talk: Dialogue) -> None:
        self.talk = talk
        self.shown: dict[str, Any] | None = None
        """The answers as the screen last showed them; None before the first time."""

    def confirmed(self) -> bool:
        """True on Enter; False when there are questions to ask first (a changed answer,
        ``terug``, or a role that makes other questions relevant)."""
        talk, session, lang = self.talk, self.talk.session, self.talk.lang
        if self.shown is None:
            self._show_all()
        else:
            talk.asker.say(changes(session.kb, self.shown, session.given(), lang))
        self.shown = session.given()
        while True:
            numbered = list(session.given())
            typed = word(talk.asker.ask(t("intake.summary.prompt", lang) + ": "))
            if not typed:
                return True
            if typed in STOP_WORDS:
                raise Stopped
            if typed in BACK_WORDS and session.back():
                return False
            if typed.isdigit() and 1 <= int(typed) <= len(numbered):
                session.edit(numbered[int(typed) - 1])
                return False
            if typed in LIST_WORDS:
                self._show_all()
            elif typed in NAME_WORDS:
                talk.name = ask_name(talk.asker, lang, talk.name)
                talk.save(talk.name)
                talk.asker.say(notice(f"{t('intake.summary.name', lang)}: {talk.name}", "dim"))
            elif typed in ROLE_WORDS:
                role = ask_role(talk.asker, session.kb, lang, session.role)
                if role != session.role:
                    session.change_role(role)
                    talk.save(talk.name)
                    if session.current is not None:
                        return False  # the questions the new role brings come first
                    talk.asker.say(changes(session.kb, self.shown, session.given(), lang))
                    self.shown = session.given()
                label = t(f"role.{session.role}", lang)
                talk.asker.say(notice(f"{t('role', lang).capitalize()}: {label}", "dim"))
            else:
                message = t("intake.summary.invalid", lang).format(n=len(numbered))
                talk.asker.say(notice(message, "red"))

    def _show_all(self) -> None:
        talk, session = self.talk, self.talk.session
        talk.asker.say(notice(""))
        table = summary_table(
            session.kb, session.given(), talk.lang, talk.name, session.role, session.notes
        )
        talk.asker.say(table)
        given = session.given()
        if any(is_unknown(v) for v in given.values()):
            talk.asker.say(unknowns_block(session.kb, given, session.unknown_effects(), talk.lang))


def summary_table(
    kb: KnowledgeBase,
    answers: dict[str, Any],
    lang: str,
    name: str = "",
    role: str | None = None,
    notes: dict[str, str] | None = None,
) -> RenderableType:
    """Every answer, numbered for changing, grouped by category; the name (``n``) and role
    (``r``) above them; a note under its answer."""
    table = Table(
        title=t("intake.summary", lang),
        title_justify="left",
        title_style="bold",
        box=box.SIMPLE_HEAD,
        expand=False,
    )
    table.add_column("#", justify="right")
    table.add_column(t("intake.summary.question", lang), overflow="fold", ratio=3)
    table.add_column(t("intake.summary.answer", lang), overflow="fold", ratio=2)
    if name:
        table.add_row("n", t("intake.summary.name", lang), name)
    if role is not None:
        table.add_row("r", t("role", lang).capitalize(), t(f"role.{role}", lang))
    category = None
    for number, question_id in enumerate(answers, 1):
        question = kb.questions[question_id]
        if question.category != category:
            category = question.category
            table.add_row("", Text(kb.categories[category].name.get(lang), style="bold cyan"), "")
        answer = Text(answer_text(kb, question_id, answers[question_id], lang))
        if notes and question_id in notes:
            answer.append(f"\n✎ {notes[question_id]}", style="dim")
        table.add_row(str(number), question.prompt.get(lang), answer)
    return table


def unknowns_block(
    kb: KnowledgeBase, answers: dict[str, Any], effects: list[Effect], lang: str
) -> RenderableType:
    """Which "weet niet" answers to find out first: those whose answer could change the top
    advice or the band, the most decisive first (``effects``, as the quick scan measures
    them), each with its number in the summary so it can be answered straight away."""
    numbers = {question: str(i) for i, question in enumerate(answers, 1)}
    if not effects:
        unknown = sum(is_unknown(v) for v in answers.values())
        settled = t("intake.summary.unknowns.none", lang).format(n=unknown, top=TOP)
        return Group(Text(""), Text(settled, style="dim"))
    rows: list[tuple[str, RenderableType]] = []
    for effect in effects[:SHOWN_UNKNOWNS]:
        could = []
        if effect.entering:
            could.append(t("intake.summary.unknown.top", lang).format(top=TOP))
        if effect.moves_band:
            could.append(t("intake.summary.unknown.band", lang))
        line = Text(kb.questions[effect.question].prompt.get(lang) + " — ")
        line.append(", ".join(could), style="cyan")
        rows.append((numbers[effect.question], line))
    parts: list[RenderableType] = [Text(""), Text(t("intake.summary.unknowns", lang), style="bold")]
    parts.append(marked(rows, style="bold"))
    if len(effects) > SHOWN_UNKNOWNS:
        more = t("intake.summary.unknowns.more", lang).format(
            n=len(effects) - SHOWN_UNKNOWNS, top=TOP
        )
        parts.append(Text(more, style="dim"))
    parts.append(Text(t("intake.summary.unknowns.hint", lang), style="dim"))
    return Group(*parts)


def changes(
    kb: KnowledgeBase, before: dict[str, Any], after: dict[str, Any], lang: str
) -> RenderableType:
    """The answers that differ between two moments, each with its number in ``after``."""
    numbers = {question: str(i) for i, question in enumerate(after, 1)}
    changed: list[tuple[str, RenderableType]] = []
    for question_id in [*after, *(q for q in before if q not in after)]:
        old, new = before.get(question_id), after.get(question_id)
        if old == new:
            continue
        line = Text(kb.questions[question_id].prompt.get(lang) + ": ")
        shown = [
            "–" if value is None else answer_text(kb, question_id, value, lang)
            for value in (old, new)
        ]
        line.append(" → ".join(shown), style="cyan")
        changed.append((numbers.get(question_id, "–"), line))
    if not changed:
        return Group(Text(""), Text(t("intake.summary.unchanged", lang), style="dim"))
    return Group(Text(""), marked(changed, style="bold"))
