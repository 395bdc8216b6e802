"""What the command line prints: compact tables, TSV/CSV/JSON listings, item cards, the build summary.

Every string taken from the store passes through `sanitize.clean` before it reaches the terminal.
"""
