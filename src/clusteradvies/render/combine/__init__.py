"""A Combination rendered as text, Markdown or JSON (``combine``)."""
