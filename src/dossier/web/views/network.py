"""The network: actors as nodes, events between them counted by type as edges."""

from typing import Annotated

from fastapi import APIRouter, Query

from dossier.store import search
from dossier.web.deps import FiltersDep, StoreDep
from dossier.web.responses import UNAVAILABLE, Network

router = APIRouter(prefix="/api/network", tags=["network"], responses=UNAVAILABLE)


@router.get("", response_model=Network)
def network(store: StoreDep, filters: FiltersDep, limit: Annotated[int, Query(ge=1, le=1000)] = 100):
    """Who acts on whom in the events that match the filters; the `limit` actors in the most events are kept."""
    return search.network(store, filters, limit)
