"""Terminal and spreadsheet injection: text from a file is shown, never obeyed.

A project named with terminal escape codes (retitle the window, clear the screen), a Rich
markup tag, a right-to-left override, or a spreadsheet formula: the text, table and Markdown
outputs show the codes as escapes, JSON keeps the name as it is (its syntax escapes it), and
a CSV cell that would start a formula is neutralised as OWASP advises.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from clusteradvies.cli.app import _register, app
from clusteradvies.printable import printable
from tests.conftest import EXAMPLES

_register()
runner = CliRunner()
NAME = "Proef \x1b]0;pwned\x07\x1b[2J\r\x9b31m \u202ekeer om [/] [bold]vet"
NOTE = "Zie \x1b[31mrood\x1b[0m\nen verder"
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""What must never reach a terminal: every control character but tab and newline."""


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    path = tmp_path / "vijandig.yaml"
    quoted = json.dumps(NAME)  # a JSON string is a valid double-quoted YAML string
    path.write_text(f"format: 1\nname: {quoted}\nnotes:\n  fase: {json.dumps(NOTE)}\n")
    return path


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("gewoon", "gewoon"),
        ("a\x1b[2Jb", "a\\x1b[2Jb"),
        ("bel\x07", "bel\\x07"),
        ("c1 \x9b", "c1 \\x9b"),
        ("del\x7f", "del\\x7f"),
        ("rtl \u202e", "rtl \\u202e"),
        ("cr\rlf\n", "cr\\x0dlf\\n"),
        ("tab\tblijft", "tab\tblijft"),
    ],
)
def test_printable(text: str, shown: str) -> None:
    assert printable(text) == shown


def test_newlines_are_kept_where_text_runs_over_lines() -> None:
    assert printable("a\nb\x1b", newlines=True) == "a\nb\\x1b"


def invoke(*args: str | Path) -> str:
    result = runner.invoke(app, [str(a) for a in args], env={"NO_COLOR": "1", "COLUMNS": "200"})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["advise", "{f}"],
        ["advise", "{f}", "--format", "markdown"],
        ["score", "{f}"],
        ["score", "{f}", "--format", "markdown"],
        ["combine", "{f}", str(EXAMPLES / "portnet.yaml")],
        ["combine", "{f}", str(EXAMPLES / "portnet.yaml"), "--format", "markdown"],
        ["compare", str(EXAMPLES / "portnet.yaml"), "{f}"],
        ["compare", str(EXAMPLES / "portnet.yaml"), "{f}", "--format", "markdown"],
        ["report", "{f}", "--format", "markdown"],
        ["report", "{f}", "--format", "html"],
    ],
    ids=lambda args: " ".join(a for a in args if not a.startswith(("{", "/"))),
)
def test_text_table_markdown_and_html_show_control_characters_as_escapes(
    hostile: Path, args: list[str]
) -> None:
    out = invoke(*(a.replace("{f}", str(hostile)) for a in args))
    assert not RAW.search(out), repr(RAW.search(out))
    assert "x1b" in out and "pwned" in out  # shown, not dropped: the user sees what is there


def test_json_keeps_the_name_as_it_is(hostile: Path) -> None:
    assert json.loads(invoke("advise", hostile, "--format", "json"))["name"] == NAME
    [row] = json.loads(invoke("score", hostile, "--format", "json"))
    assert row["name"] == NAME


def test_rich_markup_in_a_name_or_a_file_name_is_text(tmp_path: Path) -> None:
    path = tmp_path / "[red]rood.yaml"
    path.write_text('format: 1\nname: "[/] [bold]vet"\n')
    table = invoke("score", path)  # no MarkupError, nothing made bold or red
    assert "[/] [bold]vet" in table and "[red]rood.yaml" in table
    assert "┃ [red]rood ┃" in invoke("combine", path, EXAMPLES / "portnet.yaml")  # a column head


def test_a_problem_line_shows_a_hostile_key_escaped(tmp_path: Path) -> None:
    path = tmp_path / "sleutel.yaml"
    path.write_text('format: 1\nname: x\n"\\e[2Jwis": 1\n')
    result = runner.invoke(app, ["advise", str(path)])
    assert result.exit_code == 2
    assert result.stderr == f"{path}:3: \\x1b[2Jwis: unknown key '\\x1b[2Jwis'\n"


@pytest.mark.parametrize(
    ("name", "cell"),
    [
        ('=HYPERLINK("http://x","klik")', '\'=HYPERLINK("http://x","klik")'),
        ("+31 20 123", "'+31 20 123"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tverstopt", "'\tverstopt"),
        ("\r=1", "\\x0d=1"),  # a control character is shown escaped, as on a terminal
        ("Gewoon = goed", "Gewoon = goed"),
    ],
)
def test_csv_cells_that_would_start_a_formula_are_neutralised(
    tmp_path: Path, name: str, cell: str
) -> None:
    path = tmp_path / "formule.yaml"
    path.write_text(f"format: 1\nname: {json.dumps(name)}\n")
    csv_text = invoke("score", path, "--format", "csv")
    header, row = csv.reader(io.StringIO(csv_text), delimiter=";")  # the Dutch dialect
    assert dict(zip(header, row, strict=True))["name"] == cell
