"""Whatever bytes or YAML arrive, the project reader gives a valid project or located problems.

Two generators: random bytes (mostly not YAML at all), and random YAML documents built from
the pieces that make trouble — tags, anchors and aliases, merge keys, dates, long numbers,
escapes, tabs, a second document, project keys and question ids, nested any way — so that
most of them get past the parser and into the builder and the validation.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clusteradvies.errors import ProjectError
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.project.model import Project, read_project_stream

pytestmark = pytest.mark.slow

SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
FILE = "f.yaml"

SCALARS = [
    "idee", "ja", "nee", "weet_niet", "~", "null", "yes", "No", "on", "12", "-3", "0x1F",
    "0o17", "1_000", "1:30:00", "1e400", ".nan", "-.inf", "2024-02-30", "2001-12-14t21:59:43Z",
    "=", "<<", "'quoted: x'", '"\\e]0;t\\a"', '"\\x00"', '"\\u00e9"', "!!int twaalf",
    "!!float x", "!!bool maybe", "!!str 12", "!idee x", "!!python/name:os.system x",
    "!!binary aGk=", "*a", "*b", "&a x", "&b [1, *a]", "9" * 60, "''", "|\n  blok", "[]", "{}",
]  # fmt: skip
KEYS = [
    "format", "name", "role", "language", "answers", "notes", "expect", "fase", "partners",
    "aantal_bedrijven", "vertrouwen", "ervaring", "fsae", "<<", "? [x]", "~", "1", "true",
    "'naam met: dubbele punt'", "!!python/name:os.system k", "&a sleutel", "*a",
]  # fmt: skip


def _block(value: object, indent: int) -> str:
    pad = "  " * indent
    if isinstance(value, dict):
        return "".join(f"{pad}{k}:\n{_block(v, indent + 1)}" for k, v in value.items()) or (
            f"{pad}{{}}\n"
        )
    if isinstance(value, list):
        return "".join(f"{pad}-\n{_block(v, indent + 1)}" for v in value) or f"{pad}[]\n"
    return f"{pad}{value}\n"


def _flow(value: object) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    return str(value)


trees = st.recursive(
    st.sampled_from(SCALARS),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(KEYS), inner, max_size=5)
    ),
    max_leaves=25,
)


ANSWERS = {
    "fase": ["idee", "gestart", "weet_niet", "misschien"],
    "doel": ["marketing", "platform", "weet_niet"],
    "partners": ["[overheid]", "[branchegenoten, kennisinstelling]", "[overheid, overheid]", "[]"],
    "aantal_bedrijven": ["2", "25", "1000", "1001", "0", "twaalf"],
    "bedrijfsgrootte": ["mkb", "met_groot", "alleen_klein"],
    "ervaring": ["true", "false", "ja"],
}  # fmt: skip
"""Real questions with valid and invalid answers, so that many documents reach validation."""
projects = st.fixed_dictionaries(
    {
        "format": st.sampled_from(["1", "1", "2"]),
        "name": st.sampled_from(["Proef", "Samen op weg", "''", "2024-02-30", "&n Proef"]),
        "answers": st.dictionaries(
            st.sampled_from(sorted(ANSWERS)),
            st.sampled_from(sorted({v for vs in ANSWERS.values() for v in vs})),
            max_size=6,
        ),
    }
)


@st.composite
def yaml_documents(draw: st.DrawFn) -> bytes:
    top: dict[str, object] = draw(projects)
    top.update(draw(st.dictionaries(st.sampled_from(KEYS), trees, max_size=3)))
    text = _flow(top) + "\n" if draw(st.booleans()) else _block(top, 0)
    for _ in range(draw(st.sampled_from([0, 0, 1, 2]))):  # and a few slips of the keyboard
        at = draw(st.integers(0, len(text)))
        slip = draw(st.sampled_from(["\t", " ", "\n", ":", "---\n", "- ", "&a ", "*a", "\x1b"]))
        text = text[:at] + slip + text[at:]
    encoding = draw(st.sampled_from(["utf-8"] * 8 + ["latin-1", "utf-16"]))
    return text.encode(encoding, "replace")


def check_outcome(data: bytes, kb: KnowledgeBase) -> None:
    try:
        project = read_project_stream(io.BytesIO(data), FILE, kb)
    except ProjectError as exc:
        assert exc.problems
        for problem in exc.problems:
            assert problem.file == FILE and problem.line is not None, problem
            assert problem.message and "\n" not in problem.render(), problem
        return
    assert isinstance(project, Project) and project.name


@SETTINGS
@given(data=st.binary(max_size=3000))
def test_random_bytes(kb: KnowledgeBase, data: bytes) -> None:
    check_outcome(data, kb)


@SETTINGS
@given(data=yaml_documents())
def test_random_yaml_documents(kb: KnowledgeBase, data: bytes) -> None:
    check_outcome(data, kb)
