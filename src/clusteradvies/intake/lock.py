"""One intake per answers file: an advisory lock, held from the start to the end of a session.

Two intakes writing one file would each overwrite the other's answers after every question,
and both would report success. So a session locks ``.NAME.lock`` beside the answers file
(not the file itself: every save replaces it by a rename, and a lock on the old file would
not stop anyone opening the new one) and writes its pid into it, so that a second intake is
refused with a line naming the first. The lock is the operating system's (``flock``), so it
ends with the process: a killed intake leaves no stale lock, only a stale file that the next
session takes over.

A new answers file is also created exclusively (``O_EXCL``) under the lock, so that a file
another program creates meanwhile is not overwritten; an empty file, left by an intake
killed before its first answer, is taken over. Temporary files of a save that was killed
halfway (``.NAME.*.tmp``, see ``write_atomically``) are removed at the next start.
"""

from __future__ import annotations

import contextlib
import glob
import os
import sys
from pathlib import Path


class InUse(Exception):
    """Another process holds the lock; ``pid`` is its process id where it could be read."""

    def __init__(self, pid: int | None) -> None:
        super().__init__(f"in use by process {pid}")
        self.pid = pid


class Exists(Exception):
    """A new answers file was asked for, and a file with content is there already."""


class SessionLock:
    """The lock of one answers file; ``acquire`` raises InUse, or OSError where the file
    system cannot lock (the caller then goes on without, and says so)."""

    def __init__(self, answers: Path) -> None:
        self.path = answers.with_name(f".{answers.name}.lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                if not _try_lock(fd):
                    raise InUse(_read_pid(fd))
                # The holder before us may have removed the file between our open and our
                # lock; a lock on a removed file protects nothing, so open the new one.
                if _same_file(fd, self.path):
                    os.ftruncate(fd, 0)
                    os.write(fd, f"{os.getpid()}\n".encode())
                    self._fd, fd = fd, -1
                    return
            finally:
                if fd >= 0:
                    os.close(fd)

    def release(self) -> None:
        """Remove the lock file and let go (in that order: see ``acquire``)."""
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        os.close(self._fd)  # closing the descriptor releases the lock
        self._fd = None


def create_new(path: Path) -> bool:
    """Create ``path`` exclusively; True if created, False if an empty file was taken over.
    Raises Exists when the file has content."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
    except FileExistsError:
        if path.is_file() and path.stat().st_size == 0:
            return False
        raise Exists(str(path)) from None
    return True


def remove_leftovers(answers: Path) -> list[Path]:
    """Remove the temporary files of an earlier save of ``answers`` that was killed halfway;
    only safe while holding its lock. Returns what was removed."""
    pattern = glob.escape(f".{answers.name}.") + "*.tmp"
    removed = []
    for leftover in answers.parent.glob(pattern):
        with contextlib.suppress(OSError):
            leftover.unlink()
            removed.append(leftover)
    return removed


if sys.platform == "win32":  # pragma: no cover - not exercised on the Linux CI
    import msvcrt

    def _try_lock(fd: int) -> bool:
        # Lock one byte far past the pid, so that a second intake can still read the pid.
        os.lseek(fd, 1 << 20, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


def _same_file(fd: int, path: Path) -> bool:
    try:
        on_disk = path.stat()
    except OSError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (on_disk.st_dev, on_disk.st_ino)


def _read_pid(fd: int) -> int | None:
    with contextlib.suppress(OSError, ValueError):
        os.lseek(fd, 0, os.SEEK_SET)
        return int(os.read(fd, 32).decode("ascii").strip())
    return None
