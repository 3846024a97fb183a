"""The report's own text, for comparing the knowledge with it word by word (KB016).

The report is not part of the tool: it lies beside the repository, as CI lays it out
(``../shared/seed/*.txt`` next to the clone), or wherever ``CLUSTERADVIES_REPORT`` points (a
``.txt`` file, or a directory whose ``.txt`` files together are the report). Texts are compared
as runs of words: case, accents, punctuation, spacing and the report's line-end hyphenation are
normalised away, so only the words and their order count.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ENVIRONMENT = "CLUSTERADVIES_REPORT"
"""Names the report's text file (or a directory of them) and overrides the default place."""

BESIDE_REPOSITORY = Path("..", "shared", "seed")
"""Where the report lies by default, relative to the directory that holds the knowledge."""

_LINE_BREAK_HYPHEN = re.compile(r"-[^\S\n]*\n\s*")
"""A hyphen at a line end: the report's layout split a word (``samen-⏎werking``), or a
compound happened to break at its hyphen (``ICT-⏎toepassing``)."""
_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")
"""An apostrophe inside a word (``programma's``) is part of it."""
_WORD = re.compile(r"\w+")
"""Anything else separates words, the hyphen of a compound (``ICT-toepassing``) included."""


def words(text: str, *, join_line_ends: bool = False) -> list[str]:
    """The text's words, case-folded, without accents, apostrophes or punctuation.

    ``join_line_ends`` reads a hyphen at a line end as a split word (``samen-⏎werking`` is one
    word); otherwise it separates, like every other hyphen.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    if join_line_ends:
        plain = _LINE_BREAK_HYPHEN.sub("", plain)
    return _WORD.findall(_APOSTROPHE.sub("", plain))


def shingles(report: str, size: int) -> set[tuple[str, ...]]:
    """Every run of ``size`` consecutive words in the report, reading each hyphen at a line end
    both ways (a split word or a compound), since only a dictionary could tell which it is."""
    runs: set[tuple[str, ...]] = set()
    for join in (True, False):
        found = words(report, join_line_ends=join)
        runs.update(tuple(found[i : i + size]) for i in range(len(found) - size + 1))
    return runs


@dataclass(frozen=True)
class Run:
    """A run of consecutive words a text shares with the report."""

    words: tuple[str, ...]


def shared_runs(text: str, report: set[tuple[str, ...]], size: int) -> Iterator[Run]:
    """The longest runs of at least ``size`` words that ``text`` shares with the report, in
    order; ``report`` holds the report's runs of exactly ``size`` words (see ``shingles``)."""
    found = words(text)
    i = 0
    while i <= len(found) - size:
        if tuple(found[i : i + size]) not in report:
            i += 1
            continue
        end = i + size  # extend while the next window still occurs in the report
        while end < len(found) and tuple(found[end - size + 1 : end + 1]) in report:
            end += 1
        yield Run(tuple(found[i:end]))
        i = end


@dataclass(frozen=True)
class ReportText:
    """The report as found: its text and the files it came from."""

    text: str
    files: tuple[Path, ...]


def find_report(knowledge_root: Path | None) -> ReportText | str:
    """The report's text, or why it could not be found (a sentence to show the user)."""
    named = os.environ.get(ENVIRONMENT, "").strip()
    if named:
        place = Path(named).expanduser()
        where = f"{ENVIRONMENT}={named}"
    elif knowledge_root is not None:
        place = knowledge_root.resolve().parent / BESIDE_REPOSITORY
        where = str(place.resolve())
    else:
        return f"no knowledge directory to look beside; set {ENVIRONMENT}"
    if place.is_file():
        files = [place]
    elif place.is_dir():
        files = sorted(p for p in place.glob("*.txt") if p.is_file())
    else:
        files = []
    if not files:
        return f"the report's text was not found ({where}: no .txt file); set {ENVIRONMENT}"
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    return ReportText("\n".join(texts), tuple(files))
