"""Where a command's output goes: standard output, or a file written whole.

One rule for every file a command writes (``report -o``, ``score -o``, the intake's answers):

* it is refused before any work when it names a directory, lies under a file, or exists and
  ``--force`` was not given — so a slip of the keyboard costs nothing;
* missing directories on its way are created only inside the current directory (``-o
  rapporten/mei/a.html``); elsewhere (``-o /nonexistent/a.html``, a typo in an absolute path)
  it is refused, rather than leaving new directories in unexpected places;
* its extension must not name another format than ``--format`` does (``-o a.csv --format
  json``): one of the two is a mistake, and guessing which would write the wrong thing;
* it is written atomically: a temporary file in the same directory, then ``os.replace``, so
  at every moment the file is either whole or as it was (also when writing fails);
* a new file gets the permissions any new file gets (``0666`` less the umask), an existing one
  keeps its own; only the intake's answers are private (``0600``): they describe one company;
* when it cannot be written, the command ends in one line naming the file (exit 2).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from enum import Enum
from pathlib import Path

from clusteradvies.cli import common
from clusteradvies.messages import t
from clusteradvies.render.formats import suffix_clash

STDOUT = "-"
"""``-o -`` means standard output, as it does for the input files."""
EXIT_CANNOT_WRITE = 2
NEW_FILE, PRIVATE_FILE = 0o666, 0o600
"""Modes asked for when the file is created; the umask takes its part of them."""


def file_target(output: Path | None) -> Path | None:
    """The file ``--output`` names, or None for standard output."""
    return None if output is None or str(output) == STDOUT else output


def check_target(path: Path, force: bool, lang: str, exists_key: str = "output.exists") -> None:
    """Exit 2 in one line, before any work, when ``path`` cannot or may not be written."""
    if path.is_dir():
        common.fail_message(t("output.is_directory", lang).format(file=path))
    existing = next((p for p in path.parents if p.exists()), None)
    if existing is not None and not existing.is_dir():
        common.fail_message(t("output.not_directory", lang).format(file=existing))
    if not path.parent.exists() and not _inside_current_directory(path.parent):
        common.fail_message(t("output.no_directory", lang).format(directory=path.parent))
    if path.exists() and not force:
        common.fail_message(t(exists_key, lang).format(file=path))


def check_format(path: Path | None, chosen: Enum | None, lang: str) -> None:
    """Exit 2 when ``-o``'s extension names another format than ``--format``."""
    if path is not None and chosen is not None and suffix_clash(path, chosen):
        message = t("output.format_clash", lang).format(file=path, format=chosen.value)
        common.fail_message(message)


def stdout_is_terminal() -> bool:
    """Whether standard output is a screen (where a binary file must not go); tests replace it."""
    return sys.stdout.isatty()


def _inside_current_directory(directory: Path) -> bool:
    here = Path.cwd().resolve()
    return directory.resolve().is_relative_to(here)


Output = str | bytes | Iterable[str]
"""A whole text, a whole binary file (XLSX), or a text in pieces (``score``'s JSON and CSV)."""


def emit(data: Output, target: Path | None = None, lang: str = "nl") -> None:
    """Write a rendered output on stdout (``target`` None) or into the file ``target``.

    An output in pieces is written piece by piece as they come — into the temporary file, for
    a file, which takes the name only once it is whole.
    """
    if target is None:
        if isinstance(data, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            for piece in _pieces(data):
                sys.stdout.write(piece)
            sys.stdout.flush()
        return
    write_file(target, data, lang)


def _pieces(data: str | Iterable[str]) -> Iterable[str]:
    return (data,) if isinstance(data, str) else data


def write_file(
    path: Path,
    data: Output,
    lang: str,
    *,
    private: bool = False,
    code: int = EXIT_CANNOT_WRITE,
) -> None:
    """``write_atomically``, or one line on stderr naming the file and why, and exit ``code``."""
    try:
        write_atomically(path, data, private=private)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        common.fail_message(t("output.cannot_write", lang).format(file=path, reason=reason), code)


def write_atomically(path: Path, data: Output, *, private: bool = False) -> None:
    """Write via a temporary file in the same directory and a rename, so the file is whole at
    every moment; any error leaves the old file, and no temporary file, behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    keep = None if private or not path.exists() else path.stat().st_mode & 0o777
    handle, temp = _create_temporary(path, PRIVATE_FILE if private else NEW_FILE)
    try:
        with os.fdopen(handle, "wb") as out:
            if isinstance(data, bytes):
                out.write(data)
            else:
                for piece in _pieces(data):
                    out.write(piece.encode("utf-8"))
            out.flush()
            os.fsync(out.fileno())
        if keep is not None:
            os.chmod(temp, keep)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _create_temporary(path: Path, mode: int) -> tuple[int, Path]:
    # Created like any new file (O_CREAT with `mode`, less the umask), unlike mkstemp's 0600,
    # so the renamed file has the permissions the user expects without reading the umask.
    while True:
        temp = path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp")
        try:
            return os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode), temp
        except FileExistsError:
            continue
