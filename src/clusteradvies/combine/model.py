"""The result of combining several partners' answers: one value that every format renders.

``combine`` builds it; ``formats`` render it. Partners are always listed in the order their
files were given, and every per-partner tuple here follows that order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from clusteradvies.diagnosis.model import AdviceResult, Diagnosis, Status
from clusteradvies.project.model import Project

Rule = Literal[
    "same", "riskiest", "majority", "tie", "median", "majority_choices", "no_majority", "nobody"
]
"""How a shared answer came about (see ``combine.shared_answer``)."""
Agreement = Literal["agree", "differ", "single", "nobody"]
"""``agree``: two or more partners know and say the same; ``differ``: those who know differ;
``single``: only one partner knows; ``nobody``: no partner knows (or it applies to nobody)."""


@dataclass(frozen=True)
class Partner:
    """One partner's answers and how to show them."""

    label: str
    """The file's stem (its path when two stems clash): names differ per partner."""
    project: Project


@dataclass(frozen=True)
class QuestionAgreement:
    """Where partners stand on one question, and the shared answer taken from them."""

    question: str
    answers: tuple[Any, ...]
    """Each partner's resolved answer: a value, UNKNOWN ("weet niet") or NOT_ASKED."""
    shared: Any
    """The answer of the combined project (UNKNOWN where none could be taken)."""
    rule: Rule
    agreement: Agreement
    unknown_to: tuple[str, ...]
    """Labels of partners who did not know while another partner did: a gap in shared
    knowledge. Empty when nobody knew (then it is an ordinary information gap)."""


@dataclass(frozen=True)
class FactorAgreement:
    """One factor as each partner's own answers assess it, and as the combination does."""

    factor: str
    statuses: tuple[Status, ...]
    shared: Status
    agreement: Agreement
    """Over the partners whose answers assess the factor at all (status not unknown)."""


@dataclass(frozen=True)
class Disagreement:
    """Partners differ on a question they must see alike (``shared_view`` in the knowledge).

    Its priority is on the advice scale: weight × severity × timing × confidence
    (``disagreements`` explains each term).
    """

    question: str
    positions: tuple[tuple[str, Any], ...]
    """``(partner label, answer)`` of each partner who knew."""
    choices: tuple[str, ...]
    """For a multi question, the choices partners differ on naming (empty: the whole answer)."""
    spread: float
    """0–1: how far apart the answers are (1 for any difference without an order)."""
    priority: float
    severity: float
    timing: float
    confidence: float
    sources: tuple[str, ...]


RankedItem = AdviceResult | Disagreement
"""One entry of the ranked list: knowledge-base advice or a disagreement to settle."""


@dataclass(frozen=True)
class Combination:
    """Several partners' view of one collaboration, combined and compared."""

    partners: tuple[Partner, ...]
    project: Project
    """The combined project, as the shared answers make it."""
    diagnosis: Diagnosis
    """The usual diagnosis of the combined project."""
    partner_diagnoses: tuple[Diagnosis, ...]
    """Each partner's own diagnosis, for the per-factor and per-category comparison."""
    questions: tuple[QuestionAgreement, ...]
    """Every question in intake order."""
    factors: tuple[FactorAgreement, ...]
    disagreements: tuple[Disagreement, ...]
    """Highest priority first."""

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(p.label for p in self.partners)

    @property
    def ranked(self) -> tuple[RankedItem, ...]:
        """Advice and disagreements in one list, highest priority first.

        On equal priority a disagreement comes first: advice built on answers the partners
        do not share is only as good as their agreement.
        """
        findings: list[RankedItem] = [*self.disagreements, *self.diagnosis.advice]
        ordered = sorted(enumerate(findings), key=lambda pair: (-pair[1].priority, pair[0]))
        return tuple(finding for _, finding in ordered)

    @property
    def knowledge_gaps(self) -> tuple[QuestionAgreement, ...]:
        """Questions some partners knew and others answered "weet niet", in intake order."""
        return tuple(q for q in self.questions if q.unknown_to)
