"""Analyse documents on several cores or a Dask cluster; results come back in input order, to one writer.

Every mode runs the same stage function, `analyse_batch`, on batches of documents: `process` in one process,
a process pool (`--workers N`), or Dask (`--engine dask`). A document's result depends on that document only,
so the output is the same in every mode and for any number of workers.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator

from dossier.config import Settings
from dossier.model import Document

_SETTINGS: Settings | None = None


def analyse_batch(documents: list[Document], settings: Settings, ready: bool = False) -> list:
    """The DocResults of a batch, in order: the unit of work every engine runs (loads the pipeline once per
    process). `ready`: each in the form the store writes (`store.database.ReadyResult`: its payload's JSON made
    here, in the worker, rather than by the one process that writes the store)."""
    from dossier.pipeline import process

    results = process(documents, settings.model_copy(update={"workers": 1, "engine": "local"}))
    if not ready:
        return list(results)
    from dossier.store.database import ready_result

    return [ready_result(r) for r in results]


def _init_worker(settings: Settings) -> None:
    global _SETTINGS
    _SETTINGS = settings
    from dossier.nlp import loader

    loader.load(settings)  # once per worker (a forked worker finds it loaded already)


# Phrases that take dateparser's readers through their first use: a full date, a month and year, a weekday, a time.
_WARMING_PHRASES = ("14 March 2019", "March 2019", "last Tuesday", "Friday at 10:30", "3 weeks ago")


def warm_before_fork() -> None:
    """Set up in the parent, once, what each forked worker would otherwise set up on its first date phrase that the
    rules do not know: dateparser imported and its regular expressions compiled (some 1 s to import, 0.3 s the
    first reading, in every process). The readings made here are dropped from `time.fallback.parse`'s memo again,
    so a worker's results are the ones it would make without the warm-up."""
    from datetime import date

    from dossier.time import fallback

    for tense in (None, "past", "future"):
        for phrase in _WARMING_PHRASES:
            fallback.parse(phrase, date(2020, 1, 1), tense)
    fallback.parse.cache_clear()


# A made-up story that takes the stages through what they load on first use: a dateline, an outlet, people with their
# titles, states, a city and a region (the gazetteer), acts of several types, a quotation, dates and figures.
_WARMING_STORY = (
    "GENEVA, March 3 (Reuters) - France's foreign minister, Claire Duval, met her German counterpart in Geneva on "
    "Tuesday and the two governments signed a trade accord worth 40 mln dlrs, officials said. \"We will open the "
    "border next month,\" Duval told reporters. Kenya accused rebels near Mombasa of attacking a convoy last week, "
    "and the United Nations urged both sides to hold talks in May. Exports rose 4.5 pct to 1.2 billion dlrs in "
    "1986, the ministry said, and Ontario's premier did not rule out new sanctions."
)
_LARGEST_TABLE = 64  # a memo that may hold more entries than this keeps readings of texts, not a table


def prepare_fork(settings: Settings) -> None:
    """Make ready in the parent, once, what every forked worker would otherwise make for itself: the pipeline
    loaded (spaCy, the stages' patterns, dictionaries and models), the tables the stages load on first use (the
    gazetteer, the outlets, the CAMEO table, the lexicons read lazily: one made-up story run through the pipeline),
    the store's payload writer imported and dateparser warmed. The workers then share these pages (copy on write)
    instead of each loading them. What the story leaves in the memos of readings (a date phrase's value, ...) is
    dropped again, so that a worker's results are the ones it would make alone; then what the parent holds is
    frozen for the collector (`gc.freeze`), so that no worker's collections walk, and so copy, the shared tables."""
    import gc

    from dossier.ingest import language
    from dossier.ingest.document import document_from_text
    from dossier.nlp import loader
    from dossier.pipeline import process
    from dossier.store import database  # noqa: F401  (ready_result, made in the workers)

    nlp = loader.load(settings)
    warming = document_from_text("dossier-warm-up", _WARMING_STORY)
    for _ in process([warming], settings.model_copy(update={"workers": 1, "engine": "local"}), nlp=nlp):
        pass
    warm_before_fork()
    _clear_reading_memos()
    language.forget()  # the reader's, not the workers': a build that streams its reading loaded it before the fork
    gc.collect()
    gc.freeze()


def _clear_reading_memos() -> None:
    """Empty every memo in dossier's loaded modules that holds readings of texts (`functools.lru_cache` with room
    for more than `_LARGEST_TABLE` entries); the tables (memos of no argument, or of a file) stay."""
    import functools
    import sys

    for name, module in list(sys.modules.items()):
        if name == "dossier" or name.startswith("dossier."):
            for value in list(vars(module).values()):
                if isinstance(value, functools._lru_cache_wrapper):
                    room = value.cache_info().maxsize
                    if room is None or room <= _LARGEST_TABLE:
                        continue
                    value.cache_clear()


def _pool_batch(documents: list[Document], ready: bool = False) -> list:
    return analyse_batch(documents, _SETTINGS, ready)


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def process_parallel(documents: Iterable[Document], settings: Settings, ready: bool = False) -> Iterator:
    """DocResults in input order, analysed by `settings.workers` processes or on Dask (`settings.engine`);
    `ready`: in the form the store writes (`analyse_batch`)."""
    if settings.engine == "dask":
        yield from _dask(documents, settings, ready)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork where there is one: workers inherit the loaded pipeline and its first-use tables (prepare_fork)
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    if method == "fork":
        prepare_fork(settings)
    ahead = 2 * settings.workers  # batches in flight: enough to keep every worker busy, little held in memory
    with ProcessPoolExecutor(settings.workers, mp_context=context, initializer=_init_worker,
                             initargs=(settings,)) as pool:
        if method == "fork":  # the workers forked now, before this process reads on (its reading stays its own)
            pool.submit(int)
        pending: deque = deque()
        for batch in _batches(documents, settings.batch_size):
            pending.append(pool.submit(_pool_batch, batch, ready))
            while len(pending) >= ahead:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _dask(documents: Iterable[Document], settings: Settings, ready: bool = False) -> Iterator:
    """Batches submitted to a Dask cluster (the scheduler at `settings.dask_address`, or a local cluster of
    `settings.workers` processes started here), gathered back in order."""
    from dask.distributed import Client, LocalCluster

    address = settings.dask_address or os.environ.get("DOSSIER_DASK_ADDRESS")
    cluster = None if address else LocalCluster(n_workers=settings.workers, threads_per_worker=1,
                                                processes=True, dashboard_address=None)
    client = Client(address or cluster)
    try:
        ahead = 2 * max(1, len(client.scheduler_info().get("workers", {})) or settings.workers)
        pending: deque = deque()
        for batch in _batches(documents, settings.batch_size):
            pending.append(client.submit(analyse_batch, batch, settings, ready, pure=False))
            while len(pending) >= ahead:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
