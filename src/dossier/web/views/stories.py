"""Stories: threads of events that belong together."""

from fastapi import APIRouter

from dossier.model import Story
from dossier.store import search
from dossier.web.deps import FiltersDep, PagingDep, StoreDep
from dossier.web.responses import NOT_FOUND, UNAVAILABLE, Page, StoryDetail
from dossier.web.views.common import names_for, one

router = APIRouter(prefix="/api/stories", tags=["stories"], responses=UNAVAILABLE)


@router.get("", response_model=Page[Story])
def list_stories(store: StoreDep, filters: FiltersDep, page: PagingDep):
    """Stories with at least one event that matches the filters."""
    result = search.stories(store, filters, page.limit, page.offset)
    return Page[Story](items=result.items, total=result.total, limit=page.limit, offset=page.offset)


@router.get("/{item_id:path}", response_model=StoryDetail, responses=NOT_FOUND)
def get_story(store: StoreDep, item_id: str):
    story = one(store, "stories", item_id)
    events = search.by_ids(store, "events", story.events)
    return StoryDetail(item=story, events=events, names=names_for(store, events, "events"))
