"""Where a command's output goes: standard output, or a file written whole.

One rule for every file a command writes (``report -o``, ``score -o``, the intake's answers):

* it is refused before any work when it names a directory, lies under a file, or exists and
  ``--force`` was not given — so a slip of the keyboard costs nothing;
* it is written atomically: a temporary file in the same directory, then ``os.replace``, so
  at every moment the file is either whole or as it was (also when writing fails);
* a new file gets the permissions any new file gets (``0666`` less the umask), an existing one
  keeps its own; only the intake's answers are private (``0600``): they describe one company;
* when it cannot be written, the command ends in one line naming the file (exit 2).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from clusteradvies.cli import common
from clusteradvies.messages import t

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
        common.fail_message(f"{path}: is a directory")
    blocking = next((p for p in path.parents if p.exists()), None)
    if blocking is not None and not blocking.is_dir():
        common.fail_message(f"{blocking}: is not a directory")
    if path.exists() and not force:
        common.fail_message(t(exists_key, lang).format(file=path))


def emit(text: str, target: Path | None = None, lang: str = "nl") -> None:
    """Write a rendered output on stdout (``target`` None) or into the file ``target``."""
    if target is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    write_file(target, text, lang)


def write_file(
    path: Path, text: str, lang: str, *, private: bool = False, code: int = EXIT_CANNOT_WRITE
) -> None:
    """``write_atomically``, or one line on stderr naming the file and why, and exit ``code``."""
    try:
        write_atomically(path, text, private=private)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        common.fail_message(t("output.cannot_write", lang).format(file=path, reason=reason), code)


def write_atomically(path: Path, text: str, *, private: bool = False) -> None:
    """Write via a temporary file in the same directory and a rename, so the file is whole at
    every moment; any error leaves the old file, and no temporary file, behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    keep = None if private or not path.exists() else path.stat().st_mode & 0o777
    handle, temp = _create_temporary(path, PRIVATE_FILE if private else NEW_FILE)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
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
