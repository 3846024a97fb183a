"""Record what the tool outputs, and later prove a speed-up left every byte of it alone.

    python benchmarks/identical.py record DIR [--projects 2000]
    python benchmarks/identical.py compare DIR [--projects 2000]

``record`` writes, into DIR, every output below (one JSON object mapping a name to the text);
``compare`` produces them again and names every output that differs. Both run the outputs in
one process, through the same Typer app users run:

* ``advise FILE --format json --top 0`` (and with ``--what-if``) for every example;
* the diagnosis as JSON (``--top 0``) of ``--projects`` synthetic projects, the first 200 of
  them with what-if too;
* ``score DIR --format json`` and ``--format csv`` over the synthetic project files.

A script, not a test: 2,000 projects take minutes. ``tests/golden`` pins the examples' output
of every command in the test suite.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import yaml
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.support.synthetic import random_project

from clusteradvies.cli.app import _register, app
from clusteradvies.knowledge.loader import load_knowledge

ROOT = Path(__file__).resolve().parents[1]
SEED = 20260515
WHAT_IF_PROJECTS = 200
OUTPUTS = "outputs.json"


def _invoke(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    if result.exit_code not in (0, 1):
        raise SystemExit(f"clusteradvies {' '.join(args)} exited {result.exit_code}")
    return result.stdout


def _examples() -> list[Path]:
    found = sorted(ROOT.glob("examples/**/*.yaml"))
    return [p for p in found if "format" in yaml.safe_load(p.read_text(encoding="utf-8"))]


def outputs(projects: int) -> Iterator[tuple[str, str]]:
    """(name, output) for everything this script pins, in a fixed order."""
    _register()
    runner = CliRunner()
    for path in _examples():
        name = str(path.relative_to(ROOT))
        yield (
            f"advise {name}",
            _invoke(runner, "advise", str(path), "--format", "json", "--top", "0"),
        )
        yield (
            f"advise --what-if {name}",
            _invoke(runner, "advise", str(path), "--format", "json", "--top", "0", "--what-if"),
        )
    kb = load_knowledge()
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory(prefix="clusteradvies-identical-") as tmp:
        folder = Path(tmp)
        for index in range(projects):
            path = folder / f"project-{index:05d}.yaml"
            text = yaml.safe_dump(random_project(kb, rng, index), allow_unicode=True)
            path.write_text(text, encoding="utf-8")
            args = ["advise", str(path), "--format", "json", "--top", "0"]
            yield f"synthetic {index}", _invoke(runner, *args)
            if index < WHAT_IF_PROJECTS:
                yield f"synthetic --what-if {index}", _invoke(runner, *args, "--what-if")
        for fmt in ("json", "csv"):
            text = _invoke(runner, "score", str(folder), "--format", fmt, "--top", "3")
            yield f"score --format {fmt}", text.replace(str(folder), "DIR")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("action", choices=["record", "compare"])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--projects", type=int, default=2000)
    args = parser.parse_args(argv)
    store = args.directory / OUTPUTS
    if args.action == "record":
        args.directory.mkdir(parents=True, exist_ok=True)
        recorded = dict(outputs(args.projects))
        store.write_text(json.dumps(recorded, ensure_ascii=False), encoding="utf-8")
        print(f"recorded {len(recorded)} outputs in {store}")
        return 0
    before: dict[str, str] = json.loads(store.read_text(encoding="utf-8"))
    produced = dict(outputs(args.projects))
    differ = [name for name in before if produced.get(name) != before[name]]
    differ += [name for name in produced if name not in before]
    compared = len(before)
    for name in differ:
        print(f"differs: {name}")
    print(f"{compared - len(differ)} of {compared} outputs identical")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
