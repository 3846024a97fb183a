"""What the adviser at a laptop sees, at 80 columns: the real program's text output for
``advise``, ``combine``, ``compare``, ``score`` and ``kb list`` breaks no word or path in the
middle, and a numbered item's wrapped lines stay indented under it.

A word broken by the layout ("Voorbereidin g", "examples/di gikring…") leaves pieces that
appear nowhere in what was rendered; so every word on the screen must be a word of the texts
behind it — the same command's JSON output, the knowledge, the tool's own messages — or a
number.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from functools import cache
from typing import Any

import pytest

from clusteradvies.knowledge.loader import load_knowledge
from clusteradvies.knowledge.models import KINDS
from clusteradvies.messages import MESSAGES
from tests.conftest import EXAMPLES, ROOT

PARTNERS = sorted(str(p.relative_to(ROOT)) for p in (EXAMPLES / "partners").glob("*.yaml"))
PROGRESS = [f"examples/progress/dorpsstraat-{s}.yaml" for s in ("start", "6-maanden")]
SCREENS = {
    "advise portnet": (["advise", "examples/portnet.yaml", "--what-if", "--explain"], "json"),
    "advise trek en": (["advise", "examples/trek.yaml", "--lang", "en", "--top", "8"], "json"),
    "advise gemeente": (["advise", "examples/gemeente-regeling.yaml", "--top", "0"], "json"),
    "combine": (["combine", *PARTNERS, "--top", "8"], "json"),
    "compare": (["compare", *PROGRESS], "json"),
    "score": (["score", "examples", "--jobs", "1"], "json"),
    "kb list": (["kb", "list"], "json"),
}
"""Each screen, and the format of the same command that holds every text it shows."""

BOX = re.compile(r"[│┃┏┓┗┛┣┫┳┻╋━─┡┩╇┼├┤┬┴└┘┌┐╭╮╰╯]")
EDGES = "()[]{}.,;:!?'\"“”‘’«»…•–—-→⇒★✓✎▲=+*#|"
NUMBER = re.compile(r"^[~+\-×]?\d+([–\-/.,]\d+)*%?(/100)?$")


def run(args: list[str]) -> str:
    env = {**os.environ, "COLUMNS": "80", "NO_COLOR": "1", "LANG": "C.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-m", "clusteradvies", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    return result.stdout


def strings(data: Any) -> Iterator[str]:
    """Every string in a JSON document, keys included."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield key
            yield from strings(value)
    elif isinstance(data, list):
        for item in data:
            yield from strings(item)


def words(text: str) -> Iterator[str]:
    for token in BOX.sub(" ", text).split():
        token = token.strip(EDGES)
        if token:
            yield token
            # "(antwoorden: x → y)" and "naam/rol" are words run together by punctuation.
            yield from (part.strip(EDGES) for part in re.split(r"[/:;,()→=|]", token))


@cache
def known_words() -> frozenset[str]:
    """The words of everything the tool may put on a screen (case aside: a capital at the
    start of a cell breaks nothing)."""
    kb = load_knowledge()
    texts = [
        t
        for kind in KINDS
        for entry in getattr(kb, kind).values()
        for t in strings(entry.model_dump(mode="json"))
    ]
    texts += [text for pair in MESSAGES.values() for text in pair]
    texts += [str(p.relative_to(ROOT)) for p in EXAMPLES.rglob("*.yaml")]
    return frozenset(w.casefold() for text in texts for w in words(re.sub(r"\{\w+\}", " ", text)))


def test_a_word_broken_in_the_middle_is_found() -> None:
    broken = "│ Voorbereidin │\n│ g            │\nexamples/di\ngikring-het-gooi.yaml"
    assert unknown(broken, known_words()) == [
        "Voorbereidin",
        "g",
        "examples/di",
        "gikring-het-gooi.yaml",
    ]


def unknown(screen: str, known: frozenset[str]) -> list[str]:
    found = []
    for token in BOX.sub(" ", screen).split():
        word = token.strip(EDGES)
        if not word or NUMBER.match(word) or word.casefold() in known:
            continue
        parts = [p.strip(EDGES) for p in re.split(r"[/:;,()→=|]", word)]
        if "/" not in word and all(
            not p or NUMBER.match(p) or p.casefold() in known for p in parts
        ):
            continue
        found.append(word)
    return found


def numbered_items_keep_their_indent(screen: str) -> list[str]:
    """Lines that wrapped out of a numbered item (``12. …``) back towards the left edge."""
    wrong, indent = [], None
    for line in screen.splitlines():
        start = re.match(r"^( *)(\d+\. )", line)
        if start:
            indent = len(start.group(1)) + len(start.group(2))
        elif not line.strip():
            indent = None
        elif indent is not None and len(line) - len(line.lstrip(" ")) < indent:
            wrong.append(line)
    return wrong


def test_a_line_wrapped_back_to_the_left_edge_is_found() -> None:
    screen = "1. Een advies dat niet\npaste\n   Waarom: omdat\n\nProfiel\n10. x\n    y\n"
    assert numbered_items_keep_their_indent(screen) == ["paste"]


HELP = [
    [],
    *([c] for c in ("intake", "advise", "report", "combine", "compare", "score", "check")),
    ["kb", "list"],
]


@pytest.mark.parametrize("args", HELP, ids=lambda a: " ".join(a) or "clusteradvies")
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_help_at_80_columns_breaks_no_word(args: list[str], lang: str) -> None:
    from clusteradvies.cli.app import _register
    from clusteradvies.cli.language import _DUTCH, _ENGLISH
    from clusteradvies.cli.typer_classes import OPTIONS, RICH_WORDS, SUBCOMMAND, USAGE

    _register()  # the help texts are known once the commands are

    screen = run(["--lang", lang, *args, "--help"])
    assert max(len(line) for line in screen.splitlines()) <= 80
    # Options (--what-if, -h) and metavars (BESTAND, X) are names, not words of a text.
    screen = re.sub(r"(?<!\S)-\S+|(?<!\S)[A-Z_]{1,12}(\.\.\.)?(?!\S)", " ", screen)
    texts = [*_ENGLISH, *_ENGLISH.values(), *_DUTCH, *_DUTCH.values()]
    texts += [*USAGE.values(), *OPTIONS.values(), *SUBCOMMAND.values()]
    texts += [w for words_of in RICH_WORDS.values() for w in words_of.values()]
    texts += ["python -m clusteradvies", "intake advise report combine compare score check"]
    texts += ["schema kb"]
    known = known_words() | {w.casefold() for text in texts for w in words(text)}
    assert unknown(screen, known) == []


@pytest.mark.parametrize("name", SCREENS)
def test_at_80_columns_no_word_breaks_and_items_keep_their_indent(name: str) -> None:
    args, fmt = SCREENS[name]
    screen = run(args)
    assert max(len(line) for line in screen.splitlines()) <= 80
    texts = strings(json.loads(run([*args, "--format", fmt])))
    known = known_words() | {w.casefold() for text in texts for w in words(text)}
    assert unknown(screen, known) == []
    assert numbered_items_keep_their_indent(screen) == []
    if name.startswith(("advise", "combine")):
        assert re.search(r"^ *1\. ", screen, re.MULTILINE)  # there are numbered items to check
