"""What-if: which few answers, changed to what the collaboration could realistically reach,
would raise the readiness it can count on most.

Only answers the collaboration can change itself are tried (``changeable:`` in the
questionnaire: agreements, a leader, a milestone — not firm size or sector), each one realistic
step towards the safer end (``safer:``): from "weinig" trust to "redelijk", not to "veel"; one
more agreement on paper — and on a partly known list, one more while the rest stays open. Each
change is tried by re-running the engine, never by guessing, and
ranked by what it adds to the *lower end* of the readiness range: what the collaboration secures
whatever its unknown answers turn out to be.
"""

from __future__ import annotations

from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.diagnosis.model import Change, Diagnosis, WhatIf
from clusteradvies.project.model import Project
from clusteradvies.project.safety import one_step_safer

LIMIT = 5


def what_if(
    advisor: Advisor, project: Project, diagnosis: Diagnosis, limit: int = LIMIT
) -> tuple[WhatIf, ...]:
    """The single changes that help most, best first, and — when several help — all of them
    together as the last entry."""
    kb = advisor.kb
    tried: list[WhatIf] = []
    for question_id in kb.question_order:
        question = kb.questions[question_id]
        if not question.changeable or question_id not in project.answers:
            continue
        value = project.answers[question_id]
        after = one_step_safer(question, value)
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
    changed = advisor.diagnose(project.model_copy(update={"answers": answers}), explain=False)
    before_concerns = {f.id for f in diagnosis.factors if f.status == "concern"}
    after_concerns = {f.id for f in changed.factors if f.status == "concern"}
    lifted = tuple(f for f in advisor.kb.factors if f in before_concerns - after_concerns)
    gain = 0
    if diagnosis.readiness_range is not None and changed.readiness_range is not None:
        gain = changed.readiness_range[0] - diagnosis.readiness_range[0]
    leading = tuple(
        a.id for a in diagnosis.advice if set(advisor.kb.advice[a.id].addresses) & set(lifted)
    )
    floor = changed.readiness_range[0] if changed.readiness_range else None
    return WhatIf(changes, changed.readiness, gain, lifted, leading, floor)
