"""The interactive questionnaire: where an intake stands, the conversation, what it shows,
and the help per question."""
