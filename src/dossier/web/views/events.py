"""Events: a filtered, paged list, and one event with its reports, disagreements and stories."""

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from dossier.model import Event
from dossier.store import items as found
from dossier.store import search
from dossier.web.deps import FiltersDep, PagingDep, StoreDep
from dossier.web.responses import NOT_FOUND, UNAVAILABLE, EventDetail, Page
from dossier.web.views.common import names_for, one

router = APIRouter(prefix="/api/events", tags=["events"], responses=UNAVAILABLE)


@router.get("", response_model=Page[Event])
def list_events(store: StoreDep, filters: FiltersDep, page: PagingDep,
                sort: Annotated[Literal["date", "-date", "-prominence"], Query(
                    description="-date: newest first; -prominence: the stories' main acts first.")] = "date"):
    """Events matching the filters, in date order (undated last), or the most prominent first."""
    result = search.events(store, filters, page.limit, page.offset, newest_first=sort == "-date",
                           most_prominent=sort == "-prominence")
    return Page[Event](items=result.items, total=result.total, limit=page.limit, offset=page.offset,
                       names=names_for(store, result.items, "events"))


@router.get("/{item_id:path}", response_model=EventDetail, responses=NOT_FOUND)
def get_event(store: StoreDep, item_id: str):
    """One event with every report of it, the documents they come from, its disagreements and stories."""
    event = one(store, "events", item_id)
    conflicts = found.conflicts_about(store, event.id)
    docs = {e.doc for e in event.evidence} | {v.doc for c in conflicts for v in c.values}
    return EventDetail(item=event, names=names_for(store, [event], "events"), documents=found.documents(store, docs),
                       conflicts=conflicts, stories=found.stories_with(store, event.id))
