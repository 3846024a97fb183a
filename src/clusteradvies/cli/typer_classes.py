"""The tool's own Typer group and command classes: what makes the command line speak the
user's language and follow the conventions a command-line user expects.

* ``--help`` (and ``-h``) in one language — ``--lang``, else the locale (``cli/language.py``)
  — with the headings, the usage line and Typer's own texts translated;
* a flag shows no ``<bool>``, an argument reads ``FILE...`` rather than ``{FILE}...``, a choice
  ``text|json`` rather than ``<text|json>``, an option's names one per line;
* a usage error is one line in that language, as every other error (``cli/usage_errors.py``);
* help piped into ``head`` ends with exit 0 when ``head`` stops reading: nothing went wrong.

Typer gives no hook for its parameter classes, so the help is prepared on the objects it made:
each parameter gets the subclass below (same fields, other display), each text its language.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from clusteradvies.cli import language

if TYPE_CHECKING:
    from rich.text import Text
    from typer.rich_utils import OptionHighlighter

USAGE = {"nl": "Gebruik: ", "en": "Usage: "}
OPTIONS = {"nl": "[OPTIES]", "en": "[OPTIONS]"}
SUBCOMMAND = {"nl": "COMMANDO [ARGUMENTEN]...", "en": "COMMAND [ARGS]..."}
RICH_WORDS = {
    "nl": {
        "ARGUMENTS_PANEL_TITLE": "Argumenten",
        "OPTIONS_PANEL_TITLE": "Opties",
        "COMMANDS_PANEL_TITLE": "Commando's",
        "DEFAULT_STRING": "[standaard: {}]",
        "REQUIRED_LONG_STRING": "[verplicht]",
        "ENVVAR_STRING": "[omgevingsvariabele: {}]",
        "DEPRECATED_STRING": "(verouderd) ",
    },
    "en": {
        "ARGUMENTS_PANEL_TITLE": "Arguments",
        "OPTIONS_PANEL_TITLE": "Options",
        "COMMANDS_PANEL_TITLE": "Commands",
        "DEFAULT_STRING": "[default: {}]",
        "REQUIRED_LONG_STRING": "[required]",
        "ENVVAR_STRING": "[env var: {}]",
        "DEPRECATED_STRING": "(deprecated) ",
    },
}
"""Typer's Rich help reads these module constants of ``typer.rich_utils`` as it writes."""


class Argument(TyperArgument):
    """An argument as the usage line and the help show it: ``FILE``, ``[KB_DIR]``, ``PATH...``."""

    def _usage_display_name(self) -> str:
        name = self.display_name_raw
        name = name if self.required else f"[{name}]"
        return name + ("..." if self.nargs != 1 else "")

    def display_type_rich(self, ctx: Any) -> str | None:
        return None  # the name says it (FILE, PATH); the help says what it holds


class Option(TyperOption):
    """An option as the help shows it: no type for a flag, choices without brackets, and a
    number's range in the help text where it matters rather than as ``[x>=0]``."""

    def display_type_rich(self, ctx: Any) -> str | None:
        if self.is_flag:
            return None
        shown = super().display_type_rich(ctx)
        return shown.removeprefix("<").removesuffix(">") if shown else shown

    def _get_number_range_help_str(self) -> str | None:
        return None


def localise(command: Any) -> None:
    """A command, its parameters and its subcommands, in the run's language and shown as above.

    Done once on the whole tree before parsing, so that errors name ``BESTAND`` or ``FILE`` as
    the help does; the help option, which Click makes later, when the help is written."""
    lang = language.current()
    for attribute in ("help", "short_help", "epilog"):
        text = getattr(command, attribute, None)
        if text:
            setattr(command, attribute, language.in_language(text, lang))
    command.options_metavar = OPTIONS[lang]
    if hasattr(command, "subcommand_metavar"):
        command.subcommand_metavar = SUBCOMMAND[lang]
    _localise_params(command.params)
    for sub in getattr(command, "commands", {}).values():
        localise(sub)


def _localise_params(params: list[Any]) -> None:
    lang = language.current()
    for param in params:
        if type(param) is TyperArgument:
            param.__class__ = Argument
        elif type(param) is TyperOption:
            param.__class__ = Option
        if param.help:
            param.help = language.in_language(param.help, lang)
        if param.metavar:
            param.metavar = language.in_language(param.metavar, lang)


def _rich_words() -> None:
    from typer import rich_utils

    for name, value in RICH_WORDS[language.current()].items():
        setattr(rich_utils, name, value)
    rich_utils.highlighter = _names_highlighter()


@functools.cache
def _names_highlighter() -> OptionHighlighter:
    """Typer's highlighter, except that an option's long names go one per line.

    Typer joins them into one word, ``--max-vragen,--max-questions``, and the names column
    takes its width, which leaves the help a third of 80 columns; one name per line keeps the
    column as narrow as the longest single name. Help texts and the usage line reach the
    highlighter as ``Text`` or without a leading ``--`` and pass unchanged. Made when help is
    written, as Rich is only loaded then."""
    from typer.rich_utils import OptionHighlighter

    class OneNamePerLine(OptionHighlighter):
        def __call__(self, text: str | Text) -> Text:
            if isinstance(text, str) and text.startswith("--"):  # the long names of an option
                text = text.replace(",--", ",\n--")
            return super().__call__(text)

    return OneNamePerLine()


@contextlib.contextmanager
def _reader_may_stop() -> Iterator[None]:
    """``clusteradvies --help | head``: when the reader has had enough, stop quietly, exit 0."""
    try:
        yield
    except BrokenPipeError:
        with contextlib.suppress(OSError):
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, sys.stdout.fileno())  # so that Python's own last flush succeeds
            os.close(null)
        raise SystemExit(0) from None
    except SystemExit as stop:
        # Rich's own answer to a closed pipe (Console.on_broken_pipe): stdout already points
        # at the null device, and it exits 1; writing help is all there was to do.
        if stop.code == 1:
            raise SystemExit(0) from None
        raise


class Command(TyperCommand):
    """Every command of the tool (``cls=`` in ``app.command``)."""

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        _localise_params(self.get_params(ctx))
        pieces = self.collect_usage_pieces(ctx)
        formatter.write_usage(ctx.command_path, " ".join(pieces), USAGE[language.current()])

    def format_help(self, ctx: Any, formatter: Any) -> None:
        _localise_params(self.get_params(ctx))
        _rich_words()
        with _reader_may_stop():
            super().format_help(ctx, formatter)


class Group(TyperGroup):
    """The tool itself and ``kb``: as ``Command``, and the tool's entry point (``main``)."""

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        _localise_params(self.get_params(ctx))
        pieces = self.collect_usage_pieces(ctx)
        formatter.write_usage(ctx.command_path, " ".join(pieces), USAGE[language.current()])

    def format_help(self, ctx: Any, formatter: Any) -> None:
        _localise_params(self.get_params(ctx))
        _rich_words()
        with _reader_may_stop():
            super().format_help(ctx, formatter)

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        """Run the tool: choose the language, then run as Typer does, except that a usage error
        is shown in that language and in one line (``cli/usage_errors.py``)."""
        from clusteradvies.cli import usage_errors

        arguments = list(sys.argv[1:] if args is None else args)
        language.set_current(language.from_command_line(arguments, os.environ))
        localise(self)
        try:
            code = super().main(
                arguments, prog_name, complete_var, False, windows_expand_args, **extra
            )
        except typer.TyperException as error:  # Click's usage errors derive from it
            if not standalone_mode or not hasattr(error, "format_message"):
                raise
            if type(error).__name__ != "NoArgsIsHelpError":  # that one showed the help already
                usage_errors.show(error, language.current())
            sys.exit(getattr(error, "exit_code", 2))
        except typer.Abort:
            if not standalone_mode:
                raise
            sys.stderr.write("\n")
            sys.exit(1)
        if standalone_mode:
            sys.exit(code if isinstance(code, int) else 0)
        return code
