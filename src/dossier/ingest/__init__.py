"""Ingest: read articles from text, HTML, JSON Lines, WARC and feed files into `Document`s.

    for item in read_paths([Path("articles/")]):
        if isinstance(item, IngestError): ...   # item.source, item.reason
        else: ...                               # a dossier.model.Document

Near-duplicates are marked as they stream by (`duplicate_of`); see `dedup`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from dossier.ingest.dedup import NearDuplicates, mark_near_duplicates
from dossier.ingest.document import IngestError, document_id
from dossier.ingest.files import iter_files, read_file
from dossier.ingest.jsonl import DEFAULT_FIELDS, Fields
from dossier.ingest.language import foreign, forget, name
from dossier.model import Document

__all__ = ["IngestError", "Fields", "read_paths", "mark_near_duplicates", "document_id", "NOT_IN_LANGUAGE"]

NOT_IN_LANGUAGE = "the text is not in"


def read_paths(paths: Iterable[Path], *, dedup: bool = True, max_chars: int | None = None,
               languages: tuple[str, ...] | None = None,
               fields: Fields = DEFAULT_FIELDS) -> Iterator[Document | IngestError]:
    """Every Document in the given files and folders, in a stable order, and an IngestError for what fails.

    A document whose text is longer than `max_chars` is an IngestError (it would hold the build for long), and
    so is one confidently in none of `languages` (ISO 639-1 codes; None reads every language).
    """
    detector = NearDuplicates() if dedup else None
    for path in iter_files(paths):
        for item in read_file(path, fields):
            if max_chars is not None and isinstance(item, Document) and len(item.text) > max_chars:
                item = IngestError(item.source, f"the text is {len(item.text):,} characters long, more than the "
                                   f"limit of {max_chars:,} (DOSSIER_MAX_DOCUMENT_CHARS).")
            elif languages and isinstance(item, Document) and (code := foreign(item.text, languages)):
                item = IngestError(item.source, f"{NOT_IN_LANGUAGE} {', '.join(languages)} but {name(code)} ({code}); "
                                   "the pipeline reads English (DOSSIER_LANGUAGES).")
            if detector is not None and isinstance(item, Document):
                item = detector.mark(item)
            yield item
    forget()
