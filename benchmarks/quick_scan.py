"""How well the quick scan (``intake --snel``) stands in for the full intake. A script, not a test.

    python benchmarks/quick_scan.py [--synthetic 500] [--cap 15] [--jobs 2] [--json]

Every project of ``examples/`` and ``evaluation/projects/`` and ``--synthetic`` seeded random
projects (``tests.support.synthetic``) is answered twice, as its file would answer: once by the
full intake (every question, in order; "weet niet" where the file is silent) and once by a
quick scan. It reports, for the quick scan against the full intake:

* the number of questions asked (the goal: a median of at most 15);
* agreement of the top five advice: the share of the full intake's first five that the quick
  scan's first five hold (goal: at least 80% on average);
* agreement of the band: the headline's band (``onzeker`` where the range spans bands), and
  the band of the readiness the known answers give (goal: 90%);
* the time to pick a question (goal: under 150 ms, so the dialogue never waits): median,
  95th percentile and maximum of every pick after the first, with the machine's load; and
  apart, the time from the role to the first question (the scan's engines are made then).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.support.synthetic import random_project

from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.diagnosis.scoring import band_of
from clusteradvies.intake.quick import QuickSession
from clusteradvies.intake.session import IntakeSession
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.loader import load_knowledge
from clusteradvies.project.model import Project, load_project
from clusteradvies.project.questionnaire import UNKNOWN_WORD

ROOT = Path(__file__).resolve().parents[1]
TOP = 5


@dataclass(frozen=True)
class Row:
    source: str
    full_asked: int
    quick_asked: int
    ending: str
    top_agreement: float
    headline_band_same: bool
    known_band_same: bool
    setup: float
    """Seconds from the role to the first question: the engines made, the first pick."""
    picks: list[float]
    """Seconds to pick each later question (recording an answer picks the next)."""


def projects(kb: KnowledgeBase, synthetic: int) -> list[tuple[str, Project]]:
    files = sorted((ROOT / "examples").glob("*.yaml")) + sorted(
        (ROOT / "evaluation" / "projects").glob("*.yaml")
    )
    found = [(f"{p.parent.name}/{p.stem}", load_project(p, kb)) for p in files]
    rng = random.Random(2026)
    for index in range(synthetic):
        found.append((f"synthetic/{index}", Project.model_validate(random_project(kb, rng, index))))
    return found


def replay(session: IntakeSession, answers: dict[str, object]) -> list[float]:
    """Answer every question the session asks as ``answers`` would; the time of each pick."""
    picks = []
    while session.current is not None:
        value = answers.get(session.current, UNKNOWN_WORD)
        start = time.perf_counter()
        session.record(value)  # recording an answer picks the next question
        picks.append(time.perf_counter() - start)
    return picks


_KB: KnowledgeBase | None = None


def measure(item: tuple[str, Project], cap: int) -> Row:
    global _KB
    if _KB is None:
        _KB = load_knowledge(ROOT / "knowledge")
    kb = _KB
    source, project = item
    advisor = Advisor(kb)
    full = IntakeSession(kb, project.role)
    replay(full, dict(project.answers))
    start = time.perf_counter()
    quick = QuickSession(kb, project.role, cap=cap, advisor=advisor)
    setup = time.perf_counter() - start
    picks = replay(quick, dict(project.answers))[:-1]  # the last answer picks nothing
    whole = advisor.diagnose(project.model_copy(update={"answers": full.given()}))
    scan = advisor.diagnose(project.model_copy(update={"answers": quick.given()}))
    wanted = [a.id for a in whole.advice[:TOP]]
    got = {a.id for a in scan.advice[:TOP]}
    agreement = sum(a in got for a in wanted) / len(wanted) if wanted else 1.0
    return Row(
        source,
        len(full.given()),
        len(quick.given()),
        quick.ending or "",
        agreement,
        scan.band == whole.band,
        band_of(scan.readiness) == band_of(whole.readiness),
        setup,
        picks,
    )


def summary(rows: list[Row], jobs: int) -> dict[str, object]:
    picks = sorted(p for r in rows for p in r.picks)
    return {
        "projects": len(rows),
        "full_asked_median": statistics.median(r.full_asked for r in rows),
        "quick_asked_median": statistics.median(r.quick_asked for r in rows),
        "quick_asked_max": max(r.quick_asked for r in rows),
        "settled": sum(r.ending == "settled" for r in rows),
        "top5_agreement": statistics.mean(r.top_agreement for r in rows),
        "headline_band_agreement": statistics.mean(r.headline_band_same for r in rows),
        "known_band_agreement": statistics.mean(r.known_band_same for r in rows),
        "first_question_ms_median": 1000 * statistics.median(r.setup for r in rows),
        "pick_ms_median": 1000 * statistics.median(picks),
        "pick_ms_p95": 1000 * picks[int(0.95 * (len(picks) - 1))],
        "pick_ms_max": 1000 * picks[-1],
        "jobs": jobs,
        "load_1min": os.getloadavg()[0],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--synthetic", type=int, default=500)
    parser.add_argument("--cap", type=int, default=15)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    kb = load_knowledge(ROOT / "knowledge")
    items = projects(kb, options.synthetic)
    if options.jobs > 1:
        with ProcessPoolExecutor(options.jobs) as pool:
            rows = list(pool.map(measure, items, [options.cap] * len(items), chunksize=4))
    else:
        rows = [measure(item, options.cap) for item in items]
    groups = {
        "examples + evaluation": [r for r in rows if not r.source.startswith("synthetic/")],
        "synthetic": [r for r in rows if r.source.startswith("synthetic/")],
        "all": rows,
    }
    result = {name: summary(group, options.jobs) for name, group in groups.items() if group}
    if options.json:
        print(json.dumps({"summary": result, "rows": [asdict(r) for r in rows]}, indent=1))
        return 0
    for name, figures in result.items():
        print(f"{name}:")
        for key, value in figures.items():
            shown = (
                f"{value:.1%}"
                if "agreement" in key
                else (f"{value:.0f}" if isinstance(value, float) and "ms" in key else value)
            )
            print(f"  {key:26} {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
