"""Load a knowledge directory: YAML → validated models → one cross-checked KnowledgeBase.

Every problem is collected (not just the first) and reported as ``file:line: key.path:
message``; a misspelt key or id gets a "did you mean". A knowledge base with any problem is
not returned: the engine never runs on half-valid knowledge.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from clusteradvies.errors import KnowledgeError, Problem
from clusteradvies.knowledge import models
from clusteradvies.knowledge.base import KnowledgeBase, Location
from clusteradvies.knowledge.conditions import CONDITION_TAGS, AnswerTest, FactTest, RoleTest
from clusteradvies.knowledge.conditions import leaves as condition_leaves
from clusteradvies.knowledge.models import KINDS, KnowledgeFile
from clusteradvies.yamlsource import LocatedDocument, dotted, read_yaml

SHIPPED_NAME = "knowledge"
"""How problems in the packaged knowledge name its directory."""

# The codes `clusteradvies check` reports the loader's problems under (see clusteradvies.checks).
# Problems about the directory itself carry no code: then nothing could be checked at all.
SCHEMA = "KB001"
DUPLICATE_ID = "KB002"
UNKNOWN_REFERENCE = "KB003"


def shipped_directory() -> Path:
    """The knowledge directory shipped inside the package."""
    return Path(str(resources.files("clusteradvies.kb")))


def load_knowledge(directory: Path | None = None) -> KnowledgeBase:
    """Load and cross-check a knowledge directory (the shipped one by default).

    A knowledge base without problems comes from the cache when its files are unchanged
    (see ``knowledge.cache``). Raises KnowledgeError with every problem found.
    """
    from clusteradvies.knowledge.cache import cached

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


def with_code(problems: Iterable[Problem], code: str) -> list[Problem]:
    """The same problems, filed under a check code."""
    return [dataclasses.replace(p, code=code) for p in problems]


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
        for entry in entries:
            index = _index_of(raw, entry.id)
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


def _index_of(raw: Any, entry_id: str) -> int | None:
    if isinstance(raw, list):
        for i, item in enumerate(raw):
            if isinstance(item, dict) and item.get("id") == entry_id:
                return i
    return None


def validation_problems(
    exc: ValidationError, doc: LocatedDocument, prefix: tuple[str | int, ...] = ()
) -> list[Problem]:
    """One located problem per pydantic error, condition union tags removed."""
    out: list[Problem] = []
    for error in exc.errors():
        loc = (*prefix, *_strip_tags(tuple(error["loc"])))
        message = _message(error)
        if error["type"] == "extra_forbidden" and isinstance(loc[-1], str):
            options = KINDS if len(loc) == 1 + len(prefix) else all_keys()
            message = f"unknown key '{loc[-1]}'" + did_you_mean(loc[-1], options)
            if len(loc) == 1 + len(prefix) and not message.endswith("?)"):
                message += f"; expected one of {', '.join(KINDS)}"
        out.append(Problem(doc.file, doc.line_of(loc), dotted(loc), message))
    return out


def _strip_tags(loc: tuple[str | int, ...]) -> tuple[str | int, ...]:
    out: list[str | int] = []
    for i, part in enumerate(loc):
        previous = loc[i - 1] if i else None
        before = loc[i - 2] if i > 1 else None
        at_condition = previous in ("when", "not") or (
            isinstance(previous, int) and before in ("all", "any")
        )
        if part in CONDITION_TAGS and at_condition:
            continue
        out.append(part)
    return tuple(out)


def _message(error: Any) -> str:
    kind, msg = error["type"], str(error["msg"])
    if kind == "missing":
        return "required key is missing"
    if kind == "literal_error":
        return msg.replace("Input should be", "expected")
    if kind == "string_pattern_mismatch":
        return "expected lower-case words joined by '.', '-' or '_' (snake_case for questions)"
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, ") :]
    return msg.replace("Input should be", "expected")


def all_keys() -> set[str]:
    """Every key any knowledge model accepts, for "did you mean"."""
    keys: set[str] = set(KINDS)
    stack: list[type[BaseModel]] = [KnowledgeFile]
    seen: set[type[BaseModel]] = set()
    from clusteradvies.knowledge import conditions

    stack += [
        conditions.AnswerTest,
        conditions.FactTest,
        conditions.RoleTest,
        conditions.All,
        conditions.AnyOf,
        conditions.Not,
    ]
    while stack:
        model = stack.pop()
        if model in seen:
            continue
        seen.add(model)
        for name, info in model.model_fields.items():
            keys.add(info.alias or name)
        for obj in vars(models).values():
            if isinstance(obj, type) and issubclass(obj, BaseModel) and obj not in seen:
                stack.append(obj)
    return keys


def did_you_mean(word: str, options: Iterable[str]) -> str:
    """``" (did you mean 'x'?)"`` for a close match, else empty."""
    # The word itself may be valid elsewhere (a key of another model): never suggest it back.
    match = difflib.get_close_matches(word, [o for o in options if o != word], n=1, cutoff=0.6)
    return f" (did you mean '{match[0]}'?)" if match else ""


# --- cross-references -------------------------------------------------------------------------


def resolve_references(kb: KnowledgeBase) -> list[Problem]:
    """Every id an entry names must exist; problems point at the key that names it."""
    problems: list[Problem] = []

    def need(kind: str, entry_id: str, key: str, target_kind: str, target: str) -> None:
        pool: dict[str, Any] = getattr(kb, target_kind)
        if target not in pool and (target_kind, target) not in kb.invalid_ids:
            where = kb.where(kind, entry_id, key)
            label = target_kind.rstrip("s") if target_kind != "advice" else "advice"
            problems.append(
                Problem(
                    where.file,
                    where.line,
                    f"{kind}[{entry_id}].{key}",
                    f"unknown {label} '{target}'" + did_you_mean(target, pool),
                )
            )

    for kind in ("factors", "advice", "questions"):
        for entry in getattr(kb, kind).values():
            need(kind, entry.id, "category", "categories", entry.category)
    for kind in ("factors", "advice", "questions", "rules"):
        for entry in getattr(kb, kind).values():
            for i, label in enumerate(entry.sources):
                need(kind, entry.id, f"sources[{i}]", "sections", label)
    for advice in kb.advice.values():
        for i, factor in enumerate(advice.addresses):
            need("advice", advice.id, f"addresses[{i}]", "factors", factor)
    for question in kb.questions.values():
        for i, factor in enumerate(question.informs):
            need("questions", question.id, f"informs[{i}]", "factors", factor)
        if question.shared_view is not None:
            for i, label in enumerate(question.shared_view.sources):
                need("questions", question.id, f"shared_view.sources[{i}]", "sections", label)
        if question.when is not None:
            problems.extend(_condition_refs(kb, "questions", question.id, "when", question.when))
    for rule in kb.rules.values():
        problems.extend(_condition_refs(kb, "rules", rule.id, "when", rule.when))
        for i, derivation in enumerate(rule.derive):
            need("rules", rule.id, f"derive[{i}].fact", "facts", derivation.fact)
        for i, assessment in enumerate(rule.assess):
            need("rules", rule.id, f"assess[{i}].factor", "factors", assessment.factor)
        for i, advice_id in enumerate(rule.recommend):
            need("rules", rule.id, f"recommend[{i}]", "advice", advice_id)
    for case in kb.cases.values():
        need("cases", case.id, "section", "sections", case.section)
        for name in case.profile:
            need("cases", case.id, f"profile.{name}", "facts", name)
        for i, lesson in enumerate(case.lessons):
            for j, advice_id in enumerate(lesson.advice):
                need("cases", case.id, f"lessons[{i}].advice[{j}]", "advice", advice_id)
            for j, factor in enumerate(lesson.factors):
                need("cases", case.id, f"lessons[{i}].factors[{j}]", "factors", factor)
    return with_code(problems, UNKNOWN_REFERENCE)


def _condition_refs(
    kb: KnowledgeBase, kind: str, entry_id: str, key: str, condition: Any
) -> Iterator[Problem]:
    where = kb.where(kind, entry_id, key)
    for leaf in condition_leaves(condition):
        # An entry that failed validation was reported once already; not again where it is named.
        if (
            isinstance(leaf, AnswerTest)
            and leaf.answer not in kb.questions
            and (("questions", leaf.answer) not in kb.invalid_ids)
        ):
            yield Problem(
                where.file,
                _leaf_line(kb, kind, entry_id, key, leaf.answer, where),
                f"{kind}[{entry_id}].{key}",
                f"unknown question '{leaf.answer}'" + did_you_mean(leaf.answer, kb.questions),
            )
        elif (
            isinstance(leaf, FactTest)
            and leaf.fact not in kb.facts
            and (("facts", leaf.fact) not in kb.invalid_ids)
        ):
            yield Problem(
                where.file,
                _leaf_line(kb, kind, entry_id, key, leaf.fact, where),
                f"{kind}[{entry_id}].{key}",
                f"unknown fact '{leaf.fact}'" + did_you_mean(leaf.fact, kb.facts),
            )
        elif isinstance(leaf, RoleTest):
            for role in leaf.role:
                if role not in models.ROLES:
                    yield Problem(
                        where.file,
                        where.line,
                        f"{kind}[{entry_id}].{key}",
                        f"unknown role '{role}'" + did_you_mean(role, models.ROLES),
                    )


def _leaf_line(
    kb: KnowledgeBase, kind: str, entry_id: str, key: str, name: str, fallback: Location
) -> int | None:
    """The line of the condition test that names ``name`` (``answer: name`` or ``fact: name``)."""
    raw = kb.raw.get((kind, entry_id), {}).get(key)
    for path in _paths_to(raw, name, (key,)):
        line = kb.key_lines.get((kind, entry_id, dotted(path)))
        if line is not None:
            return line
    return fallback.line


def _paths_to(node: Any, name: str, path: tuple[str | int, ...]) -> Iterator[tuple[str | int, ...]]:
    if isinstance(node, dict):
        for k, v in node.items():
            if k in ("answer", "fact") and v == name:
                yield (*path, k)
            else:
                yield from _paths_to(v, name, (*path, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths_to(v, name, (*path, i))
