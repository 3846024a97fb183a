"""Broken, oversized and malicious inputs, each with the problem a user must be told.

Every case is a project file (and, where the trouble is in the YAML itself, also a knowledge
file) that must be refused with exit 2 and one located line — ``file:line: key: message``, or
``file: message`` where there is no line — naming what is wrong. The big ones are generated
when a test asks for them, so the repository holds no megabytes. ``ACCEPTED`` lists inputs
that look hostile but are fine, and must stay fine.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

VALID = b"format: 1\nname: Proef\nrole: deelnemer\nanswers:\n  fase: idee\n"
HEAD = b"format: 1\nname: Proef\nrole: deelnemer\n"


@dataclass(frozen=True)
class Case:
    name: str
    category: str
    data: bytes | Callable[[], bytes] | None
    """The file's bytes; None for a case that is made in the file system (see ``make``)."""
    expect: str
    """Part of the first problem line, after the file name."""
    line: int | None = None
    """The line that line must name, where there is one."""
    big: bool = False
    """A bomb or a size limit: also run in a subprocess under the memory guard."""

    @property
    def yaml_level(self) -> bool:
        """The trouble is in the YAML itself, so a knowledge file with it is refused too."""
        return self.category in YAML_LEVEL and self.name not in PROJECT_LEVEL

    @property
    def file(self) -> str:
        return f"{self.name}.yaml"

    def bytes(self) -> bytes:
        assert self.data is not None
        return self.data() if callable(self.data) else self.data


def laughs(levels: int = 9, indent: bytes = b"") -> bytes:
    """The 'billion laughs': nine levels of nine aliases, a billion strings, in 1 KB."""
    lines = [indent + b'l0: &l0 ["ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha"]']
    for i in range(1, levels + 1):
        items = b", ".join([b"*l%d" % (i - 1)] * 9)
        lines.append(indent + b"l%d: &l%d [%s]" % (i, i, items))
    return b"\n".join(lines) + b"\n"


def answers(body: bytes) -> bytes:
    return HEAD + b"answers:\n" + body


# fmt: off
TAGS = [
    Case("python-name", "tags", answers(b"  fase: !!python/name:os.system idee\n"),
         "'!!python/name:os.system' is not allowed", 5),
    Case("python-apply", "tags", HEAD + b'notes: !!python/object/apply:os.system ["echo hoi"]\n',
         "'!!python/object/apply:os.system' is not allowed", 4),
    Case("python-new", "tags", answers(b"  fase: !!python/object/new:builtins.list [[1]]\n"),
         "'!!python/object/new:builtins.list' is not allowed", 5),
    Case("python-module", "tags", b"name: !!python/module:os\n",
         "'!!python/module:os' is not allowed", 1),
    Case("local-tag", "tags", b"format: 1\nname: !idee Proef\n", "'!idee' is not allowed", 2),
    Case("uri-tag", "tags", b"format: 1\nname: !<tag:example.com,2024:x> Proef\n",
         "'tag:example.com,2024:x' is not allowed", 2),
    Case("binary", "tags", b"format: 1\nname: !!binary UHJvZWY=\n", "'!!binary' is not allowed", 2),
    Case("set", "tags", answers(b"  partners: !!set {overheid, kennisinstelling}\n"),
         "'!!set' is not allowed", 5),
    Case("omap", "tags", b"format: 1\nname: Proef\nanswers: !!omap [fase: idee]\n",
         "'!!omap' is not allowed", 3),
    Case("pairs", "tags", b"format: 1\nname: Proef\nanswers: !!pairs [fase: idee]\n",
         "'!!pairs' is not allowed", 3),
    Case("tag-on-key", "tags", b"format: 1\n!!python/name:os.system name: Proef\n",
         "is not allowed", 2),
    Case("tag-on-mapping", "tags", b"format: 1\nname: Proef\nanswers: !kaart {fase: idee}\n",
         "'!kaart' is not allowed", 3),
]
VALUES = [
    Case("int-word", "values", answers(b"  aantal_bedrijven: !!int twaalf\n"),
         "expected a whole number, got 'twaalf'", 5),
    Case("float-word", "values", answers(b"  aantal_bedrijven: !!float veel\n"),
         "expected a number, got 'veel'", 5),
    Case("bool-word", "values", answers(b"  ervaring: !!bool misschien\n"),
         "expected true or false, got 'misschien'", 5),
    Case("digits-5000", "values", answers(b"  aantal_bedrijven: " + b"7" * 5000 + b"\n"),
         "a number of more than 40 digits", 5),
    Case("digits-negative", "values", answers(b"  aantal_bedrijven: -" + b"9" * 100 + b"\n"),
         "a number of more than 40 digits", 5),
    Case("hex-huge", "values", answers(b"  aantal_bedrijven: 0x" + b"f" * 100 + b"\n"),
         "a number of more than 40 digits", 5),
    Case("sexagesimal", "values",
         answers(b"  aantal_bedrijven: " + b":".join([b"59"] * 60) + b"\n"),
         "a number of more than 40 digits", 5),
    Case("float-infinite", "values", answers(b"  aantal_bedrijven: 1e400\n"),
         "expected a whole number from 2 to 1000", 5),
    Case("date-as-answer", "values", answers(b"  fase: 2024-02-30\n"), "expected one of idee", 5),
    Case("duplicate-choice", "values",
         answers(b"  partners: [overheid, kennisinstelling, overheid]\n"),
         "'overheid' is given twice", 5),
    Case("merge-key", "values",
         b"basis: &b {fase: idee}\nformat: 1\nname: Proef\nanswers:\n  <<: *b\n",
         "merge keys (<<) are not supported", 5),
    Case("recursive-alias", "values", answers(b"  partners: &p [overheid, *p]\n"),
         "refers to a list or mapping that contains it", 5),
    Case("undefined-alias", "values", answers(b"  fase: *nergens\n"),
         "'*nergens' refers to no anchor", 5),
]
ALIASES = [
    Case("laughs-answers", "aliases", lambda: answers(laughs(indent=b"  ")),
         "more than 200,000 values", 10, big=True),
    Case("laughs-unknown-key", "aliases", lambda: HEAD + b"verstopt:\n" + laughs(indent=b"  "),
         "more than 200,000 values", 10, big=True),
    Case("laughs-notes", "aliases", lambda: HEAD + b"notes:\n" + laughs(indent=b"  "),
         "more than 200,000 values", 10, big=True),
    Case("laughs-top", "aliases", lambda: laughs(), "more than 200,000 values", 6, big=True),
    Case("laughs-mappings", "aliases", lambda: _mapping_laughs(),
         "more than 200,000 values", 9, big=True),
    Case("alias-flood", "aliases", lambda: b"a: &a x\nb: [" + b", ".join([b"*a"] * 20_000) + b"]\n",
         "more than 10000 aliases", 2, big=True),
]
LIMITS = [
    Case("size-11mb", "limits", lambda: VALID + b"# " + b"x" * (11 * 1024 * 1024) + b"\n",
         "too large: more than 10 MB", big=True),
    Case("values-300k", "limits", lambda: b"lijst:\n" + b"- a\n" * 300_000,
         "more than 200,000 values", 199_999, big=True),
    Case("keys-99k", "limits",
         lambda: HEAD + b"".join(b"sleutel_%d: ja\n" % i for i in range(99_000)),
         "unknown key 'sleutel_0'", 4, big=True),
    Case("answers-99k", "limits",
         lambda: answers(b"".join(b"  vraag_%d: ja\n" % i for i in range(99_000))),
         "unknown question 'vraag_0'", 5, big=True),
    Case("depth-150", "limits", lambda: b"name: " + b"[" * 150 + b"]" * 150 + b"\n",
         "nested more than 100 levels deep", 1, big=True),
    Case("depth-blocks", "limits", lambda: b"".join(b"  " * i + b"k:\n" for i in range(200)),
         "nested more than 100 levels deep", 101, big=True),
    Case("depth-100k", "limits", lambda: b"[" * 100_000 + b"]" * 100_000 + b"\n",
         "nested more than 100 levels deep", 1, big=True),
]
ENCODING = [
    Case("latin-1", "encoding", b"format: 1\nname: Caf\xe9 Samen\n",
         "not UTF-8 text: byte 0xe9", 2),
    Case("nul", "encoding", b"format: 1\nname: Pro\x00ef\n", "a NUL byte", 2),
    Case("utf-16", "encoding", VALID.decode().encode("utf-16"), "UTF-16 text; save the file", 1),
    Case("utf-32", "encoding", VALID.decode().encode("utf-32"), "UTF-32 text; save the file", 1),
    Case("escape-raw", "encoding", b"format: 1\nname: Proef\x1b]0;pwned\x07\x1b[2J\n",
         "control character U+001B", 2),
    Case("delete-char", "encoding", b"format: 1\nname: Proef\x7f\n", "control character U+007F", 2),
    Case("c1-control", "encoding", b"format: 1\nname: Proef\xc2\x9b31m\n",
         "control character U+009B", 2),
    Case("truncated-utf8", "encoding", b"format: 1\nname: Proef \xe2\x82",
         "not UTF-8 text: byte 0xe2", 2),
    Case("overlong-utf8", "encoding", b"format: 1\nname: \xc0\xafetc\n",
         "not UTF-8 text: byte 0xc0", 2),
    Case("surrogate-utf8", "encoding", b"format: 1\nname: \xed\xa0\x80\n",
         "not UTF-8 text: byte 0xed", 2),
]
SYNTAX = [
    Case("tab-indent", "syntax", b"format: 1\nname: Proef\nanswers:\n\tfase: idee\n",
         "a tab character, where YAML allows only spaces", 4),
    Case("tab-nested", "syntax",
         b"format: 1\nname: Proef\nanswers:\n  fase: idee\n\t  partners: [overheid]\n",
         "a tab character", 5),
    Case("unclosed-list", "syntax", b"format: 1\nname: [Proef\n", "invalid YAML", 3),
    Case("unclosed-quote", "syntax", b'format: 1\nname: "Proef\n', "invalid YAML", 3),
    Case("bad-indent", "syntax", b"format: 1\nname: Proef\n  role: deelnemer\n", "invalid YAML", 3),
    Case("duplicate-key", "syntax", b"format: 1\nname: Proef\nname: Ander\n",
         "duplicate key 'name' (first at line 2)", 3),
    Case("two-documents", "syntax", VALID + b"---\n" + VALID, "a second document (---)", 6),
    Case("list-as-key", "syntax", b"format: 1\n? [name]\n: Proef\n", "a key must be plain text", 2),
    Case("null-key", "syntax", b"format: 1\n~: Proef\n", "a key must be plain text", 2),
    Case("control-escape", "syntax", b'format: 1\nname: "Proef \\x"\n', "invalid YAML", 2),
]
STRUCTURE = [
    Case("empty", "structure", b"", "expected a mapping with name, role and answers", 1),
    Case("comments-only", "structure", b"# niets\n", "expected a mapping", 1),
    Case("plain-text", "structure", b"Dit is geen project.\n", "expected a mapping", 1),
    Case("a-list", "structure", b"- fase: idee\n", "expected a mapping", 1),
    Case("answers-list", "structure", b"format: 1\nname: Proef\nanswers: [idee]\n",
         "expected a valid dictionary", 3),
    Case("name-mapping", "structure", b"format: 1\nname: {nl: Proef}\n",
         "expected a valid string", 2),
    Case("name-empty", "structure", b"format: 1\nname: ''\n", "at least 1 character", 2),
    Case("format-2", "structure", b"format: 2\nname: Proef\n", "expected 1", 1),
    Case("role-unknown", "structure", b"format: 1\nname: Proef\nrole: baas\n",
         "expected 'deelnemer'", 3),
    Case("key-typo", "structure", b"format: 1\nname: Proef\nanswer: {}\n",
         "did you mean 'answers'?", 3),
    Case("question-typo", "structure", answers(b"  fsae: idee\n"), "did you mean 'fase'?", 5),
    Case("out-of-range", "structure", answers(b"  aantal_bedrijven: -5\n"),
         "expected a whole number from 2 to 1000", 5),
    Case("nested-answer", "structure", answers(b"  fase: {waarde: idee}\n"),
         "expected one of idee", 5),
    Case("notes-list", "structure", HEAD + b"notes: [een, twee]\n",
         "expected a valid dictionary", 4),
]
FILES = [
    Case("symlink-loop", "files", None, "a symbolic link that loops"),
    Case("self-symlink", "files", None, "a symbolic link that loops"),
    Case("dangling-symlink", "files", None, "a symbolic link to a missing file"),
    Case("directory", "files", None, "is a directory"),
]
# fmt: on
CORPUS = [*TAGS, *VALUES, *ALIASES, *LIMITS, *ENCODING, *SYNTAX, *STRUCTURE, *FILES]
YAML_LEVEL = {"tags", "values", "aliases", "limits", "encoding", "syntax"}
"""Categories whose trouble is in the YAML itself: a knowledge file with it is refused too."""
PROJECT_LEVEL = {"float-infinite", "date-as-answer", "duplicate-choice", "keys-99k", "answers-99k"}
"""Except these: plain YAML values that only a project's questions refuse."""

ACCEPTED = {
    "date-name": b"format: 1\nname: 2024-02-30\nnotes:\n  fase: 2025-13-01\n",
    "equals-name": b"format: 1\nname: =\n",
    "byte-order-mark": b"\xef\xbb\xbf" + VALID,
    "crlf": VALID.replace(b"\n", b"\r\n"),
    "escaped-controls": b'format: 1\nname: "Proef \\e]0;titel\\a \\e[2J"\n',
    "formula-name": b'format: 1\nname: \'=HYPERLINK("http://x","klik")\'\n',
    "small-alias": b"format: 1\nname: &n Proef\nnotes:\n  fase: *n\n",
}


def _mapping_laughs() -> bytes:
    lines = [b"m0: &m0 {a: ha, b: ha, c: ha, d: ha, e: ha, f: ha, g: ha, h: ha, i: ha}"]
    for i in range(1, 10):
        items = b", ".join(b"%c: *m%d" % (ord("a") + k, i - 1) for k in range(9))
        lines.append(b"m%d: &m%d {%s}" % (i, i, items))
    return HEAD + b"\n".join(lines) + b"\n"


def make(case: Case, folder: Path) -> Path:
    """Write ``case`` into ``folder`` (or build it there); returns its path."""
    path = folder / case.file
    if case.data is not None:
        path.write_bytes(case.bytes())
    elif case.name == "symlink-loop":
        (folder / "loop-b.lnk").symlink_to(path)
        path.symlink_to(folder / "loop-b.lnk")
    elif case.name == "self-symlink":
        path.symlink_to(path)
    elif case.name == "dangling-symlink":
        path.symlink_to(folder / "verdwenen.yaml")
    elif case.name == "directory":
        path.mkdir()
    return path


def snapshot(folder: Path) -> dict[str, tuple[bytes, int] | str]:
    """Every entry's bytes and modification time (a link's target), to prove nothing changed."""
    state: dict[str, tuple[bytes, int] | str] = {}
    for entry in sorted(folder.iterdir()):
        if entry.is_symlink():
            state[entry.name] = os.readlink(entry)
        elif entry.is_file():
            state[entry.name] = (entry.read_bytes(), entry.stat().st_mtime_ns)
        else:
            state[entry.name] = "directory"
    return state
