"""The one way YAML is read: a file, a stream or text in; a located document out, never raising.

Every problem — unreadable, too large, not UTF-8, a syntax error, a refused tag or value, a
limit crossed — becomes a ``Problem`` with the file's name and, where there is one, a line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

import yaml

from clusteradvies.errors import Problem
from clusteradvies.yamlsource import decoding
from clusteradvies.yamlsource.builder import Builder, Stop
from clusteradvies.yamlsource.document import LIMITS, Limits, LocatedDocument

try:  # libyaml ships in the PyYAML wheels and parses several times faster
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - pure-Python PyYAML build
    _Loader = yaml.SafeLoader


def read_yaml(path: Path, display: str | None = None, limits: Limits = LIMITS) -> LocatedDocument:
    """Read and parse a YAML file (or a pipe); problems are located, nothing raises."""
    name = display or str(path)
    data = decoding.read_file(path, name, limits)
    if isinstance(data, Problem):
        return LocatedDocument(name, None, problems=[data])
    return parse_bytes(data, name, limits)


def read_yaml_stream(stream: BinaryIO, name: str, limits: Limits = LIMITS) -> LocatedDocument:
    """Read and parse YAML from a binary stream such as standard input."""
    data = decoding.read_stream(stream, name, limits)
    if isinstance(data, Problem):
        return LocatedDocument(name, None, problems=[data])
    return parse_bytes(data, name, limits)


def parse_bytes(data: bytes, file: str, limits: Limits = LIMITS) -> LocatedDocument:
    """Decode UTF-8 (or say where it is not) and parse."""
    text = decoding.decode(data, file)
    if isinstance(text, Problem):
        return LocatedDocument(file, None, problems=[text])
    return _parse(text, file, limits)


def parse_yaml(text: str, file: str, limits: Limits = LIMITS) -> LocatedDocument:
    """Parse one YAML document given as text."""
    if len(text) > limits.max_bytes:  # characters, not bytes: close enough to refuse early
        megabytes = limits.max_bytes // (1024 * 1024)
        message = f"too large: more than {megabytes} MB of YAML"
        return LocatedDocument(file, None, problems=[Problem(file, None, "", message)])
    checked = decoding.check_characters(text, file)
    if isinstance(checked, Problem):
        return LocatedDocument(file, None, problems=[checked])
    return _parse(checked, file, limits)


def _parse(text: str, file: str, limits: Limits) -> LocatedDocument:
    doc = LocatedDocument(file=file, data=None)
    try:
        doc.data = Builder(doc, limits).build(yaml.parse(text, Loader=_Loader))
    except Stop as stop:
        doc.data = None
        doc.problems.append(stop.problem)
    except yaml.MarkedYAMLError as exc:
        doc.data = None
        doc.problems.append(_syntax_problem(exc, text, file, limits))
    except yaml.YAMLError as exc:  # unlocated (the characters were checked before)
        doc.data = None
        doc.problems.append(Problem(file, None, "", f"invalid YAML: {exc}"))
    return doc


def _syntax_problem(exc: yaml.MarkedYAMLError, text: str, file: str, limits: Limits) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    if mark is None:
        return Problem(file, None, "", f"invalid YAML: {exc.problem or exc.context}")
    line, column = mark.line + 1, mark.column + 1
    reason = exc.problem or exc.context or "invalid YAML"
    if "maximum nesting depth" in reason:  # libyaml's own limit, met while looking ahead
        return Problem(file, line, "", f"nested more than {limits.max_depth} levels deep")
    if _character_at(text, mark.line, mark.column) == "\t":
        reason = "a tab character, where YAML allows only spaces (indent with spaces)"
    return Problem(file, line, "", f"invalid YAML: {reason}", column)


def _character_at(text: str, line: int, column: int) -> str:
    start = 0
    for _ in range(line):
        start = text.find("\n", start) + 1
        if start == 0:
            return ""
    return text[start + column : start + column + 1]
