"""Scoring many files: serially with one engine, or in a pool of worker processes.

Every worker holds one Scorer, and so one built experta engine, for all the files it scores.
On Linux the workers are forked from the process that already built it, so starting one costs
milliseconds; elsewhere (spawn) each worker imports and loads the knowledge and the engine in
its initializer — the engine from the cache the parent filled (``engine/cache.py``), not
built again. Below ``POOL_MIN_FILES`` files a serial run is faster than starting a pool.
Results are plain values computed by the same code either way, yielded in input order as they
are ready, so a parallel run equals a serial one.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path

from clusteradvies.errors import Problem
from clusteradvies.score.batch import Scorer, ScoreResult, Unscored
from clusteradvies.score.lifetime import die_with_parent, terminate

POOL_MIN_FILES = 16
"""From this many files on, forked workers are used when more than one job is allowed.

Measured with ``benchmarks/bench.py --sweep`` on 2 cores: forking a worker that inherits the
compiled engine costs a few milliseconds, a file about 25 ms, so two workers already win at
8–16 files.
"""
POOL_MIN_FILES_SPAWNED = 128
"""The same where workers are spawned (macOS, Windows): each then spends a good part of a
second importing and loading the knowledge and its engine, repaid only from ~100 files on."""
SWEEP_EVERY = 100
"""Results between two passes over the collector's youngest objects while it is paused."""


def default_jobs() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def score_all(
    items: Sequence[Path | Unscored],
    scorer: Scorer,
    *,
    jobs: int = 1,
    kb_dir: Path | None = None,
    on_result: Callable[[ScoreResult], None] | None = None,
    pool_min: int | None = None,
) -> list[ScoreResult]:
    """Every result of ``score_each``, in a list."""
    return list(
        score_each(items, scorer, jobs=jobs, kb_dir=kb_dir, on_result=on_result, pool_min=pool_min)
    )


def score_each(
    items: Sequence[Path | Unscored],
    scorer: Scorer,
    *,
    jobs: int = 1,
    kb_dir: Path | None = None,
    on_result: Callable[[ScoreResult], None] | None = None,
    pool_min: int | None = None,
) -> Iterator[ScoreResult]:
    """Score every collected item and yield its result as soon as it and all before it are
    ready, in input order; a pool of ``jobs`` processes when it pays.

    ``kb_dir`` is the knowledge directory the scorer's knowledge came from (None: the shipped
    one); workers that cannot inherit the scorer load it from there. ``pool_min`` is the
    smallest number of files worth a pool (by default ``POOL_MIN_FILES`` for forked workers,
    ``POOL_MIN_FILES_SPAWNED`` for spawned ones; 0 forces a pool).
    """
    paths = [item for item in items if isinstance(item, Path)]
    workers = min(jobs, len(paths), default_jobs())  # more would only wait for a core
    if pool_min is None:
        forked = _start_method() == "fork"
        pool_min = POOL_MIN_FILES if forked else POOL_MIN_FILES_SPAWNED
    with gc_paused():
        if workers > 1 and len(paths) >= pool_min:
            scored = _score_in_pool(paths, scorer, workers, kb_dir)
        else:
            scored = (scorer.score(path) for path in paths)
        try:
            for count, item in enumerate(items, 1):
                result = item if isinstance(item, Unscored) else next(scored)
                if on_result is not None:
                    on_result(result)
                yield result
                if count % SWEEP_EVERY == 0 and not gc.isenabled():
                    # What consumes the results may leave cycles: json's indented encoder
                    # leaves 33 objects per result, which grew a 5,000-file batch by 14 MiB.
                    # The youngest generation holds little more than them.
                    gc.collect(0)
        finally:
            if isinstance(scored, Generator):
                scored.close()  # stops the pool at once when the batch is abandoned


@contextmanager
def gc_paused() -> Iterator[None]:
    """No garbage collection while a batch runs: scoring a file leaves no cycles behind
    (measured: none in 200 files), but the collector would still walk the knowledge and the
    engine's network again and again. They are frozen out of its sight (also in forked
    workers, whose pages it would otherwise copy), and it runs again when the batch ends;
    meanwhile ``score_each`` sweeps the youngest objects every ``SWEEP_EVERY`` results."""
    if not gc.isenabled():  # already paused (a worker, or a batch inside a batch)
        yield
        return
    gc.collect()
    gc.freeze()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.unfreeze()


_worker_scorer: Scorer | None = None
"""The scorer of this worker process; set in the parent just while the pool forks."""


def _start_worker(parent: int, kb_dir: Path | None, top: int) -> None:
    # Ctrl-C reaches the whole process group: the parent stops the pool, workers stay quiet.
    # SIGTERM (from the parent stopping the pool) ends a worker at once, without a traceback
    # from the handler it inherited by the fork.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent(parent)
    global _worker_scorer
    if _worker_scorer is None:  # spawned, not forked: build this worker's engine once
        from clusteradvies.knowledge.loader import load_knowledge

        _worker_scorer = Scorer(load_knowledge(kb_dir), top)


def _score_in_worker(path: Path) -> ScoreResult:
    assert _worker_scorer is not None, "pool worker started without its initializer"
    return _worker_scorer.score(path)


def _start_method() -> str | None:
    """Fork where it is safe and the default (Linux); elsewhere the platform's default."""
    return "fork" if sys.platform.startswith("linux") else None


def _score_in_pool(
    paths: list[Path], scorer: Scorer, workers: int, kb_dir: Path | None
) -> Generator[ScoreResult, None, None]:
    global _worker_scorer
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context(_start_method()),
        initializer=_start_worker,
        initargs=(os.getpid(), kb_dir, scorer.top),
    )
    # Small chunks keep every worker busy to the end and the progress bar moving.
    chunksize = max(1, min(16, len(paths) // (workers * 8)))
    done = 0
    try:
        # The workers start (fork) at the first submission, inside map(); they inherit the
        # scorer with its compiled engine.
        _worker_scorer = scorer
        try:
            scored = pool.map(_score_in_worker, paths, chunksize=chunksize)
        finally:
            _worker_scorer = None
        for result in scored:
            done += 1
            yield result
    except BrokenProcessPool:
        # A worker was killed (the out-of-memory killer, a crash in a library): the files
        # scored so far stand, the rest are reported as not scored, and the batch goes on.
        terminate(pool)
        for path in paths[done:]:
            yield _not_scored(path)
        return
    except BaseException:  # Ctrl-C, SIGTERM, or the batch abandoned: do not wait for the rest
        terminate(pool)
        raise
    pool.shutdown()


def _not_scored(path: Path) -> Unscored:
    message = "not scored: a worker process stopped unexpectedly (out of memory?); try --jobs 1"
    return Unscored(str(path), (Problem(str(path), None, "", message),))
