"""Every command module, in the order ``--help`` lists them. Adding a command touches this list."""

from __future__ import annotations

from collections.abc import Callable

import typer

from clusteradvies.cli import advise, check, combine, intake, kb, report, score

REGISTRARS: list[Callable[[typer.Typer], None]] = [
    advise.register,
    report.register,
    combine.register,
    score.register,
    check.register,
    intake.register,
    kb.register,
]
