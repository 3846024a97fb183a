"""Which of the report's cases resemble a project, judged by the facts derived for it.

A case's ``profile`` lists the facts that describe it (type of cooperation, size mix, network,
intensity, funding, …). A project resembles a case by the share of that profile it shares;
profiles shorter than ``MIN_PROFILE`` count as that long, so that a case described by a single
fact cannot look like a perfect match for everything that has it.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from clusteradvies.knowledge.base import KnowledgeBase

MIN_PROFILE = 3
THRESHOLD = 0.5
LIMIT = 3


def similar_cases(
    kb: KnowledgeBase, facts: Collection[tuple[str, Any]], limit: int = LIMIT
) -> tuple[tuple[str, float], ...]:
    """Up to ``limit`` ``(case id, similarity 0–1)``, most similar first, at least THRESHOLD."""
    scored = []
    for order, case in enumerate(kb.cases.values()):
        if not case.profile:
            continue
        shared = sum(1 for name, value in case.profile.items() if (name, value) in facts)
        similarity = round(shared / max(len(case.profile), MIN_PROFILE), 2)
        if similarity >= THRESHOLD:
            scored.append((-similarity, order, case.id, similarity))
    scored.sort()
    return tuple((case_id, similarity) for _, _, case_id, similarity in scored[:limit])
