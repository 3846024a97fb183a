"""A normal (non-editable) install ships the knowledge: run from elsewhere, it lists it all."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.models import KINDS
from tests.conftest import ROOT

LEFT_BY_BUILDS = ("build", "dist", "*.egg-info", ".venv", ".git", "__pycache__", ".*_cache")
"""What a working copy holds and a clean clone does not: a stale ``build/`` would put modules
that no longer exist into the wheel, and hide a package missing from pyproject.toml."""


def test_every_package_of_the_source_is_listed_for_the_wheel() -> None:
    """setuptools ships only the packages pyproject.toml names: a new subpackage left out of
    the list works in the editable install and is missing from every normal one."""
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    block = re.search(r"^packages = \[(.*?)\]", config, re.S | re.M)
    assert block, "pyproject.toml lists no packages"
    listed = set(re.findall(r'"([\w.]+)"', block.group(1)))
    assert "clusteradvies" in listed
    source = ROOT / "src"
    found = {
        ".".join(init.parent.relative_to(source).parts) for init in source.rglob("__init__.py")
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package built as a wheel from a clean copy of the source (as CI's clone) and
    installed (without dependencies) into a folder."""
    wheels = tmp_path_factory.mktemp("wheels")
    target = tmp_path_factory.mktemp("site")
    clean = tmp_path_factory.mktemp("clone") / "clusteradvies"
    shutil.copytree(ROOT, clean, ignore=shutil.ignore_patterns(*LEFT_BY_BUILDS))
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(wheels), str(clean)], check=True)
    (wheel,) = wheels.glob("clusteradvies-*.whl")
    subprocess.run([*pip, "install", "--no-deps", "--target", str(target), str(wheel)], check=True)
    return target


@pytest.mark.slow
def test_installed_package_lists_the_whole_knowledge_base_from_another_directory(
    installed: Path, tmp_path: Path, kb: KnowledgeBase
) -> None:
    env = {**os.environ, "PYTHONPATH": str(installed)}
    # An editable install of the same project (a developer's venv) finds any module by name in
    # the source tree, so a module missing from the wheel would still import: drop its finder.
    code = (
        "import sys; "
        "sys.meta_path[:] = [f for f in sys.meta_path if '__editable__' not in repr(f)]; "
        "import clusteradvies; from clusteradvies.cli.app import main; "
        "sys.stderr.write(clusteradvies.__file__ + '\\n'); main()"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "kb", "list", "--format", "json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith(str(installed)), "ran the source tree, not the install"
    entries = json.loads(result.stdout)
    expected = sum(len(getattr(kb, kind)) for kind in KINDS)
    assert len(entries) == expected
    assert {"id", "kind", "text", "sources"} <= set(entries[0])
    assert not list((tmp_path).iterdir()), "running it wrote files into the working directory"
