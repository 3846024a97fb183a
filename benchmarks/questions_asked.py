"""How many questions a respondent is asked, per project and per role, and how well the
intake's progress estimate ("vraag 12 van ~N") foretells it. A script, not a test.

    python benchmarks/questions_asked.py [--json]

It replays every project of ``examples/`` and ``evaluation/projects/`` through an intake
session, answering each question as the file does ("weet niet" where the file is silent), and
prints the number of questions asked, the estimate shown at every step, and its worst error.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from statistics import mean

from clusteradvies.intake.session import IntakeSession
from clusteradvies.knowledge.loader import load_knowledge
from clusteradvies.project.model import load_project
from clusteradvies.project.questionnaire import UNKNOWN_WORD

ROOT = Path(__file__).resolve().parents[1]


def replay(session: IntakeSession, answers: dict[str, object]) -> tuple[int, list[int]]:
    """The number of questions asked and the estimate of the total shown at each one."""
    estimates: list[int] = []
    asked = 0
    while session.current is not None:
        estimates.append(session.progress().total)
        session.record(answers.get(session.current, UNKNOWN_WORD))
        asked += 1
    return asked, estimates


def main() -> int:
    kb = load_knowledge(ROOT / "knowledge")
    paths = sorted((ROOT / "examples").glob("*.yaml")) + sorted(
        (ROOT / "evaluation" / "projects").glob("*.yaml")
    )
    rows = []
    for path in paths:
        project = load_project(path, kb, str(path.relative_to(ROOT)))
        asked, estimates = replay(IntakeSession(kb, project.role), dict(project.answers))
        worst = max(abs(e - asked) / asked for e in estimates)
        rows.append({"file": path.stem, "role": project.role, "asked": asked, "worst": worst})
    if "--json" in sys.argv:
        print(json.dumps(rows, indent=1))
        return 0
    for row in rows:
        print(
            f"{row['file']:40} {row['role']:12} {row['asked']:3}",
            f" estimate off by at most {row['worst']:.0%}",
        )
    roles = sorted({r["role"] for r in rows})
    for role in roles:
        counts = [r["asked"] for r in rows if r["role"] == role]
        print(
            f"{role:12} n={len(counts):2} min={min(counts)} max={max(counts)}",
            f"mean={mean(counts):.1f}",
        )
    print(
        f"all          n={len(rows)} mean={mean(r['asked'] for r in rows):.1f} "
        f"worst estimate error {max(r['worst'] for r in rows):.0%}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
