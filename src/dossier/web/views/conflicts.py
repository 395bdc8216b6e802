"""Disagreements between sources, each with what it is about and the documents of its values."""

from fastapi import APIRouter

from dossier.store import items as found
from dossier.store import search
from dossier.web.deps import FiltersDep, PagingDep, StoreDep
from dossier.web.responses import UNAVAILABLE, ConflictPage
from dossier.web.views.common import names_for

router = APIRouter(prefix="/api/conflicts", tags=["conflicts"], responses=UNAVAILABLE)


@router.get("", response_model=ConflictPage)
def list_conflicts(store: StoreDep, filters: FiltersDep, page: PagingDep):
    """Disagreements about the events (or figures) that match the filters."""
    result = search.conflicts(store, filters, page.limit, page.offset)
    ids = sorted({c.about for c in result.items})
    events, facts = search.by_ids(store, "events", ids), search.by_ids(store, "facts", ids)
    names = names_for(store, events, "events") | names_for(store, facts, "facts")
    docs = found.documents(store, {v.doc for c in result.items for v in c.values})
    return ConflictPage(items=result.items, total=result.total, limit=page.limit, offset=page.offset, names=names,
                        about={i.id: i for i in [*events, *facts]}, documents=docs)
