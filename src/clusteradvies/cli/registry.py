"""Every command module, in the order ``--help`` lists them. Adding a command touches this list."""

from __future__ import annotations

from collections.abc import Callable

import typer

from clusteradvies.cli import advise, check, kb

REGISTRARS: list[Callable[[typer.Typer], None]] = [
    advise.register,
    check.register,
    kb.register,
]
