"""From a file or a stream to text: size, encoding and stray bytes, each one located problem.

YAML text is UTF-8 here (the intake writes it so, every editor can). A byte that is not
UTF-8, a NUL or a raw control character (an escape code pasted from a terminal) is reported
at its line and column, so that the user can find it; the parser itself would only say
"control characters are not allowed", without a line.
"""

from __future__ import annotations

import codecs
import errno
import re
from pathlib import Path
from typing import BinaryIO

from clusteradvies.errors import Problem
from clusteradvies.yamlsource.document import LIMITS, Limits

# What YAML 1.1 allows in a stream (its "printable" set); everything else is refused.
_NOT_PRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_WIDE_BOMS = {
    codecs.BOM_UTF32_LE: "UTF-32",
    codecs.BOM_UTF32_BE: "UTF-32",
    codecs.BOM_UTF16_LE: "UTF-16",
    codecs.BOM_UTF16_BE: "UTF-16",
}


def read_file(path: Path, name: str, limits: Limits = LIMITS) -> bytes | Problem:
    """The bytes of a file (a regular file or a pipe such as ``<(cat f)``), or why not."""
    try:
        with path.open("rb") as handle:
            return read_stream(handle, name, limits)
    except OSError as exc:
        return Problem(name, None, "", os_reason(exc, path))


def unreadable(path: Path) -> str | None:
    """Why ``path`` cannot be read as a YAML file, or None: the check before opening it.

    A pipe (``<(cat f)``) or a device is readable; a directory, a dangling symbolic link or a
    loop of them is not, and each is named as what it is rather than "no such file".
    """
    try:
        if path.is_dir():
            return "is a directory; expected a YAML file"
        path.stat()
    except OSError as exc:
        return os_reason(exc, path)
    return None


def os_reason(exc: OSError, path: Path) -> str:
    """The reason in an OSError, in the words the other messages use."""
    if isinstance(exc, IsADirectoryError):
        return "is a directory; expected a YAML file"
    if isinstance(exc, FileNotFoundError):
        return "a symbolic link to a missing file" if path.is_symlink() else "no such file"
    if exc.errno == errno.ELOOP:
        return "a symbolic link that loops (it leads back to itself)"
    reason = exc.strerror or str(exc)
    return reason[:1].lower() + reason[1:]


def read_stream(stream: BinaryIO, name: str, limits: Limits = LIMITS) -> bytes | Problem:
    """At most ``limits.max_bytes`` bytes of a stream; more is refused, not read."""
    data = stream.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:
        megabytes = limits.max_bytes // (1024 * 1024)
        return Problem(name, None, "", f"too large: more than {megabytes} MB of YAML")
    return data


def decode(data: bytes, name: str) -> str | Problem:
    """UTF-8 text without control characters, or the first offending byte, located."""
    for bom, encoding in _WIDE_BOMS.items():
        if data.startswith(bom):
            return Problem(name, 1, "", f"{encoding} text; save the file as UTF-8")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        start = exc.start
        line = data.count(b"\n", 0, start) + 1
        before = data[data.rfind(b"\n", 0, start) + 1 : start].decode("utf-8", "replace")
        message = f"not UTF-8 text: byte 0x{data[start]:02x}; save the file as UTF-8"
        return Problem(name, line, "", message, len(before) + 1)
    return check_characters(text, name)


def check_characters(text: str, name: str) -> str | Problem:
    """The text itself, or the first character YAML does not allow, located."""
    found = _NOT_PRINTABLE.search(text)
    if found is None:
        return text.removeprefix("\ufeff")  # a UTF-8 byte-order mark is harmless
    position = found.start()
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    code = ord(found.group())
    if code == 0:
        message = "a NUL byte: this looks like a binary file, not YAML text"
    else:
        message = f"control character U+{code:04X} is not allowed in YAML text"
    return Problem(name, line, "", message, column)
