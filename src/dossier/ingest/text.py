"""Plain-text articles (.txt): one article per file, header lines read by `header.split_header`."""

from __future__ import annotations

from dossier.ingest.document import document_from_text
from dossier.model import Document


def read_text(source: str, text: str) -> Document:
    return document_from_text(source, text)
