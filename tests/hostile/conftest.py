"""The corpus states what each problem must say in the core's own words, which are English: these
tests run on an English locale, so the tool's messages stay in those words. That the same
problems read in Dutch is tested in ``tests/e2e/test_dutch_errors.py``, corpus included."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True, scope="module")
def english_locale() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LANG", "en_US.UTF-8")
        yield
