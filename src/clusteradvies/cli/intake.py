"""``clusteradvies intake``: ask the questions in a terminal, then give the diagnosis.

The answers file is written after every answer, atomically, so it is a valid project file at
every moment: Ctrl-C, SIGTERM or end of input leave the answers so far and one line on how to
go on. Exit codes: 0 done (or ``stop`` typed); 1 end of input, or the file cannot be written;
2 a usage error (no terminal, an existing file without ``--force``, an invalid project file);
130 Ctrl-C or SIGTERM.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from clusteradvies.cli import common, intake_options, options, output
from clusteradvies.cli.intake_diagnosis import PreparedDiagnosis
from clusteradvies.cli.intake_files import AnswersFile, command_for, dated_path
from clusteradvies.cli.intake_options import Asking
from clusteradvies.cli.intake_stop import leave, resumed_line
from clusteradvies.cli.language import said
from clusteradvies.cli.typer_classes import Command
from clusteradvies.messages import t

if TYPE_CHECKING:
    from clusteradvies.intake.dialogue import Asker
    from clusteradvies.intake.session import IntakeSession
    from clusteradvies.knowledge.base import KnowledgeBase
    from clusteradvies.project.model import Project

EXIT_END_OF_INPUT, EXIT_INTERRUPTED = 1, 130


def intake(
    lang: str | None = options.LANG,
    answers_out: Path | None = intake_options.ANSWERS_OUT,
    resume: Path | None = intake_options.RESUME,
    data: Path | None = intake_options.DATA,
    force: bool = options.FORCE,
    name: str | None = intake_options.NAME,
    role: str | None = intake_options.ROLE,
    quick: bool = intake_options.QUICK,
    max_questions: int = intake_options.MAX_QUESTIONS,
    kb_dir: Path | None = options.KB,
    top: int = options.TOP,
) -> None:
    """The questionnaire in a terminal, then the diagnosis."""
    if resume is not None and (data is not None or answers_out is not None):
        common.fail_message(common.said("intake.resume_alone"))
    kb = common.load_kb(kb_dir)
    base = _load(resume or data, kb)
    language = common.check_lang(lang) if lang else (base.language if base else "nl")
    role_id = _role(role, kb) if role else None
    target = resume or answers_out or dated_path(language)
    if resume is None:  # refused before any question; checked again under the lock
        output.check_target(target, force, language, exists_key="intake.exists")
    answers_file = AnswersFile(target, kb, language)
    with answers_file.claimed(new=resume is None and not force):
        if resume is not None:  # again, now that no other intake can change it
            base = _load(resume, kb)
        role_id = role_id or (base.role if base else None)
        name = (name or "").strip() or (base.name if base else None)
        how = Asking(top, kb_dir, max_questions if quick else None)
        _run(answers_file, base, name, role_id, how, resume or data)


def _run(
    answers_file: AnswersFile,
    base: Project | None,
    name: str | None,
    role_id: str | None,
    how: Asking,
    source: Path | None,
) -> None:
    """The intake proper, while this session holds the answers file; ``source`` is the
    file of --resume or --data."""
    from clusteradvies.cli.terminal import stdin_is_terminal
    from clusteradvies.intake.session import IntakeSession

    language, kb = answers_file.language, answers_file.kb
    if not stdin_is_terminal():
        if base is None or name is None or role_id is None:
            common.fail_message(t("intake.no_terminal", language))
        session = IntakeSession(kb, role_id, base.answers, base.notes)
        missing = session.unanswered()
        if missing:
            ids = ", ".join(missing[:5]) + (", …" if len(missing) > 5 else "")
            option = "--resume" if source == answers_file.path else "--data"
            missing_line = t("intake.missing", language)
            common.fail_message(
                missing_line.format(file=source, n=len(missing), ids=ids, option=option)
            )
        _finish(answers_file, answers_file.write(session, name), how)
        return
    _converse(answers_file, base, name, role_id, how)


def _converse(
    answers_file: AnswersFile,
    base: Project | None,
    name: str | None,
    role_id: str | None,
    how: Asking,
) -> None:
    from clusteradvies.cli.terminal import TerminalAsker, sigterm_as_interrupt
    from clusteradvies.intake.dialogue import Stopped, ask_name, ask_role
    from clusteradvies.intake.quick import QuickSession
    from clusteradvies.intake.session import IntakeSession
    from clusteradvies.intake.view import notice

    lang, kb = answers_file.language, answers_file.kb
    asker = TerminalAsker(common.console(stderr=True))
    session: IntakeSession | None = None
    with sigterm_as_interrupt():
        try:
            asker.say(notice(t("intake.saving_to", lang).format(file=answers_file.path)))
            asker.say(notice(t("intake.words", lang), "dim"))
            if how.quick_cap is not None:
                asker.say(notice(t("intake.quick.start", lang).format(cap=how.quick_cap), "dim"))
            name = name or ask_name(asker, lang)
            role_id = role_id or ask_role(asker, kb, lang)
            answers, notes = (base.answers, base.notes) if base else (None, None)
            if how.quick_cap is None:
                session = IntakeSession(kb, role_id, answers, notes)
            else:
                session = QuickSession(kb, role_id, answers, notes, cap=how.quick_cap)
            prepared = PreparedDiagnosis(kb, lang, how.top)
            project = _ask_all(session, asker, answers_file, name, base is not None, prepared)
        except Stopped:
            leave(answers_file, session, name, "intake.stopped", 0, how)
        except KeyboardInterrupt:
            leave(answers_file, session, name, "intake.interrupted", EXIT_INTERRUPTED, how)
        except EOFError:
            leave(answers_file, session, name, "intake.input_ended", EXIT_END_OF_INPUT, how)
    _finish(answers_file, project, how, session, prepared)


def _ask_all(
    session: IntakeSession,
    asker: Asker,
    answers_file: AnswersFile,
    name: str,
    resuming: bool,
    prepared: PreparedDiagnosis,
) -> Project:
    """The conversation proper, saving from the first moment and after every answer; once
    every question is answered, the diagnosis is prepared while the summary is read."""
    from clusteradvies.intake.dialogue import Dialogue
    from clusteradvies.intake.view import notice

    lang = answers_file.language
    if resuming and session.answers:
        asker.say(notice(resumed_line(session, name, lang), "dim"))

    def save(name: str) -> Project:
        project = answers_file.write(session, name)
        if session.current is None:
            prepared.prepare(project)
        return project

    save(name)
    talk = Dialogue(session, asker, lang, save, name)
    talk.run()
    asker.say(notice(""))  # a blank line between the summary and the diagnosis
    return answers_file.write(session, talk.name)


def _finish(
    answers_file: AnswersFile,
    project: Project,
    how: Asking,
    session: IntakeSession | None = None,
    prepared: PreparedDiagnosis | None = None,
) -> None:
    """The diagnosis exactly as ``advise`` prints it for the saved file; after a quick scan,
    why it stopped and what it skipped."""
    kb, lang = answers_file.kb, answers_file.language
    prepared = prepared or PreparedDiagnosis(kb, lang, how.top)
    output.emit(prepared.text_for(project))
    command = command_for("advise", answers_file.path, how.kb_dir)
    sys.stderr.write(t("intake.done", lang).format(file=answers_file.path, command=command) + "\n")
    from clusteradvies.intake.quick import QuickSession

    if isinstance(session, QuickSession):
        resume = command_for("intake --resume", answers_file.path, how.kb_dir)
        skipped = session.skipped_line(resume, lang)
        if skipped is not None:
            sys.stderr.write(skipped + "\n")


def _load(path: Path | None, kb: KnowledgeBase) -> Project | None:
    from clusteradvies.project.model import load_project

    if path is None:
        return None
    common.check_readable(path)
    return common.run(lambda: load_project(path, kb))


def _role(text: str, kb: KnowledgeBase) -> str:
    """``--role``: a role id (deelnemer, coordinator, overheid, programma), or a label's start."""
    from clusteradvies.intake.session import role_question
    from clusteradvies.project.typed_answers import InvalidAnswer, parse_text

    value = parse_text(role_question(kb), text, "en")
    if isinstance(value, InvalidAnswer) or value == "weet_niet":
        common.fail_message(common.said("intake.role_invalid", value=text))
    return str(value)


def register(app: typer.Typer) -> None:
    app.command(
        "intake",
        cls=Command,
        help=said(
            "De vragenlijst in de terminal (10 à 20 minuten), daarna de diagnose. De antwoorden "
            "worden na elke vraag bewaard.",
            "The questionnaire in a terminal (10 to 20 minutes), then the diagnosis. The answers "
            "are saved after every question.",
        ),
        short_help=said(
            "De vragenlijst in de terminal, daarna de diagnose.",
            "The questionnaire in a terminal, then the diagnosis.",
        ),
    )(intake)
