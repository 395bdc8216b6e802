"""Dyads: the events that match the filters counted per pair of countries."""

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from dossier.store.dyads import dyads as count_pairs
from dossier.web.deps import FiltersDep, StoreDep
from dossier.web.responses import UNAVAILABLE, Dyads

router = APIRouter(prefix="/api/dyads", tags=["dyads"], responses=UNAVAILABLE)


@router.get("", response_model=Dyads)
def dyads(store: StoreDep, filters: FiltersDep, undirected: Annotated[bool, Query()] = False,
          by: Annotated[Literal["day", "week", "month", "year"] | None, Query()] = None):
    """Who acts on whom, country by country: events, planned ones, the Goldstein sum and the types per pair;
    `undirected` counts a pair and its reverse together; `by` counts each pair per period (an event in the period
    of its own date, else of its first report's publication)."""
    return count_pairs(store, filters, directed=not undirected, by=by)
