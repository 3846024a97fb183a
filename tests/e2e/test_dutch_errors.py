"""Dutch throughout: with ``--lang nl`` every command's error paths speak Dutch — the tool's own
messages, Click's usage errors, the located problems of a project file — even on a machine
whose locale is English (``--lang`` wins).

An English message is recognised by English words that Dutch does not use; what the user typed
(quoted), paths, options and ids are left out, since they are what they are in any language.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from clusteradvies.cli.app import _register, app
from tests.conftest import EXAMPLES

_register()
PORTNET = str(EXAMPLES / "portnet.yaml")
TREK = str(EXAMPLES / "trek.yaml")
PARTNERS = [str(p) for p in sorted((EXAMPLES / "partners").glob("*.yaml"))]

ENGLISH = frozenset(
    [
        "the",
        "such",
        "file",
        "files",
        "expected",
        "got",
        "unknown",
        "invalid",
        "missing",
        "usage",
        "error",
        "option",
        "directory",
        "try",
        "must",
        "should",
        "value",
        "cannot",
        "already",
        "exists",
        "given",
        "twice",
        "needs",
        "input",
        "line",
        "key",
        "question",
        "required",
        "found",
        "not",
        "and",
        "did",
        "you",
        "mean",
        "see",
        "more",
        "than",
        "equal",
        "greater",
        "less",
        "valid",
        "number",
        "integer",
        "string",
        "does",
        "exist",
        "command",
        "no",
        "yes",
        "answers",
        "one",
        "only",
        "name",
        "overwrite",
        "write",
        "with",
        "or",
        "are",
        "run",
    ]
)
"""Words of the tool's and Click's English messages that a Dutch message never holds."""

BAD_PROJECT = (
    "format: 1\nnaam: x\nrole: deelnemr\nanswers:\n  fase: later\n  vertrouwn: hoog\n"
    "  aantal_bedrijven: 5000\n  ervaring: misschien\n  partners: [x]\n"
)


def english_words(text: str) -> list[str]:
    # A located problem's place (file:line: key.path:) is the user's file and its keys.
    text = re.sub(r"^\S+?:\d+(?::\d+)?: (?:[\w.\[\]]+: )?", "", text, flags=re.MULTILINE)
    text = re.sub(r"'[^']*'|\"[^\"]*\"", " ", text)  # quoted: typed by the user, or ids
    found = []
    for token in text.split():
        word = token.strip("()[]{}.,;:!?…")
        if "/" in word or "." in word or "_" in word or word.startswith("-") or "=" in word:
            continue  # a path, an option, an id
        if word.lower() in ENGLISH:
            found.append(word)
    return found


def test_english_is_recognised() -> None:
    assert english_words("clusteradvies: nope.yaml: no such file") == ["no", "such", "file"]
    assert english_words("clusteradvies: nope.yaml: dit bestand bestaat niet") == []


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    bad = tmp_path / "fout.yaml"
    bad.write_text(BAD_PROJECT, encoding="utf-8")
    broken = tmp_path / "kapot.yaml"
    broken.write_text("name: [x\n", encoding="utf-8")
    listed = tmp_path / "lijst.yaml"
    listed.write_text("- 1\n", encoding="utf-8")
    existing = tmp_path / "er-al.html"
    existing.write_text("mijn werk", encoding="utf-8")
    blocker = tmp_path / "blok"
    blocker.write_text("", encoding="utf-8")
    empty = tmp_path / "leeg"
    empty.mkdir()
    return {
        "bad": str(bad),
        "broken": str(broken),
        "listed": str(listed),
        "existing": str(existing),
        "under_file": str(blocker / "x.html"),
        "empty": str(empty),
        "missing": str(tmp_path / "weg.yaml"),
        "dir": str(tmp_path),
    }


def error_paths(f: dict[str, str]) -> list[list[str]]:
    """Every command's ways to go wrong, each with --lang nl where the command takes it."""
    nl = ["--lang", "nl"]
    return [
        ["advies", *nl],
        ["--lang", "nl", "advice"],
        ["advise", *nl],
        ["advise", f["missing"], *nl],
        ["advise", f["dir"], *nl],
        ["advise", f["bad"], *nl],
        ["advise", f["broken"], *nl],
        ["advise", f["listed"], *nl],
        ["advise", PORTNET, *nl, "--top", "-1"],
        ["advise", PORTNET, *nl, "--top", "veel"],
        ["advise", PORTNET, *nl, "--format", "pdf"],
        ["advise", PORTNET, *nl, "--lnag", "nl"],
        ["advise", PORTNET, PORTNET, *nl],
        ["advise", PORTNET, *nl, "--kb", f["empty"]],
        ["advise", PORTNET, *nl, "--kb", f["missing"]],
        ["report", PORTNET, *nl, "-o", f["existing"]],
        ["report", PORTNET, *nl, "-o", f["dir"]],
        ["report", PORTNET, *nl, "-o", f["under_file"]],
        ["report", PORTNET, *nl, "-o", "/nonexistent/x.html"],
        ["report", PORTNET, *nl, "-o", "x.md", "--format", "html"],
        ["report", f["bad"], *nl],
        ["report", PARTNERS[0], PARTNERS[0], *nl],
        ["combine", PARTNERS[0], *nl],
        ["combine", PARTNERS[0], "-", *nl],
        ["combine", PARTNERS[0], f["missing"], f["bad"], *nl],
        ["combine", PARTNERS[0], f["dir"], *nl],
        ["compare", PORTNET, *nl],
        ["compare", f["missing"], f["bad"], *nl],
        ["compare", PORTNET, TREK, *nl],  # two different projects: a warning
        ["score", f["empty"], *nl],
        ["score", f["dir"], *nl, "--jobs", "1"],
        ["score", PORTNET, *nl, "--fail-under", "101"],
        ["score", PORTNET, *nl, "--fail-under", "veel"],
        ["score", PORTNET, *nl, "-o", "s.csv", "--format", "json"],
        ["score", PORTNET, *nl, "-o", f["existing"]],
        ["score", f["missing"], *nl, "--jobs", "1"],
        ["--lang", "nl", "check", "--select", "KB099"],
        ["--lang", "nl", "check", "--explain", "KB99"],
        ["--lang", "nl", "check", f["empty"], "--kb", f["empty"]],
        ["--lang", "nl", "check", f["missing"]],
        ["--lang", "nl", "check", "--select", "KB016"],  # skipped: the report is elsewhere
        ["--lang", "nl", "schema", "--kb", f["missing"]],
        ["kb", "list", *nl, "--kind", "regelz"],
        ["kb", "show", "vertrouwn", *nl],
        ["kb", "shwo", *nl],
        ["intake", *nl, "--role", "baas"],
        ["intake", *nl, "--resume", f["missing"]],
        ["intake", *nl, "--resume", PORTNET, "--data", PORTNET],
        ["intake", *nl, "--data", f["bad"]],
        ["intake", *nl, "--answers-out", f["dir"]],
        ["intake", *nl, "--answers-out", f["existing"]],
        ["intake", *nl],  # no terminal
        ["intake", *nl, "--data", PORTNET, "--name", "X", "--role", "deelnemer"],  # incomplete
    ]


def test_every_error_path_speaks_dutch_with_lang_nl(
    files: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    english_locale = {"LANG": "en_US.UTF-8", "NO_COLOR": "1", "COLUMNS": "200"}
    spoken = {}
    for args in error_paths(files):
        result = CliRunner().invoke(app, args, env=english_locale)
        assert result.exit_code != 0 or result.stderr, args  # each path does go wrong
        assert result.exception is None or isinstance(result.exception, SystemExit), args
        spoken[" ".join(args)] = (result.stderr, english_words(result.stderr))
    english = {args: (found, text) for args, (text, found) in spoken.items() if found}
    assert english == {}


def test_every_hostile_input_is_refused_in_dutch(tmp_path: Path) -> None:
    """The hostile corpus (tests/hostile) read with --lang nl: every problem line is Dutch."""
    from tests.hostile.corpus import CORPUS, make

    english = {}
    for case in CORPUS:
        if case.big:
            continue  # the bombs run under a memory guard there; their wording is the same
        make(case, tmp_path)
        result = CliRunner().invoke(
            app, ["advise", str(tmp_path / case.file), "--lang", "nl"], env={"LANG": "en_US"}
        )
        found = english_words(result.stderr)
        if found:
            english[case.name] = (found, result.stderr.splitlines()[0])
    assert english == {}
