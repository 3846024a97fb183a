"""``clusteradvies kb list`` and ``kb show``: browse the knowledge base."""

from __future__ import annotations

from pathlib import Path

import typer

from clusteradvies.cli import common, language, options, output
from clusteradvies.cli.language import said
from clusteradvies.cli.typer_classes import Command, Group
from clusteradvies.render.formats import KbListFormatName

KINDS = ("section", "category", "stage", "fact", "factor", "advice", "question", "rule", "case")
"""The kinds ``--kind`` takes, as in the JSON output; the Dutch names work too."""

kb_app = typer.Typer(
    cls=Group,
    help=said("De kennisbank doorbladeren.", "Browse the knowledge base."),
    no_args_is_help=True,
)


def _kind_names() -> dict[str, str]:
    """Every name ``--kind`` accepts (``advies``, ``advice``…) and the kind it means."""
    from clusteradvies.messages import t

    names = {kind: kind for kind in KINDS}
    names.update({t(f"kind.{kind}", "nl"): kind for kind in KINDS})
    return names


def _complete_kind(incomplete: str) -> list[str]:
    """Shell completion of ``--kind``, in the run's language."""
    from clusteradvies.messages import t

    shown = [t(f"kind.{kind}", language.current()) for kind in KINDS]
    return [name for name in shown if name.startswith(incomplete)]


@kb_app.command(
    "list",
    cls=Command,
    help=said(
        "Alle kennis met bronnen, per soort; de volledige teksten met 'kb show ID' of "
        "--format json.",
        "Every entry with its sources, by kind; the full texts with 'kb show ID' or --format json.",
    ),
    short_help=said("Alle kennis met bronnen.", "Every entry with its sources."),
)
def list_entries(
    kind: str | None = typer.Option(
        None,
        "--kind",
        metavar=said("SOORT", "KIND"),
        help=said(
            "Alleen deze soort: paragraaf, categorie, fase, feit, factor, advies, vraag, regel "
            "of case.",
            "Only this kind: section, category, stage, fact, factor, advice, question, rule or "
            "case.",
        ),
        autocompletion=_complete_kind,
        show_default=False,
    ),
    fmt: KbListFormatName = options.KB_LIST_FORMAT,
    lang: str | None = options.LANG,
    kb_dir: Path | None = options.KB,
) -> None:
    """Every entry with its sources."""
    from clusteradvies.knowledge.catalog import entries
    from clusteradvies.messages import t
    from clusteradvies.render.renderers import catalog_format

    out_lang = common.check_lang(lang or "nl")
    chosen = None
    if kind is not None:
        chosen = _kind_names().get(kind.strip().lower())
        if chosen is None:
            shown = ", ".join(t(f"kind.{k}", language.current()) for k in KINDS)
            common.fail_message(common.said("kb.kind", value=kind, kinds=shown))
    kb = common.load_kb(kb_dir)
    found = entries(kb, chosen)
    output.emit(catalog_format(fmt, out_lang, common.console()).render(found))


@kb_app.command(
    "show",
    cls=Command,
    help=said(
        "Eén item voluit, met bronnen en de regels die ermee verbonden zijn.",
        "One entry in full, with its sources and the rules connected to it.",
    ),
    short_help=said("Eén item voluit.", "One entry in full."),
)
def show(
    entry_id: str = typer.Argument(
        ..., metavar="ID", help=said("Het id van het item.", "The entry's id."), show_default=False
    ),
    lang: str | None = options.LANG,
    kb_dir: Path | None = options.KB,
) -> None:
    """One entry in full."""
    from clusteradvies.knowledge.catalog import all_ids, find
    from clusteradvies.render.kb_catalog import entries_text

    out_lang = common.check_lang(lang or "nl")
    kb = common.load_kb(kb_dir)
    matches = find(kb, entry_id)
    if not matches:
        common.fail_message(
            common.said("kb.no_entry", id=entry_id) + common.did_you_mean(entry_id, all_ids(kb))
        )
    output.emit(entries_text(kb, matches, out_lang, common.console()))


def register(app: typer.Typer) -> None:
    app.add_typer(kb_app, name="kb")
