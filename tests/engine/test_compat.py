"""The compat module makes experta 1.9.4 importable and leaves logging as it was."""

from __future__ import annotations

import subprocess
import sys


def test_experta_imports_on_this_python_through_compat() -> None:
    code = (
        "import collections, logging\n"
        "before = list(logging.getLogger().handlers)\n"
        "from clusteradvies.engine import compat\n"
        "assert compat.KnowledgeEngine.__name__ == 'KnowledgeEngine'\n"
        "assert list(logging.getLogger().handlers) == before, 'experta left a root handler'\n"
        "import collections.abc\n"
        "assert collections.Mapping is collections.abc.Mapping\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_a_warning_after_import_is_not_printed_by_experta_s_basic_config() -> None:
    code = (
        "import logging\n"
        "from clusteradvies.engine import compat\n"
        "logging.getLogger('some.library').warning('should stay silent')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    # Python's last-resort handler prints bare messages; basicConfig would add "WARNING:...".
    assert "WARNING:some.library" not in result.stderr
