"""Facts (figures): a filtered, paged list, and one fact with its reports and disagreements."""

from fastapi import APIRouter

from dossier.model import Fact
from dossier.store import items as found
from dossier.store import search
from dossier.web.deps import FiltersDep, PagingDep, StoreDep
from dossier.web.responses import NOT_FOUND, UNAVAILABLE, FactDetail, Page
from dossier.web.views.common import names_for, one

router = APIRouter(prefix="/api/facts", tags=["facts"], responses=UNAVAILABLE)


@router.get("", response_model=Page[Fact])
def list_facts(store: StoreDep, filters: FiltersDep, page: PagingDep):
    """Figures whose subjects include the actors and whose time falls in the period (type and status do not
    apply to figures)."""
    result = search.facts(store, filters, page.limit, page.offset)
    docs = found.documents(store, {e.doc for f in result.items for e in f.evidence})
    return Page[Fact](items=result.items, total=result.total, limit=page.limit, offset=page.offset,
                      names=names_for(store, result.items, "facts"), documents=docs)


@router.get("/{item_id:path}", response_model=FactDetail, responses=NOT_FOUND)
def get_fact(store: StoreDep, item_id: str):
    fact = one(store, "facts", item_id)
    conflicts = found.conflicts_about(store, fact.id)
    docs = {e.doc for e in fact.evidence} | {v.doc for c in conflicts for v in c.values}
    return FactDetail(item=fact, names=names_for(store, [fact], "facts"), documents=found.documents(store, docs),
                      conflicts=conflicts)
