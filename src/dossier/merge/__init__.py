"""Merge per-document results into one record: one entity per actor, one event across many reports,
the disagreements between sources, and stories."""

from dossier.merge.record import merge

__all__ = ["merge"]
