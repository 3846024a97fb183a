"""Help and usage errors in the user's language — ``--lang``, else the locale — and the
conventions a command-line user expects: ``-h``, ``-V``, completion, help into ``head``."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import typer
from typer.core import TyperGroup
from typer.testing import CliRunner

from clusteradvies import __version__
from clusteradvies.cli import language
from clusteradvies.cli.app import _register, app

_register()
ROOT = typer.main.get_command(app)
assert isinstance(ROOT, TyperGroup)
COMMANDS = [[name] for name in ROOT.commands if name != "kb"] + [["kb", "list"], ["kb", "show"]]
WIDE = {"COLUMNS": "200", "NO_COLOR": "1"}


def help_text(*args: str, env: dict[str, str] | None = None) -> str:
    result = CliRunner().invoke(app, [*args, "--help"], env={**WIDE, **(env or {})})
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("command", [[], *COMMANDS], ids=lambda c: " ".join(c) or "root")
def test_help_is_in_one_language(command: list[str]) -> None:
    dutch, english = help_text(*command), help_text(*command, env={"LANG": "en_US.UTF-8"})
    assert "Gebruik: clusteradvies" in dutch and "Usage: clusteradvies" in english
    assert "Opties" in dutch and "Options" in english
    for text in language._ENGLISH.values():  # what said() was given in English
        if len(text) > 12:
            assert text not in " ".join(dutch.split()), text
    for text in language._ENGLISH:  # ... and in Dutch
        if len(text) > 12:
            assert text not in " ".join(english.split()), text
    assert " of/or " not in dutch and " / " not in dutch.replace("0/", "")


@pytest.mark.parametrize("command", [[], *COMMANDS], ids=lambda c: " ".join(c) or "root")
def test_help_shows_no_python_types(command: list[str]) -> None:
    shown = help_text(*command)
    for python in ("<bool>", "<list[", "<dir>", "<path>", "{FILE}", "{BESTAND}", "[x>="):
        assert python not in shown


def test_an_option_with_two_names_shows_one_per_line_and_leaves_the_help_its_width() -> None:
    shown = help_text("intake", env={"COLUMNS": "80"}).splitlines()
    names = [line.split()[1] for line in shown if line.startswith("│ --")]
    assert names[names.index("--max-vragen,") + 1] == "--max-questions"
    assert names[names.index("--snel,") + 1] == "--quick"
    # The names column is as wide as --max-questions, so a short help keeps to one line.
    assert any(line.rstrip(" │").endswith("Een andere kennismap gebruiken.") for line in shown)


def test_the_locale_chooses_the_language_of_help() -> None:
    assert "Usage:" in help_text("advise", env={"LANG": "en_GB.UTF-8"})
    assert "Gebruik:" in help_text("advise", env={"LANG": "nl_NL.UTF-8"})
    assert "Gebruik:" in help_text("advise", env={"LANG": "C.UTF-8"})  # Dutch is the default
    assert "Gebruik:" in help_text("advise", "--lang", "nl", env={"LANG": "en_GB.UTF-8"})


@pytest.mark.parametrize(
    ("args", "environ", "expected"),
    [
        (["advise", "--lang", "en"], {}, "en"),
        (["advise", "--lang=EN"], {}, "en"),
        (["advise", "--lang", "fr"], {"LANG": "en_US.UTF-8"}, "en"),
        (["advise"], {"LANGUAGE": "en_GB:nl", "LANG": "nl_NL.UTF-8"}, "en"),
        (["advise"], {"LC_ALL": "nl_BE.UTF-8", "LANG": "en_US.UTF-8"}, "nl"),
        (["advise", "--", "--lang", "en"], {}, "nl"),
        ([], {}, "nl"),
    ],
)
def test_which_language_a_run_speaks(
    args: list[str], environ: dict[str, str], expected: str
) -> None:
    assert language.from_command_line(args, environ) == expected


def test_h_and_capital_v() -> None:
    runner = CliRunner()
    assert (
        runner.invoke(app, ["-h"], env=WIDE).stdout
        == runner.invoke(app, ["--help"], env=WIDE).stdout
    )
    assert runner.invoke(app, ["advise", "-h"], env=WIDE).exit_code == 0
    version = runner.invoke(app, ["-V"])
    assert (version.exit_code, version.stdout) == (0, f"clusteradvies {__version__}\n")


def test_shell_completion_is_offered() -> None:
    shown = help_text()
    assert "--install-completion" in shown and "--show-completion" in shown
    result = CliRunner().invoke(app, ["--show-completion", "bash"])
    assert result.exit_code == 0 and "_CLUSTERADVIES_COMPLETE" in result.stdout


@pytest.mark.parametrize(
    ("args", "dutch", "english"),
    [
        (["advice"], "onbekend commando 'advice' (bedoel je 'advise'?)", "No such command"),
        (["advise", "x", "--lnag", "nl"], "onbekende optie --lnag (bedoel je --lang?)", "--lnag"),
        (["advise"], "het argument BESTAND ontbreekt", "Missing argument 'FILE'"),
        (["advise", "x", "--top", "-1"], "ongeldige waarde voor --top: moet minstens 0 zijn", "0"),
        (["advise", "x", "--top", "veel"], "--top: moet een heel getal zijn", "--top"),
        (["advise", "x", "--format", "pdf"], "'pdf' kan niet; kies uit 'text'", "'pdf'"),
        (["advise", "x", "--lang"], "de optie --lang vraagt een waarde", "requires"),
        (["advise", "a", "b"], "onverwacht extra argument: b", "extra"),
        (["score", "x", "--fail-under", "101"], "mag hoogstens 100 zijn", "100"),
        (["intake", "--answers-out", "/"], "'/' is een map, geen bestand", "'/'"),
    ],
)
def test_usage_errors_are_one_line_in_the_user_s_language(
    args: list[str], dutch: str, english: str
) -> None:
    result = CliRunner().invoke(app, args, env=WIDE)
    assert result.exit_code == 2 and result.stdout == ""
    first, hint = result.stderr.splitlines()
    assert first.startswith("clusteradvies") and dutch in first
    assert hint.startswith("Zie 'clusteradvies") and hint.endswith(" --help'.")
    result = CliRunner().invoke(app, args, env={**WIDE, "LANG": "en_US.UTF-8"})
    assert result.exit_code == 2 and english in result.stderr and "See '" in result.stderr


def test_help_into_a_closed_pipe_ends_quietly_with_0() -> None:
    reading, writing = os.pipe()
    os.close(reading)  # the reader has gone before the first line: every write fails
    try:
        result = subprocess.run(
            [sys.executable, "-m", "clusteradvies", "--help"],
            stdout=writing,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    finally:
        os.close(writing)
    assert (result.returncode, result.stderr) == (0, "")
