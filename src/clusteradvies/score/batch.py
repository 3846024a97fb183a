"""Batch scoring: many project files in, one result per file out, in input order.

The core of ``clusteradvies score``; it never prints. ``collect`` chooses the files, a
``Scorer`` turns each into a ``Scored`` result (readiness, category profile, the top advice,
the top concern) or an ``Unscored`` one carrying every located problem: an unreadable or
invalid file never stops the batch. ``parallel.score_all`` runs a Scorer over many files.

Results hold ids, not texts, so they are small to send between processes and the formats
put them into words in any language.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Literal

from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.diagnosis.model import Band, Diagnosis
from clusteradvies.errors import ClusteradviesError, Problem
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.project.model import load_project
from clusteradvies.yamlsource.decoding import unreadable

SUFFIXES = (".yaml", ".yml")
"""What counts as a project file inside a directory (a file named explicitly is always read)."""
WEAKEST = 2
"""How many of the weakest categories a result names."""


@dataclass(frozen=True)
class CategoryScore:
    """One category of the profile."""

    id: str
    score: int | None
    """0–100, None without evidence (see ``advisor``)."""
    band: Band | None


@dataclass(frozen=True)
class AdviceSummary:
    """One advice group, without its explanation."""

    id: str
    category: str
    priority: float
    sources: tuple[str, ...]
    related: tuple[str, ...]
    urgency: str = "later"
    """When to act, as the diagnosis says it (eerst, daarna, later, uitzoeken)."""


@dataclass(frozen=True)
class Concern:
    """One factor the answers show as a concern."""

    factor: str
    category: str
    weight: int
    """The concern weight the fired rules give it."""


@dataclass(frozen=True)
class Scored:
    """A project file that was read, validated and diagnosed."""

    status: ClassVar[Literal["ok"]] = "ok"
    file: str
    """The file as the user named it (a directory argument joined with the path inside it)."""
    name: str
    role: str
    readiness: int | None
    band: Band | None
    categories: tuple[CategoryScore, ...]
    weakest: tuple[str, ...]
    """Ids of up to ``WEAKEST`` categories below the strong band, lowest score first."""
    top_concern: str | None
    """The factor id of the heaviest concern (see ``top_concern``), None without concerns."""
    advice: tuple[AdviceSummary, ...]
    """The first ``top`` advice groups, highest priority first."""
    advice_total: int
    readiness_range: tuple[int, int] | None = None
    """The lowest and highest readiness the unknown answers still allow."""
    coverage: float = 1.0
    """The share of applicable questions answered."""
    concerns: tuple[Concern, ...] = ()
    """Every concern, heaviest first (the first is ``top_concern``)."""

    @property
    def floor(self) -> int | None:
        """The readiness the project can count on: the lower end of its range."""
        return self.readiness_range[0] if self.readiness_range else self.readiness


@dataclass(frozen=True)
class Unscored:
    """A path that could not be scored, with every problem found in it."""

    status: ClassVar[Literal["error"]] = "error"
    file: str
    problems: tuple[Problem, ...]


ScoreResult = Scored | Unscored


@dataclass(frozen=True)
class ScoreReport:
    """The results of one batch, in input order, judged against an optional threshold."""

    results: tuple[ScoreResult, ...]
    fail_under: float | None = None
    """The readiness a project must be sure to reach (the lower end of its range); a project
    without a readiness is below it."""

    @property
    def scored(self) -> list[Scored]:
        return [r for r in self.results if isinstance(r, Scored)]

    @property
    def invalid(self) -> list[Unscored]:
        return [r for r in self.results if isinstance(r, Unscored)]

    def is_below(self, result: Scored) -> bool:
        return is_below(result, self.fail_under)

    @property
    def below(self) -> list[Scored]:
        return [r for r in self.scored if self.is_below(r)]


def is_below(result: Scored, fail_under: float | None) -> bool:
    """Whether ``result`` may be below ``fail_under`` (never without a threshold)."""
    if fail_under is None:
        return False
    return result.floor is None or result.floor < fail_under


# --- choosing the files ----------------------------------------------------------------------


def collect(paths: Iterable[Path]) -> list[Path | Unscored]:
    """The files to score, in a stable order, each file once.

    Arguments keep their order; a directory contributes its ``*.yaml`` / ``*.yml`` files,
    recursively, sorted by path, skipping hidden files and directories. A path that does not
    exist or cannot be read (a symlink loop, a pipe inside a directory), or a directory that
    cannot be listed, becomes an Unscored result in its place.
    """
    seen: set[str] = set()
    out: list[Path | Unscored] = []

    def add(path: Path) -> None:
        key = os.path.normcase(os.path.realpath(path))
        if key not in seen:
            seen.add(key)
            out.append(path)

    for path in paths:
        if path.is_dir():
            files, problems = _walk(path)
            out.extend(Unscored(p.file, (p,)) for p in problems)
            for file in files:
                add(file)
        elif (reason := unreadable(path)) is None:
            add(path)  # a file, or a pipe such as <(cat f)
        else:
            problem = Problem(str(path), None, "", reason)
            out.append(Unscored(problem.file, (problem,)))
    return out


def _walk(root: Path) -> tuple[list[Path], list[Problem]]:
    problems: list[Problem] = []

    def unlisted(exc: OSError) -> None:
        name = exc.filename if isinstance(exc.filename, str) else str(root)
        problems.append(Problem(name, None, "", exc.strerror or str(exc)))

    found: list[tuple[tuple[str, ...], Path]] = []
    for directory, dirnames, filenames in os.walk(root, onerror=unlisted):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if name.startswith(".") or not name.lower().endswith(SUFFIXES):
                continue
            path = Path(directory, name)
            if path.is_file():
                found.append((path.relative_to(root).parts, path))
            else:  # a dangling or looping symlink, a pipe: named, not silently skipped
                reason = unreadable(path) or "not a regular file (a pipe, socket or device)"
                problems.append(Problem(str(path), None, "", reason))
    found.sort(key=lambda item: item[0])
    problems.sort(key=lambda p: p.file)
    return [path for _, path in found], problems


# --- scoring one file ------------------------------------------------------------------------


class Scorer:
    """Scores project files with one Advisor, so one engine serves every file."""

    def __init__(self, kb: KnowledgeBase, top: int, advisor: Advisor | None = None) -> None:
        self.kb = kb
        self.top = top
        self.advisor = advisor if advisor is not None else Advisor(kb)

    def score(self, path: Path) -> ScoreResult:
        """Read, validate and diagnose one file; its problems become an Unscored result."""
        shown = str(path)
        try:
            project = load_project(path, self.kb, shown)
            diagnosis = self.advisor.diagnose(project, explain=False)
            return summarize(diagnosis, self.kb, shown, self.top)
        except ClusteradviesError as exc:
            return Unscored(shown, tuple(exc.problems))
        except Exception as exc:  # a bug must cost this file its row, not the batch its run
            message = f"could not be scored: {type(exc).__name__}: {exc}"
            return Unscored(shown, (Problem(shown, None, "", message),))


def summarize(diagnosis: Diagnosis, kb: KnowledgeBase, file: str, top: int) -> Scored:
    """The part of a diagnosis a batch reports (``top`` advice groups; 0 means all)."""
    shown = diagnosis.advice if top == 0 else diagnosis.advice[:top]
    return Scored(
        file=file,
        name=diagnosis.name,
        role=diagnosis.role,
        readiness=diagnosis.readiness,
        band=diagnosis.band,
        categories=tuple(CategoryScore(c.id, c.score, c.band) for c in diagnosis.categories),
        weakest=weakest(diagnosis),
        top_concern=top_concern(diagnosis),
        advice=tuple(
            AdviceSummary(a.id, a.category, a.priority, a.sources, a.related, a.urgency)
            for a in shown
        ),
        advice_total=len(diagnosis.advice),
        readiness_range=diagnosis.readiness_range,
        coverage=round(diagnosis.coverage.share, 2),
        concerns=concerns(diagnosis),
    )


def weakest(diagnosis: Diagnosis) -> tuple[str, ...]:
    """Up to ``WEAKEST`` scored categories not in the strong band, lowest score first."""
    candidates = [
        (c.score, i, c.id)
        for i, c in enumerate(diagnosis.categories)
        if c.score is not None and c.band != "sterk"
    ]
    return tuple(category for _, _, category in sorted(candidates)[:WEAKEST])


def top_concern(diagnosis: Diagnosis) -> str | None:
    """The concern factor with the most concern weight; ties: lower score, then knowledge order."""
    found = concerns(diagnosis)
    return found[0].factor if found else None


def concerns(diagnosis: Diagnosis) -> tuple[Concern, ...]:
    """Every concern factor, the most concern weight first; ties: lower score, then knowledge
    order."""
    ranked = sorted(
        (-f.concern, f.score if f.score is not None else 0.0, i)
        for i, f in enumerate(diagnosis.factors)
        if f.status == "concern"
    )
    factors = diagnosis.factors
    return tuple(
        Concern(factors[i].id, factors[i].category, factors[i].concern) for _, _, i in ranked
    )
