"""The knowledge base: its models, its condition language and its loader."""
