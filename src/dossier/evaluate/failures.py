"""Documents a pipeline stage failed on while the scorers ran, so that a crash is counted, never a silent zero.

A failed document comes out of `pipeline.process` with `error` set and nothing else filled in: a scorer would
count its gold as missed and its outputs as none. Every scorer runs the pipeline through `processed`, which notes
each failure here; `dossier evaluate` prints them (`report`) after the scores.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language

from dossier.config import Settings
from dossier.evaluate.metrics import Report
from dossier.model import Document
from dossier.pipeline import DocResult, process

_FAILED: dict[str, str] = {}


def processed(documents: Iterable[Document], settings: Settings | None = None,
              nlp: Language | None = None) -> Iterator[DocResult]:
    """`pipeline.process`, noting each document a stage failed on (by its source, else its id)."""
    for result in process(documents, settings, nlp):
        if result.error:
            _FAILED[result.document.source or result.document.id] = result.error
        yield result


def failed() -> dict[str, str]:
    """{document: what failed} noted since the last `clear`."""
    return dict(_FAILED)


def clear() -> None:
    _FAILED.clear()


def report(shown: int = 20) -> Report:
    """How many documents a stage failed on, with the first `shown` of them and their errors."""
    notes = [f"{name}: {error}" for name, error in sorted(_FAILED.items())[:shown]]
    if len(_FAILED) > shown:
        notes.append(f"… and {len(_FAILED) - shown} more")
    if not _FAILED:
        notes.append("no document failed: every figure above covers every document read")
    else:
        notes.append("a failed document counts as coded with nothing: its gold is missed, its outputs are none")
    return Report("Documents a pipeline stage failed on while scoring", "all scorers run",
                  figures={"documents failed": len(_FAILED)}, notes=notes)
