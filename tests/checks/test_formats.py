"""The renderers of findings: exact about places and escaping (every name renders: tests/render)."""

from __future__ import annotations

import pytest

from clusteradvies.checks.common.base import Finding
from clusteradvies.render.findings import FindingsGithub, FindingsText, summary

ERROR = Finding("KB004", "error", "kennis/regels.yaml", 12, None, "rule 'x': 'ja' is wrong")
AT_COLUMN = Finding("KB001", "error", "kennis/a.yaml", 3, 7, "invalid YAML: 100% wrong")
NO_LINE = Finding("KB001", "error", "kennis/b.yaml", None, None, "not UTF-8 text")
WARNING = Finding("KB014", "warning", "kennis/c,d:e.yaml", 2, None, "two\nlines")


def test_text_leaves_out_what_is_unknown() -> None:
    assert FindingsText().render([ERROR, AT_COLUMN, NO_LINE]) == (
        "kennis/regels.yaml:12: KB004 rule 'x': 'ja' is wrong\n"
        "kennis/a.yaml:3:7: KB001 invalid YAML: 100% wrong\n"
        "kennis/b.yaml: KB001 not UTF-8 text\n"
    )


def test_github_escapes_data_and_properties() -> None:
    assert FindingsGithub().render([AT_COLUMN, NO_LINE, WARNING]) == (
        "::error file=kennis/a.yaml,line=3,col=7,title=KB001::KB001 invalid YAML: 100%25 wrong\n"
        "::error file=kennis/b.yaml,title=KB001::KB001 not UTF-8 text\n"
        "::warning file=kennis/c%2Cd%3Ae.yaml,line=2,title=KB014::KB014 two%0Alines\n"
    )


@pytest.mark.parametrize(
    ("findings", "checks", "line"),
    [
        ([], 14, "no problems found (14 checks)"),
        ([ERROR], 1, "1 error, 0 warnings (1 check)"),
        ([ERROR, AT_COLUMN, WARNING], 14, "2 errors, 1 warning (14 checks)"),
    ],
)
def test_summary(findings: list[Finding], checks: int, line: str) -> None:
    assert summary(findings, checks) == line
