"""The built engine is cached across processes: a loaded one must reason exactly as a built
one, and any trouble with the cache must fall back to building."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest

from clusteradvies.engine import cache
from clusteradvies.engine.experta_engine import ExpertaEngine
from clusteradvies.engine.inference import ResolvedProject
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.models import ROLES
from clusteradvies.project.questionnaire import resolve
from tests.support.plain import PlainEngine
from tests.support.synthetic import random_answers


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("CLUSTERADVIES_NO_CACHE", raising=False)
    return tmp_path / "clusteradvies"


def _cases(kb: KnowledgeBase, count: int) -> list[ResolvedProject]:
    rng = random.Random(99)
    cases = []
    for _ in range(count):
        role = rng.choice(ROLES)
        cases.append(ResolvedProject(resolve(kb, random_answers(kb, rng, role), role), role))
    return cases


def test_an_engine_loaded_from_the_cache_reasons_as_a_built_one(
    kb: KnowledgeBase, cache_home: Path
) -> None:
    built = ExpertaEngine(kb)  # builds, and stores
    assert len(list(cache_home.glob("engine-*.pickle"))) == 1
    loaded = ExpertaEngine(kb)
    assert loaded._engine is not built._engine
    plain = PlainEngine(kb)
    for case in _cases(kb, 80):
        assert loaded.infer(case) == plain.infer(case)
    # and incrementally: a session on the loaded engine
    session = loaded.session(case.role, case.answers)
    question = next(iter(session.answers))
    session.retract_answer(question)
    answers = {**case.answers, question: "-"}
    assert session.conclusions() == plain.infer(ResolvedProject(answers, case.role))


def test_a_damaged_cache_file_is_rebuilt_silently(kb: KnowledgeBase, cache_home: Path) -> None:
    ExpertaEngine(kb)
    (stored,) = cache_home.glob("engine-*.pickle")
    stored.write_bytes(b"not a pickle")
    case = _cases(kb, 1)[0]
    assert ExpertaEngine(kb).infer(case) == PlainEngine(kb).infer(case)
    assert stored.read_bytes() != b"not a pickle"  # stored again


def test_no_cache_when_turned_off_or_for_knowledge_built_in_memory(
    kb: KnowledgeBase, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLUSTERADVIES_NO_CACHE", "1")
    ExpertaEngine(kb)
    monkeypatch.delenv("CLUSTERADVIES_NO_CACHE")
    cache.engine_for(dataclasses.replace(kb, fingerprint=""))
    assert not list(cache_home.glob("engine-*.pickle"))
