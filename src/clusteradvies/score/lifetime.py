"""Worker processes that live no longer than the ``score`` that started them.

A forked worker inherits the write end of its own task pipe, so when its parent is killed
(``kill -9``, the out-of-memory killer) it never reads end-of-file and waits forever. So each
worker asks the kernel to kill it when its parent dies (Linux: ``prctl(PR_SET_PDEATHSIG)``);
where that is not available it watches its parent's pid from a thread (other POSIX systems,
where an orphan is adopted by another process). Windows workers are spawned, not forked:
they hold no copy of the pipe and stop when the parent's end closes.

The parent, stopped by Ctrl-C (or SIGTERM, which the command turns into Ctrl-C), does not
wait for the batch: it cancels what is queued and terminates its workers before leaving.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor

PR_SET_PDEATHSIG = 1
"""From ``<linux/prctl.h>``."""
WATCH_INTERVAL = 0.5
"""Seconds between two looks at the parent's pid, where the kernel cannot be asked."""


def die_with_parent(parent: int) -> None:
    """In a worker: make sure it ends when ``parent`` (the pid that started it) ends."""
    if sys.platform.startswith("linux") and _ask_kernel():
        if os.getppid() != parent:  # the parent died before the request took effect
            os._exit(1)
        return
    if os.name == "posix":
        threading.Thread(target=_watch, args=(parent,), daemon=True, name="watch-parent").start()


def _ask_kernel() -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)) == 0
    except (OSError, AttributeError):  # no libc with prctl (e.g. a static build): watch
        return False


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(WATCH_INTERVAL)
    os._exit(1)


def terminate(pool: ProcessPoolExecutor) -> None:
    """Stop a pool now: cancel the queued work and end the workers, busy or not."""
    # The executor offers no public way to reach its processes before Python 3.14
    # (terminate_workers); without it, shutdown(wait=False) lets each finish its chunk.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):  # already gone
            process.terminate()
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(timeout=2)
            if process.is_alive():
                process.kill()
    # Let the executor's own thread see its workers gone and close its pipes; leaving it
    # running races with the executor's exit hook, which then prints a traceback.
    if isinstance(manager, threading.Thread):
        manager.join(timeout=5)
