"""The names of the output formats, kept apart from the renderers so that the CLI can offer
them in ``--help`` without importing Rich, pydantic or the knowledge models."""

from __future__ import annotations

from enum import Enum


class FormatName(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"
