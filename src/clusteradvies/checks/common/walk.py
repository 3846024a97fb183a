"""Walk conditions and entries while keeping the dotted key path of every part.

Checks report at the line of the part they object to; the loader records a line for every key
path (``when.all[1].equals``), so the walkers here produce exactly those paths.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from clusteradvies.knowledge.conditions import (
    Leaf,
    RoleTest,
)
from clusteradvies.knowledge.models import Text


def operator_path(leaf: Leaf, path: str) -> str:
    """The key path of a test's operator (``when.all[1].equals``), where its value stands."""
    if isinstance(leaf, RoleTest):
        return f"{path}.role"
    return f"{path}.{leaf.operator}"


def texts(entry: BaseModel, path: str = "") -> Iterator[tuple[str, Text]]:
    """Every bilingual text in an entry, nested ones included, with its key path."""
    for name, value in _fields(entry):
        yield from _texts_in(value, f"{path}.{name}" if path else name)


def top_level_texts(entry: BaseModel) -> Iterator[tuple[str, Text]]:
    """The entry's own texts (``prompt``, ``rationale``…), not those of its choices or lessons."""
    for name, value in _fields(entry):
        if isinstance(value, Text):
            yield name, value


def _texts_in(value: Any, path: str) -> Iterator[tuple[str, Text]]:
    if isinstance(value, Text):
        yield path, value
    elif isinstance(value, BaseModel):
        yield from texts(value, path)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _texts_in(item, f"{path}[{i}]")


def _fields(entry: BaseModel) -> Iterator[tuple[str, Any]]:
    # Key paths use the name written in YAML, which is the alias where a field has one.
    for name, info in type(entry).model_fields.items():
        yield info.alias or name, getattr(entry, name)
