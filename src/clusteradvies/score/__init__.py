"""Scoring many project files at once, in a pool of worker processes."""
