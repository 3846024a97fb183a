"""The figures: how one diagnosis measures up to its annotation, and all of them together.

* **recall@8** — the share of the must-recommend advice found among the first eight advice
  groups, counting each group's headline and the items grouped under it (``related``); over the
  whole set the found and the expected ids are pooled, so a project with five musts weighs more
  than one with two.
* **must-not items** — the advice ids in those eight groups (headlines and grouped items) that
  the annotation calls wrong for the project; over the set, pooled over all top-8 items.
* **flagged strengths** — factors the annotation shows in place that the diagnosis calls a
  concern.
* **band agreement** — the annotated band (``onzeker`` included) against the diagnosis' band;
  and, more leniently, whether the annotated band is among those the readiness range spans
  (where the tool says *onzeker*, it still names the bands its range covers).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from clusteradvies.diagnosis.model import Diagnosis
from clusteradvies.diagnosis.scoring import bands_of_range
from evaluation.annotations import Annotation

TOP = 8
"""How many advice groups count: what a client reads first."""
RECALL_TARGET = 0.90
"""Issue 11: at least this share of the must-recommend advice reaches the top 8."""


@dataclass(frozen=True)
class ProjectScore:
    """One project's figures."""

    stem: str
    found: tuple[str, ...]
    """Must-recommend ids among the top-8 items."""
    missed: tuple[str, ...]
    """Must-recommend ids not among them."""
    items: int
    """Advice ids in the top 8 groups, headlines and grouped items together."""
    wrong: tuple[str, ...]
    """Must-not ids among the top-8 items, in rank order."""
    flagged: tuple[str, ...]
    """Annotated not-concerns that the diagnosis calls a concern."""
    band_expected: str
    band_given: str | None
    bands_spanned: tuple[str, ...] = ()
    """The bands the diagnosis' readiness range covers."""

    @property
    def recall(self) -> float:
        total = len(self.found) + len(self.missed)
        return len(self.found) / total if total else 1.0

    @property
    def band_agrees(self) -> bool:
        return self.band_given == self.band_expected

    @property
    def band_within(self) -> bool:
        """The annotated band is one the range covers (or both say the band is uncertain)."""
        return self.band_agrees or self.band_expected in self.bands_spanned


@dataclass(frozen=True)
class Summary:
    """The figures over the whole set."""

    projects: int
    found: int
    expected: int
    items: int
    wrong: int
    flagged: int
    bands_agreeing: int
    bands_within: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def wrong_share(self) -> float:
        return self.wrong / self.items if self.items else 0.0

    @property
    def band_agreement(self) -> float:
        return self.bands_agreeing / self.projects if self.projects else 1.0


def top_items(diagnosis: Diagnosis, top: int = TOP) -> list[str]:
    """The advice ids of the first ``top`` groups in reading order: headline, then its group."""
    return [i for group in diagnosis.advice[:top] for i in (group.id, *group.related)]


def score(annotation: Annotation, diagnosis: Diagnosis) -> ProjectScore:
    """How ``diagnosis`` measures up to ``annotation``."""
    shown = top_items(diagnosis)
    status = {f.id: f.status for f in diagnosis.factors}
    span = diagnosis.readiness_range
    return ProjectScore(
        stem=annotation.stem,
        found=tuple(a for a in annotation.must_recommend if a in shown),
        missed=tuple(a for a in annotation.must_recommend if a not in shown),
        items=len(shown),
        wrong=tuple(a for a in shown if a in annotation.must_not_recommend),
        flagged=tuple(f for f in annotation.not_concerns if status.get(f) == "concern"),
        band_expected=annotation.band,
        band_given=diagnosis.band,
        bands_spanned=bands_of_range(*span) if span else (),
    )


def summarise(scores: Sequence[ProjectScore]) -> Summary:
    """The pooled figures of a set of project scores."""
    return Summary(
        projects=len(scores),
        found=sum(len(s.found) for s in scores),
        expected=sum(len(s.found) + len(s.missed) for s in scores),
        items=sum(s.items for s in scores),
        wrong=sum(len(s.wrong) for s in scores),
        flagged=sum(len(s.flagged) for s in scores),
        bands_agreeing=sum(s.band_agrees for s in scores),
        bands_within=sum(s.band_within for s in scores),
    )
