"""The DuckDB store: the only place that speaks SQL."""

from dossier.store.connection import StoreError
from dossier.store.database import Store

__all__ = ["Store", "StoreError"]
