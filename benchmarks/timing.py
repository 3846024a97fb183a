"""Timing helpers of the benchmark: medians of repeated runs, commands, peak memory."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

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
    """Median wall-clock seconds."""
    cpu: float
    """Median CPU seconds (of this process, or of the child for a command)."""
    load: float
    """The one-minute load average when the runs ended."""


def load() -> float:
    return os.getloadavg()[0]


def medians(walls: list[float], cpus: list[float]) -> Timing:
    return Timing(statistics.median(walls), statistics.median(cpus), load())


def timed(func: Callable[[], object], runs: int) -> Timing:
    """Median of ``runs`` calls (after one warm-up call)."""
    func()
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        func()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return medians(walls, cpus)


def side_by_side(
    first: Callable[[], object], second: Callable[[], object], runs: int
) -> tuple[Timing, Timing]:
    """Both timed in alternation, so that a change in the machine's load hits both alike."""
    first()
    second()
    samples: list[tuple[list[float], list[float]]] = [([], []), ([], [])]
    for _ in range(runs):
        for func, (walls, cpus) in zip((first, second), samples, strict=True):
            wall, cpu = time.perf_counter(), time.process_time()
            func()
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
    return medians(*samples[0]), medians(*samples[1])


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def commands_side_by_side(
    commands: Sequence[Sequence[str]], runs: int, env: dict[str, str]
) -> list[Timing]:
    """Median wall and CPU time of each command, run in turns, after one warm-up each."""
    for command in commands:
        subprocess.run(command, check=True, capture_output=True, env=env)
    samples: list[tuple[list[float], list[float]]] = [([], []) for _ in commands]
    for _ in range(runs):
        for command, (walls, cpus) in zip(commands, samples, strict=True):
            wall, cpu = time.perf_counter(), children_cpu()
            subprocess.run(command, check=True, capture_output=True, env=env)
            walls.append(time.perf_counter() - wall)
            cpus.append(children_cpu() - cpu)
    return [medians(walls, cpus) for walls, cpus in samples]


_LAUNCHER = """
import resource, subprocess, sys
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(code)
"""
"""Runs a command and prints the peak resident memory of it and the processes it waited for.

A process keeps its peak across ``exec``: a command started straight from this script would
report this script's own peak (a few hundred MiB after the score path) whenever that is
larger. A small launcher in between starts the command from a small process."""


def peak_memory(command: Sequence[str], env: dict[str, str]) -> int:
    """The peak resident memory, in bytes, of a command and the processes it waited for."""
    launched = [sys.executable, "-c", _LAUNCHER, *command]
    done = subprocess.run(launched, env=env, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} exited {done.returncode}")
    return int(done.stdout.split()[-1]) * 1024  # kilobytes on Linux


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
