"""The layout holds: packages depend on each other in one direction only, and the core never
reaches into the command line.

Read from the source with ``ast`` (imports inside functions included, since the CLI defers its
imports there), so the test needs no tool beyond Python.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "clusteradvies"
CORE = ("knowledge", "project", "engine", "diagnosis", "render")


def _unit(module: str) -> str:
    """``clusteradvies.render.score.table`` → ``render``; a top-level module is its own unit."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def _imports() -> dict[str, set[str]]:
    """Unit → the other units its modules import."""
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        module = ".".join(relative.parts).removesuffix(".__init__")
        unit = _unit(module)
        targets = graph.setdefault(unit, set())
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                target = _unit(name)
                real = (PACKAGE / target).is_dir() or (PACKAGE / f"{target}.py").exists()
                if name.startswith("clusteradvies.") and target != unit and real:
                    targets.add(target)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (found := visit(target)):
                return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_packages_import_each_other_without_a_circle() -> None:
    cycle = _cycle(_imports())
    assert cycle is None, "import circle: " + " → ".join(cycle or [])


@pytest.mark.parametrize("unit", CORE)
def test_the_core_never_imports_the_command_line(unit: str) -> None:
    assert "cli" not in _imports()[unit]


def test_the_circle_finder_finds_a_circle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None
