"""A Combination as JSON (``combine --format json``): the shared diagnosis as ``advise`` gives
it, plus the partners, one ranked list of advice and disagreements, and per question and per
factor where partners agree and differ. Answers are plain (``weet_niet``, ``null`` for a
question that did not apply), so a script can read them without the knowledge."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from clusteradvies.combine.model import Combination, Disagreement
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import NOT_ASKED, UNKNOWN
from clusteradvies.project.questionnaire import UNKNOWN_WORD
from clusteradvies.render.diagnosis.json_format import advice_json, diagnosis_json
from clusteradvies.render.formats import RenderOptions
from clusteradvies.render.labels import answer_label


def plain_answer(value: Any) -> Any:
    """An answer as a project file writes it: ``weet_niet``, ``null`` where it did not apply."""
    if isinstance(value, str) and value == UNKNOWN:
        return UNKNOWN_WORD
    if isinstance(value, str) and value == NOT_ASKED:
        return None
    return list(value) if isinstance(value, tuple) else value


def combination_json(
    combination: Combination, kb: KnowledgeBase, options: RenderOptions
) -> dict[str, Any]:
    lang = options.lang
    ranked = combination.ranked
    shown = ranked if options.top == 0 else ranked[: options.top]
    return {
        "partners": [
            {
                "label": partner.label,
                "name": partner.project.name,
                "role": partner.project.role,
                "readiness": diagnosis.readiness,
                "band": diagnosis.band,
                "categories": {c.id: c.score for c in diagnosis.categories},
            }
            for partner, diagnosis in zip(
                combination.partners, combination.partner_diagnoses, strict=True
            )
        ],
        "combined": diagnosis_json(combination.diagnosis, kb, options),
        "ranked": [
            _disagreement(kb, item, rank, lang)
            if isinstance(item, Disagreement)
            else {"kind": "advice", **advice_json(kb, item, rank, lang)}
            for rank, item in enumerate(shown, 1)
        ],
        "ranked_total": len(ranked),
        "disagreements": [
            _disagreement(kb, d, ranked.index(d) + 1, lang) for d in combination.disagreements
        ],
        "questions": [
            {
                "question": q.question,
                "prompt": kb.questions[q.question].prompt.get(lang),
                "agreement": q.agreement,
                "answers": {
                    label: plain_answer(a)
                    for label, a in zip(combination.labels, q.answers, strict=True)
                },
                "shared": plain_answer(q.shared),
                "shared_label": answer_label(kb, q.question, q.shared, lang),
                "rule": q.rule,
                "unknown_to": list(q.unknown_to),
            }
            for q in combination.questions
        ],
        "factors": [
            {
                "factor": f.factor,
                "name": kb.factors[f.factor].name.get(lang),
                "agreement": f.agreement,
                "statuses": dict(zip(combination.labels, f.statuses, strict=True)),
                "shared": f.shared,
            }
            for f in combination.factors
        ],
        "knowledge_gaps": [
            {"question": q.question, "unknown_to": list(q.unknown_to)}
            for q in combination.knowledge_gaps
        ],
    }


def _disagreement(kb: KnowledgeBase, item: Disagreement, rank: int, lang: str) -> dict[str, Any]:
    question = kb.questions[item.question]
    assert question.shared_view is not None  # only such questions give disagreements
    return {
        "kind": "disagreement",
        "rank": rank,
        "question": item.question,
        "prompt": question.prompt.get(lang),
        "choices": list(item.choices),
        "positions": {label: plain_answer(answer) for label, answer in item.positions},
        "text": question.shared_view.advice.get(lang),
        "priority": item.priority,
        "sources": list(item.sources),
        "model": {
            "weight": question.shared_view.weight,
            "spread": item.spread,
            "severity": item.severity,
            "timing": item.timing,
            "confidence": item.confidence,
        },
    }


@dataclass(frozen=True)
class CombinationJson:
    """The combination as one JSON object, with ids, for tools."""

    kb: KnowledgeBase
    options: RenderOptions = field(default_factory=RenderOptions)

    def render(self, combination: Combination) -> str:
        data = combination_json(combination, self.kb, self.options)
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
