"""``clusteradvies advise`` and ``schema`` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from clusteradvies.cli.app import _register, app
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.graph import strata
from tests.conftest import EXAMPLES

_register()
runner = CliRunner()
PORTNET = str(EXAMPLES / "portnet.yaml")
ABSTRACT = str(EXAMPLES / "klict-abstracte-doelen.yaml")


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=input, env={"NO_COLOR": "1", "COLUMNS": "80"})
    return result.exit_code, result.stdout, result.stderr


def test_text_shows_headline_profile_advice_with_why_and_where_and_gaps() -> None:
    code, out, err = run("advise", ABSTRACT)
    assert code == 0, err
    assert "gereedheid" in out.splitlines()[0]
    assert "Profiel per categorie" in out
    assert "1. Maak de doelen" in out or "1. " in out
    assert "Waarom:" in out and "Waar:" in out and "3.2.2" in out
    assert "Informatiegaten" in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_english_on_request() -> None:
    code, out, _ = run("advise", ABSTRACT, "--lang", "en")
    assert code == 0
    assert "readiness" in out.splitlines()[0]
    assert "Why:" in out and "Where:" in out and "Information gaps" in out


def test_json_has_ranked_advice_with_why_and_sources(kb: object) -> None:
    code, out, _ = run("advise", PORTNET, "--format", "json", "--top", "3")
    assert code == 0
    data = json.loads(out)
    assert [a["rank"] for a in data["advice"]] == [1, 2, 3]
    priorities = [a["priority"] for a in data["advice"]]
    assert priorities == sorted(priorities, reverse=True)
    first = data["advice"][0]
    assert first["text"] and first["sources"]
    assert first["why"][0]["rule"] and first["why"][0]["rationale"]
    assert {f["status"] for f in data["factors"]} <= {
        "strength",
        "borderline",
        "concern",
        "unknown",
    }
    assert data["advice_total"] >= 3
    assert {"categories", "gaps", "facts", "chain"} <= set(data)


def test_top_zero_shows_all_advice() -> None:
    _, out, _ = run("advise", PORTNET, "--format", "json", "--top", "0")
    data = json.loads(out)
    assert len(data["advice"]) == data["advice_total"]


def test_explain_adds_the_chain_in_order(kb: KnowledgeBase) -> None:
    _, plain, _ = run("advise", PORTNET)
    code, explained, _ = run("advise", PORTNET, "--explain")
    assert code == 0
    assert "Redeneerketen" in explained and "Redeneerketen" not in plain
    chain = json.loads(run("advise", PORTNET, "--format", "json")[1])["chain"]
    level = strata(kb)
    assert [level[r] for r in chain] == sorted(level[r] for r in chain)
    assert any(level[r] > 0 for r in chain)  # something builds on a derived fact
    text = explained.split("Redeneerketen", 1)[1]
    positions = [text.index(f" {r}: ") for r in chain]
    assert positions == sorted(positions)


def test_markdown_is_pasteable() -> None:
    code, out, _ = run("advise", PORTNET, "--format", "markdown")
    assert code == 0
    assert out.startswith("# ")
    assert "## Advies" in out and "| Categorie" in out.replace("categorie", "Categorie")


def test_stdin_input() -> None:
    code, out, _ = run("advise", "-", "--format", "json", input=Path(PORTNET).read_text())
    assert code == 0
    assert json.loads(out)["name"].startswith("PortNET")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "format: 1\nname: x\nanswers:\n  vertrouwn: hoog\n",
            "<stdin>:4: answers.vertrouwn: onbekende vraag 'vertrouwn' (bedoel je 'vertrouwen'?)",
        ),
        (
            "format: 1\nname: x\nanswers:\n  vertrouwen: heel_hoog\n",
            "<stdin>:4: answers.vertrouwen: verwacht een van hoog, redelijk, laag (of weet_niet); "
            "gekregen: 'heel_hoog'",
        ),
        (
            "format: 1\nname: x\nrol: deelnemer\n",
            "<stdin>:3: rol: onbekende sleutel 'rol' (bedoel je 'role'?)",
        ),
        (
            "format: 1\nname: x\nanswers:\n  fase: idee\n  fase: gestart\n",
            "<stdin>:5: answers: dubbele sleutel 'fase' (eerst op regel 4)",
        ),
        ("format: 1\nanswers: {}\n", "<stdin>:1: name: deze verplichte sleutel ontbreekt"),
        ("format: 1\nname: [x\n", "<stdin>:3:1: ongeldige YAML: hier werd ',' of ']' verwacht"),
    ],
)
def test_bad_project_gives_one_located_line_and_exit_2(content: str, expected: str) -> None:
    code, out, err = run("advise", "-", input=content)
    assert code == 2
    assert out == ""
    assert err.splitlines()[0].startswith(expected)
    assert "Traceback" not in err


def test_every_problem_is_listed_not_just_the_first() -> None:
    content = "format: 1\nname: x\nanswers:\n  fase: later\n  aantal_bedrijven: 0\n"
    code, _, err = run("advise", "-", input=content)
    assert code == 2
    assert len(err.splitlines()) == 2
    assert "van 2 tot en met 1000" in err


def test_missing_file() -> None:
    code, _, err = run("advise", "nope.yaml")
    assert code == 2
    assert err.strip() == "clusteradvies: nope.yaml: dit bestand bestaat niet"


def test_bad_lang() -> None:
    code, _, err = run("advise", PORTNET, "--lang", "de")
    assert code == 2
    assert err == "clusteradvies: --lang: 'de' kan niet; kies nl of en\n"


def test_schema_is_generated_from_the_questions(kb: object) -> None:
    code, out, _ = run("schema")
    assert code == 0
    schema = json.loads(out)
    answers = schema["$defs"]["Answers"]["properties"]
    assert "vertrouwen" in answers
    assert "hoog" in json.dumps(answers["vertrouwen"])
    assert schema["$defs"]["Answers"]["additionalProperties"] is False


def test_another_knowledge_directory_with_errors_is_refused(tmp_path: Path) -> None:
    from tests.knowledge.test_loader import MINIMAL, write_kb

    write_kb(tmp_path, main__yaml=MINIMAL["main.yaml"].replace("equals: laag", "equals: lag"))
    project = tmp_path.parent / f"{tmp_path.name}-p.yaml"
    project.write_text("format: 1\nname: x\nanswers:\n  vertrouwen: laag\n")
    code, out, err = run("advise", str(project), "--kb", str(tmp_path))
    assert code == 2 and out == ""
    assert f"{tmp_path}/main.yaml:27: KB004" in err
    assert "clusteradvies check" in err.splitlines()[-1]


def test_another_knowledge_directory_is_used(tmp_path: Path) -> None:
    from tests.knowledge.test_loader import write_kb

    write_kb(tmp_path)
    project = tmp_path.parent / f"{tmp_path.name}-p.yaml"
    project.write_text("format: 1\nname: x\nanswers:\n  vertrouwen: laag\n")
    code, out, err = run("advise", str(project), "--kb", str(tmp_path), "--format", "json")
    assert code == 0, err
    assert [a["id"] for a in json.loads(out)["advice"]] == ["vertrouwen.klein-beginnen"]


def test_information_gaps_say_how_to_find_out_and_the_text_keeps_to_the_biggest() -> None:
    example = str(EXAMPLES / "winkeliers-nieuwsbrief.yaml")
    data = json.loads(run("advise", example, "--format", "json")[1])
    assert len(data["gaps"]) > 5
    impacts = [g["impact"] for g in data["gaps"]]
    assert impacts == sorted(impacts, reverse=True)
    _, text, _ = run("advise", example)
    gaps = text.split("Informatiegaten", 1)[1]
    assert gaps.count("• ") == 5
    assert f"… en nog {len(data['gaps']) - 5} informatiegaten" in gaps
    assert "Bespreek het" in gaps or "Laat elke partner" in gaps  # the category's hint
    _, everything, _ = run("advise", example, "--top", "0")
    assert everything.split("Informatiegaten", 1)[1].count("• ") == len(data["gaps"])


def test_a_project_that_knows_little_is_not_called_strong() -> None:
    # 44 of its answers are "weet niet": the readiness could be almost anything.
    code, out, _ = run("advise", str(EXAMPLES / "winkeliers-nieuwsbrief.yaml"))
    assert code == 0
    headline = " ".join(out.split("\nrol:")[0].split())
    assert "gereedheid onzeker" in headline and "(zwak tot sterk)" in headline
    assert "(sterk) ·" not in headline
    assert "vul eerst de gaten" in headline and "% van de vragen beantwoord" in headline
    profile = out.split("Profiel per categorie")[1].split("Advies")[0]
    rows = [line for line in profile.splitlines() if "te weinig gegevens" in line]
    assert len(rows) == 6 and all(" – " in row for row in rows)  # no score, no verdict
    data = json.loads(
        run("advise", str(EXAMPLES / "winkeliers-nieuwsbrief.yaml"), "--format", "json")[1]
    )
    low, high = data["readiness_range"]
    assert data["band"] == "onzeker" and high - low > 40
    assert data["coverage"]["answered"] < data["coverage"]["applicable"] / 4


def test_unknown_premises_are_never_stated_as_facts(kb: KnowledgeBase) -> None:
    # Firm size and subsidy are "weet niet": their follow-up questions are still asked, but no
    # advice may rest on a large firm or a subsidy scheme taking part.
    out = run(
        "advise", str(EXAMPLES / "winkeliers-nieuwsbrief.yaml"), "--format", "json", "--top", "0"
    )[1]
    data = json.loads(out)
    reasons = [
        w for a in data["advice"] for w in [*a["why"], *(w for r in a["related"] for w in r["why"])]
    ]
    premised = {"invloed_groot", "regeling", "overlap_regelingen", "marktaandeel"}
    for reason in reasons:
        read = {answer["question"] for answer in reason["answers"]}
        assert not read & premised, reason["rule"]
        assert kb.rules[reason["rule"]].about_unknown or "weet_niet" not in {
            answer["value"] for answer in reason["answers"]
        }
