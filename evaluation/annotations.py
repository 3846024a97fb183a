"""Reading ``annotations.yaml`` and checking it against the knowledge and the project files.

Every problem is one located line (``file:line: key.path: message``), like everywhere else in
clusteradvies: an annotation that names an advice, factor or section the knowledge does not
have, a project stem without a file (or a file without annotation), or advice no project of
that role can ever be shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clusteradvies.errors import Problem
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.models import AUDIENCE
from clusteradvies.knowledge.problems import did_you_mean
from clusteradvies.yamlsource import LocatedDocument, dotted, read_yaml

BANDS = ("zwak", "aandacht", "sterk", "onzeker")
"""The diagnosis' bands, plus ``onzeker``: too much is unknown to name one."""
MUST_COUNT = (2, 5)
"""How many must-recommend ids an annotation names: a few the report clearly asks for."""
_KEYS = (
    "narrative",
    "sources",
    "band",
    "must_recommend",
    "must_not_recommend",
    "not_concerns",
)


@dataclass(frozen=True)
class Annotation:
    """What an adviser who knows the report expects of one project."""

    stem: str
    """The project file's name without ``.yaml``."""
    narrative: str
    sources: tuple[str, ...]
    band: str
    must_recommend: Mapping[str, str]
    """Advice id -> why it belongs in the first eight advice groups."""
    must_not_recommend: Mapping[str, str]
    """Advice id -> why it is wrong for this project."""
    not_concerns: tuple[str, ...]
    """Factors the answers show in place: they must not be concerns."""


Key = tuple[str | int, ...]
Report = Callable[[Key, str], None]
"""Records one problem at a key path below one project's annotation."""


@dataclass(frozen=True)
class AnnotationFile:
    """A read ``annotations.yaml``: the well-formed annotations and the problems of form."""

    document: LocatedDocument
    annotations: dict[str, Annotation] = field(default_factory=dict)
    """The well-formed annotations by stem."""
    stems: list[str] = field(default_factory=list)
    """Every stem the file annotates, well-formed or not."""
    problems: list[Problem] = field(default_factory=list)

    def problem(self, stem: str, key: Key, message: str) -> Problem:
        """A problem located at ``projects.<stem>.<key>``."""
        full = ("projects", stem, *key)
        return Problem(self.document.file, self.document.line_of(full), dotted(full), message)


def read_annotations(path: Path, display: str | None = None) -> AnnotationFile:
    """The annotations by stem, and every problem of form (ids are checked by ``check``)."""
    doc = read_yaml(path, display)
    if doc.problems:
        return AnnotationFile(doc, problems=doc.problems)
    data = doc.data
    if not isinstance(data, dict) or not isinstance(data.get("projects"), dict):
        message = "expected a mapping 'projects' of project stems"
        return AnnotationFile(doc, problems=[Problem(doc.file, 1, "", message)])
    read = AnnotationFile(doc)
    for stem, entry in data["projects"].items():
        read.stems.append(str(stem))
        annotation = _annotation(read, str(stem), entry)
        if annotation is not None:
            read.annotations[annotation.stem] = annotation
    return read


def check(
    read: AnnotationFile, roles: Mapping[str, str | None], kb: KnowledgeBase
) -> list[Problem]:
    """Problems of content: unknown ids and stems, contradictions, advice a role never sees.

    ``roles`` maps every project file's stem to its respondent's role (None for a file that
    does not validate: its own problems say why).
    """
    problems = [
        read.problem(stem, (), f"no project file '{stem}.yaml'" + did_you_mean(stem, roles))
        for stem in read.stems
        if stem not in roles
    ]
    for stem, note in read.annotations.items():
        if stem not in roles:
            continue
        found = _content_problems(note, roles[stem], kb)
        problems.extend(read.problem(stem, key, message) for key, message in found)
    for stem in sorted(set(roles) - set(read.stems)):
        message = f"project file '{stem}.yaml' has no annotation"
        problems.append(Problem(read.document.file, None, f"projects.{stem}", message))
    return problems


def _content_problems(
    note: Annotation, role: str | None, kb: KnowledgeBase
) -> Iterator[tuple[Key, str]]:
    for key, ids in (
        ("must_recommend", note.must_recommend),
        ("must_not_recommend", note.must_not_recommend),
    ):
        for advice_id in ids:
            advice = kb.advice.get(advice_id)
            if advice is None:
                yield (
                    (key, advice_id),
                    f"unknown advice '{advice_id}'" + did_you_mean(advice_id, kb.advice),
                )
            elif role is not None and role not in AUDIENCE[advice.applies_to]:
                shown = {"government": "a government", "programme": "a government or programme"}
                whom = shown.get(advice.applies_to, advice.applies_to)
                message = f"advice '{advice_id}' is shown only to {whom}, not to a {role}"
                yield (key, advice_id), message
    for i, factor in enumerate(note.not_concerns):
        if factor not in kb.factors:
            yield (
                ("not_concerns", i),
                f"unknown factor '{factor}'" + did_you_mean(factor, kb.factors),
            )
    for i, section in enumerate(note.sources):
        if section not in kb.sections:
            yield ("sources", i), f"unknown report section '{section}'"
    for advice_id in sorted(set(note.must_recommend) & set(note.must_not_recommend)):
        yield ("must_not_recommend", advice_id), f"'{advice_id}' is also a must_recommend"


def _annotation(read: AnnotationFile, stem: str, entry: Any) -> Annotation | None:
    problems = read.problems

    def problem(key: Key, message: str) -> None:
        problems.append(read.problem(stem, key, message))

    if not isinstance(entry, dict):
        problem((), "expected a mapping with " + ", ".join(_KEYS))
        return None
    before = len(problems)
    for key in entry:
        if key not in _KEYS:
            problem((key,), f"unknown key '{key}'" + did_you_mean(str(key), _KEYS))
    for key in _KEYS:
        if key not in entry:
            problem((), f"missing key '{key}'")
    if entry.get("band") not in BANDS and "band" in entry:
        problem(("band",), f"expected one of {', '.join(BANDS)}")
    whys = {
        key: _whys(entry.get(key), (key,), problem)
        for key in ("must_recommend", "must_not_recommend")
    }
    low, high = MUST_COUNT
    if not low <= len(whys["must_recommend"]) <= high and "must_recommend" in entry:
        problem(("must_recommend",), f"expected {low} to {high} advice ids")
    lists = {key: _strings(entry.get(key), (key,), problem) for key in ("sources", "not_concerns")}
    if not isinstance(entry.get("narrative"), str) and "narrative" in entry:
        problem(("narrative",), "expected one line of text")
    if len(problems) > before:
        return None
    return Annotation(
        stem=stem,
        narrative=entry["narrative"],
        sources=lists["sources"],
        band=entry["band"],
        must_recommend=whys["must_recommend"],
        must_not_recommend=whys["must_not_recommend"],
        not_concerns=lists["not_concerns"],
    )


def _whys(value: Any, key: Key, problem: Report) -> dict[str, str]:
    """``{advice id: why}``; every why is a non-empty line."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        problem(key, "expected a mapping of advice id to a one-line why")
        return {}
    for advice_id, why in value.items():
        if not isinstance(why, str) or not why.strip():
            problem((*key, advice_id), "expected a one-line why, citing the report's section")
    return {str(k): str(v) for k, v in value.items()}


def _strings(value: Any, key: Key, problem: Report) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problem(key, "expected a list of ids")
        return ()
    return tuple(value)
