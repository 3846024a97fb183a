"""The small pieces of HTML both the one-project and the partners' sections are made of."""

from __future__ import annotations

import re
from html import escape

from clusteradvies.messages import t


def esc(text: str) -> str:
    """Every text goes through here: user-typed, or from another ``--kb``."""
    return escape(text, quote=True)


def anchor(section: str) -> str:
    """A fragment id for a cited section: ``3.2.2`` → ``bron-3-2-2``."""
    return "bron-" + re.sub(r"[^A-Za-z0-9]+", "-", section).strip("-")


def band_class(band: str | None) -> str:
    """The CSS class that colours a band."""
    return f"band-{band}" if band else "band-none"


def quoted_note(note: str | None, lang: str) -> str:
    """The respondent's own words, quoted and set apart from the tool's."""
    if not note:
        return ""
    return f'<span class="note">{esc(t("report.note", lang))}: “{esc(note)}”</span>'


def where(sources: tuple[str, ...], urgency: str | None, lang: str) -> str:
    """Where the report says it, and how soon to act on it (where it is advice or a difference
    to settle)."""
    cites = ", ".join(f'<a href="#{anchor(s)}">{esc(s)}</a>' for s in sources)
    when = "" if urgency is None else f' · <span class="prio">{esc(urgency)}</span>'
    return f'<p class="where"><strong>{esc(t("where", lang))}:</strong> {cites}{when}</p>'
