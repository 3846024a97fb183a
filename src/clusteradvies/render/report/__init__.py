"""The shareable report as HTML or Markdown (``report``)."""
