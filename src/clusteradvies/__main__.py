"""Allow ``python -m clusteradvies``."""

from clusteradvies.cli.app import main

main()
