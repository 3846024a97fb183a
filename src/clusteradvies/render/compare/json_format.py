"""A Comparison as JSON (``compare --format json``): every change with ids, before and after,
so a script can track a collaboration over more than two assessments."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from clusteradvies.compare.comparison import AdviceChange, Comparison, ScoreChange
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.render.combine.json_format import plain_answer
from clusteradvies.render.formats import RenderOptions


def comparison_json(
    comparison: Comparison, kb: KnowledgeBase, options: RenderOptions
) -> dict[str, Any]:
    lang = options.lang
    old, new = comparison.old, comparison.new

    def advice(changes: tuple[AdviceChange, ...]) -> list[dict[str, Any]]:
        return [
            {
                "id": a.advice,
                "text": kb.advice[a.advice].text.get(lang),
                "rank_before": a.before,
                "rank_after": a.after,
            }
            for a in changes
        ]

    return {
        "name": {"before": old.name, "after": new.name},
        "language": lang,
        "readiness": _score(comparison.readiness),
        "band": {"before": old.band, "after": new.band},
        "categories": [
            {"id": c.id, "name": kb.categories[c.id].name.get(lang), **_score(c)}
            for c in comparison.categories
        ],
        "factors": [
            {
                "id": f.factor,
                "name": kb.factors[f.factor].name.get(lang),
                "before": f.before,
                "after": f.after,
                "direction": f.direction,
            }
            for f in comparison.factors
            if f.direction != "unchanged"
        ],
        "advice": {
            "done": advice(comparison.done),
            "new": advice(comparison.new_advice),
            "open": advice(comparison.still_open),
        },
        "answers": [
            {
                "question": a.question,
                "prompt": kb.questions[a.question].prompt.get(lang),
                "before": plain_answer(a.before),
                "after": plain_answer(a.after),
            }
            for a in comparison.answers
        ],
        "gaps": {"before": len(old.gaps), "after": len(new.gaps)},
    }


def _score(change: ScoreChange) -> dict[str, Any]:
    return {"before": change.before, "after": change.after, "change": change.delta}


@dataclass(frozen=True)
class ComparisonJson:
    """The comparison as one JSON object, with ids, for tools."""

    kb: KnowledgeBase
    options: RenderOptions = field(default_factory=RenderOptions)

    def render(self, comparison: Comparison) -> str:
        data = comparison_json(comparison, self.kb, self.options)
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
