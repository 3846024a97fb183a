"""The evaluation set: annotated projects that measure whether the diagnosis fits projects.

``projects/`` holds project files, ``annotations.yaml`` what an adviser who knows the report
expects of each; ``evaluate.py`` diagnoses them all and prints the figures. The thresholds are
held by ``tests/evaluation``.
"""
