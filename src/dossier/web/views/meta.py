"""What the page needs to draw its filters."""

from typing import get_args

from fastapi import APIRouter

from dossier.model import PLOVER_TYPES, Status
from dossier.store.overview import overview
from dossier.web.deps import StoreDep
from dossier.web.responses import UNAVAILABLE, Meta

router = APIRouter(prefix="/api/meta", tags=["meta"], responses=UNAVAILABLE)


@router.get("", response_model=Meta)
def meta(store: StoreDep):
    data = overview(store)
    return Meta(types=list(PLOVER_TYPES), statuses=list(get_args(Status)), counts=data["counts"],
                first=data["first"] and data["first"].isoformat(), last=data["last"] and data["last"].isoformat(),
                outlets=data["outlets"])
