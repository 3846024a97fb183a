"""No two entries of one kind have the same, or nearly the same, text.

Two pieces of advice, factors or rules that say the same thing were usually written twice by
accident, or copied and not finished; in the report they read as repetition. Texts are
compared per field and language, ignoring case and spacing; a ``difflib`` similarity of 0.9
or more counts as nearly identical. The later entry is reported.

Failing example (the second text differs by one word ending)::

    advice:
      - id: klein-beginnen
        text: {nl: "Begin klein en bouw vertrouwen op.", en: "Start small and build trust."}
        ...
      - id: klein-starten
        text: {nl: "Begin klein en bouw vertrouwen op!", en: "Start small and build up trust."}
        ...
"""

from __future__ import annotations

import operator
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from clusteradvies.checks.common.base import Issue, Level, issue_at
from clusteradvies.checks.common.walk import top_level_texts
from clusteradvies.errors import Problem
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.catalog import SINGULAR
from clusteradvies.knowledge.models import KINDS

CODE = "KB013"
LEVEL: Level = "warning"

THRESHOLD = 0.9
"""``SequenceMatcher.ratio()`` from which two texts count as nearly identical."""


@dataclass(frozen=True)
class _Written:
    entry_id: str
    text: str
    """Case-folded, spacing collapsed."""
    letters: tuple[int, ...]
    """How often each character of the field's alphabet occurs in the text."""


def check(kb: KnowledgeBase, loader_problems: Sequence[Problem]) -> Iterator[Issue]:
    """Pairs of same-kind entries whose text in one field and language is (nearly) the same."""
    for kind in KINDS:
        entries: dict[str, Any] = getattr(kb, kind)
        fields: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for entry_id, entry in entries.items():
            for name, text in top_level_texts(entry):
                for lang in ("nl", "en"):
                    normal = " ".join(getattr(text, lang).split()).casefold()
                    if normal:  # blank texts are KB011's
                        fields.setdefault((name, lang), []).append((entry_id, normal))
        for (name, lang), written in fields.items():
            for later, twin in _first_twins(written):
                yield _issue(kb, kind, later, f"{name}.{lang}", twin)


def _first_twins(texts: list[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """Each text's first earlier (nearly) identical text: ``(later id, earlier id)``."""
    alphabet = sorted(set("".join(text for _, text in texts)))
    written = []
    for entry_id, text in texts:
        counts = Counter(text)
        written.append(_Written(entry_id, text, tuple(counts[c] for c in alphabet)))
    matcher = SequenceMatcher(None, autojunk=False)
    for j, later in enumerate(written):
        matcher.set_seq2(later.text)  # SequenceMatcher caches its analysis of the second text
        for earlier in written[:j]:
            if _may_be_similar(earlier, later):
                matcher.set_seq1(earlier.text)
                if matcher.ratio() >= THRESHOLD:
                    yield later.entry_id, earlier.entry_id
                    break  # one earlier twin is enough to make the point


def _may_be_similar(a: _Written, b: _Written) -> bool:
    # Upper bounds of ratio() that are cheap enough for every pair (ratio() itself is not):
    # by length alone, then by the characters shared regardless of order (difflib's
    # real_quick_ratio and quick_ratio; shared = (total - sum of count differences) / 2).
    total = len(a.text) + len(b.text)
    if 2 * min(len(a.text), len(b.text)) < THRESHOLD * total:
        return False
    differences: int = sum(map(abs, map(operator.sub, a.letters, b.letters)))
    return total - differences >= THRESHOLD * total


def _issue(kb: KnowledgeBase, kind: str, entry_id: str, path: str, twin: str) -> Issue:
    where = kb.where(kind, twin)
    label = SINGULAR[kind]
    message = (
        f"{label} '{entry_id}': {path} is nearly identical to that of {label} '{twin}'"
        f" ({where.file}:{where.line})"
    )
    return issue_at(kb, kind, entry_id, path, message)
