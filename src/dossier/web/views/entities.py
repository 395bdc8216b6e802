"""Entities: the actors, places and organisations found."""

from typing import Annotated

from fastapi import APIRouter, Query

from dossier.model import Entity, Kind
from dossier.store import items as found
from dossier.store import search
from dossier.web.deps import PagingDep, StoreDep
from dossier.web.responses import NOT_FOUND, UNAVAILABLE, EntityDetail, Page
from dossier.web.views.common import names_for, one

router = APIRouter(prefix="/api/entities", tags=["entities"], responses=UNAVAILABLE)


@router.get("", response_model=Page[Entity])
def list_entities(store: StoreDep, page: PagingDep, q: Annotated[str | None, Query(max_length=200)] = None,
                  kind: Kind | None = None, known: bool | None = None):
    """Entities whose id, name or an alias contains q; known: only those from (or not from) the dictionaries."""
    result = search.entities(store, q, kind, known, page.limit, page.offset)
    return Page[Entity](items=result.items, total=result.total, limit=page.limit, offset=page.offset)


@router.get("/{item_id:path}", response_model=EntityDetail, responses=NOT_FOUND)
def get_entity(store: StoreDep, item_id: str):
    entity = one(store, "entities", item_id)
    events = found.events_of(store, entity.id)
    return EntityDetail(item=entity, mentions=found.mention_count(store, entity.id), events=events,
                        names=names_for(store, events, "events"))
