"""Findings of ``clusteradvies check`` as text, JSON or GitHub workflow annotations.

Each is a ``Format`` of a list of findings; ``render/renderers.py`` maps ``check --format``
to them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from clusteradvies.checks.common.base import Finding
from clusteradvies.messages import t


class FindingsText:
    """``file:line:col: CODE message`` — the form editors and terminals link to."""

    def render(self, findings: Sequence[Finding]) -> str:
        return "".join(f"{_place(f)}: {f.code} {f.message}\n" for f in findings)


class FindingsJson:
    """One JSON document: the findings and how many there are of each level."""

    def render(self, findings: Sequence[Finding]) -> str:
        document = {
            "findings": [
                {
                    "code": f.code,
                    "level": f.level,
                    "file": f.file,
                    "line": f.line,
                    "column": f.column,
                    "message": f.message,
                }
                for f in findings
            ],
            "errors": sum(f.level == "error" for f in findings),
            "warnings": sum(f.level == "warning" for f in findings),
        }
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


class FindingsGithub:
    """GitHub Actions workflow commands, shown as annotations on the pull request's files."""

    def render(self, findings: Sequence[Finding]) -> str:
        lines = []
        for f in findings:
            properties = [f"file={_escape_property(f.file)}"]
            if f.line is not None:
                properties.append(f"line={f.line}")
                if f.column is not None:
                    properties.append(f"col={f.column}")
            properties.append(f"title={f.code}")
            lines.append(
                f"::{f.level} {','.join(properties)}::{_escape_data(f'{f.code} {f.message}')}\n"
            )
        return "".join(lines)


def summary(findings: Sequence[Finding], checks_run: int, lang: str = "en") -> str:
    """``2 fouten, 1 waarschuwing (14 controles)`` — the line that closes every report on
    stderr. (The findings themselves are in English, as the knowledge's keys and the codes.)"""
    errors = sum(f.level == "error" for f in findings)
    warnings = len(findings) - errors
    checks = _count(checks_run, "check", lang)
    if not findings:
        return t("check.clean", lang).format(checks=checks)
    return f"{_count(errors, 'error', lang)}, {_count(warnings, 'warning', lang)} ({checks})"


def _place(f: Finding) -> str:
    if f.line is None:
        return f.file
    return f"{f.file}:{f.line}:{f.column}" if f.column is not None else f"{f.file}:{f.line}"


def _count(n: int, noun: str, lang: str) -> str:
    one, many = t(f"check.{noun}", lang).split("|")
    return f"{n} {one if n == 1 else many}"


# GitHub's workflow-command escaping: % and line breaks everywhere, also : and , in properties.
def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
