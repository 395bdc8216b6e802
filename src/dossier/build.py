"""A build: read files, analyse the new documents, save them in batches, and finish with the merge.

Safe to stop at any point: each batch of documents is saved in one transaction with a mark that the merge is
pending, and the merge replaces the merged tables in one transaction that clears the mark. A build that was
stopped loses at most the batch it was analysing; the next one reads those documents again, skips those
already saved, and finishes the merge. The build keeps one connection to the store from batch to batch, and
lets go of it after a save when another process waits for it (`Store.let_in`), or when it last did so
`settings.release_seconds` ago (for readers that do not say they wait), so that readers get in.
"""

from __future__ import annotations

import itertools
import pickle
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dossier.config import Settings
from dossier.ingest import NOT_IN_LANGUAGE, Fields, IngestError, read_paths
from dossier.model import Document
from dossier.store import Store

WRITE_SECONDS = 5.0  # a transaction at least this often, so that readers see progress and a stop loses little


@dataclass
class BuildReport:
    added: int = 0
    known: int = 0
    problems: list[IngestError] = field(default_factory=list)
    merged: bool = False

    @property
    def not_in_language(self) -> int:
        """Documents skipped because they are in another language."""
        return sum(p.reason.startswith(NOT_IN_LANGUAGE) for p in self.problems)


def run_build(paths: Iterable[Path], settings: Settings, store: Store, *, nlp=None, fields: Fields | None = None,
              on_problem: Callable[[IngestError], None] = lambda e: None,
              on_total: Callable[[int], None] = lambda n: None,
              on_document: Callable[[], None] = lambda: None) -> BuildReport:
    """Add the documents in `paths` that the store does not hold, then merge if anything is pending."""
    from dossier.pipeline import process

    report = BuildReport()
    known = store.known_ids()
    report.known = len(known)
    problems: list[IngestError] = []  # what could not be read, in reading order
    fresh = _fresh(paths, settings, fields or Fields(), known, problems, on_problem)
    if settings.workers > 1 or settings.engine != "local":
        documents = _streamed(fresh, on_total)  # read while the workers analyse
    else:
        documents = _spooled(fresh, on_total)  # read first: the language identifier let go before the analysis
    due = _merge_due(store, settings.merge_every)
    _save(store, [], problems)  # and let go: readers get in while the first batch is analysed
    written = len(problems)  # how many of `problems` the store holds: more come while the documents stream
    analysis: list[IngestError] = []
    batch, failed, since = [], [], time.monotonic()
    released = since  # let go after a save when someone waits, else at most every release_seconds (opening costs)
    waiting = 0  # documents saved since the last merge
    for result in process(documents, settings, nlp=nlp, ready=True) if documents is not None else ():
        if result.error:
            problem = IngestError(result.document.source, f"the analysis failed: {result.error}")
            failed.append(problem)
            on_problem(problem)
        else:
            batch.append(result)
        on_document()
        if len(batch) >= settings.write_every or time.monotonic() - since >= WRITE_SECONDS \
                or due(waiting + len(batch)):
            release = time.monotonic() - released >= settings.release_seconds
            added, let_go = _save(store, batch, problems[written:] + failed, release)
            report.added += added
            written = len(problems)
            analysis += failed
            waiting += len(batch)
            batch, failed, since = [], [], time.monotonic()
            released = since if let_go else released
            if due(waiting):  # at a set count of documents, whatever the batches: the same merges in every mode
                finish_merge(store)
                due, waiting = _merge_due(store, settings.merge_every), 0
    report.added += _save(store, batch, problems[written:] + failed, release=False)[0]  # the merge reads on
    report.problems = problems + analysis + failed
    report.merged = finish_merge(store)
    return report


def _fresh(paths: Iterable[Path], settings: Settings, fields: Fields, known: set[str], problems: list[IngestError],
           on_problem: Callable[[IngestError], None]) -> Iterator[Document]:
    """The documents of `paths` that the store does not hold, each once, in reading order; what cannot be read is
    added to `problems` (and told to `on_problem`) as it is met."""
    seen: set[str] = set()
    for item in read_paths(paths, max_chars=settings.max_document_chars, languages=tuple(settings.languages) or None,
                           fields=fields):
        if isinstance(item, IngestError):
            problems.append(item)
            on_problem(item)
        elif item.id not in known and item.id not in seen:
            seen.add(item.id)
            yield item


def _spooled(fresh: Iterator[Document], on_total: Callable[[int], None]) -> Iterator[Document] | None:
    """Every new document read before any is analysed, kept in a `_Spool`; the total told once. None: none new."""
    spool = _Spool()
    for document in fresh:
        spool.add(document)
    on_total(len(spool))
    return iter(spool) if len(spool) else None


def _streamed(fresh: Iterator[Document], on_total: Callable[[int], None]) -> Iterator[Document] | None:
    """The new documents as they are read, so that workers analyse the first while the rest are read (the
    reading, some 2 s a 1,000 stories, no longer holds the pool back); the total told as it grows. None: none
    new (no pool is started for nothing)."""
    first = next(fresh, None)
    if first is None:
        on_total(0)
        return None

    def counted() -> Iterator[Document]:
        count = 0
        for document in itertools.chain([first], fresh):
            count += 1
            on_total(count)
            yield document

    return counted()


class _Spool:
    """The new documents, in reading order, kept in a temporary file rather than in memory (a large input's texts
    would otherwise be held until the analysis reaches them): added while reading, read back once."""

    def __init__(self):
        self.file = tempfile.TemporaryFile()
        self.count = 0

    def add(self, document) -> None:
        pickle.dump(document, self.file, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += 1

    def __len__(self) -> int:
        return self.count

    def __iter__(self):
        self.file.seek(0)
        try:
            for _ in range(self.count):
                yield pickle.load(self.file)
        finally:
            self.file.close()


def _merge_due(store: Store, every: int) -> Callable[[int], bool]:
    """When a build merges before its end, given how many documents it saved since the last merge: after the
    first `every` into an unmerged store, then whenever they reach a quarter of those merged (at least
    `every` / 4, at most `every`), so that each merge but the first is an incremental one that holds only what
    they touch, and no more new documents at once in a large store than the first merge held."""
    if not every:
        return lambda n: False
    from dossier.merge.incremental import MAX_SHARE

    merged = store.merged_count()
    store.let_in()
    need = every if merged == 0 else max(every // 4, min(every, int(MAX_SHARE * merged)))
    return lambda n: n >= need


def _save(store: Store, batch: list, failed: list[IngestError], release: bool = True) -> tuple[int, bool]:
    """Save a batch and the problems met since the last; let go of the store if `release`, else only if another
    process waits for it. (Documents added, whether the store was let go.)"""
    added = store.add_results(batch) if batch else 0
    store.add_errors((e.source, e.reason) for e in failed)
    if release:
        store.release()
        return added, True
    return added, store.let_in()


def finish_merge(store: Store, full: bool = False) -> bool:
    """Merge the stored per-document results if a merge is pending; True when one ran. The documents the
    record does not include yet are merged into it (`merge.incremental`) when that is possible and `full` is
    not asked for; otherwise the record is merged again from every stored document."""
    from dossier.merge.incremental import merge_new

    pending, _ = store.merge_state()
    if not pending:
        store.release()
        return False
    if not full and merge_new(store):
        store.release()
        return True
    with store.unbounded():  # the whole corpus at once: DuckDB's own limit (config.Settings.store_memory)
        _full_merge(store)
    return True


def _full_merge(store: Store) -> None:
    from collections import Counter

    from dossier.merge.incremental import key_rows
    from dossier.merge.record import merge_with_reports
    from dossier.store import increments

    results = list(store.extractions(for_merge=True))
    previous = store.previous_event_ids()
    store.release()
    renamed: dict[str, str] = {}
    book: dict = {}
    record, made_of = merge_with_reports(results, previous, renamed=renamed, book=book)
    del results
    keys = [row for doc, reports in book.get("reports", {}).items() for row in key_rows(doc, reports, book["actors"])]
    stems = Counter(w for bag in book.get("words", {}).values() for w in bag)
    renames = {old: (e.id, e.name, e.type) for old, e in book.get("ids", {}).items()}
    bags = increments.bag_columns(book.get("reports", {}).items())
    book.clear()  # the documents' reports and word bags: not needed while the record is written

    def bookkeeping(con) -> None:
        doc_ids = [d.id for d in record.documents]
        increments.rewrite(con, doc_ids, keys, stems, renames, bags)

    store.write_merged(record, made_of, mention_ids=renamed, then=bookkeeping)
    store.release()
