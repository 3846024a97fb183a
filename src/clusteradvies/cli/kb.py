"""``clusteradvies kb list`` and ``kb show``: browse the knowledge base."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import typer

from clusteradvies.cli import common, options


class ListFormat(str, Enum):
    table = "table"
    json = "json"


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
    fmt: ListFormat = typer.Option(ListFormat.table, "--format", help="table of/or json."),
    lang: str | None = options.LANG,
    kb_dir: Path | None = options.KB,
) -> None:
    """Alle kennis met bronnen / every entry with its sources."""
    from clusteradvies.knowledge.catalog import entries
    from clusteradvies.render.kb_catalog import render_entries_table

    lang = common.check_lang(lang or "nl")
    kb = common.load_kb(kb_dir)
    found = entries(kb, kind.value if kind else None)
    if fmt is ListFormat.json:
        typer.echo(json.dumps([e.as_json() for e in found], ensure_ascii=False, indent=2))
        return
    common.console().print(render_entries_table(found, lang))


@kb_app.command("show")
def show(
    entry_id: str = typer.Argument(..., metavar="ID", help="Het id / the id."),
    lang: str | None = options.LANG,
    kb_dir: Path | None = options.KB,
) -> None:
    """Eén item met bronnen en regels / one entry with its sources and rules."""
    from clusteradvies.knowledge.catalog import all_ids, find
    from clusteradvies.knowledge.problems import did_you_mean
    from clusteradvies.render.kb_catalog import render_entry

    lang = common.check_lang(lang or "nl")
    kb = common.load_kb(kb_dir)
    matches = find(kb, entry_id)
    if not matches:
        common.fail_message(f"no entry with id '{entry_id}'" + did_you_mean(entry_id, all_ids(kb)))
    out = common.console()
    for kind, entry in matches:
        out.print(render_entry(kb, kind, entry, lang))


def register(app: typer.Typer) -> None:
    app.add_typer(kb_app, name="kb")
