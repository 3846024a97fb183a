"""Small project files for the batch tests, written into a temporary directory.

Valid projects are the report's own examples; the invalid ones are broken in one known place,
so tests can check the line that is reported.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import EXAMPLES

EMPTY = "format: 1\nname: Nog niets bekend\nanswers: {}\n"
"""Valid, but with every answer unknown: no readiness."""
BAD_VALUE = """format: 1
name: Kapotte waarde
role: deelnemer
answers:
  fase: misschien
"""
BAD_VALUE_LINE = 5
SYNTAX_ERROR = "format: 1\nname: [niet afgesloten\n"


def write_tree(root: Path) -> Path:
    """A directory of projects, nested, with files that must be skipped; returns ``root``.

    ::

        root/
          portnet.yaml            valid, strong
          sub/klict.yml           valid, weak (the abstract-goals KLICT project)
          sub/deeper/empty.yaml   valid, no readiness
          bad-value.yaml          invalid answer on line 5
          notes.txt               not a project file: skipped
          .hidden.yaml            hidden: skipped
          .git/config.yaml        inside a hidden directory: skipped
    """
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".git").mkdir()
    shutil.copy(EXAMPLES / "portnet.yaml", root / "portnet.yaml")
    shutil.copy(EXAMPLES / "klict-abstracte-doelen.yaml", root / "sub" / "klict.yml")
    (root / "sub" / "deeper" / "empty.yaml").write_text(EMPTY, encoding="utf-8")
    (root / "bad-value.yaml").write_text(BAD_VALUE, encoding="utf-8")
    (root / "notes.txt").write_text("geen project\n", encoding="utf-8")
    (root / ".hidden.yaml").write_text(EMPTY, encoding="utf-8")
    (root / ".git" / "config.yaml").write_text(EMPTY, encoding="utf-8")
    return root


def copies(root: Path, count: int) -> list[Path]:
    """``count`` valid files cycling through the examples, for the pool tests."""
    examples = sorted(EXAMPLES.glob("*.yaml"))
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = root / f"{index:03d}-{examples[index % len(examples)].name}"
        shutil.copy(examples[index % len(examples)], path)
        paths.append(path)
    return paths
