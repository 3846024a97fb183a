"""The words of a diagnosis, as the text, Markdown and report formats lay them out: plain
frozen data, built by ``view.build_view``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReasonView:
    rationale: str
    answers: tuple[tuple[str, str], ...]
    """(question prompt, answer label)"""
    facts: tuple[str, ...]
    rule: str


@dataclass(frozen=True)
class RelatedView:
    """An item grouped under a headline, with its own reasons."""

    text: str
    why: tuple[ReasonView, ...]


@dataclass(frozen=True)
class AdviceView:
    rank: int
    id: str
    text: str
    detail: str | None
    urgency: str
    """When to act, in words (eerst, daarna, later, eerst uitzoeken)."""
    why: tuple[ReasonView, ...]
    sources: str
    related: tuple[RelatedView, ...]


@dataclass(frozen=True)
class ProfileRow:
    name: str
    score: str
    """``58``, a range ``40–75``, or ``–`` without evidence."""
    band: str
    strengths: tuple[str, ...]
    concerns: tuple[str, ...]


@dataclass(frozen=True)
class GapView:
    prompt: str
    impact: str
    hint: str | None


@dataclass(frozen=True)
class CaseView:
    title: str
    """Name, section and how alike, e.g. ``PortNET (3.1) — 75% overeenkomst``."""
    lessons: tuple[str, ...]


@dataclass(frozen=True)
class WhatIfView:
    changes: tuple[str, ...]
    """``question: from → to`` per changed answer."""
    effect: str
    lifted: tuple[str, ...]
    advice: tuple[str, ...]


@dataclass(frozen=True)
class ChainStep:
    rule: str
    rationale: str
    conclusions: str


@dataclass(frozen=True)
class DiagnosisView:
    headline: str
    role: str
    scale: str
    profile: tuple[ProfileRow, ...]
    advice: tuple[AdviceView, ...]
    hidden_advice: int
    gaps: tuple[GapView, ...]
    cases: tuple[CaseView, ...]
    what_if: tuple[WhatIfView, ...]
    chain: tuple[ChainStep, ...]
    in_place: tuple[str, ...] = ()
    """Advice the answers show is already followed."""
