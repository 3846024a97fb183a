"""The example projects are valid and still lead to the conclusions they expect.

Example project files live in an ``examples/`` directory beside the knowledge directory. Each
may say, under ``expect:``, which factors the report's reasoning makes strengths or concerns
and which advice must follow. A knowledge change that loses one of those lessons fails here.
The check runs the rule engine, so it is skipped while the knowledge has loading errors.

Failing example (``examples/portnet.yaml``, once no rule recognises its small first steps)::

    expect:
      strengths: [klein-beginnen]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from clusteradvies.checks.common.base import Issue, Level
from clusteradvies.errors import Problem, ProjectError
from clusteradvies.knowledge.base import KnowledgeBase

CODE = "KB015"
LEVEL: Level = "error"


def check(kb: KnowledgeBase, loader_problems: Sequence[Problem]) -> Iterator[Issue]:
    """Example projects that are invalid or miss their expected findings."""
    if loader_problems or kb.root is None:
        return
    examples = kb.root.parent / "examples"
    files = sorted(examples.glob("*.yaml")) if examples.is_dir() else []
    if not files:
        return
    from clusteradvies.diagnosis.advisor import Advisor
    from clusteradvies.diagnosis.expectations import unmet
    from clusteradvies.project.model import load_project
    from clusteradvies.yamlsource import read_yaml

    advisor = Advisor(kb)
    for path in files:
        try:
            project = load_project(path, kb)
        except ProjectError as exc:
            for problem in exc.problems:
                yield Issue(problem.file, problem.line, f"{problem.path}: {problem.message}")
            continue
        if project.expect is None:
            continue
        line = read_yaml(path).line_of(("expect",))
        for message in unmet(project.expect, advisor.diagnose(project)):
            yield Issue(str(path), line, message)
