"""Every check, registered explicitly, and the one function that runs a selection of them.

Adding a check means adding its module to ``_MODULES``; nothing is discovered by magic.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from clusteradvies.checks import (
    kb001_schema,
    kb002_duplicate_ids,
    kb003_unknown_references,
    kb004_condition_values,
    kb005_unread_questions,
    kb006_question_conditions,
    kb007_unreachable_advice,
    kb008_unassessed_factors,
    kb009_impossible_rules,
    kb010_fact_cycles,
    kb011_missing_translations,
    kb012_missing_sources,
    kb013_similar_texts,
    kb014_uncited_sections,
    kb015_examples,
    kb016_report_wording,
    kb017_unfounded_premises,
)
from clusteradvies.checks.common.base import CheckModule, Finding
from clusteradvies.errors import Problem, UsageError
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.loader import load_with_problems
from clusteradvies.knowledge.problems import did_you_mean

_MODULES: tuple[CheckModule, ...] = (
    kb001_schema,
    kb002_duplicate_ids,
    kb003_unknown_references,
    kb004_condition_values,
    kb005_unread_questions,
    kb006_question_conditions,
    kb007_unreachable_advice,
    kb008_unassessed_factors,
    kb009_impossible_rules,
    kb010_fact_cycles,
    kb011_missing_translations,
    kb012_missing_sources,
    kb013_similar_texts,
    kb014_uncited_sections,
    kb015_examples,
    kb016_report_wording,
    kb017_unfounded_premises,
)

CHECKS: dict[str, CheckModule] = {module.CODE: module for module in _MODULES}
"""Code → check module, in code order."""


def selected_codes(
    select: Iterable[str] | None = None, ignore: Iterable[str] | None = None
) -> list[str]:
    """The codes to run: ``select`` (default: all) minus ``ignore``.

    Raises UsageError for a code that names no check, so a typo cannot silence a check.
    """
    chosen = _known(select) if select is not None else list(CHECKS)
    dropped = set(_known(ignore)) if ignore is not None else set()
    codes = [code for code in chosen if code not in dropped]
    if not codes:  # checking nothing would pass every knowledge base
        raise UsageError("the selection names no check")
    return codes


def run_checks(
    kb: KnowledgeBase,
    loader_problems: Sequence[Problem],
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
) -> list[Finding]:
    """Run the selected checks; every finding, sorted by file and line."""
    findings: list[Finding] = []
    for code in selected_codes(select, ignore):
        module = CHECKS[code]
        for issue in module.check(kb, loader_problems):
            findings.append(
                Finding(code, module.LEVEL, issue.file, issue.line, issue.column, issue.message)
            )
    return sorted(findings, key=Finding.sort_key)


def skipped(kb: KnowledgeBase, codes: Iterable[str]) -> dict[str, str]:
    """The selected checks that cannot run on ``kb`` (KB016 without the report), with the reason.

    A check that needs something outside the knowledge may offer ``skip_reason(kb)``; a skip is
    shown to the user, never counted as a problem, so a missing file cannot fail ``--strict``.
    """
    reasons: dict[str, str] = {}
    for code in codes:
        reason_of = getattr(CHECKS[code], "skip_reason", None)
        reason = reason_of(kb) if reason_of is not None else None
        if reason:
            reasons[code] = str(reason)
    return reasons


def check_knowledge(
    directory: Path | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
) -> tuple[KnowledgeBase, list[Finding]]:
    """Load a knowledge directory (the shipped one by default) and run the selected checks.

    Raises UsageError when the directory itself cannot be read: then nothing was checked.
    """
    codes = selected_codes(select, ignore)  # bad options fail before any file is read
    kb, problems = load_with_problems(directory)
    unreadable = [p for p in problems if p.code is None]
    if unreadable:
        raise UsageError(unreadable)
    return kb, run_checks(kb, problems, select=codes)


def _known(codes: Iterable[str]) -> list[str]:
    wanted = [code.strip().upper() for code in codes if code.strip()]
    for code in wanted:
        if code not in CHECKS:
            raise UsageError(f"unknown check code '{code}'" + did_you_mean(code, CHECKS))
    return sorted(set(wanted), key=list(CHECKS).index)
