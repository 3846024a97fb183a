"""Read YAML into plain Python values while remembering where every key and item stood.

PyYAML silently keeps the last of two equal keys and forgets line numbers once a document is
constructed. Users need both: a duplicate key is an error, and every later validation problem
must point at a line. So documents are composed into nodes (with libyaml where available) and
built here, recording the line of each key path.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from clusteradvies.errors import Problem

try:  # libyaml ships in the PyYAML wheels and composes several times faster
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - pure-Python PyYAML build
    _Loader = yaml.SafeLoader

KeyPath = tuple[str | int, ...]
_STR = "tag:yaml.org,2002:str"


@dataclass
class LocatedDocument:
    """A parsed YAML document with the line of every key path in it."""

    file: str
    data: Any
    lines: dict[KeyPath, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def line_of(self, path: Iterable[str | int]) -> int | None:
        """The line of the deepest known prefix of ``path`` (a missing key points at its parent)."""
        parts = tuple(path)
        while parts:
            if parts in self.lines:
                return self.lines[parts]
            parts = parts[:-1]
        return self.lines.get(())


def dotted(path: Iterable[str | int]) -> str:
    """``("rules", 3, "when")`` → ``rules[3].when``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


class _Builder:
    def __init__(self, doc: LocatedDocument) -> None:
        self.doc = doc
        self.scalars = yaml.constructor.SafeConstructor()

    def build(self, node: yaml.Node, path: KeyPath) -> Any:
        self.doc.lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        if node.tag == _STR:  # most scalars; the generic constructor is the slow path
            return node.value
        return self.scalars.construct_object(node)

    def _mapping(self, node: yaml.MappingNode, path: KeyPath) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = self.scalars.construct_object(key_node)
            if not isinstance(key, str | int | bool | float) or key_node.tag.endswith(":null"):
                self.doc.problems.append(self._problem(key_node, path, "a key must be plain text"))
                continue
            key = str(key) if not isinstance(key, str) else key
            if key in result:
                first = self.doc.lines.get((*path, key))
                self.doc.problems.append(
                    self._problem(key_node, path, f"duplicate key '{key}' (first at line {first})")
                )
                continue
            key_path: KeyPath = (*path, key)
            self.doc.lines[key_path] = key_node.start_mark.line + 1
            result[key] = self.build(value_node, key_path)
        return result

    def _problem(self, node: yaml.Node, path: KeyPath, message: str) -> Problem:
        return Problem(self.doc.file, node.start_mark.line + 1, dotted(path), message)


def parse_yaml(text: str, file: str) -> LocatedDocument:
    """Parse one YAML document; syntax errors and duplicate keys become located problems."""
    doc = LocatedDocument(file=file, data=None)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        reason = exc.problem or exc.context or "invalid YAML"
        doc.problems.append(Problem(file, line, "", f"invalid YAML: {reason}", column))
        return doc
    except yaml.YAMLError as exc:
        doc.problems.append(Problem(file, None, "", f"invalid YAML: {exc}"))
        return doc
    if node is not None:
        try:
            doc.data = _Builder(doc).build(node, ())
        except RecursionError:  # libyaml allows ~1000 levels, more than Python's stack
            doc.data = None
            line = node.start_mark.line + 1
            doc.problems.append(Problem(file, line, "", "invalid YAML: nested too deeply"))
    return doc


def read_yaml(path: Path, display: str | None = None) -> LocatedDocument:
    """Read and parse a YAML file; an unreadable file is one located problem, not an exception."""
    name = display or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return LocatedDocument(name, None, problems=[Problem(name, None, "", "not UTF-8 text")])
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return LocatedDocument(name, None, problems=[Problem(name, None, "", reason)])
    return parse_yaml(text, name)
