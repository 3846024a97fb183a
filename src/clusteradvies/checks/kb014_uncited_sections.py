"""Every section of the report listed in ``sections`` is cited by at least one entry.

The section list says which parts of the report the knowledge covers. A section nobody
cites is either a gap in the knowledge (the report says something the tool does not) or a
label left behind after entries moved; either way a reviewer should look. Citations count
from the ``sources`` of factors, advice, questions and rules, and from a case's ``section``.

Failing example (nothing cites ``2.4/box4``)::

    sections:
      - id: "2.4/box4"
        title: {nl: "Box 4 — Strategische Inzet van Software", en: "Box 4 — Use of Software"}
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from clusteradvies.checks.common.base import Issue, Level, issue_at
from clusteradvies.errors import Problem
from clusteradvies.knowledge.base import KnowledgeBase

CODE = "KB014"
LEVEL: Level = "warning"


def check(kb: KnowledgeBase, loader_problems: Sequence[Problem]) -> Iterator[Issue]:
    """Sections that no entry cites."""
    cited = {case.section for case in kb.cases.values()}
    for entries in (kb.factors, kb.advice, kb.questions, kb.rules):
        for entry in entries.values():
            cited.update(entry.sources)
    for section_id in kb.sections:
        if section_id not in cited:
            message = f"section '{section_id}': no entry cites it"
            yield issue_at(kb, "sections", section_id, "id", message)
