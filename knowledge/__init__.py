"""The knowledge base (YAML). Installed as the package ``clusteradvies.kb`` so that every
install, editable or not, ships it; there is no code here."""
