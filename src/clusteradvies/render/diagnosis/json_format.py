"""Diagnosis as JSON: the stable, machine-readable form (``advise --format json``)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from clusteradvies.diagnosis.model import AdviceResult, Coverage, Diagnosis, Reason
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import NOT_ASKED, UNKNOWN
from clusteradvies.render.formats import RenderOptions
from clusteradvies.render.labels import answer_label


def reason_json(kb: KnowledgeBase, reason: Reason, lang: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "rule": reason.rule,
        "rationale": kb.rules[reason.rule].rationale.get(lang),
        "answers": [
            {
                "question": a.question,
                "value": _plain(a.value),
                "answer": answer_label(kb, a.question, a.value, lang),
            }
            for a in reason.answers
        ],
        "facts": [{"fact": f, "value": v} for f, v in reason.facts],
        "sources": list(kb.rules[reason.rule].sources),
    }
    if reason.effect:
        out["effect"] = reason.effect
        out["weight"] = reason.weight
    return out


def advice_json(kb: KnowledgeBase, item: AdviceResult, rank: int, lang: str) -> dict[str, Any]:
    advice = kb.advice[item.id]
    return {
        "id": item.id,
        "rank": rank,
        "priority": item.priority,
        "urgency": item.urgency,
        "about_unknown": item.about_unknown,
        "category": item.category,
        "text": advice.text.get(lang),
        "detail": advice.detail.get(lang) if advice.detail else None,
        "why": [reason_json(kb, r, lang) for r in item.why],
        "sources": list(item.sources),
        "related": [
            {
                "id": g.id,
                "text": kb.advice[g.id].text.get(lang),
                "why": [reason_json(kb, r, lang) for r in g.why],
            }
            for g in item.grouped
        ],
        "model": {
            "weight": advice.weight,
            "severity": item.severity,
            "timing": item.timing,
            "confidence": item.confidence,
        },
    }


def coverage_json(coverage: Coverage) -> dict[str, Any]:
    return {
        "answered": coverage.answered,
        "applicable": coverage.applicable,
        "share": round(coverage.share, 2),
    }


def _span(span: tuple[int, int] | None) -> list[int] | None:
    return list(span) if span is not None else None


def _plain(value: Any) -> Any:
    if isinstance(value, str) and value == UNKNOWN:
        return "weet_niet"
    if isinstance(value, str) and value == NOT_ASKED:
        return None
    if isinstance(value, tuple):
        return list(value)
    return value


def diagnosis_json(
    diagnosis: Diagnosis, kb: KnowledgeBase, options: RenderOptions
) -> dict[str, Any]:
    lang = options.lang
    shown = diagnosis.advice if options.top == 0 else diagnosis.advice[: options.top]
    return {
        "name": diagnosis.name,
        "role": diagnosis.role,
        "language": lang,
        "readiness": diagnosis.readiness,
        "readiness_range": _span(diagnosis.readiness_range),
        "band": diagnosis.band,
        "coverage": coverage_json(diagnosis.coverage),
        "categories": [
            {
                "id": c.id,
                "name": kb.categories[c.id].name.get(lang),
                "score": c.score,
                "score_range": _span(c.score_range),
                "band": c.band,
                "coverage": coverage_json(c.coverage),
                "too_little_known": c.too_little_known,
                "strengths": list(c.strengths),
                "concerns": list(c.concerns),
            }
            for c in diagnosis.categories
        ],
        "factors": [
            {
                "id": f.id,
                "category": f.category,
                "status": f.status,
                "score": f.score,
                "name": kb.factors[f.id].name.get(lang),
                "evidence": [reason_json(kb, r, lang) for r in f.evidence],
            }
            for f in diagnosis.factors
        ],
        "advice": [advice_json(kb, item, i, lang) for i, item in enumerate(shown, 1)],
        "advice_total": len(diagnosis.advice),
        "in_place": [{"id": a, "text": kb.advice[a].text.get(lang)} for a in diagnosis.in_place],
        "gaps": [
            {
                "question": g.question,
                "prompt": kb.questions[g.question].prompt.get(lang),
                "impact": g.impact,
                "blocked_rules": list(g.blocked_rules),
                "blocked_advice": list(g.blocked_advice),
                "partly": g.partly,
            }
            for g in diagnosis.gaps
        ],
        "facts": [{"fact": f, "value": v} for f, v in diagnosis.facts],
        "chain": list(diagnosis.chain),
        "what_if": [
            {
                "changes": [
                    {"question": c.question, "from": _plain(c.before), "to": _plain(c.after)}
                    for c in w.changes
                ],
                "readiness": w.readiness,
                "floor": w.floor,
                "gain": w.gain,
                "lifted": list(w.lifted),
                "advice": list(w.advice),
            }
            for w in diagnosis.what_if
        ],
        "similar_cases": [
            {
                "id": case_id,
                "name": kb.cases[case_id].name,
                "section": kb.cases[case_id].section,
                "outcome": kb.cases[case_id].outcome,
                "similarity": similarity,
                "lessons": [lesson.text.get(lang) for lesson in kb.cases[case_id].lessons],
            }
            for case_id, similarity in diagnosis.similar_cases
        ],
    }


@dataclass(frozen=True)
class DiagnosisJson:
    """The diagnosis as one JSON object: the stable form for tools."""

    kb: KnowledgeBase
    options: RenderOptions = field(default_factory=RenderOptions)

    def render(self, diagnosis: Diagnosis) -> str:
        data = diagnosis_json(diagnosis, self.kb, self.options)
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
