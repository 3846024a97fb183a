"""Every command module, in the order ``--help`` lists them. Adding a command touches this list."""

from __future__ import annotations

from collections.abc import Callable

import typer

from clusteradvies.cli import advise, check, combine, compare, intake, kb, report, schema, score

# In the order a user meets them: ask, advise, share, several partners and over time, many
# projects, then the knowledge itself.
REGISTRARS: list[Callable[[typer.Typer], None]] = [
    intake.register,
    advise.register,
    report.register,
    combine.register,
    compare.register,
    score.register,
    check.register,
    schema.register,
    kb.register,
]
