"""How far can a quick scan that does not know the answers get? Upper bounds, not product code.

    python benchmarks/quick_scan_bound.py [--train 150] [--test 500] [--adaptive 60]
                                          [--samples 200] [--cap 15] [--jobs 2]

``benchmarks/quick_scan.py`` measures the quick scan against the full intake: the share of the
full intake's top five advice that the scan's top five holds. A scan that knows the answers can
reach over 90% in 15 questions; this script measures what a scan that only knows the *kind* of
project it faces can reach, on the benchmark's own projects (the 38 of ``examples/`` and
``evaluation/projects/``, and ``--test`` synthetic projects of the benchmark's seed 2026):

* **best fixed order** — per role, a priority list of questions chosen greedily by simulation
  on ``--train`` synthetic projects of that role drawn with seeds disjoint from the
  benchmark's: each step adds the question that, asked whenever it is open, raises the mean
  top-five agreement after at most ``--cap`` questions most. A scan asks the first open
  question of its role's list (a follow-up waits for the question it follows up).
* **adaptive oracle of the distribution** — after every answer, the open question whose answer
  brings the scan's top five closest to the *final* top five in expectation, estimated over
  ``--samples`` completions of the open answers drawn from the synthetic projects' own
  distribution (``tests.support.synthetic``: independent, uniform, 10% unknown). It knows the
  distribution the synthetic projects come from, which no real scan does, so on them it is an
  optimistic one-step bound; it runs on the 38 projects and the first ``--adaptive``
  synthetic ones (it costs seconds per project).

The ranking uses the plain evaluator of the tests (``tests.support.plain``), which reaches the
same inference as the engine; the figures do not depend on the machine.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
from collections.abc import Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.quick_scan import projects
from tests.support.plain import PlainEngine
from tests.support.synthetic import random_value

from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.diagnosis.scoring import band_of
from clusteradvies.engine.inference import ResolvedProject
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import NOT_ASKED, AnswerTest, leaves
from clusteradvies.knowledge.loader import load_knowledge
from clusteradvies.knowledge.models import ROLES
from clusteradvies.project.model import Project
from clusteradvies.project.questionnaire import UNKNOWN_WORD, applies, resolve

ROOT = Path(__file__).resolve().parents[1]
TOP = 5
TRAIN_SEED = 1
"""The benchmark draws from ``random.Random(2026)``; training draws from other seeds."""

Answers = dict[str, Any]


class Looker:
    """The top five of a set of answers, cached: the scans look at the same sets again."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.advisor = Advisor(kb, PlainEngine(kb))
        self._cache: dict[tuple[str, frozenset[tuple[str, Any]]], tuple[str, ...]] = {}
        self._reads = {
            q.id: {leaf.answer for leaf in leaves(q.when) if isinstance(leaf, AnswerTest)}
            for q in kb.questions.values()
            if q.when is not None
        }

    def top(self, given: Mapping[str, Any], role: str) -> tuple[str, ...]:
        key = (role, frozenset((q, _hashable(v)) for q, v in given.items()))
        found = self._cache.get(key)
        if found is None:
            answers = resolve(self.kb, given, role)
            inference = self.advisor.engine.infer(ResolvedProject(answers, role))
            found = tuple(self.advisor.advice_order(answers, inference, role)[:TOP])
            if len(self._cache) > 400_000:
                self._cache.clear()
            self._cache[key] = found
        return found

    def open_questions(self, given: Mapping[str, Any], role: str) -> list[str]:
        """As ``QuickSession.open_questions``: applicable, unanswered, waiting on nothing."""
        resolved = resolve(self.kb, given, role)
        pending = {q for q in self.kb.question_order if resolved[q] != NOT_ASKED} - set(given)
        return [
            q
            for q in self.kb.question_order
            if q in pending and not (self._reads.get(q, set()) & pending)
        ]

    def full_intake(self, answers: Mapping[str, Any], role: str) -> Answers:
        """What the full intake records: every applicable question, "weet niet" where silent."""
        given: Answers = {}
        while True:
            resolved = resolve(self.kb, given, role)
            todo = [
                q for q in self.kb.question_order if resolved[q] != NOT_ASKED and q not in given
            ]
            if not todo:
                return given
            given[todo[0]] = answers.get(todo[0], UNKNOWN_WORD)


def _hashable(value: Any) -> Any:
    return tuple(sorted(value)) if isinstance(value, list) else value


def agreement(wanted: Sequence[str], got: Sequence[str]) -> float:
    return sum(a in got for a in wanted) / len(wanted) if wanted else 1.0


def completion(
    kb: KnowledgeBase, rng: random.Random, role: str, given: Mapping[str, Any]
) -> Answers:
    """The synthetic distribution's answers, with ``given`` kept (independent questions)."""
    answers: Answers = {}
    resolved: Answers = {}
    for question_id in kb.question_order:
        question = kb.questions[question_id]
        if not applies(question, resolved, role):
            resolved[question_id] = NOT_ASKED
            continue
        if question_id in given:
            value = given[question_id]
        else:
            value = UNKNOWN_WORD if rng.random() < 0.1 else random_value(question, rng)
        answers[question_id] = value
        resolved[question_id] = "?" if value == UNKNOWN_WORD else value
    return answers


# --- the best fixed order ------------------------------------------------------------------


def scan_fixed(
    look: Looker,
    order: Sequence[str],
    answers: Mapping[str, Any],
    role: str,
    cap: int,
    start: Answers,
) -> Answers:
    """Continue a scan from ``start``: ask the first open question of ``order`` until the cap."""
    given = dict(start)
    rank = {q: i for i, q in enumerate(order)}
    while len(given) < cap:
        open_ = [q for q in look.open_questions(given, role) if q in rank]
        if not open_:
            break
        question = min(open_, key=rank.__getitem__)
        given[question] = answers.get(question, UNKNOWN_WORD)
    return given


def best_order(look: Looker, role: str, train: list[Answers], cap: int) -> list[str]:
    targets = [look.top(look.full_intake(a, role), role) for a in train]
    states: list[Answers] = [{} for _ in train]
    order: list[str] = []
    while len(order) < len(look.kb.question_order):
        best: tuple[float, str] | None = None
        best_states: list[Answers] = []
        for question in look.kb.question_order:
            if question in order:
                continue
            trial = [*order, question]
            new_states = [
                s if len(s) >= cap else scan_fixed(look, trial, a, role, cap, s)
                for s, a in zip(states, train, strict=True)
            ]
            score = statistics.mean(
                agreement(t, look.top(s, role)) for t, s in zip(targets, new_states, strict=True)
            )
            if best is None or score > best[0]:
                best, best_states = (score, question), new_states
        assert best is not None
        order.append(best[1])
        states = best_states
        if all(len(s) >= cap for s in states):
            break
    return order


# --- the adaptive oracle of the distribution -------------------------------------------------


def scan_adaptive(
    look: Looker, answers: Mapping[str, Any], role: str, cap: int, samples: int, seed: int
) -> Answers:
    kb = look.kb
    rng = random.Random(seed)
    given: Answers = {}
    while len(given) < cap:
        open_ = look.open_questions(given, role)
        if not open_:
            break
        worlds = [completion(kb, rng, role, given) for _ in range(samples)]
        targets = [look.top(w, role) for w in worlds]
        value = dict.fromkeys(open_, 0.0)
        for world, target in zip(worlds, targets, strict=True):
            for question in open_:
                if question in world:
                    then = look.top({**given, question: world[question]}, role)
                else:  # the completion closed it (a follow-up whose parent it filled)
                    then = look.top(given, role)
                value[question] += agreement(target, then)
        question = max(open_, key=value.__getitem__)  # ties: the first in intake order
        given[question] = answers.get(question, UNKNOWN_WORD)
    return given


# --- evaluation ----------------------------------------------------------------------------

_LOOK: Looker | None = None


def _looker() -> Looker:
    global _LOOK
    if _LOOK is None:
        _LOOK = Looker(load_knowledge(ROOT / "knowledge"))
    return _LOOK


def _train_order(role: str, count: int, cap: int) -> tuple[str, list[str]]:
    look = _looker()
    rng = random.Random(f"{TRAIN_SEED}-{role}")
    train = [completion(look.kb, rng, role, {}) for _ in range(count)]
    return role, best_order(look, role, train, cap)


def _measure(job: tuple[str, Project, str, Any, int, int]) -> tuple[str, str, float, bool]:
    """One project under one strategy: its top-five agreement and whether its known band holds."""
    source, project, strategy, order, cap, samples = job
    look = _looker()
    role, answers = project.role, dict(project.answers)
    full = look.full_intake(answers, role)
    if strategy == "fixed":
        given = scan_fixed(look, order, answers, role, cap, {})
    else:
        given = scan_adaptive(look, answers, role, cap, samples, seed=len(source))
    advisor = look.advisor
    whole = advisor.diagnose(project.model_copy(update={"answers": full}), explain=False)
    scan = advisor.diagnose(project.model_copy(update={"answers": given}), explain=False)
    top = agreement([a.id for a in whole.advice[:TOP]], [a.id for a in scan.advice[:TOP]])
    return source, strategy, top, band_of(scan.readiness) == band_of(whole.readiness)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--train", type=int, default=150, help="training projects per role")
    parser.add_argument("--test", type=int, default=500, help="synthetic projects (seed 2026)")
    parser.add_argument("--adaptive", type=int, default=60, help="synthetic ones for the oracle")
    parser.add_argument("--samples", type=int, default=200, help="completions per pick")
    parser.add_argument("--cap", type=int, default=15)
    parser.add_argument("--jobs", type=int, default=2)
    options = parser.parse_args()
    kb = load_knowledge(ROOT / "knowledge")
    items = projects(kb, options.test)
    with ProcessPoolExecutor(options.jobs) as pool:
        orders = dict(
            pool.map(_train_order, ROLES, [options.train] * len(ROLES), [options.cap] * len(ROLES))
        )
        for role, order in orders.items():
            print(f"order for {role}: {' '.join(order)}", flush=True)
        jobs = [(s, p, "fixed", orders[p.role], options.cap, 0) for s, p in items]
        real = [(s, p) for s, p in items if not s.startswith("synthetic/")]
        synthetic = [(s, p) for s, p in items if s.startswith("synthetic/")]
        jobs += [
            (s, p, "adaptive", None, options.cap, options.samples)
            for s, p in real + synthetic[: options.adaptive]
        ]
        rows = list(pool.map(_measure, jobs, chunksize=2))
    for strategy in ("fixed", "adaptive"):
        for group in ("real", "synthetic"):
            chosen = [
                r
                for r in rows
                if r[1] == strategy and r[0].startswith("synthetic/") == (group == "synthetic")
            ]
            if chosen:
                top = statistics.mean(r[2] for r in chosen)
                band = statistics.mean(r[3] for r in chosen)
                print(
                    f"{strategy:9} {group:9} n={len(chosen):3}  top-5 agreement {top:.1%}  "
                    f"band of the known answers {band:.1%}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
