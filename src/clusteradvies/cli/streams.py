"""When standard output or standard error cannot be written: one line, exit 1, no traceback.

``clusteradvies advise f.yaml > /dev/full`` (a full disk) fails on the first write or on the
last flush; ``… | head`` closes the pipe before everything is written. Click already ends a
closed pipe quietly with exit 1, as command-line tools do; this catches the rest, including
what is still buffered when the command returns, and points the failed stream at the null
device so that Python's own flush at exit does not print a traceback after our line.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Iterator

EXIT_CANNOT_WRITE = 1
_WRITE_ERRORS = frozenset(
    {errno.ENOSPC, errno.EPIPE, errno.EIO, errno.EFBIG, errno.EDQUOT, errno.ECONNRESET}
)


@contextlib.contextmanager
def guarded_streams() -> Iterator[None]:
    """Run a command; a failed write on stdout or stderr ends it in one line and exit 1."""
    try:
        try:
            yield
        finally:
            sys.stdout.flush()  # what is still buffered fails here, inside the guard
    except OSError as exc:
        if exc.filename is not None or exc.errno not in _WRITE_ERRORS:
            raise  # a file the command named: the command reports those itself
        _to_null(sys.stdout)
        if exc.errno != errno.EPIPE:  # a closed pipe is the reader's choice: stay quiet
            with contextlib.suppress(OSError):
                sys.stderr.write(f"clusteradvies: cannot write the output: {exc.strerror}\n")
                sys.stderr.flush()
        _to_null(sys.stderr)
        sys.exit(EXIT_CANNOT_WRITE)


def _to_null(stream: object) -> None:
    """Point a stream's descriptor at the null device, so later flushes succeed silently."""
    with contextlib.suppress(AttributeError, OSError, ValueError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, stream.fileno())  # type: ignore[attr-defined]
        os.close(null)
