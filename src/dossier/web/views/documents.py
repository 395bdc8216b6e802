"""Documents: the articles read, listed without their text; one document with its text."""

from fastapi import APIRouter

from dossier.model import Document
from dossier.store import search
from dossier.web.deps import FiltersDep, PagingDep, StoreDep
from dossier.web.responses import NOT_FOUND, UNAVAILABLE, Page
from dossier.web.views.common import one

router = APIRouter(prefix="/api/documents", tags=["documents"], responses=UNAVAILABLE)


@router.get("", response_model=Page[Document])
def list_documents(store: StoreDep, filters: FiltersDep, page: PagingDep):
    """Documents by outlet, publication date and free text (title and text); with actor, counterpart, type or
    status, those that report a matching event. The text is left out (ask for one document to get it)."""
    result = search.documents(store, filters, page.limit, page.offset)
    items = [d.model_copy(update={"text": ""}) for d in result.items]
    return Page[Document](items=items, total=result.total, limit=page.limit, offset=page.offset)


@router.get("/{item_id:path}", response_model=Document, responses=NOT_FOUND)
def get_document(store: StoreDep, item_id: str):
    """One document with its text, so that a report's sentence can be shown where it stands."""
    return one(store, "documents", item_id)
