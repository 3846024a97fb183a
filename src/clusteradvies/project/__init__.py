"""Project files: the model of a project description, the questionnaire's logic, the JSON
Schema."""
