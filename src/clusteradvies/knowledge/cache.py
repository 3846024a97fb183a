"""A cache of validated knowledge bases, so a command starts without re-reading all the YAML.

Reading and validating the ~400 KB of shipped YAML takes ~100 ms of every command's start;
unpickling the result takes ~15 ms. The cache key is a hash of everything the result depends
on — this package's version and model code, the Python version, how the directory is named in
messages, and every file's path and bytes — so an edited, added or removed file, or an upgrade,
simply misses.
Only knowledge without problems is cached. Any trouble with the cache (no home directory, a
read-only disk, a damaged file) falls back to loading, silently: the cache is an optimisation,
never a source of errors. ``CLUSTERADVIES_NO_CACHE=1`` turns it off. The files are pickles
written by this program for this user (mode 0600 in the user's own cache directory), like
other tools' caches; anyone who can write there can already run code as that user.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from clusteradvies import __version__
from clusteradvies.knowledge import base, conditions, models
from clusteradvies.knowledge.base import KnowledgeBase


def cache_directory() -> Path | None:
    if os.environ.get("CLUSTERADVIES_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "clusteradvies"


def cache_key(files: list[Path], root: Path, display: str) -> str:
    digest = hashlib.sha256()
    for part in (__version__, sys.version, display):
        digest.update(part.encode() + b"\0")
    # The pickled classes' own source: a changed model must not meet an old pickle, even
    # within one version (e.g. in a development checkout).
    for module in (base, conditions, models):
        digest.update(Path(str(module.__file__)).read_bytes())
    for path in files:
        digest.update(str(path.relative_to(root)).encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


KEEP = 8
"""Cached knowledge bases kept; older ones (from earlier edits or versions) are removed."""


def cached(
    files: list[Path], root: Path, display: str, load: Callable[[], KnowledgeBase | None]
) -> KnowledgeBase | None:
    """The knowledge base from the cache, or ``load()`` (stored when it is not None)."""
    directory = cache_directory()
    if directory is None:
        return load()
    try:
        path = directory / f"kb-{cache_key(files, root, display)}.pickle"
    except OSError:
        return load()
    kb = _read(path)
    if kb is not None:
        kb.root = root  # the package may have moved since; its content has not
        return kb
    kb = load()
    if kb is not None:
        kb.fingerprint = path.stem.removeprefix("kb-")
        _store(path, kb)
    return kb


def _read(path: Path) -> KnowledgeBase | None:
    try:
        with path.open("rb") as handle:
            kb = pickle.load(handle)
    except Exception:  # missing or damaged: load instead, never fail
        return None
    return kb if isinstance(kb, KnowledgeBase) else None


def _store(path: Path, kb: KnowledgeBase) -> None:
    temp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".kb-", suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(kb, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, path)
        temp = None
        older = sorted(path.parent.glob("kb-*.pickle"), key=lambda p: p.stat().st_mtime)
        for stale in older[:-KEEP]:
            stale.unlink(missing_ok=True)
    except Exception:  # a cache that cannot be written is just not used
        if temp is not None:
            Path(temp).unlink(missing_ok=True)
