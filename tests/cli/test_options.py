"""The options the commands share read and behave the same everywhere, and ``--help`` stays
light: the command modules load neither the core nor Rich."""

from __future__ import annotations

import subprocess
import sys

import pytest
import typer
from typer.core import TyperGroup, TyperOption
from typer.testing import CliRunner

from clusteradvies.cli.app import _register, app
from clusteradvies.render import formats
from tests.conftest import EXAMPLES

_register()
ROOT = typer.main.get_command(app)
assert isinstance(ROOT, TyperGroup)
SHARED = {
    "--lang": ["intake", "advise", "report", "combine", "compare", "score"],
    "--top": ["intake", "advise", "report", "combine", "compare", "score"],
    "--force": ["intake", "report", "score"],
    "--output": ["report", "score"],
}
FORMATS = {
    "advise": formats.AdviseFormatName,
    "combine": formats.CombineFormatName,
    "compare": formats.CompareFormatName,
    "report": formats.ReportFormatName,
    "score": formats.ScoreFormatName,
    "check": formats.CheckFormatName,
}


def option(command: str, name: str) -> TyperOption:
    [found] = [
        p for p in ROOT.commands[command].params if isinstance(p, TyperOption) and name in p.opts
    ]
    return found


@pytest.mark.parametrize("name", SHARED)
def test_a_shared_option_is_the_same_in_every_command(name: str) -> None:
    found = [option(command, name) for command in SHARED[name]]
    assert len({(o.help, o.default, tuple(o.opts), o.metavar) for o in found}) == 1


@pytest.mark.parametrize("command", FORMATS)
def test_format_offers_exactly_the_command_s_names(command: str) -> None:
    values = [n.value for n in FORMATS[command]]
    result = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    [line] = [line for line in result.stdout.splitlines() if "--format" in line]
    assert line.split()[2] == "VORM"
    assert f"Vorm van de uitvoer: {', '.join(values[:-1])} of {values[-1]}" in line


@pytest.mark.parametrize("command", SHARED["--lang"])
def test_an_unknown_language_is_refused_alike(command: str) -> None:
    files = [str(EXAMPLES / "portnet.yaml"), str(EXAMPLES / "trek.yaml")]
    args = {"intake": ["--resume", files[0]], "combine": files, "compare": files}.get(
        command, files[:1]
    )
    result = CliRunner().invoke(app, [command, *args, "--lang", "fr"])
    assert result.exit_code == 2
    assert result.stderr == "clusteradvies: --lang: 'fr' kan niet; kies nl of en\n"


def test_the_command_modules_leave_the_core_and_rich_unloaded() -> None:
    code = (
        "import sys, clusteradvies.cli.registry; "
        "heavy = [m for m in sys.modules if m.split('.')[0] in "
        "('rich', 'pydantic', 'experta', 'yaml') or (m.startswith('clusteradvies.') and "
        "m.split('.')[1] not in ('cli', 'messages', 'render'))"
        " or m.startswith('clusteradvies.render.') and m != 'clusteradvies.render.formats']; "
        "print(' '.join(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
