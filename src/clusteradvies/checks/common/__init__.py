"""Helpers shared by the checks: the shape of a check, walking conditions, the fact graph,
satisfiability."""
