"""Whether a diagnosis reaches what a project's ``expect:`` section says the report concludes.

Used by the example tests and by ``check`` (KB015), so a knowledge change that loses one of
the report's lessons fails in both places with the same words.
"""

from __future__ import annotations

from clusteradvies.diagnosis.model import Diagnosis
from clusteradvies.project.model import Expectation

TOP = 5
"""``top_advice`` must be among this many advice groups."""


def unmet(expect: Expectation, diagnosis: Diagnosis) -> list[str]:
    """One message per expectation the diagnosis does not meet (empty when all hold)."""
    problems: list[str] = []
    status = {f.id: f.status for f in diagnosis.factors}
    for wanted, ids in (("strength", expect.strengths), ("concern", expect.concerns)):
        for factor in ids:
            if status.get(factor) != wanted:
                problems.append(
                    f"factor '{factor}' is {status.get(factor, 'missing')}, expected {wanted}"
                )
    recommended = {a.id for a in diagnosis.advice} | {
        r for a in diagnosis.advice for r in a.related
    }
    for advice_id in expect.advice:
        if advice_id not in recommended:
            problems.append(f"advice '{advice_id}' is not recommended")
    top = diagnosis.advice[:TOP]
    in_top = {a.id for a in top} | {r for a in top for r in a.related}
    for advice_id in expect.top_advice:
        if advice_id not in in_top:
            problems.append(f"advice '{advice_id}' is not among the first {TOP}")
    return problems
