"""A normal (non-editable) install ships the knowledge: run from elsewhere, it lists it all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.models import KINDS
from tests.conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package built as a wheel and installed (without dependencies) into a folder."""
    wheels = tmp_path_factory.mktemp("wheels")
    target = tmp_path_factory.mktemp("site")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(wheels), str(ROOT)], check=True)
    (wheel,) = wheels.glob("clusteradvies-*.whl")
    subprocess.run([*pip, "install", "--no-deps", "--target", str(target), str(wheel)], check=True)
    return target


def test_installed_package_lists_the_whole_knowledge_base_from_another_directory(
    installed: Path, tmp_path: Path, kb: KnowledgeBase
) -> None:
    env = {**os.environ, "PYTHONPATH": str(installed)}
    code = (
        "import clusteradvies, sys; from clusteradvies.cli.app import main; "
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
