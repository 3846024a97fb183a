"""``clusteradvies combine`` as a user runs it: output on stdout, and bad input as one located
line per problem on stderr with exit code 2 — never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from clusteradvies.cli.app import _register, app
from tests.combine.conftest import PARTNER_FILES
from tests.conftest import ROOT

_register()
runner = CliRunner()
PARTNERS = [str(p) for p in PARTNER_FILES]


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "80"})
    return result.exit_code, result.stdout, result.stderr


def test_text() -> None:
    code, out, err = run("combine", *PARTNERS)
    assert code == 0, err
    assert "gedeelde gereedheid" in out.splitlines()[0]
    assert "Partners: bakker (" in out and "boekhandel (" in out and "slager (" in out
    assert "1. Partners zien dit verschillend" in out
    assert "Gaten in gedeelde kennis" in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_json_markdown_lang_top_and_kb() -> None:
    options = ["--format", "json", "--lang", "en", "--top", "3", "--kb", str(ROOT / "knowledge")]
    code, out, _ = run("combine", *PARTNERS, *options)
    assert code == 0
    data = json.loads(out)
    assert len(data["ranked"]) == 3 and data["combined"]["language"] == "en"
    assert data["ranked"][0]["text"].startswith("Discuss together")
    code, out, _ = run("combine", *PARTNERS, "--format", "markdown")
    assert code == 0 and out.startswith("# Winkeliers Dorpsstraat")


def test_one_file_is_not_enough() -> None:
    code, out, err = run("combine", PARTNERS[0])
    assert code == 2 and out == ""
    assert err.strip() == (
        "clusteradvies: combine vraagt de antwoordbestanden van 2 of meer partners; "
        f"kreeg er 1 ({PARTNERS[0]})"
    )


def test_every_bad_file_is_one_located_line(tmp_path: Path) -> None:
    broken = tmp_path / "kapper.yaml"
    broken.write_text("name: x\nanswers:\n  vertrouwen: [\n", encoding="utf-8")
    invalid = tmp_path / "bloemist.yaml"
    invalid.write_text("name: y\nanswers:\n  vertrouwen: veel\n", encoding="utf-8")
    missing = tmp_path / "groenteboer.yaml"
    code, out, err = run("combine", PARTNERS[0], str(broken), str(invalid), str(missing))
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert len(lines) == 3, err
    assert lines[0].startswith(f"{broken}:4:") and "ongeldige YAML" in lines[0]
    assert lines[1].startswith(f"{invalid}:3: answers.vertrouwen: verwacht een van hoog")
    assert lines[2] == f"{missing}: dit bestand bestaat niet"
    assert "Traceback" not in err


def test_the_same_file_twice_is_one_partner() -> None:
    same = str(Path(PARTNERS[0]).parent / ".." / "partners" / Path(PARTNERS[0]).name)
    code, _, err = run("combine", PARTNERS[0], same)
    assert code == 2 and "twee keer opgegeven" in err and err.count("\n") == 1


def test_an_unknown_language_fails_before_any_work() -> None:
    code, _, err = run("combine", *PARTNERS, "--lang", "fr")
    assert code == 2 and "--lang: 'fr' kan niet; kies nl of en" in err
