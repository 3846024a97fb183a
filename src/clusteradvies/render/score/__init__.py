"""A batch of scored projects as a table, CSV, JSON or Markdown (``score``)."""
