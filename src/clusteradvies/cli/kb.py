"""``clusteradvies kb list`` and ``kb show``: browse the knowledge base."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer

from clusteradvies.cli import common, options, output
from clusteradvies.render.formats import KbListFormatName


class Kind(str, Enum):
    section = "section"
    category = "category"
    fact = "fact"
    factor = "factor"
    advice = "advice"
    question = "question"
    rule = "rule"
    case = "case"


kb_app = typer.Typer(
    help="De kennisbank doorbladeren / browse the knowledge base.", no_args_is_help=True
)


@kb_app.command("list")
def list_entries(
    kind: Kind | None = typer.Option(None, "--kind", help="Alleen deze soort / only this kind."),
    fmt: KbListFormatName = options.KB_LIST_FORMAT,
    lang: str | None = options.LANG,
    kb_dir: Path | None = options.KB,
) -> None:
    """Alle kennis met bronnen / every entry with its sources."""
    from clusteradvies.knowledge.catalog import entries
    from clusteradvies.render.renderers import catalog_format

    language = common.check_lang(lang or "nl")
    kb = common.load_kb(kb_dir)
    found = entries(kb, kind.value if kind else None)
    output.emit(catalog_format(fmt, language, common.console()).render(found))


@kb_app.command("show")
def show(
    entry_id: str = typer.Argument(..., metavar="ID", help="Het id / the id."),
    lang: str | None = options.LANG,
    kb_dir: Path | None = options.KB,
) -> None:
    """Eén item met bronnen en regels / one entry with its sources and rules."""
    from clusteradvies.knowledge.catalog import all_ids, find
    from clusteradvies.knowledge.problems import did_you_mean
    from clusteradvies.render.kb_catalog import entries_text

    language = common.check_lang(lang or "nl")
    kb = common.load_kb(kb_dir)
    matches = find(kb, entry_id)
    if not matches:
        common.fail_message(f"no entry with id '{entry_id}'" + did_you_mean(entry_id, all_ids(kb)))
    output.emit(entries_text(kb, matches, language, common.console()))


def register(app: typer.Typer) -> None:
    app.add_typer(kb_app, name="kb")
