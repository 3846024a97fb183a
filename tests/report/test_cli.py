"""``clusteradvies report`` as a user runs it: formats, languages, output files, bad input."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from clusteradvies.messages import t
from clusteradvies.render.report.html_parts import anchor
from clusteradvies.render.report.view import format_date
from tests.conftest import EXAMPLES
from tests.report.conftest import PORTNET, run

GEMEENTE = EXAMPLES / "gemeente-regeling.yaml"


def advise_json(*args: str) -> dict[str, Any]:
    """What ``advise`` concludes, to check that the report says the same."""
    code, out, err = run("advise", str(PORTNET), "--format", "json", *args)
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


def span(pair: list[int]) -> str:
    """A readiness range as the report writes it: ``58`` or ``40–75``."""
    return str(pair[0]) if pair[0] == pair[1] else f"{pair[0]}–{pair[1]}"


def test_html_to_stdout_has_every_part_of_the_report() -> None:
    expected = advise_json()
    code, out, err = run("report", str(PORTNET))
    assert code == 0, err
    assert out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")
    assert '<html lang="nl">' in out
    assert "<h1>PortNET — Electronic Port Clearance</h1>" in out
    assert f'<span class="number">{span(expected["readiness_range"])}</span>' in out
    assert f'<p class="band">{t("band." + expected["band"], "nl")}</p>' in out
    assert "coördinator" in out and format_date(date.today(), "nl") in out
    for heading in ("Profiel per categorie", "Advies", "Vergelijkbare cases uit het rapport"):
        assert f"<h2>{heading}</h2>" in out
    for heading in ("Informatiegaten", "Bronnen", "Bijlage: de antwoorden"):
        assert f"<h2>{heading}</h2>" in out
    assert out.count('class="rank"') == len(expected["advice"]) == 5  # --top 5, as in advise
    for item in expected["advice"]:
        assert html.escape(item["text"]) in out
        for source in item["sources"]:  # each citation links to its entry in the sources
            assert f'<a href="#{anchor(source)}">{source}</a>' in out
            assert f'<li id="{anchor(source)}">' in out
    assert out.count('<p class="band">') == 1 and "Waarom" in out


def test_markdown_to_stdout() -> None:
    expected = advise_json("--top", "2")
    code, out, err = run("report", str(PORTNET), "--format", "markdown", "--top", "2")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "# PortNET — Electronic Port Clearance"
    band = t("band." + expected["band"], "nl")
    known = round(100 * expected["coverage"]["share"])
    score = span(expected["readiness_range"])
    assert f"**Gereedheid: {score}/100 — {band}** · {known}% van de vragen beantwoord" in lines
    assert "## Profiel per categorie" in lines and "```text" in lines
    advice = lines[lines.index("## Advies") : lines.index("## Vergelijkbare cases uit het rapport")]
    assert [line for line in advice if re.match(r"\d+\. ", line)] == [
        f"{item['rank']}. **{item['text']}**" for item in expected["advice"]
    ]
    for item in expected["advice"]:
        urgency = t(f"urgency.{item['urgency']}", "nl")
        assert f"   - Waar: {', '.join(item['sources'])} · {urgency}" in lines
    total = expected["advice_total"]
    assert f"_Dit rapport toont de 2 belangrijkste van {total} adviezen._" in lines
    assert "- **3.1** PortNET" in lines  # a section's label, then its title without the number


def test_english_on_request_and_the_files_language_by_default() -> None:
    code, out, _ = run("report", str(PORTNET), "--lang", "en")
    assert code == 0
    assert '<html lang="en">' in out and "<h2>Advice</h2>" in out
    assert "Readiness" in out and "strong" in out and format_date(date.today(), "en") in out
    assert "Advies" not in out
    code, out, _ = run("report", str(GEMEENTE), "--format", "markdown")  # language: en
    assert code == 0 and "## Information gaps" in out


def test_output_file_is_written_whole_and_announced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    target = Path("sub", "rapport.html")  # a new directory under this one is made
    code, out, err = run("report", str(PORTNET), "-o", str(target))
    assert code == 0, err
    assert out == ""
    assert err.strip() == f"Rapport geschreven naar {target}"
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in target.parent.iterdir()] == ["rapport.html"]  # no temporary left


def test_format_follows_the_output_suffix_unless_given(tmp_path: Path) -> None:
    assert run("report", str(PORTNET), "-o", str(tmp_path / "r.md"))[0] == 0
    assert (tmp_path / "r.md").read_text(encoding="utf-8").startswith("# PortNET")
    code, _, err = run("report", str(PORTNET), "-o", str(tmp_path / "r.md"), "--format", "html")
    assert code == 2 and "past niet bij --format html" in err
    assert (
        run("report", str(PORTNET), "-o", str(tmp_path / "r.txt"), "--format", "markdown")[0] == 0
    )
    assert (tmp_path / "r.txt").read_text(encoding="utf-8").startswith("# PortNET")


def test_existing_output_needs_force(tmp_path: Path) -> None:
    target = tmp_path / "rapport.html"
    target.write_text("mijn eigen werk", encoding="utf-8")
    code, out, err = run("report", str(PORTNET), "-o", str(target))
    assert code == 2 and out == ""
    assert err == f"clusteradvies: {target} bestaat al; overschrijven met --force\n"
    assert target.read_text(encoding="utf-8") == "mijn eigen werk"
    code, _, err = run("report", str(PORTNET), "-o", str(target), "--force")
    assert code == 0, err
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.yaml"], "missing.yaml: dit bestand bestaat niet"),
        ([str(PORTNET), "--lang", "fr"], "--lang: 'fr' kan niet; kies nl of en"),
        ([str(PORTNET), "-o", "."], ".: is een map"),
        ([str(PORTNET), "-o", str(PORTNET / "x.html")], f"{PORTNET}: is geen map"),
        ([str(PORTNET), "-o", "/nonexistent/x.html"], "de map /nonexistent bestaat niet"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: list[str], message: str) -> None:
    code, out, err = run("report", *args)
    assert code == 2 and out == ""
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert message in err


def test_invalid_project_is_reported_with_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nname: x\nanswers:\n  vertrouwen: heel_veel\n", encoding="utf-8")
    code, out, err = run("report", str(bad))
    assert code == 2 and out == ""
    assert err.startswith(f"{bad}:4: answers.vertrouwen:") and "Traceback" not in err


def test_project_from_stdin() -> None:
    text = PORTNET.read_text(encoding="utf-8")
    code, out, err = run("report", "-", "--format", "markdown", input=text)
    assert code == 0, err
    assert out.startswith("# PortNET")


def test_another_knowledge_directory(tmp_path: Path) -> None:
    from clusteradvies.knowledge.loader import load_knowledge

    source = load_knowledge().root
    assert source is not None
    copy = Path(shutil.copytree(source, tmp_path / "kennis"))
    code, out, err = run("report", str(PORTNET), "--kb", str(copy), "--format", "markdown")
    assert code == 0, err
    assert out.startswith("# PortNET")
    code, _, err = run("report", str(PORTNET), "--kb", str(tmp_path / "nergens"))
    assert code == 2 and "Traceback" not in err


def test_a_failed_write_is_one_line_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: Path, text: str, *, private: bool = False) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("clusteradvies.cli.output.write_atomically", refuse)
    target = tmp_path / "rapport.html"
    code, out, err = run("report", str(PORTNET), "-o", str(target))
    assert code == 2 and out == ""
    assert err == f"clusteradvies: kan {target} niet schrijven: Permission denied\n"
    assert not target.exists()


def test_a_new_report_is_readable_by_others_like_any_new_file(tmp_path: Path) -> None:
    # The atomic write goes through a private temporary file; the report must not stay private.
    target = tmp_path / "rapport.html"
    assert run("report", str(PORTNET), "-o", str(target))[0] == 0
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_project_without_answers_still_gets_a_report(tmp_path: Path) -> None:
    empty = tmp_path / "leeg.yaml"
    empty.write_text('format: 1\nname: "Nog niets ingevuld"\n', encoding="utf-8")
    code, out, err = run("report", str(empty))
    assert code == 0, err
    # Nothing answered: the readiness could be anything the unknowns allow, and no category
    # has enough known for a bar that would read as a verdict.
    number = re.search(r'<span class="number">(\d+)–(\d+)</span>', out)
    assert number is not None and int(number[2]) - int(number[1]) > 50
    assert '<p class="band">onzeker</p>' in out and 'class="bar"' not in out
    assert "0% van de vragen beantwoord" in out
    code, out, err = run("report", str(empty), "--format", "markdown")
    assert code == 0, err
    assert any(
        line.startswith("**Gereedheid: ") and "— onzeker**" in line for line in out.splitlines()
    )
