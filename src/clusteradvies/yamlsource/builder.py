"""Build plain values from YAML parser events, under limits, remembering every key's line.

Not PyYAML's composer and constructor: those keep the last of two equal keys, forget lines,
build whatever a tag asks for and copy an alias's value as often as it is used, so that a
1 KB "billion laughs" file grows to gigabytes. Here events are consumed one at a time, with
an explicit stack instead of recursion: the values and aliases are counted as they arrive
(an alias counts as a copy of everything it names, though the value is shared), so a bomb or
a flood is refused when it crosses a limit, in milliseconds and without the memory.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import yaml

from clusteradvies.errors import Problem
from clusteradvies.yamlsource import scalars
from clusteradvies.yamlsource.document import KeyPath, Limits, LocatedDocument, dotted

_AWAITING_KEY = object()
"""A mapping whose next node is a key."""
_DROPPED = object()
"""A mapping whose key was refused (a duplicate, a list): its value is read and dropped."""
_INVALID = object()
"""A scalar whose value was refused (and reported); as a key, it is not reported again."""


class Stop(Exception):
    """A problem that ends reading the file: a limit crossed or a second document."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.render())
        self.problem = problem


@dataclass
class _Open:
    """A list or mapping whose end has not come yet."""

    value: dict[str, Any] | list[Any]
    path: KeyPath
    record: bool
    """Whether lines inside it are remembered (not inside a refused key or its value)."""
    anchor: str | None
    line: int
    size: int = 1
    key: Any = _AWAITING_KEY


class Builder:
    """Turns the events of one YAML stream into the document's data, lines and problems."""

    def __init__(self, doc: LocatedDocument, limits: Limits) -> None:
        self.doc = doc
        self.limits = limits
        self.stack: list[_Open] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        """Each anchor's value and how many values it stands for."""
        self.values = 0
        self.aliases = 0
        self.documents = 0
        self.root: Any = None

    def build(self, events: Iterable[yaml.Event]) -> Any:
        for event in events:
            if isinstance(event, yaml.ScalarEvent):
                self._scalar(event)
            elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                self._start(event)
            elif isinstance(event, yaml.CollectionEndEvent):
                self._end()
            elif isinstance(event, yaml.AliasEvent):
                self._alias(event)
            elif isinstance(event, yaml.DocumentStartEvent):
                self.documents += 1
                if self.documents > 1:
                    message = "a second document (---): a file holds one"
                    raise Stop(Problem(self.doc.file, _line(event), "", message))
        return self.root

    # --- the events -----------------------------------------------------------------------

    def _scalar(self, event: yaml.ScalarEvent) -> None:
        path, _ = self._where(event)
        tag = scalars.scalar_tag(event)
        try:
            value = scalars.construct(tag, event, self.limits)
        except scalars.ValueProblem as exc:
            self._problem(event, path, str(exc))
            value = _INVALID
        self._anchor(event.anchor, value, 1)
        self._deliver(value, 1, _line(event), merge=tag == scalars.MERGE)

    def _start(self, event: yaml.MappingStartEvent | yaml.SequenceStartEvent) -> None:
        path, record = self._where(event)
        if len(self.stack) >= self.limits.max_depth:
            message = f"nested more than {self.limits.max_depth} levels deep"
            raise Stop(Problem(self.doc.file, _line(event), "", message))
        mapping = isinstance(event, yaml.MappingStartEvent)
        try:
            scalars.check_collection_tag(event.tag, scalars.MAP if mapping else scalars.SEQ)
        except scalars.ValueProblem as exc:
            self._problem(event, path, str(exc))
        value: dict[str, Any] | list[Any] = {} if mapping else []
        self.stack.append(_Open(value, path, record, event.anchor, _line(event)))

    def _end(self) -> None:
        done = self.stack.pop()
        self._anchor(done.anchor, done.value, done.size)
        self._deliver(done.value, done.size, done.line, collection=True)

    def _alias(self, event: yaml.AliasEvent) -> None:
        self.aliases += 1
        if self.aliases > self.limits.max_aliases:
            message = f"more than {self.limits.max_aliases} aliases (*name)"
            raise Stop(Problem(self.doc.file, _line(event), "", message))
        name = event.anchor
        if name in self.anchors:
            value, size = self.anchors[name]
            path, _ = self._where(event, size)
        else:
            path, _ = self._where(event)
            inside = any(o.anchor == name for o in self.stack)
            why = "a list or mapping that contains it" if inside else "no anchor (&name) before it"
            self._problem(event, path, f"the alias '*{name}' refers to {why}")
            value, size = _INVALID, 1
        self._deliver(value, size, _line(event), collection=isinstance(value, dict | list))

    # --- placing a finished node ----------------------------------------------------------

    def _where(self, event: yaml.Event, size: int = 1) -> tuple[KeyPath, bool]:
        """Count the node (``size`` values) and remember its line; its path and recording."""
        self.values += size
        if self.values > self.limits.max_values:
            message = (
                f"more than {self.limits.max_values:,} values "
                "(every use of an alias counts as a copy of what it names)"
            )
            raise Stop(Problem(self.doc.file, _line(event), "", message))
        path: KeyPath
        if not self.stack:
            path, record = (), True
        else:
            top = self.stack[-1]
            if isinstance(top.value, list):
                path, record = (*top.path, len(top.value)), top.record
            elif top.key is _AWAITING_KEY or top.key is _DROPPED:
                path, record = top.path, False  # a key's line is remembered as its path's
            else:
                path, record = (*top.path, top.key), top.record
        if record:
            self.doc.lines.setdefault(path, _line(event))
        return path, record

    def _deliver(
        self, value: Any, size: int, line: int, *, merge: bool = False, collection: bool = False
    ) -> None:
        if not self.stack:
            self.root = None if value is _INVALID else value
            return
        top = self.stack[-1]
        kept = None if value is _INVALID else value
        if isinstance(top.value, list):
            top.value.append(kept)
            top.size += size
        elif top.key is _AWAITING_KEY:
            top.key = self._key(top, value, line, merge, collection)
        else:
            if top.key is not _DROPPED:
                top.value[top.key] = kept
                top.size += size
            top.key = _AWAITING_KEY

    def _key(self, mapping: _Open, key: Any, line: int, merge: bool, collection: bool) -> Any:
        where = dotted(mapping.path)
        if key is _INVALID:
            return _DROPPED  # already reported
        if merge:
            message = "merge keys (<<) are not supported; write the keys out"
            self.doc.problems.append(Problem(self.doc.file, line, where, message))
            return _DROPPED
        if collection or key is None or not isinstance(key, str | int | float):
            message = "a key must be plain text"
            self.doc.problems.append(Problem(self.doc.file, line, where, message))
            return _DROPPED
        key = key if isinstance(key, str) else str(key)
        assert isinstance(mapping.value, dict)
        if key in mapping.value:
            first = self.doc.lines.get((*mapping.path, key))
            at = f" (first at line {first})" if first is not None else ""
            message = f"duplicate key '{key}'{at}"
            self.doc.problems.append(Problem(self.doc.file, line, where, message))
            return _DROPPED
        if mapping.record:
            key_path: KeyPath = (*mapping.path, key)
            self.doc.lines[key_path] = line
        return key

    def _anchor(self, name: str | None, value: Any, size: int) -> None:
        if name is not None:
            self.anchors[name] = (value, size)

    def _problem(self, event: yaml.Event, path: KeyPath, message: str) -> None:
        self.doc.problems.append(Problem(self.doc.file, _line(event), dotted(path), message))


def _line(event: yaml.Event) -> int:
    return int(event.start_mark.line) + 1 if event.start_mark is not None else 0
