"""Every message of the tool's own words exists in Dutch and English alike.

The words are kept per area (``messages/*.py``) and looked up by key in one merged catalogue, so
a key defined in two areas would silently lose one of its texts.
"""

from __future__ import annotations

import string
from collections import Counter

import pytest

from clusteradvies.messages import AREAS, MESSAGES, t


def _fields(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def test_each_key_is_defined_in_one_area_only() -> None:
    counts = Counter(key for area in AREAS for key in area.MESSAGES)
    assert [key for key, n in counts.items() if n > 1] == []
    assert set(counts) == set(MESSAGES)


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_a_message_says_the_same_in_dutch_and_english(key: str) -> None:
    nl, en = t(key, "nl"), t(key, "en")
    assert nl.strip() and en.strip()
    assert _fields(nl) == _fields(en), "both languages fill in the same values"
    assert nl.count("|") == en.count("|"), "both have the same singular|plural forms"
