"""dossier: a sourced, queryable record of who did what to whom, when and where, from news articles."""

__version__ = "0.1.0"
