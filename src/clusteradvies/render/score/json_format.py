"""A batch as JSON: a list with one object per file, in input order (``score --format json``),
written one object at a time as the results arrive.

Keys and ids are language-free; names and advice texts are in the chosen language. The advice
items carry the same keys as ``advise --format json`` has for them, without the explanation.
``below_threshold`` is null without ``--fail-under``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.render.formats import RenderOptions
from clusteradvies.render.labels import concern_text
from clusteradvies.render.problem_text import localised
from clusteradvies.score.batch import ScoreReport, ScoreResult, Unscored, is_below


def result_json(result: ScoreResult, fail_under: float | None, kb: KnowledgeBase, lang: str) -> Any:
    if isinstance(result, Unscored):
        return {
            "file": result.file,
            "status": result.status,
            "errors": [
                {"line": p.line, "column": p.column, "key": p.path, "message": p.message}
                for p in (localised(problem, lang) for problem in result.problems)
            ],
        }
    concern = result.top_concern
    return {
        "file": result.file,
        "status": result.status,
        "name": result.name,
        "role": result.role,
        "readiness": result.readiness,
        "readiness_range": list(result.readiness_range) if result.readiness_range else None,
        "band": result.band,
        "coverage": result.coverage,
        "below_threshold": None if fail_under is None else is_below(result, fail_under),
        "categories": [
            {
                "id": c.id,
                "name": kb.categories[c.id].name.get(lang),
                "score": c.score,
                "band": c.band,
            }
            for c in result.categories
        ],
        "weakest": list(result.weakest),
        "top_concern": (
            None if concern is None else {"id": concern, "name": concern_text(kb, concern, lang)}
        ),
        "advice": [
            {
                "id": a.id,
                "rank": rank,
                "priority": a.priority,
                "category": a.category,
                "text": kb.advice[a.id].text.get(lang),
                "sources": list(a.sources),
                "related": [{"id": r, "text": kb.advice[r].text.get(lang)} for r in a.related],
            }
            for rank, a in enumerate(result.advice, 1)
        ],
        "advice_total": result.advice_total,
    }


@dataclass(frozen=True)
class ScoreJson:
    """A list with one object per file, in input order."""

    kb: KnowledgeBase
    options: RenderOptions = field(default_factory=RenderOptions)

    def render(self, report: ScoreReport) -> str:
        return "".join(self.stream(report.results, report.fail_under))

    def stream(self, results: Iterable[ScoreResult], fail_under: float | None) -> Iterator[str]:
        """The list, one object at a time: byte for byte what ``json.dumps(list, indent=2)``
        writes (each object dumped alone, its lines indented one level more)."""
        first = True
        for result in results:
            data = result_json(result, fail_under, self.kb, self.options.lang)
            text = json.dumps(data, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            yield ("[\n  " if first else ",\n  ") + text
            first = False
        yield "[]\n" if first else "\n]\n"
