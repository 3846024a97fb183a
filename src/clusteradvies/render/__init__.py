"""Every result put into words: one package per result type, each format returning text."""
