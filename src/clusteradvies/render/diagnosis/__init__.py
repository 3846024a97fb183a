"""A Diagnosis rendered as text, Markdown or JSON (``advise``)."""
