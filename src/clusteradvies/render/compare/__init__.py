"""A Comparison rendered as text, Markdown or JSON (``compare``)."""
