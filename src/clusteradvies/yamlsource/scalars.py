"""Which values a YAML file may hold, and how a scalar becomes one: plain values only.

Project and knowledge files hold text, numbers, true/false, null, lists and mappings, nothing
else. So a tag that asks for anything more — ``!!python/…``, a local ``!idee``, ``!!binary``,
``!!set`` — is refused as a problem at its line, never handed to a constructor: what a file
may build is decided here, not by the YAML library's defaults.

Dates are read as the text written (``2024-02-30`` included): no field is a date, and a
date that YAML would parse into an object, or fail to, only ever meant its text. ``=`` and
``<<`` as values are text too; ``<<`` as a key (a merge) is refused where keys are read.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import SafeConstructor

from clusteradvies.yamlsource.document import Limits

_CORE = "tag:yaml.org,2002:"
STR, MAP, SEQ, MERGE = (f"{_CORE}{name}" for name in ("str", "map", "seq", "merge"))
_AS_TEXT = frozenset(f"{_CORE}{name}" for name in ("str", "timestamp", "value", "merge"))
_EXPECTED = {
    f"{_CORE}int": ("a whole number", SafeConstructor.construct_yaml_int),
    f"{_CORE}float": ("a number", SafeConstructor.construct_yaml_float),
    f"{_CORE}bool": ("true or false", SafeConstructor.construct_yaml_bool),
}
PLAIN_VALUES = "a file holds only text, numbers, true/false, lists and mappings"

_constructor = SafeConstructor()
_resolver = yaml.resolver.Resolver()


class ValueProblem(Exception):
    """A scalar or collection that is not a plain value; the message says what it is."""


def shown_tag(tag: str) -> str:
    """``tag:yaml.org,2002:python/name:x`` → ``!!python/name:x``, as it is written."""
    return "!!" + tag[len(_CORE) :] if tag.startswith(_CORE) else tag


def scalar_tag(event: yaml.ScalarEvent) -> str:
    """The scalar's tag: the one written, or the one its plain text implies (``12`` → int)."""
    if event.tag is not None:
        return STR if event.tag == "!" else str(event.tag)  # "!": explicitly not resolved
    if not event.implicit[0]:  # quoted: always text
        return STR
    resolved = _resolver.resolve(yaml.ScalarNode, event.value, event.implicit)  # type: ignore[no-untyped-call]
    return str(resolved)


def construct(tag: str, event: yaml.ScalarEvent, limits: Limits) -> Any:
    """The plain value of a scalar with this tag; raises ValueProblem for anything else."""
    text: str = event.value
    if tag in _AS_TEXT:
        return text
    if tag == f"{_CORE}null":
        return None
    if tag not in _EXPECTED:
        raise ValueProblem(f"the tag '{shown_tag(tag)}' is not allowed ({PLAIN_VALUES})")
    expected, method = _EXPECTED[tag]
    if tag == f"{_CORE}int" and len(text.replace("_", "")) > limits.max_digits:
        raise ValueProblem(f"a number of more than {limits.max_digits} digits")
    # The constructor's methods, not construct_object: that one would remember every node.
    node = yaml.ScalarNode(tag, text, None, None)
    try:
        return method(_constructor, node)
    except (ValueError, KeyError, yaml.YAMLError):
        raise ValueProblem(f"expected {expected}, got '{_short(text)}'") from None


def check_collection_tag(tag: str | None, kind: str) -> None:
    """A list or mapping may carry no tag, or its own (``!!seq``, ``!!map``); raises otherwise."""
    if tag is None or tag == "!" or tag == kind:
        return
    raise ValueProblem(f"the tag '{shown_tag(tag)}' is not allowed ({PLAIN_VALUES})")


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
