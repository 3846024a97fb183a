"""The tool's own words (labels, headings, messages) in Dutch and English.

Knowledge texts live in knowledge/; this is only the frame around them. Each area keeps its
words in its own module; a key is defined in one area only (a test holds that), so callers look
up any key with ``t`` and need not know which area holds it.
"""

from __future__ import annotations

from clusteradvies.messages import (
    cli,
    combine,
    compare,
    diagnosis,
    intake,
    labels,
    report,
    score,
)

AREAS = (labels, diagnosis, report, cli, intake, combine, compare, score)
"""Every area's module, each with a ``MESSAGES`` dict of key → (nl, en)."""

MESSAGES: dict[str, tuple[str, str]] = {k: v for area in AREAS for k, v in area.MESSAGES.items()}
"""All areas' messages together."""


def t(key: str, lang: str) -> str:
    """The message for ``key`` in ``lang`` (``nl`` or ``en``)."""
    nl, en = MESSAGES[key]
    return en if lang == "en" else nl
