"""Renderers: they turn result values into text, tables, JSON or Markdown and never print."""
