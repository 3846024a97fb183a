"""Test-only helpers: synthetic projects and the plain-Python reference evaluator."""
