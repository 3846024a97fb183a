"""No text repeats ten or more consecutive words of the report.

The knowledge retells the report in its own words, in Dutch and English, and cites the section
it comes from; it does not copy the report's sentences. Every text of every entry (Dutch and
English, choices and lessons included) is compared with the report's text, ignoring case,
accents, punctuation, spacing and the report's hyphenation at line ends: a run of ``RUN`` or
more words that also occurs in the report is reported, with the words it shares.

The report is not shipped with the tool. It is read from ``../shared/seed/*.txt`` beside the
directory that holds the knowledge directory (beside the clone, as CI lays it out), or from the
``.txt`` file or directory that the environment variable ``CLUSTERADVIES_REPORT`` names. Where
no report text is found, ``clusteradvies check`` says that this check was skipped and why.

Failing example (a lesson that copies box 3's tenth tip)::

    lessons:
      - text:
          nl: "Bij Telemachos en vier van de vijf ADAPT programma's bestond de deelnemersbijdrage…"
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from clusteradvies.checks.common.base import Issue, Level, issue_at
from clusteradvies.checks.common.report_text import ReportText, find_report, shared_runs, shingles
from clusteradvies.checks.common.walk import texts
from clusteradvies.errors import Problem
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.catalog import SINGULAR
from clusteradvies.knowledge.models import KINDS

CODE = "KB016"
LEVEL: Level = "error"

RUN = 10
"""Consecutive words shared with the report from which a text counts as copied."""

SHOWN = 16
"""Words of a shared run quoted in the message; longer runs end in an ellipsis."""


def skip_reason(kb: KnowledgeBase) -> str | None:
    """Why the check cannot run here (no report text found), or None when it can."""
    found = find_report(kb.root)
    return found if isinstance(found, str) else None


def check(kb: KnowledgeBase, loader_problems: Sequence[Problem]) -> Iterator[Issue]:
    """Texts that share a run of ``RUN`` or more consecutive words with the report."""
    found = find_report(kb.root)
    if not isinstance(found, ReportText):
        return  # skip_reason says so
    report = shingles(found.text, RUN)
    for kind in KINDS:
        entries: dict[str, Any] = getattr(kb, kind)
        for entry_id, entry in entries.items():
            for path, text in texts(entry):
                for lang in ("nl", "en"):
                    for run in shared_runs(getattr(text, lang), report, RUN):
                        quoted = " ".join(run.words[:SHOWN]) + (
                            " …" if len(run.words) > SHOWN else ""
                        )
                        message = (
                            f"{SINGULAR[kind]} '{entry_id}': {path}.{lang} repeats"
                            f" {len(run.words)} consecutive words of the report:"
                            f' "{quoted}"; say it in your own words'
                        )
                        yield issue_at(kb, kind, entry_id, f"{path}.{lang}", message)
