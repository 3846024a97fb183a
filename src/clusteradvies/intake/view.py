"""What the intake shows, as Rich renderables: a question, its WHY, the summary of answers.

Nothing here reads or writes a terminal — the asker prints what these return — so the same
screens appear in a real terminal, in tests and in recordings. Readable at 80 columns.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from clusteradvies.diagnosis.decisive import Effect
from clusteradvies.diagnosis.outlook import TOP
from clusteradvies.intake.help import QuestionWhy
from clusteradvies.intake.session import Progress
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import UNKNOWN
from clusteradvies.knowledge.models import Question
from clusteradvies.messages import t
from clusteradvies.project.questionnaire import is_unknown
from clusteradvies.render.diagnosis.view import span_text
from clusteradvies.render.labels import answer_label

RULES_AT_FIRST = 3
"""Rules listed on the first ``?``; a popular question is read by twenty and more."""


def question_block(
    question: Question,
    heading: str,
    lang: str,
    current: str | None = None,
    readiness: tuple[int, int] | None = None,
) -> RenderableType:
    """The question with its section and progress, the readiness range so far, its numbered
    choices and current answer."""
    parts: list[RenderableType] = [Text("")]
    if heading:
        parts.append(Text(heading, style="bold cyan"))
    if readiness is not None:
        parts.append(Text(readiness_line(readiness, lang), style="dim"))
    parts.append(Text(question.prompt.get(lang), style="bold"))
    labels = shown_choices(question, lang)
    if labels:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(justify="right", min_width=4)
        grid.add_column(overflow="fold")
        for number, label in enumerate(labels, 1):
            grid.add_row(str(number), label)
        parts.append(grid)
    if current is not None:
        parts.append(Text(t("intake.current", lang).format(value=current), style="dim"))
    return Group(*parts)


def shown_choices(question: Question, lang: str) -> list[str]:
    """The numbered choices: a question's own, and for a yes/no question 1 Ja and 2 Nee, so
    that every closed question is answered the same way (by number, or by word)."""
    if question.type == "yesno":
        return [t("answer.yes", lang), t("answer.no", lang)]
    return [choice.label.get(lang) for choice in question.choices]


YES_NO_NUMBERS = {"1": True, "2": False}
"""What 1 and 2 mean for a yes/no question, as ``shown_choices`` numbers them."""


def heading(category: str, progress: Progress | None, lang: str) -> str:
    """``Vertrouwen · vraag 12 van ~38``; ``~`` while later answers can still change the total;
    ``van hoogstens 15`` in a quick scan."""
    if progress is None:
        return category
    if progress.at_most:
        text = t("intake.progress.most", lang)
        return f"{category} · " + text.format(n=progress.number, total=progress.total)
    total = str(progress.total) if progress.exact else f"~{progress.total}"
    return f"{category} · " + t("intake.progress", lang).format(n=progress.number, total=total)


def readiness_line(readiness: tuple[int, int], lang: str) -> str:
    """``gereedheid nu 35–80`` (one number once the range has closed)."""
    return t("intake.readiness_now", lang).format(range=span_text(readiness))


def choice_block(
    effect: Effect, kb: KnowledgeBase, now: tuple[int, int] | None, band: str, lang: str
) -> RenderableType:
    """Why the quick scan asks this question now: what one of its answers could change."""
    parts: list[RenderableType] = [Text(t("intake.quick.why", lang), style="bold")]
    if effect.entering:
        parts.append(Text(t("intake.quick.entering", lang).format(top=TOP)))
        parts.append(_bullets(Text(kb.advice[a].text.get(lang)) for a in effect.entering))
    for follow_up in effect.opens:
        prompt = kb.questions[follow_up].prompt.get(lang)
        parts.append(Text(t("intake.quick.opens", lang).format(question=prompt)))
    if effect.moves_band:
        parts.append(Text(t("intake.quick.band", lang).format(band=band)))
    if now is not None and effect.narrowest is not None and effect.narrowest != now:
        then = span_text(effect.narrowest)
        narrower = t("intake.quick.narrower", lang).format(now=span_text(now), then=then)
        parts.append(Text(narrower))
    return Group(*parts)


def prompt_text(question: Question, lang: str) -> str:
    """``Antwoord (1–4, Enter = 2): `` — what may be typed, and what Enter gives."""
    if question.type == "yesno":
        hint = t("intake.hint.yesno", lang)
    elif question.type == "integer":
        hint = t("intake.hint.integer", lang).format(min=question.min, max=question.max)
    elif question.type == "multi":
        hint = t("intake.hint.multi", lang).format(n=len(question.choices))
    else:
        hint = t("intake.hint.choice", lang).format(n=len(question.choices))
    if question.default is not None:
        hint += ", " + t("intake.hint.default", lang).format(value=_default(question, lang))
    return f"{t('intake.answer', lang)} ({hint}): "


def _default(question: Question, lang: str) -> str:
    ids = [c.id for c in question.choices]
    if question.default in ids:
        return str(ids.index(str(question.default)) + 1)
    if isinstance(question.default, bool):
        return "1" if question.default else "2"
    return str(question.default)


def why_block(why: QuestionWhy, lang: str, every_rule: bool) -> RenderableType:
    """MYCIN's WHY: the help text, the factors and report sections, the rules that read it."""
    parts: list[RenderableType] = [Text(""), Text(t("intake.why", lang), style="bold yellow")]
    parts.append(Text(why.help, style="italic"))
    if why.factors:
        factors = Text(t("intake.why.factors", lang) + ": ", style="bold")
        factors.append(", ".join(why.factors))
        parts.append(factors)
    if why.sections:
        parts.append(Text(t("intake.why.sections", lang) + ":", style="bold"))
        parts.append(_bullets(_section(s, title) for s, title in why.sections))
    # What the rules that read the answer conclude, in their own words: their ids mean
    # nothing to the person answering (``kb show`` has them), and two rules may say the same.
    meanings = list(dict.fromkeys(rationale for _, rationale in why.rules))
    if meanings:
        shown = meanings if every_rule else meanings[:RULES_AT_FIRST]
        parts.append(Text(t("intake.why.rules", lang) + ":", style="bold"))
        parts.append(_bullets(Text(meaning) for meaning in shown))
        if len(shown) < len(meanings):
            more = t("intake.why.more", lang).format(n=len(meanings) - len(shown))
            parts.append(Text(f"  {more}", style="dim"))
    return Group(*parts)


def _section(section_id: str, title: str) -> Text:
    # Titles of numbered sections start with their number; chapter 0's ids read "0/breed".
    if not title:
        return Text(section_id)
    return Text(title if title.startswith(section_id) else f"{title} ({section_id})")


def _bullets(items: Iterable[Text]) -> Table:
    """A list whose wrapped lines stay indented under their own item."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(min_width=3, justify="right")
    grid.add_column(overflow="fold")
    for item in items:
        grid.add_row("•", item)
    return grid


def answer_text(kb: KnowledgeBase, question_id: str, value: Any, lang: str) -> str:
    """An answer as the respondent recognises it (the choice's label, ja/nee, weet niet)."""
    return answer_label(kb, question_id, UNKNOWN if is_unknown(value) else value, lang)


def current_answer(kb: KnowledgeBase, question_id: str, value: Any, lang: str) -> str:
    """An answer shown again after ``terug``: with the numbers to type for its choices."""
    label = answer_text(kb, question_id, value, lang)
    if isinstance(value, bool):
        return f"{1 if value else 2} — {label}"
    ids = [c.id for c in kb.questions[question_id].choices]
    chosen = value if isinstance(value, list) else [value]
    numbers = [str(ids.index(v) + 1) for v in chosen if v in ids]
    return f"{','.join(numbers)} — {label}" if numbers else label


def answers_count(n: int, lang: str) -> str:
    """``1 antwoord``, ``5 antwoorden``."""
    return t("intake.count.one", lang) if n == 1 else t("intake.count.many", lang).format(n=n)


def notice(text: str, style: str = "") -> Text:
    """One line of feedback, such as why typed text was no answer."""
    return Text(text, style=style)
