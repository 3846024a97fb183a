"""How fast clusteradvies is, against the targets of issue 15. A script, not a test.

    python benchmarks/bench.py [--projects 2000] [--runs 5] [--memory 1000,5000]

Everything is measured side by side in one run, each figure the median of ``--runs`` runs
(the two sides of a ratio in alternation, so a change in the machine's load hits both), with
the one-minute load average next to it. Synthetic projects come from the questionnaire
(``tests.support.synthetic``, seeded), the plain-Python evaluator (``tests.support.plain``) is
the floor.

1. A variant — one answer of a project changed and evaluated, in the working memory that
   holds the project — against a full reset-and-run of the same project.
2. The ``score`` path per file (read, validate, diagnose with the range, summarise), serially,
   with experta and with the plain evaluator; a pool of ``--jobs`` against serial.
3. Cold start: a bare Typer app's ``--help``, ``clusteradvies --help`` and
   ``clusteradvies advise examples/portnet.yaml``, byte-code caching on as after
   ``pip install``.
4. Peak memory of ``clusteradvies score DIR --format json -o FILE`` on two batch sizes.

The same script runs on an older checkout (where there are no sessions, a variant is a
reset-and-run too), which is how the README's before/after figures were taken.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

# The plain evaluator and the synthetic projects are test helpers, not part of the package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.timing import (
    BARE_TYPER_APP,
    Timing,
    commands_side_by_side,
    installed_like,
    medians,
    peak_memory,
    program,
    side_by_side,
)
from tests.support.plain import PlainEngine
from tests.support.synthetic import random_project, random_value

from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.engine.experta_engine import ExpertaEngine
from clusteradvies.engine.inference import ResolvedProject
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.loader import load_knowledge
from clusteradvies.project.model import load_project
from clusteradvies.project.questionnaire import resolve
from clusteradvies.score.batch import Scorer, collect
from clusteradvies.score.pool import default_jobs, score_all

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "portnet.yaml"
VARIANTS = 200
"""Projects in the variant measure (each one variant per run)."""


def write_projects(kb: KnowledgeBase, directory: Path, count: int, seed: int) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for index in range(count):
        path = directory / f"project-{index:05d}.yaml"
        text = yaml.safe_dump(random_project(kb, rng, index), allow_unicode=True, sort_keys=False)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def variants(kb: KnowledgeBase, paths: list[Path], seed: int) -> list[tuple[ResolvedProject, ...]]:
    """Per project: its case, and the same case with one known answer changed."""
    rng = random.Random(seed)
    pairs = []
    for path in paths[:VARIANTS]:
        project = load_project(path, kb)
        answers = resolve(kb, project.answers, project.role)
        known = [q for q, v in answers.items() if v not in ("?", "-")]
        question = rng.choice(known)
        value = answers[question]
        while value == answers[question] and len(kb.questions[question].choices) != 1:
            value = random_value(kb.questions[question], rng)
        changed = {**answers, question: value}
        pairs.append(
            (ResolvedProject(answers, project.role), ResolvedProject(changed, project.role))
        )
    return pairs


def measure_variants(
    kb: KnowledgeBase, pairs: list[tuple[ResolvedProject, ...]], runs: int
) -> tuple[Timing, Timing, bool]:
    """A variant and a reset-and-run, each the total over all projects (in alternation), and
    whether a variant concludes what a fresh run does."""
    engine = ExpertaEngine(kb)
    afresh = getattr(engine, "infer_afresh", engine.infer)  # before sessions: infer resets
    samples: dict[str, tuple[list[float], list[float]]] = {"variant": ([], []), "full": ([], [])}
    for run in range(runs + 1):  # the first round warms up
        wall = cpu = 0.0
        for case, changed in pairs:
            engine.infer(case)  # the project in working memory (not timed)
            start, start_cpu = time.perf_counter(), time.process_time()
            engine.infer(changed)
            wall += time.perf_counter() - start
            cpu += time.process_time() - start_cpu
        start, start_cpu = time.perf_counter(), time.process_time()
        for case, _ in pairs:
            afresh(case)
        if run:
            samples["variant"][0].append(wall)
            samples["variant"][1].append(cpu)
            samples["full"][0].append(time.perf_counter() - start)
            samples["full"][1].append(time.process_time() - start_cpu)
    same = all(engine.infer(changed) == afresh(changed) for _, changed in pairs[:50])
    return medians(*samples["variant"]), medians(*samples["full"]), same


@dataclass
class Figures:
    """Everything one run measured."""

    variant: Timing
    full: Timing
    same: bool
    score: Timing
    score_plain: Timing
    serial: Timing
    pool: Timing
    pool_same: bool
    bare: Timing
    help: Timing
    advise: Timing
    memory: dict[int, float]
    """Batch size → peak MiB."""
    memory_load: float


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--projects", type=int, default=2000, help="score batch (default 2000)")
    parser.add_argument("--runs", type=int, default=5, help="runs per median (default 5)")
    parser.add_argument("--jobs", type=int, default=default_jobs(), help="default: all cores")
    parser.add_argument("--memory", default="1000,5000", help="two batch sizes for memory")
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args(argv)
    small, large = (int(n) for n in args.memory.split(","))
    n, runs, jobs = args.projects, max(1, args.runs), args.jobs
    print(f"clusteradvies benchmark: {os.cpu_count()} cores, Python {sys.version.split()[0]}, ")
    print(f"medians of {runs} runs, load average at the start {os.getloadavg()[0]:.2f}")
    kb = load_knowledge()
    print(f"knowledge: {len(kb.rules)} rules, {len(kb.questions)} questions")
    with tempfile.TemporaryDirectory(prefix="clusteradvies-bench-") as tmp:
        folder = Path(tmp, "projects")
        paths = write_projects(kb, folder, max(n, large), args.seed)
        figures = run_all(kb, paths, Path(tmp), n, (small, large), runs, jobs)
    report(figures, n, (small, large), jobs)
    return 0 if figures.same and figures.pool_same else 1


def run_all(
    kb: KnowledgeBase,
    paths: list[Path],
    tmp: Path,
    n: int,
    sizes: tuple[int, int],
    runs: int,
    jobs: int,
) -> Figures:
    variant, full, same = measure_variants(kb, variants(kb, paths, 11), runs)
    _progress("variants")
    batch = collect(paths[:n])
    scorer = Scorer(kb, top=5)
    plain_scorer = Scorer(kb, top=5, advisor=Advisor(kb, PlainEngine(kb)))
    score, score_plain = side_by_side(
        lambda: score_all(batch, scorer, jobs=1),
        lambda: score_all(batch, plain_scorer, jobs=1),
        runs,
    )
    _progress("score path")
    serial_results, pooled_results = [], []
    serial, pool = side_by_side(
        lambda: serial_results.append(score_all(batch, scorer, jobs=1)),
        lambda: pooled_results.append(score_all(batch, scorer, jobs=jobs, pool_min=0)),
        runs,
    )
    _progress("pool")
    env = installed_like(tmp / "pycache")
    bare_app = tmp / "bare_typer.py"
    bare_app.write_text(BARE_TYPER_APP, encoding="utf-8")
    commands = [
        [sys.executable, str(bare_app), "--help"],
        [*program(), "--help"],
        [*program(), "advise", str(EXAMPLE)],
    ]
    bare, help_, advise = commands_side_by_side(commands, max(runs, 7), env)
    _progress("cold start")
    memory = {}
    for size in sizes:
        folder = tmp / f"batch-{size}"
        folder.mkdir()
        for path in paths[:size]:
            (folder / path.name).symlink_to(path)
        output = str(tmp / "scores.json")
        command = [*program(), "score", str(folder), "--format", "json", "-o", output, "--force"]
        memory[size] = min(peak_memory(command, env) for _ in range(3)) / 2**20
    _progress("memory")
    return Figures(
        variant,
        full,
        same,
        score,
        score_plain,
        serial,
        pool,
        serial_results[-1] == pooled_results[-1],
        bare,
        help_,
        advise,
        memory,
        os.getloadavg()[0],
    )


def _progress(what: str) -> None:
    print(f"  {what} measured (load {os.getloadavg()[0]:.2f})", flush=True)


def _ms(timing: Timing, per: int = 1) -> str:
    wall, cpu = timing.wall * 1000 / per, timing.cpu * 1000 / per
    return f"{wall:8.2f} ms (CPU {cpu:7.2f}, load {timing.load:.2f})"


def report(f: Figures, n: int, sizes: tuple[int, int], jobs: int) -> None:
    small, large = sizes
    same = "yes" if f.same else "NO"
    print("\nper project, engine only")
    print(f"  reset-and-run              {_ms(f.full, VARIANTS)}")
    print(f"  variant (one answer)       {_ms(f.variant, VARIANTS)}  same conclusions: {same}")
    print(f"score path per file, {n} files")
    print(f"  experta, serial            {_ms(f.score, n)}")
    print(f"  plain evaluator, serial    {_ms(f.score_plain, n)}")
    print(f"  experta, pool of {jobs}         {_ms(f.pool, n)}  same results: {f.pool_same}")
    print("cold start")
    for label, timing in (
        ("bare Typer app --help", f.bare),
        ("clusteradvies --help", f.help),
        (f"advise {EXAMPLE.name}", f.advise),
    ):
        print(f"  {label:26s} {_ms(timing)}")
    print(f"peak memory of score --format json (load {f.memory_load:.2f})")
    for size, mib in f.memory.items():
        print(f"  {size:5d} files                {mib:8.1f} MiB")
    rows = [
        ("variant / reset-and-run", f.variant.wall / f.full.wall, 0.2, True),
        ("cold advise / bare --help", f.advise.wall / f.bare.wall, 1.5, True),
        ("score path experta / plain", f.score.wall / f.score_plain.wall, 2.0, True),
        (f"pool of {jobs} / serial, {n} files", f.serial.wall / f.pool.wall, 1.8, False),
        (f"peak memory {large} / {small} files", f.memory[large] / f.memory[small], 1.2, True),
    ]
    print("\nDone when (issue 15), side by side in this run")
    for label, value, bound, at_most in rows:
        met = value <= bound if at_most else value >= bound
        target = f"{'<=' if at_most else '>='} {bound}"
        print(f"  {label:34s} {value:6.2f}   target {target:7s} {'met' if met else 'MISSED'}")
    print(f"  {'--help / bare --help':34s} {f.help.wall / f.bare.wall:6.2f}   (no target)")


if __name__ == "__main__":
    sys.exit(main())
