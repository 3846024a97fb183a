"""Consistency checks of a knowledge base, one module per check (``clusteradvies check``).

``registry.CHECKS`` lists them; ``registry.check_knowledge`` loads a directory and runs
them; ``formats`` renders the findings. Nothing here prints or exits: the CLI does.
"""
