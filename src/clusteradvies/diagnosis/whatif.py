"""What-if: which few answers, changed to what the collaboration could realistically reach,
would lift the most concerns and raise readiness most.

"Realistically" means one step towards the safer end of a question that has one (``safer:``
in the questionnaire): from "weinig" trust to "redelijk", not to "veel"; from no milestone to
one after a year. Each change is tried by re-running the engine, never by guessing.
"""

from __future__ import annotations

from typing import Any

from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.diagnosis.model import Change, Diagnosis, WhatIf
from clusteradvies.knowledge.models import Question
from clusteradvies.project.model import Project
from clusteradvies.project.questionnaire import is_unknown

LIMIT = 5


def one_step_safer(question: Question, value: Any) -> Any | None:
    """The next safer answer, or None when there is none (already safest, unordered, unknown)."""
    if question.safer is None or is_unknown(value):
        return None
    if question.type == "yesno":
        safe = question.safer == "higher"
        return safe if value is not safe else None
    if question.type == "integer":
        assert question.min is not None and question.max is not None
        moved = value + (1 if question.safer == "higher" else -1)
        return moved if question.min <= moved <= question.max else None
    ids = [c.id for c in question.choices]
    if value not in ids:
        return None
    index = ids.index(value) + (-1 if question.safer == "first" else 1)
    return ids[index] if 0 <= index < len(ids) else None


def what_if(
    advisor: Advisor, project: Project, diagnosis: Diagnosis, limit: int = LIMIT
) -> tuple[WhatIf, ...]:
    """The single changes that help most, best first, and — when several help — all of them
    together as the last entry."""
    kb = advisor.kb
    tried: list[WhatIf] = []
    for question_id in kb.question_order:
        if question_id not in project.answers:
            continue
        value = project.answers[question_id]
        after = one_step_safer(kb.questions[question_id], value)
        if after is None:
            continue
        result = _try(advisor, project, diagnosis, (Change(question_id, value, after),))
        if result.gain > 0 or result.lifted:
            tried.append(result)
    order = kb.question_order
    tried.sort(key=lambda w: (-w.gain, -len(w.lifted), order.index(w.changes[0].question)))
    best = tried[:limit]
    if len(best) > 1:
        together = tuple(w.changes[0] for w in best)
        best.append(_try(advisor, project, diagnosis, together))
    return tuple(best)


def _try(
    advisor: Advisor, project: Project, diagnosis: Diagnosis, changes: tuple[Change, ...]
) -> WhatIf:
    answers = {**project.answers, **{c.question: c.after for c in changes}}
    changed = advisor.diagnose(project.model_copy(update={"answers": answers}))
    before_concerns = {f.id for f in diagnosis.factors if f.status == "concern"}
    after_concerns = {f.id for f in changed.factors if f.status == "concern"}
    lifted = tuple(f for f in advisor.kb.factors if f in before_concerns - after_concerns)
    gain = 0
    if diagnosis.readiness is not None and changed.readiness is not None:
        gain = changed.readiness - diagnosis.readiness
    leading = tuple(
        a.id for a in diagnosis.advice if set(advisor.kb.advice[a.id].addresses) & set(lifted)
    )
    return WhatIf(changes, changed.readiness, gain, lifted, leading)
