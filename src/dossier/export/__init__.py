"""Exports of the merged record: JSON (the contract), CSV and Parquet (one file per table), JSON Schema."""

from dossier.export.writers import FORMATS, ExportError, export

__all__ = ["FORMATS", "ExportError", "export"]
