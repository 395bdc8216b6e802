"""Dyads: the events that match the filters counted per pair of countries."""

from typing import Annotated

from fastapi import APIRouter, Query

from dossier.store.dyads import dyads as count_pairs
from dossier.web.deps import FiltersDep, StoreDep
from dossier.web.responses import UNAVAILABLE, Dyads

router = APIRouter(prefix="/api/dyads", tags=["dyads"], responses=UNAVAILABLE)


@router.get("", response_model=Dyads)
def dyads(store: StoreDep, filters: FiltersDep, undirected: Annotated[bool, Query()] = False):
    """Who acts on whom, country by country: events, planned ones, the Goldstein sum and the types per pair;
    `undirected` counts a pair and its reverse together."""
    return count_pairs(store, filters, directed=not undirected)
