"""``clusteradvies intake`` as a user runs it, through CliRunner with typed input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner, Result

from clusteradvies.cli.app import _register, app
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.project.model import Project, dump_project, load_project
from tests.conftest import EXAMPLES
from tests.intake.scripted import typed_answers

if not any(command.name == "intake" for command in app.registered_commands):
    _register()
runner = CliRunner()
ENV = {"NO_COLOR": "1", "COLUMNS": "80"}


def invoke(*args: str, lines: list[str] | None = None) -> Result:
    text = None if lines is None else "".join(line + "\n" for line in lines)
    return runner.invoke(app, list(args), input=text, env=ENV)


def advise(path: Path | str, *extra: str) -> str:
    result = invoke("advise", str(path), *extra)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def start(project: Project, out: Path, *extra: str) -> list[str]:
    return [
        "intake",
        "--name",
        project.name,
        "--role",
        project.role,
        "--answers-out",
        str(out),
        *extra,
    ]


def complete(kb: KnowledgeBase, project: Project) -> dict[str, object]:
    """The project's answers, with every question it leaves out as weet_niet."""
    return {**{q: "weet_niet" for q in kb.question_order}, **project.answers}


pytestmark = pytest.mark.usefixtures("terminal")


def test_a_full_run_saves_a_project_that_advise_reads_the_same(
    kb: KnowledgeBase, portnet: Project, tmp_path: Path
) -> None:
    out = tmp_path / "portnet-antwoorden.yaml"
    typed = typed_answers(kb, portnet.answers, portnet.role)
    result = invoke(*start(portnet, out), lines=[*typed, ""])
    assert result.exit_code == 0, result.stderr
    saved = load_project(out, kb)
    assert (saved.name, saved.role, saved.language) == (portnet.name, portnet.role, "nl")
    assert saved.answers == {q: portnet.answers.get(q, "weet_niet") for q in saved.answers}
    # the printed diagnosis is advise's, byte for byte — on the saved file and the original
    assert result.stdout == advise(out)
    assert result.stdout == advise(EXAMPLES / "portnet.yaml")
    assert result.stdout.startswith("PortNET — Electronic Port Clearance: gereedheid")
    # the conversation went to stderr, at most 80 columns wide, ending with where the answers are
    conversation = result.stderr.splitlines()[:-2]
    assert len(conversation) > 200 and max(len(line) for line in conversation) <= 80
    assert "Je antwoorden worden na elke vraag bewaard in " in result.stderr
    assert result.stderr.rstrip().endswith(f"Opnieuw bekijken: clusteradvies advise {out}")


def test_top_is_passed_on_like_advise(kb: KnowledgeBase, portnet: Project, tmp_path: Path) -> None:
    out = tmp_path / "a.yaml"
    typed = typed_answers(kb, portnet.answers, portnet.role)
    result = invoke(*start(portnet, out, "--top", "2"), lines=[*typed, ""])
    assert result.stdout == advise(out, "--top", "2") != advise(out)


def test_english_questions_file_and_diagnosis(kb: KnowledgeBase, workdir: Path) -> None:
    every = ["unknown"] * len(kb.questions)
    result = invoke(
        "intake", "--lang", "en", "--name", "Trial", "--role", "participant", lines=[*every, ""]
    )
    assert result.exit_code == 0, result.stderr
    [out] = workdir.glob("answers-*.yaml")
    assert "What stage is the cooperation in?" in result.stderr
    assert load_project(out, kb).language == "en"
    assert result.stdout == advise(out)
    assert "readiness" in result.stdout or "too little data" in result.stdout


def test_the_default_file_is_dated_and_announced_first(kb: KnowledgeBase, workdir: Path) -> None:
    result = invoke("intake", "--name", "Proef", "--role", "deelnemer", lines=["1"])
    [out] = workdir.glob("antwoorden-*.yaml")
    assert out.name[len("antwoorden-") : -len(".yaml")].replace("-", "").isdigit()
    assert result.stderr.splitlines()[0] == (
        f"Je antwoorden worden na elke vraag bewaard in {out.name}."
    )
    again = invoke("intake", "--name", "Proef", "--role", "deelnemer", lines=["1"])
    assert again.exit_code == 1  # a second run that minute gets its own file, no refusal
    assert len(list(workdir.glob("antwoorden-*.yaml"))) == 2


def test_name_and_role_are_asked_when_not_given(kb: KnowledgeBase, tmp_path: Path) -> None:
    out = tmp_path / "a.yaml"
    result = invoke("intake", "--answers-out", str(out), lines=["Kring Oost", "3", "stop"])
    assert result.exit_code == 0
    assert "Naam van de samenwerking: " in result.stderr
    assert "In welke rol vul je dit in?" in result.stderr
    saved = load_project(out, kb)
    assert (saved.name, saved.role, saved.answers) == ("Kring Oost", "overheid", {})


def test_end_of_input_halfway_then_resume(
    kb: KnowledgeBase, portnet: Project, tmp_path: Path
) -> None:
    out = tmp_path / "half.yaml"
    typed = typed_answers(kb, portnet.answers, portnet.role)
    first = invoke(*start(portnet, out), lines=typed[:10])
    assert first.exit_code == 1
    assert isinstance(first.exception, SystemExit)  # a clean exit, not an uncaught error
    assert "Traceback" not in first.output
    last_line = first.stderr.rstrip().splitlines()[-1]
    assert last_line == (
        f"Invoer beëindigd; 10 antwoorden bewaard. Verder: clusteradvies intake --resume {out}"
    )
    assert len(load_project(out, kb).answers) == 10
    second = invoke("intake", "--resume", str(out), lines=[*typed[10:], ""])
    assert second.exit_code == 0, second.stderr
    assert "PortNET — Electronic Port Clearance: 10 antwoorden ingevuld" in second.stderr
    assert second.stdout == advise(EXAMPLES / "portnet.yaml")
    assert len(load_project(out, kb).answers) == len(typed)


def test_ctrl_c_saves_and_says_how_to_resume(
    kb: KnowledgeBase, portnet: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clusteradvies.cli.terminal import TerminalAsker

    typed_line = TerminalAsker.ask

    def ask(self: TerminalAsker, prompt: str) -> str:
        line = typed_line(self, prompt)
        if line == "^C":
            raise KeyboardInterrupt
        return line

    monkeypatch.setattr(TerminalAsker, "ask", ask)
    out = tmp_path / "a.yaml"
    result = invoke(*start(portnet, out), lines=["1", "2", "^C"])
    assert result.exit_code == 130
    assert result.stderr.endswith(
        f"\nOnderbroken; 2 antwoorden bewaard. Verder: clusteradvies intake --resume {out}\n"
    )
    assert load_project(out, kb).answers == {"fase": "idee", "doel": "inkoop_logistiek"}


def test_stop_saves_and_leaves(kb: KnowledgeBase, portnet: Project, tmp_path: Path) -> None:
    out = tmp_path / "a.yaml"
    result = invoke(*start(portnet, out), lines=["1", "stop"])
    assert result.exit_code == 0
    assert result.stdout == ""  # no diagnosis for a stopped intake
    assert f"Gestopt; 1 antwoord bewaard. Verder: clusteradvies intake --resume {out}" in (
        result.stderr
    )
    assert load_project(out, kb).answers == {"fase": "idee"}


def test_the_file_is_a_project_after_every_answer(
    kb: KnowledgeBase, portnet: Project, tmp_path: Path
) -> None:
    out = tmp_path / "a.yaml"
    typed = typed_answers(kb, portnet.answers, portnet.role)
    for n in (0, 1, 7):
        result = invoke(*start(portnet, out, "--force"), lines=typed[:n])
        assert result.exit_code == 1
        assert len(load_project(out, kb).answers) == n
        assert not list(tmp_path.glob(".a.yaml.*"))  # no temporary file left behind


def test_data_prefills_and_only_the_missing_are_asked(
    kb: KnowledgeBase, portnet: Project, tmp_path: Path
) -> None:
    given = {q: v for q, v in complete(kb, portnet).items() if q not in ("doel", "horizon")}
    data = tmp_path / "data.yaml"
    data.write_text(dump_project(portnet.model_copy(update={"answers": given}), kb))
    before = data.read_text()
    out = tmp_path / "out.yaml"
    result = invoke(
        "intake",
        "--data",
        str(data),
        "--answers-out",
        str(out),
        lines=["ketenintegratie", "weet niet", ""],
    )
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count("Antwoord (") == 2
    assert "Wat is het belangrijkste doel" in result.stderr
    assert data.read_text() == before  # the data file is only read
    assert load_project(out, kb).answers["doel"] == "ketenintegratie"
    assert result.stdout == advise(out)


def test_existing_answers_file_needs_force(
    kb: KnowledgeBase, portnet: Project, tmp_path: Path
) -> None:
    out = tmp_path / "a.yaml"
    out.write_text("precious")
    refused = invoke(*start(portnet, out), lines=["1"])
    assert refused.exit_code == 2
    assert refused.stderr == (
        f"clusteradvies: {out} bestaat al; verder met --resume {out}, overschrijven met "
        "--force, of kies een ander --answers-out\n"
    )
    assert out.read_text() == "precious"
    forced = invoke(*start(portnet, out, "--force"), lines=["1"])
    assert forced.exit_code == 1
    assert load_project(out, kb).answers == {"fase": "idee"}


def test_resume_of_a_complete_file_goes_to_the_summary(kb: KnowledgeBase, tmp_path: Path) -> None:
    trek = load_project(EXAMPLES / "trek.yaml", kb)
    out = tmp_path / "a.yaml"
    out.write_text(dump_project(trek.model_copy(update={"answers": complete(kb, trek)}), kb))
    result = invoke("intake", "--resume", str(out), lines=["1", "2", ""])
    assert result.exit_code == 0, result.stderr
    flat = " ".join(result.stderr.split())
    assert re.search(r"TREK — [^:]*: \d+ antwoorden ingevuld, alles is beantwoord\. ", flat)
    # The whole list once; after the change only the changed answer.
    assert len(re.findall(r"^Je antwoorden *$", result.stderr, re.MULTILINE)) == 1
    assert re.search(r" 1 In welke fase [^:]*: Gevestigd [^→]* → Voorbereiding", flat)
    assert load_project(out, kb).answers["fase"] == "voorbereiding"
    assert result.stdout == advise(out)


def test_the_file_keeps_notes_and_drops_answers_that_do_not_apply(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    data = tmp_path / "data.yaml"
    every = {q: "weet_niet" for q in kb.question_order}
    every.update(bedrijfsgrootte="mkb", invloed_groot="afgesproken")
    data.write_text(
        yaml.safe_dump({"name": "X", "answers": every, "notes": {"fase": "zie verslag"}})
    )
    out = tmp_path / "out.yaml"
    result = invoke("intake", "--data", str(data), "--answers-out", str(out), lines=[""])
    assert result.exit_code == 0, result.stderr
    saved = load_project(out, kb)
    assert saved.notes == {"fase": "zie verslag"}
    assert "invloed_groot" not in saved.answers


@pytest.mark.parametrize(
    ("role", "stored"),
    [
        ("participant", "deelnemer"),
        ("government", "overheid"),
        ("coordinator", "coordinator"),
        ("overheid", "overheid"),
    ],
)
def test_role_option_in_either_language(
    kb: KnowledgeBase, tmp_path: Path, role: str, stored: str
) -> None:
    out = tmp_path / "a.yaml"
    invoke("intake", "--name", "X", "--role", role, "--answers-out", str(out), lines=[])
    assert load_project(out, kb).role == stored


def test_usage_errors_are_one_line(tmp_path: Path) -> None:
    data = tmp_path / "d.yaml"
    data.write_text("name: X\n")
    cases = {
        ("--role", "baas"): "--role: kies deelnemer, coordinator, overheid of programma",
        ("--resume", str(data), "--data", str(data)): "--resume gaat verder in het eigen bestand",
        ("--resume", str(tmp_path / "nope.yaml")): "nope.yaml: dit bestand bestaat niet",
        ("--lang", "de"): "--lang: 'de' kan niet; kies nl of en",
    }
    for args, message in cases.items():
        result = invoke("intake", *args, lines=[])
        assert result.exit_code == 2, args
        assert len(result.stderr.splitlines()) == 1 and message in result.stderr, args


def test_an_invalid_data_file_is_reported_with_its_location(tmp_path: Path) -> None:
    data = tmp_path / "d.yaml"
    data.write_text("name: X\nanswers:\n  fase: later\n  doell: marketing\n")
    result = invoke("intake", "--data", str(data), lines=[])
    assert result.exit_code == 2
    assert f"{data}:3: answers.fase: verwacht een van idee" in result.stderr
    assert f"{data}:4: answers.doell: onbekende vraag 'doell' (bedoel je 'doel'?)" in (
        result.stderr
    )
    assert "Traceback" not in result.stderr


def test_an_answers_file_under_a_file_is_refused_before_any_question(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    args = ["--name", "X", "--role", "deelnemer", "--answers-out", str(blocker / "a.yaml")]
    result = invoke("intake", *args, lines=["1"])
    assert result.exit_code == 2
    assert result.stderr == f"clusteradvies: {blocker}: is geen map\n"


def test_an_unwritable_answers_file_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", disk_full)
    target = tmp_path / "a.yaml"
    args = ["--name", "X", "--role", "deelnemer", "--answers-out", str(target)]
    result = invoke("intake", *args, lines=["1"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        f"clusteradvies: kan {target} niet schrijven: No space left on device"
    )
    assert not target.exists() and list(tmp_path.iterdir()) == []
