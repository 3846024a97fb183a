"""The diagnosis the intake prepares while the summary is read: never a stale one."""

from __future__ import annotations

import pytest

from clusteradvies.cli.intake_diagnosis import PreparedDiagnosis, render
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.project.model import Project


def test_the_prepared_text_is_what_advise_prints(kb: KnowledgeBase, portnet: Project) -> None:
    prepared = PreparedDiagnosis(kb, "nl", 5)
    prepared.prepare(portnet)
    assert prepared.text_for(portnet) == render(kb, portnet, "nl", 5)


def test_a_change_after_preparing_is_not_lost(kb: KnowledgeBase, portnet: Project) -> None:
    """The summary changed an answer and the name after the diagnosis was prepared."""
    prepared = PreparedDiagnosis(kb, "nl", 5)
    prepared.prepare(portnet)
    changed = portnet.model_copy(
        update={"name": "Andere naam", "answers": {**portnet.answers, "vertrouwen": "weinig"}}
    )
    text = prepared.text_for(changed)
    assert text.startswith("Andere naam")
    assert text == render(kb, changed, "nl", 5)


def test_only_the_latest_preparation_counts(kb: KnowledgeBase, portnet: Project) -> None:
    prepared = PreparedDiagnosis(kb, "en", 5)
    first = portnet.model_copy(update={"name": "First"})
    second = portnet.model_copy(update={"name": "Second"})
    prepared.prepare(first)
    prepared.prepare(second)
    assert prepared.text_for(second).startswith("Second")


def test_a_failed_preparation_is_made_again_with_its_error_reported(
    kb: KnowledgeBase, portnet: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []

    def flaky(*args: object) -> str:
        calls.append(args)
        if len(calls) == 1:
            raise RuntimeError("disk full while loading the engine cache")
        return "diagnose"

    monkeypatch.setattr("clusteradvies.cli.intake_diagnosis.render", flaky)
    prepared = PreparedDiagnosis(kb, "nl", 5)
    prepared.prepare(portnet)
    assert prepared.text_for(portnet) == "diagnose"
    assert len(calls) == 2
