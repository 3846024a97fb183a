"""The installed ``clusteradvies intake`` in a real pseudo-terminal, as a person uses it.

pexpect makes its own terminal (80 columns), so this runs in CI without one. Answers are
chosen from what each prompt says it accepts: the first choice, the lowest number, "ja".
"""

from __future__ import annotations

import io
import re
import shutil
import signal
import sys
from pathlib import Path

import pexpect
import pytest

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.project.model import load_project

pytestmark = pytest.mark.e2e

PROMPT = re.compile(r"(?:Antwoord|Answer) \(([^)]*)\): ")
SUMMARY = "Nummer om te wijzigen, n naam, r rol, l lijst; Enter voor de diagnose: "
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
COLOUR = re.compile(r"\x1b\[(?:\d+;)*(?:3[0-8]|9[0-7])[;m]")


def program() -> list[str]:
    """The console script next to this Python (the venv's), else ``python -m clusteradvies``."""
    script = Path(sys.executable).with_name("clusteradvies")
    if script.exists():
        return [str(script)]
    found = shutil.which("clusteradvies")
    return [found] if found else [sys.executable, "-m", "clusteradvies"]


def spawn(*args: str, cwd: Path, no_color: bool = False) -> pexpect.spawn:
    command, *first = program()
    env = {"PATH": str(Path(sys.executable).parent), "TERM": "xterm", "LANG": "C.UTF-8"}
    if no_color:
        env["NO_COLOR"] = "1"
    child = pexpect.spawn(
        command,
        [*first, *args],
        cwd=str(cwd),
        dimensions=(40, 80),
        encoding="utf-8",
        timeout=30,
        env=env,
    )
    child.delaybeforesend = None  # each prompt is awaited before typing; no pause needed
    child.logfile_read = io.StringIO()  # the whole screen, for checks after the end
    return child


def screen(child: pexpect.spawn) -> str:
    return str(child.logfile_read.getvalue())


def plain(text: str) -> str:
    return ANSI.sub("", text).replace("\r\n", "\n")


def first_valid(hint: str) -> str:
    """What the prompt's hint says is valid: ``1–4`` → 1, ``2–1000`` → 2, ``1–2 of ja/nee`` →
    ja (a yes/no question takes its number too; the word is what people type)."""
    if "ja/nee" in hint:
        return "ja"
    lowest = re.search(r"(\d+)–", hint)
    assert lowest, f"a prompt without a range: {hint!r}"
    return lowest.group(1)


def answer(child: pexpect.spawn, count: int | None = None) -> int:
    """Answer ``count`` questions (or all, up to the summary); returns how many were asked."""
    asked = 0
    while count is None or asked < count:
        index = child.expect([PROMPT, SUMMARY])
        if index == 1:
            return asked
        child.sendline(first_valid(child.match.group(1)))
        asked += 1
    return asked


def finish(child: pexpect.spawn) -> str:
    """Confirm the summary and read the diagnosis to the end."""
    child.sendline("")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    return plain(child.before)


def advise_output(path: Path, cwd: Path) -> str:
    child = spawn("advise", str(path), cwd=cwd)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    return plain(child.before)


def test_full_run_then_advise_gives_the_same_diagnosis(tmp_path: Path, kb: KnowledgeBase) -> None:
    child = spawn("intake", cwd=tmp_path)
    child.expect("Naam van de samenwerking: ")
    child.sendline("Winkeliers Oost")
    child.expect(PROMPT)
    child.sendline("")  # Enter: participant
    asked = answer(child)
    child.sendline("")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert COLOUR.search(screen(child))  # a terminal gets colour …
    diagnosis = plain(child.before)
    [saved] = tmp_path.glob("antwoorden-*.yaml")
    project = load_project(saved, kb)
    assert (project.name, project.role) == ("Winkeliers Oost", "deelnemer")
    assert len(project.answers) == asked
    advised = advise_output(saved, tmp_path)
    assert advised.startswith("Winkeliers Oost: ")
    assert advised in diagnosis
    assert "Traceback" not in diagnosis


def test_why_back_and_an_invalid_answer(tmp_path: Path) -> None:
    child = spawn("intake", "--name", "X", "--role", "deelnemer", cwd=tmp_path, no_color=True)
    child.expect(PROMPT)
    child.sendline("?")
    child.expect("Waarom deze vraag\\?")
    child.expect("Wat dit antwoord kan betekenen:")
    child.expect(PROMPT)
    child.sendline("9")
    child.expect("'9' is geen keuze; typ een nummer van 1 tot 4.")
    child.expect(PROMPT)
    child.sendline("3")
    child.expect("Wat is het belangrijkste doel")
    child.expect(PROMPT)
    child.sendline("terug")
    child.expect("In welke fase is de samenwerking\\?")
    child.expect("Nu: 3 — Gestart")
    child.expect(PROMPT)
    child.sendline("")  # keep it
    child.expect("Wat is het belangrijkste doel")
    child.sendline("stop")
    child.expect("Gestopt; 1 antwoord bewaard.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "Waarom deze vraag?" in screen(child)
    assert not COLOUR.search(screen(child))  # … unless NO_COLOR says otherwise


def test_ctrl_c_halfway_then_resume(tmp_path: Path, kb: KnowledgeBase) -> None:
    out = tmp_path / "antwoorden.yaml"
    child = spawn(
        "intake", "--name", "X", "--role", "coordinator", "--answers-out", str(out), cwd=tmp_path
    )
    answer(child, 5)
    child.expect(PROMPT)
    child.sendintr()
    child.expect(
        re.escape(f"Onderbroken; 5 antwoorden bewaard. Verder: clusteradvies intake --resume {out}")
    )
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert "Traceback" not in child.before
    assert len(load_project(out, kb).answers) == 5

    again = spawn("intake", "--resume", str(out), cwd=tmp_path)
    again.expect("X: 5 antwoorden ingevuld")
    again.expect("vraag 6 van")
    answer(again)
    diagnosis = finish(again)
    assert advise_output(out, tmp_path) in diagnosis


def test_sigterm_and_end_of_input_keep_the_answers(tmp_path: Path, kb: KnowledgeBase) -> None:
    out = tmp_path / "a.yaml"
    child = spawn(
        "intake", "--name", "X", "--role", "deelnemer", "--answers-out", str(out), cwd=tmp_path
    )
    answer(child, 3)
    child.expect(PROMPT)
    child.kill(signal.SIGTERM)
    child.expect("Onderbroken; 3 antwoorden bewaard.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert len(load_project(out, kb).answers) == 3

    again = spawn("intake", "--resume", str(out), cwd=tmp_path)
    answer(again, 1)
    again.expect(PROMPT)
    again.sendeof()
    again.expect("Invoer beëindigd; 4 antwoorden bewaard.")
    again.expect(pexpect.EOF)
    again.close()
    assert again.exitstatus == 1
    assert len(load_project(out, kb).answers) == 4
