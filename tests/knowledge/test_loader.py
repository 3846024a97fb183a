"""Loading the knowledge: the shipped base is whole, and every kind of mistake is located."""

from __future__ import annotations

from pathlib import Path

import pytest

from clusteradvies.errors import KnowledgeError
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.loader import load_knowledge, load_with_problems

MINIMAL = {
    "sections.yaml": """\
sections:
  - id: "2.2"
    title: {nl: "Factoren", en: "Factors"}
""",
    "categories.yaml": """\
categories:
  - id: vertrouwen
    name: {nl: "Vertrouwen", en: "Trust"}
    description: {nl: "Over vertrouwen.", en: "About trust."}
""",
    "stages.yaml": """\
stages:
  - id: start
    name: {nl: "Start", en: "Start"}
    timing: 1.2
""",
    "main.yaml": """\
factors:
  - id: vertrouwen
    category: vertrouwen
    polarity: success
    name: {nl: "Vertrouwen", en: "Trust"}
    concern: {nl: "Partners vertrouwen elkaar weinig.", en: "Partners trust each other little."}
    description: {nl: "Partners vertrouwen elkaar.", en: "Partners trust each other."}
    sources: ["2.2"]
advice:
  - id: vertrouwen.klein-beginnen
    category: vertrouwen
    text: {nl: "Begin klein.", en: "Start small."}
    stage: start
    addresses: [vertrouwen]
    sources: ["2.2"]
questions:
  - id: vertrouwen
    category: vertrouwen
    type: choice
    prompt: {nl: "Vertrouwen?", en: "Trust?"}
    help: {nl: "Omdat.", en: "Because."}
    choices:
      - {id: hoog, label: {nl: "Hoog", en: "High"}}
      - {id: laag, label: {nl: "Laag", en: "Low"}}
rules:
  - id: vertrouwen.laag
    when: {answer: vertrouwen, equals: laag}
    assess: [{factor: vertrouwen, effect: concern}]
    recommend: [vertrouwen.klein-beginnen]
    rationale: {nl: "Weinig vertrouwen.", en: "Little trust."}
    sources: ["2.2"]
""",
}


def write_kb(directory: Path, **changes: str) -> Path:
    """The minimal valid knowledge base, with files replaced or added by ``changes``."""
    files = {**MINIMAL, **{name.replace("__", "."): text for name, text in changes.items()}}
    for name, text in files.items():
        (directory / name).write_text(text, encoding="utf-8")
    return directory


def rendered(directory: Path) -> list[str]:
    _, problems = load_with_problems(directory)
    return [p.render() for p in problems]


def test_shipped_knowledge_loads_without_problems(kb: KnowledgeBase) -> None:
    assert len(kb.factors) >= 40
    assert len(kb.advice) >= 100
    assert len(kb.questions) >= 30
    assert len(kb.rules) >= 150
    assert len(kb.cases) >= 11


def test_minimal_knowledge_loads(tmp_path: Path) -> None:
    kb = load_knowledge(write_kb(tmp_path))
    assert list(kb.rules) == ["vertrouwen.laag"]
    assert kb.where("rules", "vertrouwen.laag").line == 26


def test_invalid_yaml_is_located(tmp_path: Path) -> None:
    write_kb(tmp_path, extra__yaml="factors:\n  - id: [unclosed\n")
    lines = rendered(tmp_path)
    assert len(lines) == 1
    assert lines[0].startswith(f"{tmp_path}/extra.yaml:3:")
    assert "invalid YAML" in lines[0]


def test_duplicate_key_is_an_error_not_silently_the_last(tmp_path: Path) -> None:
    text = MINIMAL["main.yaml"].replace(
        "    polarity: success\n", "    polarity: success\n    polarity: failure\n"
    )
    write_kb(tmp_path, main__yaml=text)
    assert rendered(tmp_path) == [
        f"{tmp_path}/main.yaml:5: factors[0]: duplicate key 'polarity' (first at line 4)"
    ]


def test_misspelt_key_gets_did_you_mean(tmp_path: Path) -> None:
    write_kb(tmp_path, main__yaml=MINIMAL["main.yaml"].replace("    rationale:", "    rationle:"))
    lines = rendered(tmp_path)
    assert (
        f"{tmp_path}/main.yaml:30: rules[0].rationle: unknown key 'rationle' "
        "(did you mean 'rationale'?)" in lines
    )
    assert f"{tmp_path}/main.yaml:26: rules[0].rationale: required key is missing" in lines


def test_wrong_value_names_what_was_expected(tmp_path: Path) -> None:
    write_kb(
        tmp_path, main__yaml=MINIMAL["main.yaml"].replace("polarity: success", "polarity: good")
    )
    (line,) = rendered(tmp_path)
    assert line == f"{tmp_path}/main.yaml:4: factors[0].polarity: expected 'success' or 'failure'"


def test_condition_errors_point_into_the_condition(tmp_path: Path) -> None:
    text = MINIMAL["main.yaml"].replace(
        "    when: {answer: vertrouwen, equals: laag}",
        "    when:\n      all:\n        - {answer: vertrouwen, equals: laag, in: [hoog]}",
    )
    write_kb(tmp_path, main__yaml=text)
    (line,) = rendered(tmp_path)
    assert line.startswith(f"{tmp_path}/main.yaml:29: rules[0].when.all[0]: expected exactly one")


def test_dangling_reference_gets_did_you_mean(tmp_path: Path) -> None:
    write_kb(
        tmp_path,
        main__yaml=MINIMAL["main.yaml"].replace(
            "recommend: [vertrouwen.klein-beginnen]", "recommend: [vertrouwen.klein-begin]"
        ),
    )
    (line,) = rendered(tmp_path)
    assert line == (
        f"{tmp_path}/main.yaml:29: rules[vertrouwen.laag].recommend[0]: unknown "
        "advice 'vertrouwen.klein-begin' (did you mean 'vertrouwen.klein-beginnen'?)"
    )


def test_unknown_question_in_condition_is_located_at_the_test(tmp_path: Path) -> None:
    write_kb(
        tmp_path,
        main__yaml=MINIMAL["main.yaml"].replace(
            "{answer: vertrouwen, equals: laag}", "{answer: vertrouwn, equals: laag}"
        ),
    )
    (line,) = rendered(tmp_path)
    assert line == (
        f"{tmp_path}/main.yaml:27: rules[vertrouwen.laag].when: unknown question "
        "'vertrouwn' (did you mean 'vertrouwen'?)"
    )


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    write_kb(tmp_path, more__yaml=MINIMAL["categories.yaml"])
    (line,) = rendered(tmp_path)
    assert line.startswith(f"{tmp_path}/more.yaml:2: categories[0].id: duplicate categories id")
    assert f"{tmp_path}/categories.yaml:2" in line


def test_load_knowledge_raises_with_every_problem(tmp_path: Path) -> None:
    text = (
        MINIMAL["main.yaml"]
        .replace("polarity: success", "polarity: good")
        .replace("rationale:", "rationle:")
    )
    write_kb(tmp_path, main__yaml=text)
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(tmp_path)
    # Two mistakes, two lines: the invalid factor is not reported again where advice names it.
    assert len(caught.value.problems) == 3
    assert not any("unknown factor" in p.message for p in caught.value.problems)


def test_missing_directory_is_one_problem(tmp_path: Path) -> None:
    assert rendered(tmp_path / "nope") == [f"{tmp_path}/nope: no such directory"]


def test_an_invalid_question_is_not_reported_again_where_rules_test_it(tmp_path: Path) -> None:
    write_kb(tmp_path, main__yaml=MINIMAL["main.yaml"].replace("type: choice", "type: kies"))
    lines = rendered(tmp_path)
    assert len(lines) == 1
    assert "questions[0].type" in lines[0]
