"""Reading YAML: every way a file can be broken is one located problem, never a traceback."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from clusteradvies.yamlsource import Limits, parse_bytes, parse_yaml, read_yaml, read_yaml_stream


def rendered(text: str, limits: Limits | None = None) -> list[str]:
    doc = parse_yaml(text, "f.yaml", limits or Limits())
    return [p.render() for p in doc.problems]


def test_lines_of_keys_and_items_are_remembered() -> None:
    doc = parse_yaml("a:\n  b: 1\n  c:\n    - x\n    - y\n", "f.yaml")
    assert doc.data == {"a": {"b": 1, "c": ["x", "y"]}}
    assert doc.line_of(("a", "c", 1)) == 5
    assert doc.line_of(("a", "missing")) == 1  # a missing key points at its parent


def test_scalars_keep_their_yaml_types() -> None:
    doc = parse_yaml("s: tekst\nn: 12\nb: true\nq: '12'\nnul: null\nf: 1.5\n", "f.yaml")
    assert doc.data == {"s": "tekst", "n": 12, "b": True, "q": "12", "nul": None, "f": 1.5}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("d: 2024-02-03\n", "2024-02-03"),  # dates are their text: no field is a date
        ("d: 2024-02-30\n", "2024-02-30"),  # also an impossible one
        ("d: 2001-12-14t21:59:43.10-05:00\n", "2001-12-14t21:59:43.10-05:00"),
        ("d: =\n", "="),
        ("d: !!str 12\n", "12"),
        ("d: !!int '12'\n", 12),
        ("d: ! 12\n", "12"),  # the non-specific tag: text
    ],
)
def test_values_that_are_read_as_plain_values(text: str, value: object) -> None:
    doc = parse_yaml(text, "f.yaml")
    assert doc.problems == []
    assert doc.data == {"d": value}


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("a: !!python/name:os.system x\n", "f.yaml:1: a: the tag '!!python/name:os.system'"),
        ('a: !!python/object/apply:os.system ["ls"]\n', "f.yaml:1: a: the tag '!!python/obj"),
        ("a:\n  b: !idee x\n", "f.yaml:2: a.b: the tag '!idee' is not allowed"),
        ("a: !!binary aGVsbG8=\n", "f.yaml:1: a: the tag '!!binary' is not allowed"),
        ("a: !!set {x, y}\n", "f.yaml:1: a: the tag '!!set' is not allowed"),
        ("a: !!omap [b: 1]\n", "f.yaml:1: a: the tag '!!omap' is not allowed"),
        ("- !!map [x]\n", "f.yaml:1: [0]: the tag '!!map' is not allowed"),
        ("n: !!int twaalf\n", "f.yaml:1: n: expected a whole number, got 'twaalf'"),
        ("n: !!float veel\n", "f.yaml:1: n: expected a number, got 'veel'"),
        ("n: !!bool misschien\n", "f.yaml:1: n: expected true or false, got 'misschien'"),
        ("n: " + "7" * 5000 + "\n", "f.yaml:1: n: a number of more than 40 digits"),
        ("n: 0x" + "f" * 60 + "\n", "f.yaml:1: n: a number of more than 40 digits"),
        ("b: &b {x: 1}\nc:\n  <<: *b\n", "f.yaml:3: c: merge keys (<<) are not supported"),
        ("a: &a [1, *a]\n", "f.yaml:1: a[1]: the alias '*a' refers to a list or mapping that"),
        ("a: *nergens\n", "f.yaml:1: a: the alias '*nergens' refers to no anchor"),
        ("a: 1\nb: 2\na: 3\n", "f.yaml:3: duplicate key 'a' (first at line 1)"),
        ("? [a, b]\n: 1\n", "f.yaml:1: a key must be plain text"),
        ("~: 1\n", "f.yaml:1: a key must be plain text"),
        ("a: 1\n---\nb: 2\n", "f.yaml:2: a second document (---): a file holds one"),
        (
            "a:\n\tb: 1\n",
            "f.yaml:2:1: invalid YAML: a tab character, where YAML allows only spaces",
        ),
        ("a: [b\n", "f.yaml:2:1: invalid YAML:"),
    ],
)
def test_what_is_refused_is_one_located_line(text: str, problem: str) -> None:
    problems = rendered(text)
    assert len(problems) == 1, problems
    assert problems[0].startswith(problem)


def test_every_value_problem_is_reported_not_just_the_first() -> None:
    problems = rendered("a: !x 1\nb: !!int nee\nc: !y [1]\n")
    assert [p.split(":")[1] for p in problems] == ["1", "2", "3"]


@pytest.mark.parametrize(
    ("text", "limits", "problem"),
    [
        ("a: " + "[" * 990 + "]" * 990 + "\n", Limits(), "f.yaml:1: nested more than 100 levels"),
        ("- [[[x]]]\n", Limits(max_depth=3), "f.yaml:1: nested more than 3 levels deep"),
        ("[1, 2, 3, 4, 5]\n", Limits(max_values=4), "f.yaml:1: more than 4 values"),
        ("a: &a [1, 2]\nb: [*a, *a]\n", Limits(max_values=8), "f.yaml:2: more than 8 values"),
        ("a: &a 1\nb: [*a, *a, *a]\n", Limits(max_aliases=2), "f.yaml:2: more than 2 aliases"),
        ("a: " + "b" * 30 + "\n", Limits(max_bytes=20), "f.yaml: too large: more than 0 MB"),
    ],
)
def test_limits(text: str, limits: Limits, problem: str) -> None:
    problems = rendered(text, limits)
    assert len(problems) == 1, problems
    assert problems[0].startswith(problem)


def test_an_alias_shares_its_value_and_counts_as_a_copy() -> None:
    doc = parse_yaml("a: &a [1, 2]\nb: [*a, *a]\n", "f.yaml", Limits(max_values=13))
    assert doc.problems == []
    assert doc.data == {"a": [1, 2], "b": [[1, 2], [1, 2]]}
    assert doc.line_of(("b", 1, 0)) == 2  # inside an alias: the alias's line


def billion_laughs(levels: int = 9, indent: str = "") -> str:
    lines = [f'{indent}l0: &l0 ["ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha"]']
    for i in range(1, levels + 1):
        lines.append(f"{indent}l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "text",
    [billion_laughs(), "name: x\nverstopt:\n" + billion_laughs(indent="  ")],
    ids=["plain", "under-an-unknown-key"],
)
def test_a_billion_laughs_is_refused_at_the_limit(text: str) -> None:
    problems = rendered(text)
    assert len(problems) == 1
    assert "more than 200,000 values" in problems[0]


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"name: caf\xe9\n", "f.yaml:1:10: not UTF-8 text: byte 0xe9; save the file as UTF-8"),
        (b"a: 1\nb: \xc3\n", "f.yaml:2:4: not UTF-8 text: byte 0xc3"),
        (b"a: 1\nb: x\x00y\n", "f.yaml:2:5: a NUL byte: this looks like a binary file"),
        (b"a: \x1b[2J\n", "f.yaml:1:4: control character U+001B is not allowed in YAML text"),
        ("a: 1\n".encode("utf-16"), "f.yaml:1: UTF-16 text; save the file as UTF-8"),
    ],
)
def test_bytes_that_are_not_yaml_text_are_located(data: bytes, problem: str) -> None:
    problems = [p.render() for p in parse_bytes(data, "f.yaml").problems]
    assert len(problems) == 1 and problems[0].startswith(problem)


def test_a_utf8_byte_order_mark_is_fine() -> None:
    assert parse_bytes(b"\xef\xbb\xbfa: 1\n", "f.yaml").data == {"a": 1}


def test_unreadable_files(tmp_path: Path) -> None:
    def reason(path: Path) -> str:
        (problem,) = read_yaml(path).problems
        return problem.message

    assert reason(tmp_path / "nope.yaml") == "no such file"
    assert reason(tmp_path) == "is a directory; expected a YAML file"
    (tmp_path / "loop.yaml").symlink_to(tmp_path / "loop.yaml")
    assert reason(tmp_path / "loop.yaml") == "a symbolic link that loops (it leads back to itself)"
    (tmp_path / "dangling.yaml").symlink_to(tmp_path / "gone.yaml")
    assert reason(tmp_path / "dangling.yaml") == "a symbolic link to a missing file"


def test_a_stream_is_read_up_to_the_limit() -> None:
    doc = read_yaml_stream(io.BytesIO(b"a: " + b"x" * 100), "<stdin>", Limits(max_bytes=50))
    assert [p.render() for p in doc.problems] == ["<stdin>: too large: more than 0 MB of YAML"]
