"""Scores a programme office opens in Excel: ``score -o scores.xlsx`` read back as a workbook,
and ``score -o scores.csv`` read back as Dutch (or English) Excel reads a CSV file."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from clusteradvies.cli.app import _register, app
from tests.batch.files import write_tree
from tests.conftest import EXAMPLES

_register()
PORTNET = EXAMPLES / "portnet.yaml"
GEMEENTE = EXAMPLES / "gemeente-regeling.yaml"


def run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["score", "--jobs", "1", *map(str, args)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.stdout, result.stderr


def json_scores(*files: Path) -> list[dict[str, object]]:
    import json

    code, out, _ = run(*files, "--format", "json", "--top", "3")
    assert code in (0, 2)
    data: list[dict[str, object]] = json.loads(out)
    return data


def test_the_workbook_has_projects_concerns_and_advice(tmp_path: Path) -> None:
    target = tmp_path / "scores.xlsx"
    code, out, err = run(PORTNET, GEMEENTE, "--top", "3", "-o", target)
    assert (code, out, err) == (0, "", "")
    book = load_workbook(target)
    assert book.sheetnames == ["Projecten", "Zorgpunten", "Advies"]
    projects = book["Projecten"]
    header = [c.value for c in projects[1]]
    assert header[:7] == [
        "Project",
        "Bestand",
        "Gereedheid",
        "Ondergrens",
        "Bovengrens",
        "Oordeel",
        "Beantwoord",
    ]
    assert "Vertrouwen" in header and header[-4:-2] == ["Zwakste categorieën", "Grootste zorgpunt"]
    expected = json_scores(PORTNET, GEMEENTE)
    rows = [[c.value for c in row] for row in projects.iter_rows(min_row=2)]
    assert [r[0] for r in rows] == [e["name"] for e in expected]
    for row, scored in zip(rows, expected, strict=True):
        assert row[2] == scored["readiness"]  # a number, not text
        assert [row[3], row[4]] == scored["readiness_range"]
        assert row[6] == pytest.approx(scored["coverage"])
        trust = header.index("Vertrouwen")
        by_id = {c["id"]: c["score"] for c in scored["categories"]}  # type: ignore[union-attr]
        assert row[trust] == by_id["vertrouwen"]
    assert rows[0][5] == "onzeker"  # the band in words
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"  # the header stays in view
        assert all(cell.font.bold for cell in sheet[1])
        assert sheet.auto_filter.ref is not None
        assert all(sheet.column_dimensions[c].width >= 5 for c in "ABC")
    advice = [[c.value for c in row] for row in book["Advies"].iter_rows(min_row=2)]
    first = expected[0]["advice"][0]  # type: ignore[index]
    assert advice[0][:3] == [first_name(expected), str(PORTNET), 1]
    assert advice[0][5] == first["text"]  # type: ignore[index]
    assert len(advice) == sum(len(e["advice"]) for e in expected)  # type: ignore[arg-type]
    concerns = [[c.value for c in row] for row in book["Zorgpunten"].iter_rows(min_row=2)]
    top = expected[1]["top_concern"]
    assert next(r for r in concerns if r[0] == expected[1]["name"])[3] == top["name"]  # type: ignore[index]


def first_name(expected: list[dict[str, object]]) -> object:
    return expected[0]["name"]


def test_the_bands_are_coloured_by_excel_itself(tmp_path: Path) -> None:
    target = tmp_path / "scores.xlsx"
    assert run(PORTNET, "-o", target)[0] == 0
    rules = load_workbook(target)["Projecten"].conditional_formatting
    ranges = {str(r.sqref) for r in rules}
    assert {"C2", "D2", "E2"} <= ranges  # readiness and its range
    formulas = [rule.formula[0] for r in rules if str(r.sqref) == "C2" for rule in r.rules]
    assert formulas == [
        "AND(ISNUMBER(C2),C2<40)",
        "AND(ISNUMBER(C2),C2>=40,C2<65)",
        "AND(ISNUMBER(C2),C2>=65)",
    ]


def test_an_invalid_file_is_a_row_with_its_problem(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "tree")
    target = tmp_path / "scores.xlsx"
    assert run(root, "-o", target)[0] == 2
    rows = [[c.value for c in row] for row in load_workbook(target)["Projecten"].iter_rows()]
    bad = next(r for r in rows if r[5] == "ongeldig")
    assert bad[-1].startswith("regel ") and "answers.fase: verwacht een van" in bad[-1]


def test_a_name_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    project = tmp_path / "p.yaml"
    project.write_text('format: 1\nname: "=HYPERLINK(\\"http://x\\")"\nanswers: {}\n', "utf-8")
    target = tmp_path / "scores.xlsx"
    assert run(project, "-o", target)[0] == 0
    cell = load_workbook(target)["Projecten"]["A2"]
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("http://x")'


def test_a_control_character_in_a_name_is_shown_escaped(tmp_path: Path) -> None:
    project = tmp_path / "p.yaml"
    project.write_text('format: 1\nname: "Bel\\x07 de leden"\nanswers: {}\n', "utf-8")
    target = tmp_path / "scores.xlsx"
    code, _, err = run(project, "-o", target)
    assert code == 0, err
    assert load_workbook(target)["Projecten"]["A2"].value == "Bel\\x07 de leden"


def test_a_workbook_is_not_written_to_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("clusteradvies.cli.output.stdout_is_terminal", lambda: True)
    code, out, err = run(PORTNET, "--format", "xlsx")
    assert (code, out) == (2, "")
    assert "Excel-werkmap" in err and "-o scores.xlsx" in err


def test_dutch_excel_reads_the_csv_file(tmp_path: Path) -> None:
    target = tmp_path / "scores.csv"
    assert run(PORTNET, GEMEENTE, "-o", target)[0] == 0
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark: Excel then reads UTF-8
    # Dutch Excel: fields separated by ";", decimals written with a comma.
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    expected = json_scores(PORTNET, GEMEENTE)
    assert [r["name"] for r in rows] == [e["name"] for e in expected]
    for row, scored in zip(rows, expected, strict=True):
        assert float(row["coverage"].replace(",", ".")) == pytest.approx(scored["coverage"])
        assert "." not in row["coverage"]
        assert int(row["readiness"]) == scored["readiness"]
    assert rows[0]["name"] == "PortNET — Electronic Port Clearance"  # UTF-8 survives


def test_english_excel_reads_the_english_csv(tmp_path: Path) -> None:
    target = tmp_path / "scores.csv"
    assert run(PORTNET, "--lang", "en", "-o", target)[0] == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8-sig"))))
    assert "." in rows[0]["coverage"] and float(rows[0]["coverage"]) < 1


def test_csv_on_standard_output_has_no_byte_order_mark() -> None:
    code, out, _ = run(PORTNET, "--format", "csv")
    assert code == 0 and out.startswith("file;name;status;")
