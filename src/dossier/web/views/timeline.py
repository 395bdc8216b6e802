"""The timeline: dated events counted per period and type, with the Goldstein sum per period."""

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from dossier.store import search
from dossier.web.deps import FiltersDep, StoreDep
from dossier.web.responses import UNAVAILABLE, Timeline

router = APIRouter(prefix="/api/timeline", tags=["timeline"], responses=UNAVAILABLE)


@router.get("", response_model=Timeline)
def timeline(store: StoreDep, filters: FiltersDep,
             bucket: Annotated[Literal["day", "week", "month", "year"], Query()] = "month"):
    """Events per period (the first day an event may have happened) and type; the line sums their Goldstein
    scores, cooperation above 0 and conflict below."""
    rows = search.timeline(store, filters, bucket)
    line: dict[str, dict] = {}
    for row in rows:
        point = line.setdefault(row["period"], {"period": row["period"], "count": 0, "goldstein": 0.0})
        point["count"] += row["count"]
        point["goldstein"] = round(point["goldstein"] + row["goldstein"], 3)
    return Timeline(bucket=bucket, rows=rows, line=list(line.values()))
