"""Export: the part of the record the filters select, whole, as `dossier export --format json` writes it."""

from fastapi import APIRouter, Response

from dossier.export.writers import as_json
from dossier.store.selection import select
from dossier.web.deps import FiltersDep, StoreDep
from dossier.web.responses import UNAVAILABLE

router = APIRouter(prefix="/api/export", tags=["export"], responses=UNAVAILABLE)

_JSON = {200: {"description": "The export's JSON object (`dossier schema`), as a file to save.",
               "content": {"application/json": {}}}}


@router.get("", response_class=Response, responses=_JSON)
def export(store: StoreDep, filters: FiltersDep) -> Response:
    """The events and figures that match the filters with the documents (without their text), actors,
    disagreements and stories they refer to; no filter: the whole record. A figure has no type or status: with
    either, only events are kept."""
    selection = select(store, **filters.arguments())
    return Response(as_json(selection.dossier(store)), media_type="application/json",
                    headers={"Content-Disposition": 'attachment; filename="dossier-export.json"'})
