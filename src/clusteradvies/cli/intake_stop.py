"""Stopping an intake and going on with it later: what is saved and said when the respondent
types ``stop``, presses Ctrl-C, sends SIGTERM or ends the input, and the line that greets an
intake resumed with ``--resume``."""

from __future__ import annotations

import contextlib
import sys
from typing import TYPE_CHECKING, NoReturn

import typer

from clusteradvies.cli import intake_options
from clusteradvies.cli.intake_files import AnswersFile, command_for
from clusteradvies.cli.intake_options import Asking
from clusteradvies.messages import t

if TYPE_CHECKING:
    from clusteradvies.intake.session import IntakeSession


def leave(
    answers_file: AnswersFile,
    session: IntakeSession | None,
    name: str | None,
    said_key: str,
    code: int,
    how: Asking,
) -> NoReturn:
    """Save what there is and say, in one line, how to go on."""
    from clusteradvies.intake.view import answers_count

    lang = answers_file.language
    ended = t(said_key, lang)
    if session is None or name is None:
        sys.stderr.write("\n" + t("intake.nothing_saved", lang).format(how=ended) + "\n")
        raise typer.Exit(code)
    # Usually saved already; if this save fails, the file holds the answers of the last one.
    with contextlib.suppress(KeyboardInterrupt, typer.Exit):
        answers_file.write(session, name)
    command = command_for(_resume_command(how), answers_file.path, how.kb_dir)
    count = answers_count(len(session.given()), lang)
    line = t("intake.resume", lang).format(how=ended, count=count, command=command)
    sys.stderr.write("\n" + line + "\n")
    raise typer.Exit(code)


def _resume_command(how: Asking) -> str:
    """How to go on after stopping: a quick scan goes on as one, with its own cap."""
    if how.quick_cap is None:
        return "intake --resume"
    cap = "" if how.quick_cap == intake_options.QUICK_CAP else f" --max-vragen {how.quick_cap}"
    return f"intake --snel{cap} --resume"


def resumed_line(session: IntakeSession, name: str, lang: str) -> str:
    """The line that greets a resumed intake: how many answers it has, how many are to come."""
    from clusteradvies.intake.view import answers_count
    from clusteradvies.printable import printable

    count = answers_count(len(session.given()), lang)
    left = len(session.unanswered())
    if not left:
        return t("intake.resuming_complete", lang).format(name=printable(name), count=count)
    about = "" if session.progress().exact else "~"
    left_text = f"{about}{left}"
    return t("intake.resuming", lang).format(name=printable(name), count=count, left=left_text)
