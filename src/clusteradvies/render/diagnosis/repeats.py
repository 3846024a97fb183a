"""Say each thing once per piece of advice.

The diagnosis keeps every reason of every advice, and the JSON output shows them all. Read as
text, the same reasons come back: one rule recommends both a headline and an item grouped under
it; two rules rest on the same answer; the advice's detail says what its reason says. Within one
item (a headline and what is grouped under it) this keeps:

* a reason once — an item under *Hoort hierbij* lists only reasons not given above it;
* the answers a reason rests on once — a later reason on the same answers does not repeat them;
* the detail only where no reason says nearly the same (the reason is about *these* answers).
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Iterable

from clusteradvies.render.diagnosis.view_model import AdviceView, ReasonView

ALIKE = 0.6
"""Two texts this similar (difflib's ratio over their words) say the same thing."""


def without_repeats(item: AdviceView) -> AdviceView:
    """``item`` with every reason, and every list of answers, shown once."""
    said: set[str] = set()
    answered: set[tuple[tuple[str, str], ...]] = set()

    def new(reasons: Iterable[ReasonView]) -> tuple[ReasonView, ...]:
        kept = []
        for reason in reasons:
            if reason.rationale in said:
                continue
            said.add(reason.rationale)
            if reason.answers in answered:
                reason = dataclasses.replace(reason, answers=())
            else:
                answered.add(reason.answers)
            kept.append(reason)
        return tuple(kept)

    why = new(item.why)
    related = tuple(dataclasses.replace(r, why=new(r.why)) for r in item.related)
    detail = item.detail
    if detail is not None and any(alike(detail, reason.rationale) for reason in why):
        detail = None
    return dataclasses.replace(item, why=why, related=related, detail=detail)


def alike(one: str, other: str) -> bool:
    """Whether two texts say nearly the same, word for word."""
    words = [text.casefold().split() for text in (one, other)]
    return difflib.SequenceMatcher(a=words[0], b=words[1]).ratio() >= ALIKE
