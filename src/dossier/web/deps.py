"""Request dependencies: a read-only store per request, the filters and the page asked for."""

from __future__ import annotations

import atexit
import threading
import time
import weakref
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Annotated, Literal

from fastapi import Depends, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError

from dossier.model import PLOVER_TYPES, Status
from dossier.store import Store
from dossier.store.database import StoreError
from dossier.store.search import Filters
from dossier.store.filters import check_prominence

PloverType = Literal[PLOVER_TYPES]  # type: ignore[valid-type]
Text = Annotated[str | None, Query(max_length=200)]


_KEEPERS: weakref.WeakSet = weakref.WeakSet()


@atexit.register
def _close_keepers() -> None:
    """Close what keepers hold before the interpreter stops its threads (DuckDB must not close in one then)."""
    for keeper in list(_KEEPERS):
        keeper.close()


class Keeper:
    """Keeps the store's file open while requests come, and lets it go after `idle` seconds without one.

    Each request opens its own read-only Store; DuckDB shares one open database among the connections of a
    process, so while the keeper holds one, a request's opening costs well under a millisecond instead of
    reading the file's catalogue again (tens of milliseconds on a large store). Letting go when idle frees the
    file for a `dossier build` (DuckDB admits one writer or many readers).
    """

    def __init__(self, path: Path, idle: float = 5.0):
        self.path, self.idle = path, idle
        self.lock = threading.Lock()
        self.held: Store | None = None
        self.active, self.last, self.timer = 0, 0.0, None
        _KEEPERS.add(self)

    def open(self) -> Store:
        with self.lock:
            if self.held is None:
                self.held = Store(self.path, read_only=True)
                self.held.con  # noqa: B018 - the connection itself is what keeps the database open
            self.active += 1
        try:
            return Store(self.path, read_only=True)
        except BaseException:
            self.done()
            raise

    def done(self) -> None:
        with self.lock:
            self.active -= 1
            self.last = time.monotonic()
            if self.timer is None:
                self._schedule(self.idle)

    def _schedule(self, delay: float) -> None:
        self.timer = threading.Timer(delay, self._expire)
        self.timer.daemon = True
        self.timer.start()

    def _expire(self) -> None:
        with self.lock:
            self.timer = None
            left = self.idle - (time.monotonic() - self.last)
            if self.active or left > 0:
                self._schedule(max(left, 0.05))
            elif self.held is not None:
                self.held.close()
                self.held = None

    def close(self) -> None:
        with self.lock:
            if self.timer is not None:
                self.timer.cancel()
                self.timer = None
            if self.held is not None:
                self.held.close()
                self.held = None


def store(request: Request) -> Iterator[Store]:
    """The store opened read-only for one request."""
    keeper: Keeper = request.app.state.keeper
    try:
        opened = keeper.open()
    except StoreError as exc:
        raise HTTPException(503, f"the store cannot be opened now ({exc}); try again") from exc
    try:
        yield opened
    finally:
        opened.close()
        keeper.done()


def filters(
    actor: Annotated[Text, Query(description="An actor's name, alias or id; a country stands for its actors too.")] = None,
    counterpart: Annotated[Text, Query(description="With actor: only events between the two, either way round.")] = None,
    type: Annotated[PloverType | None, Query(description="PLOVER event type.")] = None,
    status: Annotated[Status | None, Query()] = None,
    start: Annotated[date | None, Query(alias="from", description="Items on or after this day.")] = None,
    end: Annotated[date | None, Query(alias="to", description="Items on or before this day.")] = None,
    outlet: Annotated[Text, Query(description="Reported by an outlet whose name contains this.")] = None,
    q: Annotated[Text, Query(description="Free text, searched in the sentences of the reports.")] = None,
    main: Annotated[bool, Query(description="Only the events that are one of their story's main acts (a prominence "
                                            "of at least events/data/prominence.yaml's main_at).")] = False,
    min_prominence: Annotated[float | None, Query(ge=0.0, le=1.0, description="Only events at least this "
                                                  "prominent in their story (0 to 1).")] = None,
) -> Filters:
    if start and end and end < start:
        raise RequestValidationError([{"type": "value_error", "loc": ("query", "to"), "input": end.isoformat(),
                                       "msg": f"'to' ({end}) is before 'from' ({start})"}])
    return Filters.of(actor, counterpart, type=type, status=status, start=start, end=end, outlet=outlet, text=q,
                      min_prominence=check_prominence(main, min_prominence))


class Paging:
    def __init__(self, limit: Annotated[int, Query(ge=1, le=500)] = 50,
                 offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0):
        self.limit, self.offset = limit, offset


StoreDep = Annotated[Store, Depends(store)]
FiltersDep = Annotated[Filters, Depends(filters)]
PagingDep = Annotated[Paging, Depends(Paging)]
