"""Load a knowledge directory: YAML → validated models → one cross-checked KnowledgeBase.

Every problem is collected (not just the first) and reported as ``file:line: key.path:
message``; a misspelt key or id gets a "did you mean". A knowledge base with any problem is
not returned: the engine never runs on half-valid knowledge.
"""

from __future__ import annotations

import contextlib
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from clusteradvies.errors import KnowledgeError, Problem
from clusteradvies.knowledge.base import KnowledgeBase, Location
from clusteradvies.knowledge.models import KINDS, KnowledgeFile
from clusteradvies.knowledge.problems import validation_problems, with_code
from clusteradvies.knowledge.references import UNKNOWN_REFERENCE, resolve_references
from clusteradvies.yamlsource import LocatedDocument, dotted, read_yaml

__all__ = [
    "DUPLICATE_ID",
    "SCHEMA",
    "UNKNOWN_REFERENCE",
    "load_knowledge",
    "load_with_problems",
    "shipped_directory",
]

SHIPPED_NAME = "knowledge"
"""How problems in the packaged knowledge name its directory."""

# The codes `clusteradvies check` reports the loader's problems under (see clusteradvies.checks).
# Problems about the directory itself carry no code: then nothing could be checked at all.
SCHEMA = "KB001"
DUPLICATE_ID = "KB002"


def shipped_directory() -> Path:
    """The knowledge directory shipped inside the package."""
    return Path(str(resources.files("clusteradvies.kb")))


def load_knowledge(directory: Path | None = None) -> KnowledgeBase:
    """Load and cross-check a knowledge directory (the shipped one by default).

    A knowledge base without problems comes from the cache when its files are unchanged
    (see ``knowledge.cache``). Raises KnowledgeError with every problem found.
    """
    from clusteradvies.knowledge.cache import cache_key, cached

    root = directory if directory is not None else shipped_directory()
    display = SHIPPED_NAME if directory is None else str(directory)
    found: list[Problem] = []

    def load() -> KnowledgeBase | None:
        kb, problems = load_with_problems(directory)
        found.extend(problems)
        return None if problems else kb

    files = _yaml_files(root) if root.is_dir() else []
    kb = cached(files, root, display, load) if files else load()
    if kb is None:
        raise KnowledgeError(found)
    if files and not kb.fingerprint:
        with contextlib.suppress(OSError):
            kb.fingerprint = cache_key(files, root, display)
    return kb


def _yaml_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


def load_with_problems(directory: Path | None = None) -> tuple[KnowledgeBase, list[Problem]]:
    """Load what can be loaded and return it with every problem; for ``check``."""
    root = directory if directory is not None else shipped_directory()
    display = SHIPPED_NAME if directory is None else str(directory)
    kb = KnowledgeBase(source=display, root=root)
    if not root.is_dir():
        reason = "not a directory" if root.exists() else "no such directory"
        return kb, [Problem(display, None, "", reason)]
    files = _yaml_files(root)
    if not files:
        return kb, [Problem(display, None, "", "no .yaml files in this directory")]
    problems: list[Problem] = []
    for path in files:
        shown = str(Path(display) / path.relative_to(root))
        doc = read_yaml(path, shown)
        problems.extend(with_code(doc.problems, SCHEMA))
        if doc.data is None:
            continue
        problems.extend(_add_file(kb, doc))
    problems.extend(resolve_references(kb))
    return kb, problems


def _add_file(kb: KnowledgeBase, doc: LocatedDocument) -> list[Problem]:
    if not isinstance(doc.data, dict):
        message = f"expected a mapping with keys {', '.join(KINDS)}"
        return [Problem(doc.file, 1, "", message, code=SCHEMA)]
    problems: list[Problem] = []
    try:
        parsed = KnowledgeFile.model_validate(doc.data)
    except ValidationError as exc:
        problems.extend(with_code(validation_problems(exc, doc), SCHEMA))
        parsed = _salvage(doc, kb)
    # Lines of the keys inside each entry, grouped once: (kind, index) → [(sub-path, line)].
    by_entry: dict[tuple[Any, ...], list[tuple[tuple[str | int, ...], int]]] = {}
    for path, key_line in doc.lines.items():
        if len(path) > 2:
            by_entry.setdefault(path[:2], []).append((path[2:], key_line))
    for kind in KINDS:
        entries: list[Any] = getattr(parsed, kind)
        store: dict[str, Any] = getattr(kb, kind)
        raw = doc.data.get(kind) or []
        index_of = _indexes(raw)
        for entry in entries:
            index = index_of.get(entry.id)
            line = doc.line_of((kind, index)) if index is not None else None
            if entry.id in store:
                first = kb.locations[(kind, entry.id)]
                problems.append(
                    Problem(
                        doc.file,
                        line,
                        f"{kind}[{index}].id",
                        f"duplicate {kind} id '{entry.id}' (first at {first.file}:{first.line})",
                        code=DUPLICATE_ID,
                    )
                )
                continue
            store[entry.id] = entry
            kb.locations[(kind, entry.id)] = Location(doc.file, line)
            kb.raw[(kind, entry.id)] = raw[index] if index is not None else {}
            for path, key_line in by_entry.get((kind, index), ()):
                kb.key_lines[(kind, entry.id, dotted(path))] = key_line
    return problems


def _salvage(doc: LocatedDocument, kb: KnowledgeBase) -> KnowledgeFile:
    """Keep the valid entries of a file with invalid ones, so one typo hides nothing else.

    The ids of the invalid entries are remembered, so that entries naming them are not
    reported a second time as dangling references.
    """
    kept: dict[str, list[Any]] = {}
    model_of = {k: KnowledgeFile.model_fields[k].annotation for k in KINDS}
    for kind in KINDS:
        raw = doc.data.get(kind) if isinstance(doc.data, dict) else None
        if not isinstance(raw, list):
            continue
        item_model = model_of[kind].__args__[0]  # type: ignore[union-attr]
        for item in raw:
            try:
                kept.setdefault(kind, []).append(item_model.model_validate(item))
            except ValidationError:
                if isinstance(item, dict) and isinstance(item.get("id"), str):
                    kb.invalid_ids.add((kind, item["id"]))
    entries: dict[str, Any] = {k: kept.get(k, []) for k in KINDS}
    return KnowledgeFile.model_construct(None, **entries)


def _indexes(raw: Any) -> dict[Any, int]:
    """Where each id first stands in a file's list of one kind: looked up once per entry, so
    loading stays linear (a search per entry took minutes on a file of 20,000 entries)."""
    found: dict[Any, int] = {}
    if isinstance(raw, list):
        for i, item in enumerate(raw):
            if isinstance(item, dict):
                entry_id = item.get("id")
                if isinstance(entry_id, str):
                    found.setdefault(entry_id, i)
    return found
