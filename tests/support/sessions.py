"""Random conversations with an engine session, checked against the plain evaluator.

A conversation starts from random answers (or none), then asserts, modifies and retracts
answers at random — values the questionnaire allows, "weet niet", answers whose display
condition is false. After every few steps the session's
conclusions must equal the plain evaluator's on the answers as they stand; several sessions
share one engine and take turns, so each also exercises moving the working memory from
another session's answers to its own.

Run as ``python -m tests.support.sessions`` (under any ``PYTHONHASHSEED``): it prints how many
states it compared and how many rules fired somewhere, and exits 1 at the first disagreement.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field
from typing import Any

from clusteradvies.engine.experta_engine import EngineSession, ExpertaEngine
from clusteradvies.engine.inference import ResolvedProject
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import NOT_ASKED, UNKNOWN
from clusteradvies.knowledge.loader import load_knowledge
from clusteradvies.knowledge.models import ROLES
from clusteradvies.project.questionnaire import resolve
from tests.support.plain import PlainEngine
from tests.support.synthetic import random_answers, random_value


@dataclass
class Tally:
    """What a run of conversations covered."""

    compared: int = 0
    operations: dict[str, int] = field(default_factory=dict)
    fired: set[str] = field(default_factory=set)
    mismatch: str | None = None


def _value(kb: KnowledgeBase, question: str, rng: random.Random) -> Any:
    return UNKNOWN if rng.random() < 0.15 else random_value(kb.questions[question], rng)


def _step(kb: KnowledgeBase, session: EngineSession, rng: random.Random) -> str:
    """One random change; returns its name."""
    question = rng.choice(list(kb.questions))
    if question not in session.answers:
        session.assert_answer(question, _value(kb, question, rng))
        return "assert"
    if rng.random() < 0.35:
        session.retract_answer(question)
        return "retract"
    session.modify_answer(question, _value(kb, question, rng))
    return "modify"


def converse(kb: KnowledgeBase, seed: int, conversations: int, steps: int) -> Tally:
    """``conversations`` rounds of three sessions on one engine, ``steps`` changes each."""
    rng = random.Random(seed)
    engine, plain = ExpertaEngine(kb), PlainEngine(kb)
    tally = Tally()
    for round_ in range(conversations):
        sessions = []
        for _ in range(3):
            role = rng.choice(ROLES)
            start = resolve(kb, random_answers(kb, rng, role), role) if rng.random() < 0.7 else {}
            sessions.append((role, engine.session(role, start)))
        for step in range(steps):
            role, session = rng.choice(sessions)
            name = _step(kb, session, rng)
            tally.operations[name] = tally.operations.get(name, 0) + 1
            if rng.random() < 0.3 or step == steps - 1:
                answers = {q: session.answers.get(q, NOT_ASKED) for q in kb.questions}
                expected = plain.infer(ResolvedProject(answers, role))
                actual = session.conclusions()
                tally.compared += 1
                tally.fired |= actual.fired
                if actual != expected:
                    tally.mismatch = (
                        f"round {round_}, step {step} ({name}): the session differs from the "
                        f"plain evaluator in {sorted(actual.fired ^ expected.fired)}"
                    )
                    return tally
    return tally


def main() -> int:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    tally = converse(load_knowledge(), seed, conversations=12, steps=40)
    if tally.mismatch:
        print(tally.mismatch)
        return 1
    operations = " ".join(f"{k}={v}" for k, v in sorted(tally.operations.items()))
    print(f"compared {tally.compared} fired {len(tally.fired)} {operations}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
