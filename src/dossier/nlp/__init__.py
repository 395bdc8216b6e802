"""Loading spaCy once and the extension attributes our components share."""
