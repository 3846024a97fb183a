"""How long the intake keeps a person waiting for the diagnosis. A script, not a test.

    python benchmarks/intake_latency.py [--runs 7] [--example portnet]

Issue 15's target: the time from the intake's last answer to the printed diagnosis is at most
the time a bare Typer app takes to print its ``--help``. Measured in the same pseudo-terminal
harness as the end-to-end tests (pexpect, 80 columns): the intake starts from an example's
answers (``--data``), what the file leaves open is answered, and the clock runs from the Enter
that confirms the summary (the last thing the person types, after ``--pause`` seconds of
reading it; 0 shows the worst case) until the diagnosis is on the screen, and until the program
has ended. The bare Typer app's ``--help`` is timed in alternation, and the medians are printed
with the machine's load.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pexpect

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.timing import BARE_TYPER_APP

ROOT = Path(__file__).resolve().parents[1]
SUMMARY = "Enter voor de diagnose: "
PROMPT = r"Antwoord \([^)]*\): "
DONE = "Opnieuw bekijken: "


def program() -> str:
    return str(Path(sys.executable).with_name("clusteradvies"))


def intake_wait(data: Path, work: Path, pause: float) -> tuple[float, float]:
    """Seconds from confirming the summary (after ``pause`` seconds reading it) until the
    diagnosis is on the screen, and until the program has ended."""
    out = work / f"a-{time.monotonic_ns()}.yaml"
    child = pexpect.spawn(
        program(),
        ["intake", "--data", str(data), "--answers-out", str(out)],
        dimensions=(40, 80),
        encoding="utf-8",
        timeout=60,
        env={**os.environ, "TERM": "xterm"},
    )
    while child.expect([PROMPT, SUMMARY]) == 0:
        child.sendline("1")  # what the file leaves open
    time.sleep(pause)
    start = time.perf_counter()
    child.sendline("")
    child.expect(DONE)  # the intake's last line, after the diagnosis
    shown = time.perf_counter() - start
    child.expect(pexpect.EOF)
    ended = time.perf_counter() - start
    child.close()
    if child.exitstatus != 0:
        raise SystemExit(f"the intake ended with {child.exitstatus}: {child.before[-500:]}")
    return shown, ended


def typer_help(app: Path) -> float:
    start = time.perf_counter()
    child = pexpect.spawn(sys.executable, [str(app), "--help"], dimensions=(40, 80))
    child.expect(pexpect.EOF)
    elapsed = time.perf_counter() - start
    child.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--example", default="portnet")
    parser.add_argument(
        "--pause", type=float, default=1.0, help="seconds spent reading the summary"
    )
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        data = ROOT / "examples" / f"{options.example}.yaml"
        app = work / "bare.py"
        app.write_text(BARE_TYPER_APP)
        shown, ended, helps = [], [], []
        intake_wait(data, work, options.pause)  # warm the caches, as after pip install
        for _ in range(options.runs):
            on_screen, done = intake_wait(data, work, options.pause)
            shown.append(on_screen)
            ended.append(done)
            helps.append(typer_help(app))
    bare = statistics.median(helps)
    runs = f"medians of {options.runs}, after {options.pause:g} s at the summary"
    print(f"bare Typer app --help:              {bare * 1000:4.0f} ms")
    for what, times in (("diagnosis on the screen", shown), ("program ended", ended)):
        median = statistics.median(times)
        print(f"Enter → {what + ':':24} {median * 1000:4.0f} ms = {median / bare:.2f}×")
    print(f"({runs}; target ≤ 1×; load {os.getloadavg()[0]:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
