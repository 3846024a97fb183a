"""Where a cold ``clusteradvies advise`` spends its time. A script, not a test.

    python benchmarks/cold_start.py [--runs 9]

Runs in turns, each the median of ``--runs`` fresh processes with byte-code caching on (as
after ``pip install``): ``python -c pass``; a bare Typer app's ``--help``; the same app
running a command with ``advise``'s options (Typer validates options with pydantic, which
``--help`` never imports); that command reading the project file with PyYAML and printing
``advise``'s own output through Rich (the floor of any Typer + YAML + Rich ``advise``);
``clusteradvies advise examples/portnet.yaml``; and a driver that
does what ``advise`` does, phase by phase, timing each. The phases overlap the real command's
order only roughly (``advise`` imports the core after Typer has parsed its options), so they
show where the time goes, and the command's own time is the one to compare.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.timing import BARE_TYPER_APP, installed_like, load, program

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "portnet.yaml"

TYPER_COMMAND = """
from pathlib import Path

import typer

app = typer.Typer()


@app.command()
def hello(
    file: Path,
    lang: str | None = None,
    fmt: str = "text",
    top: int = 5,
    what_if: bool = False,
    explain: bool = False,
    kb: Path | None = None,
) -> None:
    \"\"\"Say hello to a file.\"\"\"
    typer.echo(f"hello {file}")


if __name__ == "__main__":
    app()
"""
"""A Typer app whose command takes ``advise``'s options."""

FLOOR = TYPER_COMMAND.replace(
    '    typer.echo(f"hello {file}")',
    """    import yaml
    from rich.console import Console
    from rich.text import Text

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    yaml.load(file.read_text(encoding="utf-8"), Loader=loader)
    shown = Path(__file__).with_name("advise.txt").read_text(encoding="utf-8")
    Console().print(Text(shown))""",
)
"""The least any Typer + YAML + Rich ``advise`` can cost: the same command reads the project
file with PyYAML and prints ``advise``'s own output through Rich, with no knowledge, no engine
and no layout of its own."""

PHASES = f"""
import gc, sys, time
marks = [("start", time.perf_counter())]
def mark(name): marks.append((name, time.perf_counter()))
from clusteradvies.cli import app, common
mark("Typer, Rich's console and the CLI")
gc.freeze()  # as main() does
from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.render.formats import RenderOptions
from clusteradvies.render.renderers import diagnosis_format
mark("the core's imports (pydantic models, YAML, experta, renderers)")
kb = common.load_kb(None)
mark("the knowledge (cached)")
from pathlib import Path
project = common.read_project(Path({str(EXAMPLE)!r}), kb)
mark("the project file")
advisor = Advisor(kb)
mark("the engine (cached) and the advisor")
diagnosis = advisor.diagnose(project)
mark("the diagnosis (three runs: the answers and the range's two ends)")
options = RenderOptions(project.language, 5, False, False)
text = diagnosis_format("text", kb, options, common.console()).render(diagnosis)
mark("the text, laid out by Rich")
for (_, before), (name, after) in zip(marks, marks[1:]):
    print(f"{{(after - before) * 1000:.3f}} {{name}}")
gc.freeze()  # as main() does before the exit
"""


def timed(command: Sequence[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(command, check=True, capture_output=True, text=True, env=env)
    return time.perf_counter() - start, done.stdout


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="clusteradvies-cold-") as tmp:
        env = installed_like(Path(tmp, "pycache"))
        Path(tmp, "bare.py").write_text(BARE_TYPER_APP, encoding="utf-8")
        Path(tmp, "command.py").write_text(TYPER_COMMAND, encoding="utf-8")
        Path(tmp, "floor.py").write_text(FLOOR, encoding="utf-8")
        advise = [*program(), "advise", str(EXAMPLE)]
        Path(tmp, "advise.txt").write_text(timed(advise, env)[1], encoding="utf-8")
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "bare Typer app --help": [sys.executable, str(Path(tmp, "bare.py")), "--help"],
            "bare Typer app, a command": [sys.executable, str(Path(tmp, "command.py")), "x"],
            "the floor: that command reading the YAML, printing advise's text with Rich": [
                sys.executable,
                str(Path(tmp, "floor.py")),
                str(EXAMPLE),
            ],
            f"clusteradvies advise {EXAMPLE.name}": advise,
            "the same, phase by phase": [sys.executable, "-c", PHASES],
        }
        walls: dict[str, list[float]] = {name: [] for name in commands}
        phases: dict[str, list[float]] = {}
        for run in range(args.runs + 1):  # the first round fills the caches
            for name, command in commands.items():
                wall, out = timed(command, env)
                if not run:
                    continue
                walls[name].append(wall)
                if command[-1] == PHASES:
                    for line in out.splitlines():
                        ms, phase = line.split(" ", 1)
                        phases.setdefault(phase, []).append(float(ms))
    bare = statistics.median(walls["bare Typer app --help"])
    print(f"medians of {args.runs} runs, load {load():.2f}")
    for name, values in walls.items():
        median = statistics.median(values)
        print(f"  {median * 1000:7.1f} ms  {median / bare:5.2f} x bare --help   {name}")
    print("phases of the driver")
    for phase, values in phases.items():
        print(f"  {statistics.median(values):7.1f} ms  {phase}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
