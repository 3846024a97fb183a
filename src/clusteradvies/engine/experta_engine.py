"""The knowledge base's engine: one compiled Rete network, and sessions that keep their facts.

``ExpertaEngine.infer(case)`` does not start from scratch for every case. Its working memory
holds the answers of the case before; it retracts the answers that differ, asserts the new
ones, and runs — truth maintenance (``engine.reasoning``) takes back whatever no longer holds.
Where most answers differ (another project in a batch), restoring the network's empty
snapshot and asserting every answer is cheaper, and it does that instead. Both reach the same
conclusions as a run from scratch; the readiness range and what-if, which ask about the same
project with a few answers changed, cost a fraction of a run.

``ExpertaEngine.session(role, answers)`` is the same as an explicit conversation: assert an
answer, modify it, retract it, and read the conclusions at any moment (for the intake, and a
quick scan that tries many answers for one question). If a run fails half-way, the next one
starts from an empty working memory rather than trust what is left.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from clusteradvies.engine.cache import engine_for
from clusteradvies.engine.inference import Inference, ResolvedProject
from clusteradvies.engine.reasoning import ReasoningEngine
from clusteradvies.engine.rules import Context
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import NOT_ASKED, same_value

REBUILD_SHARE = 0.5
"""Above this share of changed answers, a fresh start is cheaper than retracting each one."""


class ExpertaEngine:
    """Compiles a knowledge base once and reuses one engine (and its working memory).

    ``ExpertaEngine.for_knowledge(kb)`` shares one compiled engine per knowledge base within a
    process, so ``compare``, ``combine``, what-if and the tests do not compile it again.
    """

    _shared: ClassVar[dict[str, ExpertaEngine]] = {}
    _SHARED_MAX: ClassVar[int] = 4

    def __init__(self, kb: KnowledgeBase) -> None:
        self._engine: ReasoningEngine = engine_for(kb)
        self._types = self._engine.answer_types
        self._answers: dict[str, Any] = {}
        """What the working memory holds: question → value (never NOT_ASKED)."""
        self._facts: dict[str, Any] = {}
        """Question → its declared Answer fact."""
        self._role: str | None = None
        """The role the working memory holds; None: start from an empty memory next time."""
        self._role_fact: Any = None

    @classmethod
    def for_knowledge(cls, kb: KnowledgeBase) -> ExpertaEngine:
        """The process's engine for this knowledge (by fingerprint), compiled on first use."""
        if not kb.fingerprint:  # built in memory: nothing says two are the same
            return cls(kb)
        engine = cls._shared.get(kb.fingerprint)
        if engine is None:
            if len(cls._shared) >= cls._SHARED_MAX:
                cls._shared.pop(next(iter(cls._shared)))
            engine = cls._shared[kb.fingerprint] = cls(kb)
        return engine

    def infer(self, case: ResolvedProject) -> Inference:
        return self._infer(case.role, _asked(case.answers))

    def infer_afresh(self, case: ResolvedProject) -> Inference:
        """``infer`` from an empty working memory, as every case was run before sessions."""
        self._role = None
        return self.infer(case)

    def session(self, role: str, answers: Mapping[str, Any] | None = None) -> EngineSession:
        """A session on this engine, starting from ``answers`` (missing: not asked)."""
        return EngineSession(self, role, answers or {})

    # --- moving the working memory ---------------------------------------------------------

    def _infer(self, role: str, answers: dict[str, Any]) -> Inference:
        try:
            self._move_to(role, answers)
            self._engine.run()
        except BaseException:
            self._role = None  # half moved: the next case starts from an empty memory
            raise
        return Inference(fired=self._engine.fired(), facts=self._engine.derived())

    def _move_to(self, role: str, answers: dict[str, Any]) -> None:
        """Make the working memory hold exactly ``answers`` and ``role``."""
        current = self._answers
        changed = [q for q, v in answers.items() if not same_value(current.get(q, NOT_ASKED), v)]
        gone = [q for q in current if q not in answers]
        size = max(len(answers), len(current))
        if self._role is None or len(changed) + len(gone) > REBUILD_SHARE * size:
            self._engine.start()
            self._answers, self._facts, self._role_fact = {}, {}, None
            changed, gone = list(answers), []
        engine, types, facts = self._engine, self._types, self._facts
        for question in gone:
            engine.retract_fact(facts.pop(question))
            del current[question]
        for question in changed:
            if question in facts:
                engine.retract_fact(facts[question])
            value = answers[question]
            facts[question] = engine.assert_fact(types[question](value=value))
            self._answers[question] = value
        if role != self._role or self._role_fact is None:
            if self._role_fact is not None:
                engine.retract_fact(self._role_fact)
            self._role_fact = engine.assert_fact(Context(role=role))
            self._role = role


class EngineSession:
    """One project's answers, changed one at a time, and what the rules conclude from them.

    A change is cheap: at ``conclusions()`` the engine's working memory retracts and asserts
    just the answers that changed since it last held this session's, and truth maintenance
    does the rest. Several sessions may share one engine; each sees only its own answers.
    """

    def __init__(self, engine: ExpertaEngine, role: str, answers: Mapping[str, Any]) -> None:
        self._engine = engine
        self._role = role
        self._answers = _asked(answers)

    @property
    def answers(self) -> dict[str, Any]:
        """The answers given now (a question not asked is absent)."""
        return dict(self._answers)

    def assert_answer(self, question: str, value: Any) -> None:
        """Give an answer to a question that has none yet."""
        if question not in self._engine._types:
            raise KeyError(f"no question {question!r} in this knowledge base")
        if question in self._answers:
            raise ValueError(f"{question!r} is already answered; modify it instead")
        self._set(question, value)

    def modify_answer(self, question: str, value: Any) -> None:
        """Change a given answer (to NOT_ASKED: the same as retracting it)."""
        if question not in self._answers:
            raise ValueError(f"{question!r} has no answer to modify")
        self._set(question, value)

    def retract_answer(self, question: str) -> None:
        """Take an answer back: the question counts as not asked again."""
        if question not in self._answers:
            raise ValueError(f"{question!r} has no answer to retract")
        del self._answers[question]

    def conclusions(self) -> Inference:
        """What the rules conclude from the answers as they are now."""
        return self._engine._infer(self._role, self._answers)

    def _set(self, question: str, value: Any) -> None:
        if isinstance(value, str) and value == NOT_ASKED:
            self._answers.pop(question, None)
        else:
            self._answers[question] = value


def _asked(answers: Mapping[str, Any]) -> dict[str, Any]:
    return {q: v for q, v in answers.items() if not (isinstance(v, str) and v == NOT_ASKED)}
