"""How fast clusteradvies is, against the targets of issue 5. A script, not a test.

    python benchmarks/bench.py --projects 1000 [--jobs N] [--sweep]

1. Generates N valid synthetic project files from the shipped questionnaire (seeded, with
   ``tests.support.synthetic``) into a temporary directory.
2. Scoring throughput, in-process through the batch core: serially with one engine, and with
   a process pool on all cores (pool start included); then one end-to-end
   ``clusteradvies score DIR --jobs N`` run (interpreter start and knowledge loading included).
3. The floor: the plain-Python evaluator (``PlainEngine``) on the same projects — inference
   alone, and the whole score path — and the ratio experta / plain.
4. Cold start: ``clusteradvies --help`` against a bare Typer app with one command, and
   ``clusteradvies advise examples/portnet.yaml``: the median of ``--repeat`` runs, with
   byte-code caching on as after ``pip install``.

Wall-clock time is what the targets are about; CPU time is printed next to it because it
hardly moves when other programs share the machine (the load average is printed first).
``--sweep`` times serial against pooled scoring for small batches: where a pool starts to pay
is ``parallel.POOL_MIN_FILES``.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

# The plain evaluator and the synthetic projects are test helpers, not part of the package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.support.plain import PlainEngine
from tests.support.synthetic import random_project

from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.engine.experta_engine import ExpertaEngine
from clusteradvies.engine.inference import ResolvedProject
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.loader import load_knowledge
from clusteradvies.project.model import load_project
from clusteradvies.project.questionnaire import resolve
from clusteradvies.score.batch import Scored, Scorer, ScoreResult, Unscored, collect
from clusteradvies.score.pool import default_jobs, score_all

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "portnet.yaml"
TARGET_RATE = 500.0
"""Projects per second with all cores (on 2 cores)."""
TARGET_ENGINE_RATIO = 30.0
TARGET_HELP_RATIO = 1.2
TARGET_ADVISE_SECONDS = 0.300

BARE_TYPER_APP = '''
import typer

app = typer.Typer()


@app.command()
def hello(name: str = "world") -> None:
    """Say hello."""
    typer.echo(f"hello {name}")


if __name__ == "__main__":
    app()
'''


@dataclass(frozen=True)
class Timing:
    wall: float
    cpu: float
    """CPU seconds of this process, or of the child for a command."""


def timed(func: Callable[[], object]) -> Timing:
    wall, cpu = time.perf_counter(), time.process_time()
    func()
    return Timing(time.perf_counter() - wall, time.process_time() - cpu)


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def median_run(command: Sequence[str], repeat: int, env: dict[str, str]) -> Timing:
    """Median wall and CPU time of a command, after one warm-up run (disk cache, .pyc)."""
    subprocess.run(command, check=True, capture_output=True, env=env)
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), children_cpu()
        subprocess.run(command, check=True, capture_output=True, env=env)
        walls.append(time.perf_counter() - wall)
        cpus.append(children_cpu() - cpu)
    return Timing(statistics.median(walls), statistics.median(cpus))


def installed_like(cache: Path) -> dict[str, str]:
    """The environment with byte-code caching on, as after ``pip install``.

    With an editable install and PYTHONDONTWRITEBYTECODE set, every module of the package
    would be compiled from source at each start; the cache goes to a temporary directory.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


def program() -> list[str]:
    """The installed console script next to this interpreter, as users run it."""
    script = Path(sys.executable).with_name("clusteradvies")
    return [str(script)] if script.exists() else [sys.executable, "-m", "clusteradvies"]


def write_projects(kb: KnowledgeBase, directory: Path, count: int, seed: int) -> list[Path]:
    rng = random.Random(seed)
    paths = []
    for index in range(count):
        path = directory / f"project-{index:05d}.yaml"
        text = yaml.safe_dump(random_project(kb, rng, index), allow_unicode=True, sort_keys=False)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def best_of_three(items: Sequence[Path | Unscored], scorer: Scorer, jobs: int) -> float:
    """Wall seconds to score ``items`` (a pool whenever ``jobs`` > 1), best of three."""
    return min(
        timed(lambda: score_all(items, scorer, jobs=jobs, pool_min=0)).wall for _ in range(3)
    )


def rate(n: int, timing: Timing) -> str:
    return f"{n / timing.wall:8.1f}/s  (CPU {n / timing.cpu:7.1f}/s)"


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--projects", type=int, default=1000, help="how many (default 1000)")
    parser.add_argument("--seed", type=int, default=5, help="random seed (default 5)")
    parser.add_argument("--jobs", type=int, default=default_jobs(), help="default: all cores")
    parser.add_argument("--repeat", type=int, default=7, help="cold-start runs (default 7)")
    parser.add_argument("--sweep", action="store_true", help="time serial vs pool for small N")
    args = parser.parse_args(argv)
    if args.projects < 1 or args.jobs < 1 or args.repeat < 1:
        parser.error("--projects, --jobs and --repeat must be at least 1")
    n, jobs = args.projects, args.jobs

    print(f"clusteradvies benchmark: {n} projects, {jobs} jobs, {os.cpu_count()} cores, ", end="")
    print(f"Python {sys.version.split()[0]}, load average {os.getloadavg()[0]:.2f}")
    setup = timed(load_knowledge)
    kb = load_knowledge()
    compile_engine = timed(lambda: Scorer(kb, top=5))
    scorer = Scorer(kb, top=5)
    print(f"knowledge: {len(kb.rules)} rules, {len(kb.questions)} questions; load ", end="")
    print(f"{setup.wall * 1000:.0f} ms, compile the engine {compile_engine.wall * 1000:.0f} ms")

    with tempfile.TemporaryDirectory(prefix="clusteradvies-bench-") as tmp:
        directory = Path(tmp, "projects")
        directory.mkdir()
        paths = write_projects(kb, directory, n, args.seed)
        items = collect([directory])

        serial: list[ScoreResult] = []
        t_serial = timed(lambda: serial.extend(score_all(items, scorer, jobs=1)))
        if not all(isinstance(r, Scored) for r in serial):
            print(f"error: invalid synthetic projects: {[r for r in serial if r.status != 'ok']}")
            return 1
        pooled: list[ScoreResult] = []
        t_pool = timed(lambda: pooled.extend(score_all(items, scorer, jobs=jobs, pool_min=0)))
        out = Path(tmp, "scores.json")
        cli = [*program(), "score", str(directory), "--format", "json", "-o", str(out)]
        t_cli = timed(lambda: subprocess.run([*cli, "--jobs", str(jobs)], check=True))

        projects = [load_project(p, kb) for p in paths]
        cases = [ResolvedProject(resolve(kb, p.answers, p.role), p.role) for p in projects]
        experta, plain = ExpertaEngine(kb), PlainEngine(kb)
        t_experta = timed(lambda: [experta.infer(c) for c in cases])
        t_plain = timed(lambda: [plain.infer(c) for c in cases])
        agree = all(experta.infer(c) == plain.infer(c) for c in cases)
        plain_scorer = Scorer(kb, top=5, advisor=Advisor(kb, PlainEngine(kb)))
        t_plain_score = timed(lambda: score_all(items, plain_scorer, jobs=1))

        sweep = []
        for size in (4, 8, 16, 32, 64, 128) if args.sweep else ():
            if size <= n:
                one = best_of_three(items[:size], scorer, 1)
                many = best_of_three(items[:size], scorer, jobs)
                sweep.append((size, one, many))

    with tempfile.TemporaryDirectory(prefix="clusteradvies-cold-") as tmp:
        env = installed_like(Path(tmp, "pycache"))
        bare = Path(tmp, "bare_typer.py")
        bare.write_text(BARE_TYPER_APP, encoding="utf-8")
        t_bare = median_run([sys.executable, str(bare), "--help"], args.repeat, env)
        t_help = median_run([*program(), "--help"], args.repeat, env)
        t_advise = median_run([*program(), "advise", str(EXAMPLE)], args.repeat, env)

    rate_pool = n / t_pool.wall
    engine_ratio = t_experta.wall / t_plain.wall
    help_ratio = t_help.wall / t_bare.wall
    print("\nscoring (read, validate, diagnose, summarise)")
    print(f"  serial, one engine          {rate(n, t_serial)}")
    same = "yes" if pooled == serial else "NO"
    print(f"  pool of {jobs}                   {n / t_pool.wall:8.1f}/s  (same results: {same})")
    print(f"  CLI end to end, --jobs {jobs}    {n / t_cli.wall:8.1f}/s  ({t_cli.wall:.1f} s)")
    print("floor: the plain-Python evaluator on the same projects")
    print(f"  inference, experta          {rate(n, t_experta)}")
    print(f"  inference, plain            {rate(n, t_plain)}")
    print(f"  ratio experta / plain       {engine_ratio:8.1f}x  (CPU ", end="")
    print(f"{t_experta.cpu / t_plain.cpu:.1f}x; same conclusions: {'yes' if agree else 'NO'})")
    print(f"  score path, plain           {rate(n, t_plain_score)}", end="")
    print(f"  ratio {t_serial.wall / t_plain_score.wall:.1f}x")
    if sweep:
        print("pool break-even (best of 3): files, serial, pool")
        for size, one, many in sweep:
            print(f"  {size:4d}  {one * 1000:7.0f} ms  {many * 1000:7.0f} ms")
    print("cold start (median wall, CPU)")
    for label, timing in (
        ("bare Typer app --help", t_bare),
        ("clusteradvies --help", t_help),
        (f"clusteradvies advise {EXAMPLE.name}", t_advise),
    ):
        print(f"  {label:34s} {timing.wall * 1000:5.0f} ms  {timing.cpu * 1000:5.0f} ms")
    print(f"  --help ratio {help_ratio:.2f}x (CPU {t_help.cpu / t_bare.cpu:.2f}x)")
    print("\ntargets (issue 5, on 2 cores)")
    for label, value, ok in (
        (
            f">= {TARGET_RATE:.0f} projects/s on all cores",
            f"{rate_pool:.1f}",
            rate_pool >= TARGET_RATE,
        ),
        (
            f"experta <= {TARGET_ENGINE_RATIO:.0f}x plain",
            f"{engine_ratio:.1f}x",
            engine_ratio <= TARGET_ENGINE_RATIO,
        ),
        (
            f"--help <= {TARGET_HELP_RATIO}x bare Typer",
            f"{help_ratio:.2f}x",
            help_ratio <= TARGET_HELP_RATIO,
        ),
        (
            f"advise < {TARGET_ADVISE_SECONDS * 1000:.0f} ms",
            f"{t_advise.wall * 1000:.0f} ms",
            t_advise.wall < TARGET_ADVISE_SECONDS,
        ),
    ):
        print(f"  {label:34s} {value:>9}  {verdict(ok)}")
    return 0 if pooled == serial and agree else 1


if __name__ == "__main__":
    sys.exit(main())
