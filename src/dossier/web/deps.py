"""Request dependencies: a read-only store per request, the filters and the page asked for."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Annotated, Literal

from fastapi import Depends, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError

from dossier.model import PLOVER_TYPES, Status
from dossier.store import Store
from dossier.store.database import StoreError
from dossier.store.search import Filters

PloverType = Literal[PLOVER_TYPES]  # type: ignore[valid-type]
Text = Annotated[str | None, Query(max_length=200)]


def store(request: Request) -> Iterator[Store]:
    """The store opened read-only for one request, so that a build can take it between requests."""
    try:
        opened = Store(request.app.state.db, read_only=True)
    except StoreError as exc:
        raise HTTPException(503, f"the store cannot be opened now ({exc}); try again") from exc
    try:
        yield opened
    finally:
        opened.close()


def filters(
    actor: Annotated[Text, Query(description="An actor's name, alias or id; a country stands for its actors too.")] = None,
    counterpart: Annotated[Text, Query(description="With actor: only events between the two, either way round.")] = None,
    type: Annotated[PloverType | None, Query(description="PLOVER event type.")] = None,
    status: Annotated[Status | None, Query()] = None,
    start: Annotated[date | None, Query(alias="from", description="Items on or after this day.")] = None,
    end: Annotated[date | None, Query(alias="to", description="Items on or before this day.")] = None,
    outlet: Annotated[Text, Query(description="Reported by an outlet whose name contains this.")] = None,
    q: Annotated[Text, Query(description="Free text, searched in the sentences of the reports.")] = None,
) -> Filters:
    if start and end and end < start:
        raise RequestValidationError([{"type": "value_error", "loc": ("query", "to"), "input": end.isoformat(),
                                       "msg": f"'to' ({end}) is before 'from' ({start})"}])
    if counterpart and not actor:
        actor, counterpart = counterpart, None
    return Filters(actor=None if counterpart else actor, pair=(actor, counterpart) if counterpart else None,
                   type=type, status=status, start=start, end=end, outlet=outlet, text=q)


class Paging:
    def __init__(self, limit: Annotated[int, Query(ge=1, le=500)] = 50,
                 offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0):
        self.limit, self.offset = limit, offset


StoreDep = Annotated[Store, Depends(store)]
FiltersDep = Annotated[Filters, Depends(filters)]
PagingDep = Annotated[Paging, Depends(Paging)]
