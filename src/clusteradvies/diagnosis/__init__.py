"""From answers to a diagnosis: the advisor, the scoring model, explanations, similar cases
and what-if."""
