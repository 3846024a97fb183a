"""Diagnose every annotated project and print how the diagnosis measures up. A script, not a test.

    python evaluation/evaluate.py [DIR] [--json]

It reads ``projects/*.yaml`` and ``annotations.yaml`` in DIR (default: beside this file),
diagnoses each project with the shipped knowledge through the package's public API, and
prints per project and over the set: recall@8, the must-not advice among the top-8 items,
annotated strengths flagged as concerns, and band agreement (see ``metrics``). The
thresholds are held by ``tests/evaluation``; this script only reports.

Exit codes: 0 printed; 2 the set is invalid — an annotation names an unknown advice, factor,
section or project, a project file does not validate, or a file has no annotation (one line
per problem on stderr).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

# Run as a script, Python puts this folder on the path; the package ``evaluation`` lives above.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.errors import Problem, ProjectError
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.loader import load_knowledge
from clusteradvies.project.model import Project, load_project
from evaluation.annotations import check, read_annotations
from evaluation.metrics import ProjectScore, score
from evaluation.report import as_json, as_text

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Evaluation:
    """The scores of every project, or — when the set is invalid — only its problems."""

    scores: tuple[ProjectScore, ...]
    problems: tuple[Problem, ...]


def run_evaluation(kb: KnowledgeBase, directory: Path = HERE) -> Evaluation:
    """Validate the set in ``directory`` and, when it is valid, score every project."""
    projects: dict[str, Project] = {}
    roles: dict[str, str | None] = {}
    problems: list[Problem] = []
    for path in sorted((directory / "projects").glob("*.yaml")):
        roles[path.stem] = None
        try:
            projects[path.stem] = load_project(path, kb, _shown(path))
        except ProjectError as exc:
            problems.extend(exc.problems)
            continue
        roles[path.stem] = projects[path.stem].role
    if not roles:
        problems.append(Problem(_shown(directory / "projects"), None, "", "no project files"))
    annotations_path = directory / "annotations.yaml"
    read = read_annotations(annotations_path, _shown(annotations_path))
    problems.extend(read.problems)
    problems.extend(check(read, roles, kb))
    if problems:
        return Evaluation((), tuple(problems))
    advisor = Advisor(kb)
    scores = tuple(
        score(read.annotations[stem], advisor.diagnose(project))
        for stem, project in sorted(projects.items())
    )
    return Evaluation(scores, ())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "directory",
        nargs="?",
        type=Path,
        default=HERE,
        help="a folder with projects/*.yaml and annotations.yaml (default: this one)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    evaluation = run_evaluation(load_knowledge(), args.directory)
    if evaluation.problems:
        for problem in evaluation.problems:
            print(problem.render(), file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(as_json(evaluation.scores), indent=2, ensure_ascii=False))
    else:
        print(as_text(evaluation.scores))
    return 0


def _shown(path: Path) -> str:
    """A path as the user would type it: relative to the working directory where possible."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)


if __name__ == "__main__":
    raise SystemExit(main())
