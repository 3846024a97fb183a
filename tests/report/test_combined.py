"""``clusteradvies report FILE FILE...``: several partners' files combined as ``combine`` does,
and the report shows where they differ — checked against what ``combine`` itself concludes."""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from clusteradvies.combine.combining import combine, partner_labels
from clusteradvies.combine.model import Partner
from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.messages import t
from clusteradvies.project.model import load_project
from clusteradvies.render.formats import RenderOptions
from clusteradvies.render.labels import answer_label
from clusteradvies.render.report.partners import build_combined_report
from clusteradvies.render.report.svg_chart import profile_svg, short_names, x_of
from tests.report.conftest import HOSTILE_NAME, HOSTILE_NOTE, PARTNERS, PORTNET, run
from tests.report.test_cli import span
from tests.report.test_escaping import tags_of

HOSTILE_LABEL = '<b onmouseover="alert(4)">&amp; *vet* | [x](y)\n# kop'
"""A partner's file name (its stem is the partner's label) that tries to become markup."""


def combine_json(*args: str) -> dict[str, Any]:
    """What ``combine`` concludes from the same files, to check that the report says the same."""
    code, out, err = run("combine", *PARTNERS, "--format", "json", "--top", "0", *args)
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


def position(kb: KnowledgeBase, disagreement: dict[str, Any], answer: Any, lang: str) -> str:
    """A partner's answer as the report shows it: its label, or for a disagreement on one of
    several choices whether the partner named it."""
    if disagreement["choices"]:
        named = set(disagreement["choices"]) <= set(answer)
        return {
            "nl": "genoemd" if named else "niet genoemd",
            "en": "named" if named else "not named",
        }[lang]
    return answer_label(kb, disagreement["question"], answer, lang)


def between(page: str, start: str, end: str) -> str:
    """From ``start`` up to the first ``end`` after it."""
    at = page.index(start)
    return page[at : page.index(end, at)]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_html_shows_the_shared_diagnosis_and_where_partners_differ(
    kb: KnowledgeBase, lang: str
) -> None:
    expected = combine_json("--lang", lang)
    code, out, err = run("report", *PARTNERS, "--lang", lang)
    assert code == 0, err
    assert out.startswith("<!DOCTYPE html>") and f'<html lang="{lang}">' in out
    shared = expected["combined"]
    assert f"<h1>{html.escape(shared['name'])}</h1>" in out
    assert f'<span class="number">{span(shared["readiness_range"])}</span>' in out
    caption = {"nl": "Gedeelde gereedheid", "en": "Shared readiness"}[lang]
    assert f'<p class="caption">{caption}</p>' in out
    assert "Partners: bakker, boekhandel, slager" in out
    # The differences come between the profile and the advice: settle them first.
    heading = {"nl": "Verschillen tussen partners", "en": "Differences between partners"}[lang]
    section = between(out, '<section id="verschillen">', '<section id="advies">')
    assert f"<h2>{heading}</h2>" in section
    items = section.split('<li><h4><span class="rank">')[1:]
    assert len(items) == len(expected["disagreements"]) == 4
    for rank, (item, found) in enumerate(zip(items, expected["disagreements"], strict=True), 1):
        assert item.startswith(f"{rank}</span>{html.escape(found['prompt'])}</h4>")
        for label, answer in found["positions"].items():
            shown = html.escape(position(kb, found, answer, lang))
            assert f'<th scope="row">{label}</th><td>{shown}</td>' in item
        assert html.escape(found["text"]) in item
        labels = [t(f"urgency.{u}", lang) for u in ("eerst", "daarna", "later")]
        assert any(f'<span class="prio">{label}</span>' in item for label in labels)
        for source in found["sources"]:  # each citation links to the list of sources
            assert f'<a href="#bron-{re.sub(r"[^A-Za-z0-9]+", "-", source)}">' in item
    trust = items[0]
    counted = {"nl": "Weinig (het risicovolste antwoord)", "en": "Little (the riskiest answer)"}
    assert counted[lang] in trust


def test_html_scores_by_partner_and_gaps_in_shared_knowledge(kb: KnowledgeBase) -> None:
    expected = combine_json()
    code, out, _ = run("report", *PARTNERS)
    assert code == 0
    table = between(out, '<table class="scores">', "</table>")
    head = re.findall(r"<th[^>]*>([^<]*)</th>", between(table, "<thead>", "</thead>"))
    assert head == ["Categorie", "Samen", "bakker", "boekhandel", "slager"]
    rows = [re.findall(r">(\d+|–)</span>", row) for row in table.split("<tr")[2:]]
    partners = expected["partners"]
    assert rows[0] == [str(expected["combined"]["readiness"])] + [
        str(p["readiness"]) for p in partners
    ]
    for row, category in zip(rows[1:], expected["combined"]["categories"], strict=True):
        scores = [category["score"], *(p["categories"][category["id"]] for p in partners)]
        assert row == ["–" if s is None else str(s) for s in scores]
    gaps = between(out, '<ul class="kgaps">', "</ul>").split("<li>")[1:]
    assert len(gaps) == len(expected["knowledge_gaps"]) == 7
    for gap, found in zip(gaps, expected["knowledge_gaps"], strict=True):
        assert html.escape(kb.questions[found["question"]].prompt.get("nl")) in gap
        assert f"Weet niet: {', '.join(found['unknown_to'])} · wel bekend bij: " in gap


def test_html_appendix_has_each_partners_answer_and_note() -> None:
    code, out, _ = run("report", *PARTNERS)
    assert code == 0
    appendix = out[out.index('id="bijlage"') :]
    row = next(r for r in appendix.split("<tr>") if "Hoeveel vertrouwen" in r)
    assert "<span class='a'>Weinig</span>" in row  # the shared answer, then each partner's
    for label, answer in (("bakker", "Veel"), ("boekhandel", "Weinig"), ("slager", "Redelijk")):
        assert f'<span class="who">{label}:</span> {answer}' in row
    assert "De meesten ken ik al jaren" in row  # slager's note, beside slager's answer


def test_markdown_has_the_same_differences(kb: KnowledgeBase) -> None:
    expected = combine_json("--lang", "en")
    code, out, err = run("report", *PARTNERS, "--format", "markdown", "--lang", "en")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"# {expected['combined']['name']}"
    shared = expected["combined"]
    band = t(f"band.{shared['band']}", "en")
    known = round(100 * shared["coverage"]["share"])
    heading = f"**Shared readiness: {span(shared['readiness_range'])}/100 — {band}**"
    assert f"{heading} · {known}% of the questions answered" in lines
    start, end = lines.index("## Differences between partners"), lines.index("## Advice")
    section = lines[start:end]
    assert lines.index("## Profile per category") < start
    titles = [line for line in section if re.match(r"\d+\. \*\*", line)]
    assert len(titles) == len(expected["disagreements"])
    for rank, (title, found) in enumerate(zip(titles, expected["disagreements"], strict=True), 1):
        at = section.index(title)
        assert title.startswith(f"{rank}. **{found['prompt']}**")
        block = section[at : at + 8]
        for label, answer in found["positions"].items():
            assert f"   - {label}: {position(kb, found, answer, 'en')}" in block
        assert f"   - **To do:** {found['text']}" in block
        where = f"   - Where: {', '.join(found['sources'])} · "
        assert any(line.startswith(where) for line in block)
    assert "| Category | Together | bakker | boekhandel | slager |" in section
    scores = [expected["combined"]["readiness"], *(p["readiness"] for p in expected["partners"])]
    assert "| **Readiness** | " + " | ".join(f"**{s}**" for s in scores) + " |" in section
    assert "| Trust | 33 | 93 | 18 | 75 |" in section
    gaps = [line for line in section if "known to:" in line]
    assert len(gaps) == len(expected["knowledge_gaps"])
    assert "Unknown to: boekhandel, slager; known to: bakker" in gaps[3]


def test_a_one_file_report_has_no_partner_parts() -> None:
    code, out, _ = run("report", str(PORTNET))
    assert code == 0
    parts = ("verschillen", "partner-mark", "by-partner", "positions", "scores")
    for part in parts:
        assert f'id="{part}"' not in out and f'class="{part}"' not in out
    assert "Gedeelde gereedheid" not in out
    code, out, _ = run("report", str(PORTNET), "--format", "markdown")
    assert code == 0 and "Verschillen tussen partners" not in out and " · prioriteit " not in out


def test_chart_marks_each_partners_score(kb: KnowledgeBase, advisor: Advisor) -> None:
    paths = [Path(p) for p in PARTNERS]
    partners = [
        Partner(label, load_project(path, kb))
        for label, path in zip(partner_labels(paths), paths, strict=True)
    ]
    combination = combine(advisor, partners)
    report = build_combined_report(combination, kb, RenderOptions("nl"), date(2026, 3, 1))
    assert report.partners is not None
    marks = short_names(report.partners.labels)
    assert marks == ("ba", "bo", "s")  # bakker, boekhandel, slager
    svg = ET.fromstring(profile_svg(report.bars, "nl", marks))
    rows = svg.findall("g[@class='category']")
    assert len(rows) == len(report.bars)
    for row, bar in zip(rows, report.bars, strict=True):
        own = [d.categories for d in combination.partner_diagnoses]
        expected = [next(c.score for c in cats if c.id == bar.category) for cats in own]
        assert list(bar.partners) == expected
        marks = row.findall("path[@class='partner-mark']")
        assert [int(m.get("data-score", "")) for m in marks] == [
            s for s in expected if s is not None
        ]
        for mark, score in zip(marks, (s for s in expected if s is not None), strict=True):
            assert (mark.get("d") or "").startswith(f"M{x_of(score)} ")  # the tip at the score
        letters = [text.text for text in row.findall("text[@class='partner-label']")]
        assert letters == [
            m for m, s in zip(("ba", "bo", "s"), expected, strict=True) if s is not None
        ]


def test_the_partners_marks_are_named_in_the_caption() -> None:
    code, out, err = run("report", *PARTNERS)
    assert code == 0, err
    caption = between(out, "<figcaption>", "</figcaption>")
    assert "ba = bakker, bo = boekhandel, s = slager" in caption


@pytest.mark.parametrize(
    ("labels", "short"),
    [
        (("bakker", "boekhandel", "slager"), ("ba", "bo", "s")),
        (("Ann", "Bert"), ("a", "b")),
        (("aaaa-1", "aaaa-2"), ("1", "2")),  # alike for three letters: numbers instead
    ],
)
def test_short_names(labels: tuple[str, ...], short: tuple[str, ...]) -> None:
    assert short_names(labels) == short


@pytest.fixture
def hostile_partner(tmp_path: Path) -> Path:
    """The baker's answers under a file name, project name and note that try to become markup;
    first on the command line, so that the combination takes its name (a tie of two names)."""
    data = yaml.safe_load(Path(PARTNERS[0]).read_text(encoding="utf-8"))
    data["name"] = HOSTILE_NAME
    data["notes"]["vertrouwen"] = HOSTILE_NOTE
    path = tmp_path / f"{HOSTILE_LABEL}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_html_escapes_partner_labels_names_and_notes(hostile_partner: Path) -> None:
    code, out, err = run("report", str(hostile_partner), PARTNERS[1])
    assert code == 0, err
    names = [tag for tag, _ in tags_of(out)]
    assert "script" not in names and "img" not in names and "b" not in names
    assert all(not key.startswith("on") for _, attrs in tags_of(out) for key in attrs)
    label = html.escape(HOSTILE_LABEL)
    assert f"<h1>{html.escape(HOSTILE_NAME)}</h1>" in out
    assert f"Partners: {label}, boekhandel" in out  # the masthead
    assert f'<th scope="row">{label}</th>' in out  # each disagreement
    assert f'<th class="num partner">{label}</th>' in out  # the scores by partner
    assert f'<span class="who">{label}:</span>' in out  # the appendix
    assert "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in out  # the note, in the appendix
    assert "&amp;amp;" in out  # an entity the user typed is shown as typed, not decoded


def test_markdown_escapes_partner_labels_and_keeps_them_on_one_line(
    hostile_partner: Path,
) -> None:
    code, out, err = run("report", str(hostile_partner), PARTNERS[1], "--format", "markdown")
    assert code == 0, err
    assert out.splitlines()[0].startswith("# \\<script\\>alert(1)\\</script\\>")
    assert not re.search(r"(?<!\\)<(script|img|b )", out)  # every < the user typed is escaped
    assert not any(line.startswith("# kop") for line in out.splitlines())
    label = '\\<b onmouseover="alert(4)"\\>&amp; \\*vet\\* \\| \\[x\\](y) \\# kop'
    assert f"   - {label}: Veel" in out.splitlines()  # one line, its markup escaped
    table = next(line for line in out.splitlines() if line.startswith("| Categorie | Samen |"))
    assert table == f"| Categorie | Samen | {label} | boekhandel |"


def test_every_problem_of_every_file_is_one_located_line(tmp_path: Path) -> None:
    broken = tmp_path / "kapper.yaml"
    broken.write_text("name: x\nanswers:\n  vertrouwen: [\n", encoding="utf-8")
    invalid = tmp_path / "bloemist.yaml"
    invalid.write_text(
        "name: y\nanswers:\n  vertrouwen: veel\n  aantal_bedrijven: -3\n", encoding="utf-8"
    )
    missing = tmp_path / "groenteboer.yaml"
    code, out, err = run("report", PARTNERS[0], str(broken), str(invalid), str(missing))
    assert code == 2 and out == "" and "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 4, err
    assert lines[0].startswith(f"{broken}:4:") and "ongeldige YAML" in lines[0]
    assert lines[1].startswith(f"{invalid}:3: answers.vertrouwen: verwacht een van hoog")
    assert lines[2].startswith(f"{invalid}:4: answers.aantal_bedrijven:")
    assert lines[3] == f"{missing}: dit bestand bestaat niet"


@pytest.mark.parametrize(
    ("files", "message"),
    [
        (
            [PARTNERS[0], str(Path(PARTNERS[0]).parent / "." / Path(PARTNERS[0]).name)],
            "twee keer opgegeven",
        ),
        ([PARTNERS[0], "-"], "standaardinvoer werkt alleen met één bestand"),
        ([PARTNERS[0], str(Path(PARTNERS[0]).parent)], ": dit is een map"),
    ],
)
def test_bad_combinations_are_one_line_and_exit_2(files: list[str], message: str) -> None:
    code, out, err = run("report", *files)
    assert code == 2 and out == ""
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert message in err


def test_output_file_and_language_follow_the_first_file(tmp_path: Path) -> None:
    target = tmp_path / "partners.md"
    code, out, err = run("report", *PARTNERS, "-o", str(target))
    assert code == 0 and out == "" and err.strip() == f"Rapport geschreven naar {target}"
    text = target.read_text(encoding="utf-8")
    assert "## Verschillen tussen partners" in text  # Markdown by the suffix, Dutch by bakker
