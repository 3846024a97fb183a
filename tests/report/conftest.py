"""Fixtures for ``report``: a CLI runner, a project whose user-typed texts are hostile, and the
three shopkeepers of examples/partners for a combined report."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from clusteradvies.cli.app import _register, app
from tests.conftest import EXAMPLES

_register()

PORTNET = EXAMPLES / "portnet.yaml"
PARTNERS = [str(p) for p in sorted((EXAMPLES / "partners").glob("*.yaml"))]
"""bakker, boekhandel and slager: they differ on trust, goals and the cost/benefit split."""
HOSTILE_NAME = '<script>alert(1)</script> & "Partners" *vet* [x](http://evil.example)'
HOSTILE_NOTE = '<img src=x onerror="alert(2)"> **vet** | [link](https://evil.example)\n# kop'
"""On ``vertrouwen``, an answer PortNET's first advice rests on."""
HOSTILE_GAP_NOTE = "</td><script>alert(3)</script>"
"""On ``afspraken``, PortNET's first information gap."""


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), input=input, env={"NO_COLOR": "1"})
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """PortNET with a name and notes that try to become markup, as a user could type them."""
    data = yaml.safe_load(PORTNET.read_text(encoding="utf-8"))
    data["name"] = HOSTILE_NAME
    data["notes"]["vertrouwen"] = HOSTILE_NOTE
    data["notes"]["afspraken"] = HOSTILE_GAP_NOTE
    path = tmp_path / "hostile.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path
