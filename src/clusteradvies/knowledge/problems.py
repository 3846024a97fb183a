"""Turning pydantic's validation errors into the located, plain lines users read.

Shared by the knowledge loader and the project-file loader: condition union tags are
stripped from locations, messages say what was expected, and misspelt keys and ids get a
"did you mean".
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ValidationError

from clusteradvies.errors import SHOWN_PROBLEMS, Problem
from clusteradvies.knowledge import models
from clusteradvies.knowledge.conditions import CONDITION_TAGS
from clusteradvies.knowledge.models import KINDS, KnowledgeFile
from clusteradvies.yamlsource import LocatedDocument, dotted


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
            hint = did_you_mean(loc[-1], options) if len(out) < SHOWN_PROBLEMS else ""
            message = f"unknown key '{loc[-1]}'" + hint
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


@functools.cache
def all_keys() -> frozenset[str]:
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
    return frozenset(keys)


def did_you_mean(word: str, options: Iterable[str]) -> str:
    """``" (did you mean 'x'?)"`` for a close match, else empty."""
    # The word itself may be valid elsewhere (a key of another model): never suggest it back.
    match = difflib.get_close_matches(word, [o for o in options if o != word], n=1, cutoff=0.6)
    return f" (did you mean '{match[0]}'?)" if match else ""


def with_code(problems: Iterable[Problem], code: str) -> list[Problem]:
    """The same problems, filed under a check code."""
    return [dataclasses.replace(p, code=code) for p in problems]
