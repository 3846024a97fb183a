"""Reading YAML: every way a file can be broken is one located problem, never a traceback."""

from __future__ import annotations

from pathlib import Path

from clusteradvies.yamlsource import parse_yaml, read_yaml


def test_lines_of_keys_and_items_are_remembered() -> None:
    doc = parse_yaml("a:\n  b: 1\n  c:\n    - x\n    - y\n", "f.yaml")
    assert doc.data == {"a": {"b": 1, "c": ["x", "y"]}}
    assert doc.line_of(("a", "c", 1)) == 5
    assert doc.line_of(("a", "missing")) == 1  # a missing key points at its parent


def test_scalars_keep_their_yaml_types() -> None:
    doc = parse_yaml("s: tekst\nn: 12\nb: true\nq: '12'\nnul: null\n", "f.yaml")
    assert doc.data == {"s": "tekst", "n": 12, "b": True, "q": "12", "nul": None}


def test_deep_nesting_is_a_problem_not_a_crash() -> None:
    doc = parse_yaml("a: " + "[" * 990 + "]" * 990 + "\n", "deep.yaml")
    assert doc.data is None
    assert [p.render() for p in doc.problems] == ["deep.yaml:1: invalid YAML: nested too deeply"]


def test_unreadable_and_binary_files(tmp_path: Path) -> None:
    binary = tmp_path / "b.yaml"
    binary.write_bytes(b"\xff\xfe\x00")
    assert [p.message for p in read_yaml(binary).problems] == ["not UTF-8 text"]
    missing = read_yaml(tmp_path / "nope.yaml").problems
    assert len(missing) == 1 and "No such file" in missing[0].message


def test_a_key_that_is_not_text_is_reported() -> None:
    doc = parse_yaml("? [a, b]\n: 1\n", "k.yaml")
    assert [p.render() for p in doc.problems] == ["k.yaml:1: a key must be plain text"]
