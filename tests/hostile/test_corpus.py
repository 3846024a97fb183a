"""Every command over the corpus of hostile inputs: exit 2, one located line, nothing changed.

Most runs are in-process (CliRunner), fast. The bombs and size limits also run as the real
program in a subprocess under a memory limit and a timeout (``guard``), several inputs per
run where the command takes several files — the guard would turn a hang or a memory blow-up
into a failure instead of a stuck or crashed suite.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from clusteradvies.cli.app import _register, app
from clusteradvies.knowledge.base import KnowledgeBase
from tests.conftest import EXAMPLES
from tests.hostile import guard
from tests.hostile.corpus import ACCEPTED, CORPUS, Case, make, snapshot

_register()
runner = CliRunner()
SMALL = [case for case in CORPUS if not case.big]
BIG = [case for case in CORPUS if case.big]
FLOODS = {"keys-99k", "answers-99k"}  # fifty lines of one file: run on their own

Command = Callable[[Path, Path, Path], list[str]]
COMMANDS: dict[str, Command] = {
    "advise": lambda file, good, out: ["advise", str(file)],
    "report": lambda file, good, out: ["report", str(file), "-o", str(out / "r.html")],
    "combine": lambda file, good, out: ["combine", str(file), str(good)],
    "compare": lambda file, good, out: ["compare", str(good), str(file)],
    "score": lambda file, good, out: ["score", str(file), "--format", "json"],
    "intake --resume": lambda file, good, out: ["intake", "--resume", str(file)],
    "intake --data": lambda file, good, out: [
        *("intake", "--data", str(file), "--answers-out", str(out / "new.yaml")),
        *("--name", "X", "--role", "deelnemer"),
    ],
}


@pytest.fixture(scope="module", autouse=True)
def shipped_knowledge_loaded_once(kb: KnowledgeBase) -> Iterator[None]:
    """Hundreds of in-process runs: each would read the knowledge from the cache (~0.1 s)."""
    from clusteradvies.knowledge import loader

    real = loader.load_knowledge
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(loader, "load_knowledge", lambda d=None: kb if d is None else real(d))
        yield


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The corpus in one folder, with a valid project beside it; unchanged at the end."""
    folder = tmp_path_factory.mktemp("corpus")
    for case in CORPUS:
        make(case, folder)
    shutil.copy(EXAMPLES / "portnet.yaml", folder / "goed.yaml")
    before = snapshot(folder)
    yield folder
    assert snapshot(folder) == before, "an input was modified"


def located(case: Case, line: str) -> bool:
    """``FILE:LINE[:COL]: …expect…`` (or ``clusteradvies: FILE: …`` before a file is read)."""
    match = re.match(r"(?:clusteradvies: )?(.+?\.yaml)(?::(\d+))?(?::\d+)?: (.*)$", line)
    if match is None or Path(match.group(1)).name != case.file:
        return False
    at = int(match.group(2)) if match.group(2) else None
    return case.expect in match.group(3) and (case.line is None or at == case.line)


def check_refused(result: Result | guard.Completed, case: Case, command: str) -> None:
    out, err = result.stdout, result.stderr
    code = result.exit_code if isinstance(result, Result) else result.returncode
    if isinstance(result, Result) and result.exception is not None:
        assert isinstance(result.exception, SystemExit), f"{command}: {result.exception!r}"
    assert "Traceback" not in out + err, f"{command} {case.name}"
    assert code == 2, f"{command} {case.name}: exit {code}\n{err}"
    assert err, f"{command} {case.name}: nothing said"
    assert located(case, err.splitlines()[0]), f"{command} {case.name}: {err.splitlines()[0]!r}"


@pytest.mark.parametrize("case", SMALL, ids=lambda c: c.name)
def test_every_command_refuses_it_in_one_located_line(
    case: Case, corpus: Path, tmp_path: Path
) -> None:
    for command, args in COMMANDS.items():
        if case.name == "directory" and command == "score":
            continue  # a directory is what score reads: it says there are no files in it
        result = runner.invoke(app, args(corpus / case.file, corpus / "goed.yaml", tmp_path))
        check_refused(result, case, command)
        assert list(tmp_path.iterdir()) == [], f"{command} wrote output for a refused input"


@pytest.mark.parametrize("name", ACCEPTED)
def test_what_looks_hostile_but_is_fine_stays_fine(name: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.yaml"
    path.write_bytes(ACCEPTED[name])
    result = runner.invoke(app, ["advise", str(path)], env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.output


# --- the real program, under the memory guard ---------------------------------------------


@pytest.mark.parametrize("case", BIG, ids=lambda c: c.name)
def test_a_bomb_or_an_oversized_file_is_refused_within_the_guard(case: Case, corpus: Path) -> None:
    check_refused(guard.run(["advise", corpus / case.file]), case, "advise")


def test_commands_reading_several_files_refuse_every_bomb_within_the_guard(
    corpus: Path, tmp_path: Path
) -> None:
    files = [corpus / c.file for c in BIG if c.name not in FLOODS]
    for command in (
        ["combine", *files, corpus / "goed.yaml"],
        ["report", *files, corpus / "goed.yaml", "-o", tmp_path / "r.html"],
    ):
        result = guard.run(command)
        assert result.returncode == 2 and "Traceback" not in result.stderr
        lines = result.stderr.splitlines()
        for case in BIG:
            if case.name not in FLOODS:
                assert any(located(case, line) for line in lines), (command[0], case.name)
    flood = next(c for c in BIG if c.name in FLOODS)
    check_refused(guard.run(["compare", corpus / "goed.yaml", corpus / flood.file]), flood, "")
    check_refused(guard.run(["intake", "--resume", corpus / flood.file]), flood, "intake")
    assert list(tmp_path.iterdir()) == []


def test_score_scores_the_good_file_and_reports_every_bad_one_within_the_guard(
    corpus: Path,
) -> None:
    fifo = corpus / "pijp.yaml"
    os.mkfifo(fifo)  # reading it would wait forever: it must be named, not opened
    try:
        result = guard.run(["score", corpus, "--format", "json", "--lang", "en"])
    finally:
        fifo.unlink()
    assert result.returncode == 2 and "Traceback" not in result.stderr
    rows = {Path(row["file"]).name: row for row in json.loads(result.stdout)}
    assert rows.pop("goed.yaml")["status"] == "ok"
    assert rows.pop("pijp.yaml")["errors"][0]["message"] == (
        "not a regular file (a pipe, socket or device)"
    )
    expected = [case for case in CORPUS if case.name != "directory"]  # a folder: walked into
    assert sorted(rows) == sorted(case.file for case in expected)
    for case in expected:
        first = rows[case.file]["errors"][0]
        assert rows[case.file]["status"] == "error"
        assert case.expect in first["message"] and first["line"] == case.line, (case.name, first)
    lines = result.stderr.splitlines()
    assert len(lines) == 51 and lines[-1].startswith("… and ")  # fifty problems, then a count


# --- the same trouble in a knowledge file --------------------------------------------------


@pytest.fixture(scope="module")
def hostile_kb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The shipped knowledge plus every case whose trouble is in the YAML itself."""
    folder = tmp_path_factory.mktemp("kennis")
    shutil.copytree(Path(__file__).parents[2] / "knowledge", folder, dirs_exist_ok=True)
    for case in CORPUS:
        if case.yaml_level and case.data is not None:
            make(case, folder)
    before = snapshot(folder)
    yield folder
    assert snapshot(folder) == before


def test_check_locates_every_hostile_knowledge_file(hostile_kb: Path) -> None:
    result = runner.invoke(app, ["check", str(hostile_kb), "--format", "json"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    findings = json.loads(result.stdout)["findings"]
    for case in CORPUS:
        if case.yaml_level and case.data is not None:
            mine = [f for f in findings if Path(f["file"]).name == case.file]
            assert any(case.expect in f["message"] and f["line"] == case.line for f in mine), (
                case.name,
                mine[:3],
            )


def test_a_hostile_knowledge_directory_is_refused_within_the_guard(hostile_kb: Path) -> None:
    result = guard.run(["advise", EXAMPLES / "portnet.yaml", "--kb", hostile_kb])
    assert result.returncode == 2 and "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert re.fullmatch(r"… and \d+ more problems \(not shown\)", lines[-2])  # then the hint
    assert all(
        re.match(rf"{re.escape(str(hostile_kb))}/[^:]+\.yaml(:\d+)*: ", x) for x in lines[:50]
    )
