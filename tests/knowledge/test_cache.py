"""The knowledge cache: a hit when nothing changed, a miss when anything did, never an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from clusteradvies.errors import KnowledgeError
from clusteradvies.knowledge.loader import load_knowledge
from tests.knowledge.test_loader import MINIMAL, write_kb


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("CLUSTERADVIES_NO_CACHE", raising=False)
    return tmp_path / "cache" / "clusteradvies"


def _pickles(cache: Path) -> list[Path]:
    return sorted(cache.glob("kb-*.pickle"))


def test_second_load_comes_from_the_cache_and_equals_the_first(tmp_path: Path, cache: Path) -> None:
    kb_dir = tmp_path / "kb"
    kb_dir.mkdir()
    write_kb(kb_dir)
    first = load_knowledge(kb_dir)
    (stored,) = _pickles(cache)
    second = load_knowledge(kb_dir)
    assert second is not first
    assert second.rules == first.rules and second.locations == first.locations
    assert _pickles(cache) == [stored]


def test_an_edited_file_is_a_miss(tmp_path: Path, cache: Path) -> None:
    kb_dir = tmp_path / "kb"
    kb_dir.mkdir()
    write_kb(kb_dir)
    load_knowledge(kb_dir)
    write_kb(kb_dir, main__yaml=MINIMAL["main.yaml"].replace("Begin klein.", "Begin klein!"))
    assert load_knowledge(kb_dir).advice["vertrouwen.klein-beginnen"].text.nl == "Begin klein!"
    assert len(_pickles(cache)) == 2


def test_knowledge_with_problems_is_never_cached(tmp_path: Path, cache: Path) -> None:
    kb_dir = tmp_path / "kb"
    kb_dir.mkdir()
    write_kb(kb_dir, main__yaml=MINIMAL["main.yaml"].replace("success", "good"))
    for _ in range(2):
        with pytest.raises(KnowledgeError):
            load_knowledge(kb_dir)
    assert _pickles(cache) == []


def test_a_damaged_cache_file_is_ignored(tmp_path: Path, cache: Path) -> None:
    kb_dir = tmp_path / "kb"
    kb_dir.mkdir()
    write_kb(kb_dir)
    load_knowledge(kb_dir)
    (stored,) = _pickles(cache)
    stored.write_bytes(b"not a pickle")
    assert "vertrouwen.laag" in load_knowledge(kb_dir).rules


def test_the_cache_can_be_turned_off(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLUSTERADVIES_NO_CACHE", "1")
    kb_dir = tmp_path / "kb"
    kb_dir.mkdir()
    write_kb(kb_dir)
    load_knowledge(kb_dir)
    assert not cache.exists()


def test_an_unwritable_cache_directory_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # a file where a directory must go
    monkeypatch.delenv("CLUSTERADVIES_NO_CACHE", raising=False)
    kb_dir = tmp_path / "kb"
    kb_dir.mkdir()
    write_kb(kb_dir)
    assert "vertrouwen.laag" in load_knowledge(kb_dir).rules
